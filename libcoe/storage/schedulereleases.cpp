// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/schedulereleases.h"

#include "storage/workspace.h"

#include <QSqlQuery>

namespace coe {

Result<QList<ScheduleRelease>> ScheduleReleases::list(Workspace& ws, Id summit)
{
    QSqlQuery q = ws.prepare(QStringLiteral(
        "SELECT id, number, released_at, snapshot FROM schedule_release WHERE summit_id = :s ORDER BY number"));
    q.bindValue(QStringLiteral(":s"), summit);
    if (auto done = ws.exec(q); !done)
        return done.error();
    QList<ScheduleRelease> releases;
    while (q.next())
        releases.append({q.value(0).toLongLong(), q.value(1).toInt(),
                         QDateTime::fromString(q.value(2).toString(), Qt::ISODate), q.value(3).toString().toUtf8()});
    return releases;
}

Result<int> ScheduleReleases::latestNumber(Workspace& ws, Id summit)
{
    QSqlQuery q = ws.prepare(QStringLiteral("SELECT MAX(number) FROM schedule_release WHERE summit_id = :s"));
    q.bindValue(QStringLiteral(":s"), summit);
    if (auto done = ws.exec(q); !done)
        return done.error();
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace coe
