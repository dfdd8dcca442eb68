// SPDX-License-Identifier: GPL-3.0-or-later
// Released schedule versions: "Release schedule" freezes what is scheduled as a numbered
// snapshot; the changelog between two snapshots (or the last release and now) lists what was
// added, moved, changed and cancelled, for attendees and speakers.
#pragma once

#include "core/result.h"
#include "domain/summit.h"

#include <QCoreApplication>

namespace coe {

class Workspace;

struct ScheduleRelease
{
    Id id = 0;
    int number = 0;
    QDateTime releasedAt; ///< UTC
    QByteArray snapshot;  ///< JSON, see Releases::snapshot()
};

struct ScheduleChange
{
    enum Kind { Added, Moved, Changed, Cancelled };
    Kind kind = Added;
    Id itemId = 0;
    QString title;
    QString before; ///< where and when (or the old title and speakers), empty for Added
    QString after;  ///< empty for Cancelled
    QDateTime at;   ///< sort key: the new start, else the old one
};

class Releases
{
    Q_DECLARE_TR_FUNCTIONS(coe::Releases)

public:
    /// The scheduled slots of @p summit as JSON: item id, title, kind, speakers, and per slot
    /// room and times. Items without slots are not part of a released schedule.
    static QByteArray snapshot(const Summit& summit, const QHash<Id, QString>& people);
    /// What changed from @p before to @p after (two snapshots), by time.
    static QList<ScheduleChange> changes(const QByteArray& before, const QByteArray& after);
    static QString kindName(ScheduleChange::Kind kind); ///< added, moved, changed, cancelled

    static Result<QList<ScheduleRelease>> list(Workspace& ws, Id summit);
    /// Freezes the current schedule as the next number, as one undoable step.
    static Result<ScheduleRelease> release(Workspace& ws, const Summit& summit, const QHash<Id, QString>& people);
};

} // namespace coe
