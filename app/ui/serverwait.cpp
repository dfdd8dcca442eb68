// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/serverwait.h"

#include "storage/workspace.h"
#include "ui/backgroundtask.h"

#include <QCoreApplication>

namespace coe::ui {

namespace {

class ServerWait
{
    Q_DECLARE_TR_FUNCTIONS(coe::ui::ServerWait)
};

} // namespace

std::optional<Result<void>> waitForServer(QWidget* parent, const WorkspaceLocation& location)
{
    if (location.isFile())
        return Result<void>();
    return runInBackground<Result<void>>(parent, ServerWait::tr("Connecting"), ServerWait::tr("Connecting to %1…").arg(location.host()),
                                         [location] { return Workspace::reach(location); });
}

} // namespace coe::ui
