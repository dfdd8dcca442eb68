// SPDX-License-Identifier: GPL-3.0-or-later
// Reads of a summit's released schedule versions. Releasing one is an undo step
// (commands/releaseedits.h); what changed between two is computed in planning/releases.h.
#pragma once

#include "core/result.h"
#include "domain/entities.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace coe {

class Workspace;

struct ScheduleRelease
{
    Id id = 0;
    int number = 0;
    QDateTime releasedAt; ///< UTC
    QByteArray snapshot;  ///< JSON, see Releases::snapshot()
};

class ScheduleReleases
{
public:
    /// Every released version of @p summit, by number.
    static Result<QList<ScheduleRelease>> list(Workspace& ws, Id summit);
    /// The number of the latest released version of @p summit; 0 when it was never released.
    static Result<int> latestNumber(Workspace& ws, Id summit);
};

} // namespace coe
