// SPDX-License-Identifier: GPL-3.0-or-later
// Released schedule versions: "Release schedule" freezes what is scheduled as a numbered
// snapshot; the changelog between two snapshots (or the last release and now) lists what was
// added, moved, changed and cancelled, for attendees and speakers. This computes; released
// versions are read in storage/schedulereleases.h and written in commands/releaseedits.h.
#pragma once

#include "commands/releaseedits.h"
#include "core/result.h"
#include "domain/summit.h"
#include "storage/schedulereleases.h"

#include <QCoreApplication>

namespace coe {

struct ScheduleChange
{
    enum Kind
    {
        Added,
        Moved,
        Changed,
        Cancelled
    };
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

    /// ScheduleReleases::list(), named here too for callers in app/ and tests/.
    static Result<QList<ScheduleRelease>> list(Workspace& ws, Id summit) { return ScheduleReleases::list(ws, summit); }
    /// Freezes the current schedule as the next number, as one undoable step: the snapshot
    /// computed here, written by commands::ReleaseEdits::release().
    static Result<ScheduleRelease> release(Workspace& ws, const Summit& summit, const QHash<Id, QString>& people)
    {
        return commands::ReleaseEdits::release(ws, summit.id, snapshot(summit, people));
    }
};

} // namespace coe
