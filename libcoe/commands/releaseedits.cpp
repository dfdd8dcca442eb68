// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/releaseedits.h"

#include "commands/batch.h"

#include <QCoreApplication>

namespace coe::commands {

Result<ScheduleRelease> ReleaseEdits::release(Workspace& ws, Id summit, const QByteArray& snapshot)
{
    auto latest = ScheduleReleases::latestNumber(ws, summit);
    if (!latest)
        return latest.error();
    ScheduleRelease r;
    r.number = latest.value() + 1;
    r.releasedAt = QDateTime::currentDateTimeUtc();
    r.releasedAt.setTime(QTime(r.releasedAt.time().hour(), r.releasedAt.time().minute(), r.releasedAt.time().second()));
    r.snapshot = snapshot;
    Batch batch(QCoreApplication::translate("coe::Releases", "Release schedule version %1").arg(r.number));
    batch.insert(QStringLiteral("schedule_release"),
                 {{QStringLiteral("summit_id"), summit},
                  {QStringLiteral("number"), r.number},
                  {QStringLiteral("released_at"), r.releasedAt.toString(Qt::ISODate)},
                  {QStringLiteral("snapshot"), QString::fromUtf8(r.snapshot)}});
    auto ids = run(ws, std::move(batch));
    if (!ids)
        return ids.error();
    r.id = ids->first();
    return r;
}

} // namespace coe::commands
