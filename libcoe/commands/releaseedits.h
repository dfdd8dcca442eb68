// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "storage/schedulereleases.h"

#include <QByteArray>

namespace coe::commands {

/// Releasing a summit's schedule: the one write of released versions, an undo step. Its text
/// keeps the translation context coe::Releases, where it was first written.
class ReleaseEdits
{
public:
    /// Stores @p snapshot (see Releases::snapshot()) as the summit's next version number,
    /// released now (UTC, whole seconds), as one undoable step.
    static Result<ScheduleRelease> release(Workspace& ws, Id summit, const QByteArray& snapshot);
};

} // namespace coe::commands
