// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "domain/scale.h"

#include <QList>

namespace coe {

class Workspace;

/// Reads the scale's levels in order. Writing them is an undo step: commands::Batch::replaceScale.
Result<QList<ScaleLevel>> readScale(Workspace& workspace);

} // namespace coe
