// SPDX-License-Identifier: GPL-3.0-or-later
// MatrixCache moved to storage/matrixcache.h beside MatrixData, which it serves (see
// LAYERS.md). This header stays for callers in tests/.
#pragma once

#include "storage/matrixcache.h"
