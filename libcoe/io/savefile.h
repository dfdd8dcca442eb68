// SPDX-License-Identifier: GPL-3.0-or-later
// The atomic file writer moved to core/savefile.h (models and storage write files with it, and
// they sit below io, see LAYERS.md). This header stays for callers in app/ and tests/.
#pragma once

#include "core/savefile.h"
