// SPDX-License-Identifier: GPL-3.0-or-later
// MatrixData, a read of the skill matrix, moved to storage/matrixdata.h (commands and planning
// use it, and they sit below models, see LAYERS.md). This header stays for callers in app/ and
// tests/.
#pragma once

#include "storage/matrixdata.h"
