// SPDX-License-Identifier: GPL-3.0-or-later
// A large, realistic summit as a value (no database): for print tests and benchmarks.
#pragma once

#include "domain/summit.h"

#include <QHash>
#include <QRandomGenerator>

namespace test {

struct SummitFixture
{
    coe::Summit summit;
    QHash<coe::Id, QString> people;
};

/// @p days days of 09:00–17:30, @p rooms rooms, @p items items packed into the rooms from the
/// morning on (coffee at 10:30 and lunch at 12:30 in every room), deterministic for a seed.
inline SummitFixture bigSummit(int days, int rooms, int items, quint32 seed = 1)
{
    using namespace coe;
    SummitFixture f;
    Summit& s = f.summit;
    s.id = 1;
    s.name = QStringLiteral("CoE Summit Benchmark");
    s.venue = QStringLiteral("Harbour Conference Centre");
    s.timeZone = QStringLiteral("Europe/Berlin");
    s.startsOn = QDate(2026, 9, 14);
    s.endsOn = s.startsOn.addDays(days - 1);
    const QStringList roomNames{QStringLiteral("Main hall"),  QStringLiteral("Room Ada"),
                                QStringLiteral("Room Grace"), QStringLiteral("Lab"),
                                QStringLiteral("Room Linus"), QStringLiteral("Room Margaret"),
                                QStringLiteral("Room Alan"),  QStringLiteral("Studio")};
    for (int r = 0; r < rooms; ++r)
        s.rooms.append({r + 1,
                        roomNames.value(r, QStringLiteral("Room %1").arg(r + 1)),
                        r == 0 ? 300 : 40 + 10 * r,
                        {QStringLiteral("projector")},
                        r,
                        1});
    const QStringList tracks{QStringLiteral("Platform"), QStringLiteral("Reliability"), QStringLiteral("Security"),
                             QStringLiteral("Delivery")};
    const QStringList colors{QStringLiteral("#2c7fb8"), QStringLiteral("#41b6c4"), QStringLiteral("#7fcdbb"),
                             QStringLiteral("#fd8d3c")};
    for (int t = 0; t < tracks.size(); ++t)
        s.tracks.append({t + 1, tracks.at(t), QColor(colors.at(t)), 1});
    const QStringList first{QStringLiteral("Ana"),   QStringLiteral("Bo"),   QStringLiteral("Chidi"),
                            QStringLiteral("Dana"),  QStringLiteral("Emre"), QStringLiteral("Fatima"),
                            QStringLiteral("Goran"), QStringLiteral("Hana"), QStringLiteral("Ines"),
                            QStringLiteral("Jonas")};
    const QStringList last{QStringLiteral("Silva"),  QStringLiteral("Chen"),    QStringLiteral("Okafor"),
                           QStringLiteral("Novak"),  QStringLiteral("Yilmaz"),  QStringLiteral("Haddad"),
                           QStringLiteral("Petrov"), QStringLiteral("Kowalski")};
    for (int p = 0; p < 80; ++p)
        f.people.insert(100 + p,
                        first.at(p % first.size()) + QLatin1Char(' ') + last.at((p / first.size() + p) % last.size()));
    const QStringList topics{QStringLiteral("Terraform modules"),     QStringLiteral("SLOs that matter"),
                             QStringLiteral("Secrets rotation"),      QStringLiteral("Blue-green releases"),
                             QStringLiteral("Postmortem culture"),    QStringLiteral("Kubernetes upgrades"),
                             QStringLiteral("Supply chain security"), QStringLiteral("Cost dashboards"),
                             QStringLiteral("Runbook automation"),    QStringLiteral("Backup restore drills")};
    QRandomGenerator random(seed);
    Id id = 0;
    Id slotId = 0;
    const auto add = [&](SummitItem::Kind kind, const QString& title, Id track, int room, const QDate& day,
                         int startMinute, int minutes, QList<Id> speakers) {
        SummitItem item;
        item.id = ++id;
        item.kind = kind;
        item.title = title;
        item.trackId = track;
        item.durationMinutes = minutes;
        item.speakerIds = std::move(speakers);
        item.expectedAudience = kind == SummitItem::Break ? 0 : 20 + int(random.bounded(40));
        const QDateTime start(day, QTime(startMinute / 60, startMinute % 60));
        item.slots.append({++slotId, item.id, Id(room + 1), start, start.addSecs(qint64(minutes) * 60), 1});
        s.items.append(item);
    };
    // Talks fill each room's day between the breaks, day by day, until @p items are placed.
    int placed = 0;
    const int durations[] = {30, 45, 30, 20, 45, 90};
    for (int d = 0; d < days && placed < items; ++d) {
        const QDate day = s.startsOn.addDays(d);
        for (int r = 0; r < rooms; ++r) {
            add(SummitItem::Break, QStringLiteral("Coffee"), 0, r, day, 10 * 60 + 30, 15, {});
            add(SummitItem::Break, QStringLiteral("Lunch"), 0, r, day, 12 * 60 + 30, 60, {});
        }
        for (int r = 0; r < rooms && placed < items; ++r) {
            int minute = 9 * 60;
            while (placed < items) {
                int minutes = durations[random.bounded(6)];
                if (minute < 10 * 60 + 30 && minute + minutes > 10 * 60 + 30)
                    minute = 10 * 60 + 45;
                if (minute >= 10 * 60 + 30 && minute < 10 * 60 + 45)
                    minute = 10 * 60 + 45;
                if (minute < 12 * 60 + 30 && minute + minutes > 12 * 60 + 30)
                    minute = 13 * 60 + 30;
                if (minute >= 12 * 60 + 30 && minute < 13 * 60 + 30)
                    minute = 13 * 60 + 30;
                if (minute + minutes > 17 * 60 + 30)
                    break;
                const int n = placed++;
                const SummitItem::Kind kind = minutes == 90   ? SummitItem::Workshop
                                              : minutes == 20 ? SummitItem::Lightning
                                                              : SummitItem::Talk;
                add(kind,
                    QStringLiteral("%1 #%2: %3")
                        .arg(topics.at(n % topics.size()))
                        .arg(n + 1)
                        .arg(kind == SummitItem::Workshop ? QStringLiteral("hands-on") : QStringLiteral("in practice")),
                    1 + n % tracks.size(), r, day, minute, minutes, {Id(100 + random.bounded(80))});
                minute += minutes;
            }
        }
    }
    return f;
}

} // namespace test
