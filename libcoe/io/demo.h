// SPDX-License-Identifier: GPL-3.0-or-later
// The demo generator moved down to commands/demo.h (it writes); this include keeps callers working.
#pragma once

#include "commands/demo.h"
