// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/workspacesettings.h"

#include "storage/workspace.h"

#include <QStringList>

#include <cmath>

namespace coe {

WorkspaceSettings readWorkspaceSettings(const Workspace& ws)
{
    WorkspaceSettings settings;
    settings.timeZone = ws.meta(QStringLiteral("time_zone")).trimmed();
    const QStringList weights =
        ws.meta(QStringLiteral("readiness.weights")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (weights.size() == 3) {
        bool ok[3] = {false, false, false};
        const ReadinessWeights read{weights.at(0).toDouble(&ok[0]), weights.at(1).toDouble(&ok[1]),
                                    weights.at(2).toDouble(&ok[2])};
        const auto inRange = [](double w) {
            return w >= 0.0 && w <= 1.0;
        };
        if (ok[0] && ok[1] && ok[2] && inRange(read.coverage) && inRange(read.teacher) && inRange(read.handover) &&
            std::abs(read.coverage + read.teacher + read.handover - 1.0) < 1e-6)
            settings.weights = read;
    }
    return settings;
}

} // namespace coe
