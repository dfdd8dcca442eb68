// SPDX-License-Identifier: GPL-3.0-or-later
// Every instant a workspace stores (summit slots, session starts), read two ways: from an older
// file with that version's own rules, and as today's code reads them. An upgrade that moves no
// instant leaves the two equal.
#pragma once

#include "storage/planrepository.h"
#include "storage/workspace.h"

#include <QDateTime>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>

namespace coe::test {

/// Every stored instant by "slot 12 start", "session 3" …, in ms since the epoch.
using Instants = QMap<QString, qint64>;

/// The instants of an older file, read with its own schema's rules: a slot's wall clock is in
/// its summit's zone, a session's (before version 4, which gave sessions a zone) in the zone
/// of the machine that reads it.
inline Instants storedInstants(const QString& path)
{
    Instants instants;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("instants"));
        raw.setDatabaseName(path);
        raw.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!raw.open())
            qFatal("cannot open %s", qPrintable(path));
        QSqlQuery q(raw);
        const auto wall = [](const QVariant& v) {
            return QDateTime::fromString(v.toString().left(16), QStringLiteral("yyyy-MM-ddTHH:mm"));
        };
        if (!q.exec(QStringLiteral(
                "SELECT slot.id AS id, slot.starts_at AS starts_at, slot.ends_at AS ends_at, summit.time_zone AS zone "
                "FROM slot "
                "JOIN summit_item ON summit_item.id = slot.item_id JOIN summit ON summit.id = summit_item.summit_id")))
            qFatal("cannot read slots");
        while (q.next()) {
            const QTimeZone zone(q.value(QStringLiteral("zone")).toString().toUtf8());
            const QString id = q.value(QStringLiteral("id")).toString();
            instants.insert(QStringLiteral("slot %1 start").arg(id),
                            QDateTime(wall(q.value(QStringLiteral("starts_at"))).date(),
                                      wall(q.value(QStringLiteral("starts_at"))).time(), zone)
                                .toMSecsSinceEpoch());
            instants.insert(QStringLiteral("slot %1 end").arg(id),
                            QDateTime(wall(q.value(QStringLiteral("ends_at"))).date(),
                                      wall(q.value(QStringLiteral("ends_at"))).time(), zone)
                                .toMSecsSinceEpoch());
        }
        if (!q.exec(QStringLiteral("SELECT id, starts_at FROM kt_session")))
            qFatal("cannot read sessions");
        while (q.next())
            instants.insert(QStringLiteral("session %1").arg(q.value(QStringLiteral("id")).toString()),
                            wall(q.value(QStringLiteral("starts_at"))).toMSecsSinceEpoch());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("instants"));
    return instants;
}

/// The same instants as today's code reads them.
inline Instants readInstants(Workspace& ws)
{
    Instants instants;
    PlanRepository plans(ws);
    const auto summits = plans.summits();
    const auto sessions = plans.sessions();
    const auto workspaceZone = plans.workspaceZone();
    if (!summits || !sessions || !workspaceZone)
        qFatal("cannot read plans");
    for (const Summit& summit : summits.value())
        for (const SummitItem& item : summit.items)
            for (const Slot& slot : item.slots) {
                instants.insert(QStringLiteral("slot %1 start").arg(slot.id),
                                summit.instant(slot.startsAt).toMSecsSinceEpoch());
                instants.insert(QStringLiteral("slot %1 end").arg(slot.id),
                                summit.instant(slot.endsAt).toMSecsSinceEpoch());
            }
    for (const Session& session : sessions.value())
        instants.insert(QStringLiteral("session %1").arg(session.id),
                        session.startInstant(workspaceZone.value()).toMSecsSinceEpoch());
    return instants;
}

} // namespace coe::test
