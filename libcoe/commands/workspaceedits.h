// SPDX-License-Identifier: GPL-3.0-or-later
// Changes to the workspace's own settings (its time zone, the readiness weights), each one
// undo step.
#pragma once

#include "core/result.h"
#include "domain/workspacesettings.h"

#include <QCoreApplication>

namespace coe {
class Workspace;
}

namespace coe::commands {

class WorkspaceEdits
{
    Q_DECLARE_TR_FUNCTIONS(coe::commands::WorkspaceEdits)

public:
    /// Why @p settings cannot be saved (an unknown zone, weights that are out of range or do
    /// not add up to 100 %), or nothing when they can. An empty zone is allowed only when
    /// @p allowNoZone (it keeps "none set" as it was).
    static Result<void> check(const WorkspaceSettings& settings, bool allowNoZone);
    /// Writes what differs between @p before (as read) and @p after as one undo step, named
    /// after what changed; nothing when nothing did.
    static Result<void> saveSettings(Workspace& ws, const WorkspaceSettings& before, const WorkspaceSettings& after);
};

} // namespace coe::commands
