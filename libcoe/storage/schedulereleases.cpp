// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/schedulereleases.h"

#include "storage/columns.h"
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
    const int id = column(q, "id");
    const int number = column(q, "number");
    const int releasedAt = column(q, "released_at");
    const int snapshot = column(q, "snapshot");
    QList<ScheduleRelease> releases;
    while (q.next())
        releases.append({q.value(id).toLongLong(), q.value(number).toInt(),
                         QDateTime::fromString(q.value(releasedAt).toString(), Qt::ISODate),
                         q.value(snapshot).toString().toUtf8()});
    return releases;
}

Result<int> ScheduleReleases::latestNumber(Workspace& ws, Id summit)
{
    QSqlQuery q = ws.prepare(QStringLiteral("SELECT MAX(number) AS latest FROM schedule_release WHERE summit_id = :s"));
    q.bindValue(QStringLiteral(":s"), summit);
    if (auto done = ws.exec(q); !done)
        return done.error();
    return q.next() ? field(q, "latest").toInt() : 0;
}

} // namespace coe
