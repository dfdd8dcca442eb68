// SPDX-License-Identifier: GPL-3.0-or-later
#include "planning/releases.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace coe {

namespace {

constexpr auto kTimeFormat = "yyyy-MM-ddTHH:mm";

struct Entry
{
    QString title;
    QString kind;
    QStringList speakers;
    QStringList slots; ///< "room|start|end", sorted
    QDateTime first;
};

QHash<Id, Entry> read(const QByteArray& json)
{
    QHash<Id, Entry> entries;
    const QJsonArray items = QJsonDocument::fromJson(json).object().value(QStringLiteral("items")).toArray();
    for (const auto& v : items) {
        const QJsonObject o = v.toObject();
        Entry e;
        e.title = o.value(QStringLiteral("title")).toString();
        e.kind = o.value(QStringLiteral("kind")).toString();
        const QJsonArray speakers = o.value(QStringLiteral("speakers")).toArray();
        for (const auto& s : speakers)
            e.speakers << s.toString();
        const QJsonArray slotList = o.value(QStringLiteral("slots")).toArray();
        for (const auto& s : slotList) {
            const QJsonObject slot = s.toObject();
            const QString start = slot.value(QStringLiteral("start")).toString();
            e.slots << QStringLiteral("%1|%2|%3")
                           .arg(slot.value(QStringLiteral("room")).toString(), start,
                                slot.value(QStringLiteral("end")).toString());
            const QDateTime at = QDateTime::fromString(start, QString::fromLatin1(kTimeFormat));
            if (!e.first.isValid() || at < e.first)
                e.first = at;
        }
        e.slots.sort();
        entries.insert(o.value(QStringLiteral("id")).toVariant().toLongLong(), e);
    }
    return entries;
}

/// "Main hall, Sat 26 Dec 09:45–10:30" for each slot.
QString where(const Entry& e)
{
    QStringList parts;
    const QLocale locale;
    for (const QString& slot : e.slots) {
        const QStringList f = slot.split(QLatin1Char('|'));
        const QDateTime start = QDateTime::fromString(f.value(1), QString::fromLatin1(kTimeFormat));
        const QDateTime end = QDateTime::fromString(f.value(2), QString::fromLatin1(kTimeFormat));
        parts << Releases::tr("%1, %2 %3–%4")
                     .arg(f.value(0), locale.toString(start.date(), QStringLiteral("ddd d MMM")),
                          start.toString(QStringLiteral("HH:mm")), end.toString(QStringLiteral("HH:mm")));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

QByteArray Releases::snapshot(const Summit& summit, const QHash<Id, QString>& people)
{
    QJsonArray items;
    for (const SummitItem& item : summit.items) {
        if (item.slots.isEmpty())
            continue;
        QJsonArray speakers;
        for (Id id : item.speakerIds)
            speakers.append(people.value(id));
        QJsonArray slots;
        for (const Slot& slot : item.slots) {
            const Room* room = summit.room(slot.roomId);
            slots.append(
                QJsonObject{{QStringLiteral("room"), room ? room->name : QString()},
                            {QStringLiteral("start"), slot.startsAt.toString(QString::fromLatin1(kTimeFormat))},
                            {QStringLiteral("end"), slot.endsAt.toString(QString::fromLatin1(kTimeFormat))}});
        }
        items.append(QJsonObject{{QStringLiteral("id"), item.id},
                                 {QStringLiteral("title"), item.title},
                                 {QStringLiteral("kind"), SummitItem::kindName(item.kind)},
                                 {QStringLiteral("speakers"), speakers},
                                 {QStringLiteral("slots"), slots}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("summit"), summit.name}, {QStringLiteral("items"), items}})
        .toJson(QJsonDocument::Compact);
}

QList<ScheduleChange> Releases::changes(const QByteArray& before, const QByteArray& after)
{
    const QHash<Id, Entry> old = read(before);
    const QHash<Id, Entry> now = read(after);
    QList<ScheduleChange> list;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const Entry& e = it.value();
        const auto was = old.constFind(it.key());
        if (was == old.cend()) {
            list.append({ScheduleChange::Added, it.key(), e.title, {}, where(e), e.first});
            continue;
        }
        if (was->slots != e.slots)
            list.append({ScheduleChange::Moved, it.key(), e.title, where(*was), where(e), e.first});
        QStringList changed;
        QStringList previous;
        if (was->title != e.title) {
            previous << tr("was “%1”").arg(was->title);
            changed << tr("now “%1”").arg(e.title);
        }
        if (was->speakers != e.speakers) {
            previous << tr("speakers %1")
                            .arg(was->speakers.isEmpty() ? tr("none") : was->speakers.join(QStringLiteral(", ")));
            changed << tr("speakers %1").arg(e.speakers.isEmpty() ? tr("none") : e.speakers.join(QStringLiteral(", ")));
        }
        if (!changed.isEmpty())
            list.append({ScheduleChange::Changed, it.key(), e.title, previous.join(QStringLiteral("; ")),
                         changed.join(QStringLiteral("; ")), e.first});
    }
    for (auto it = old.cbegin(); it != old.cend(); ++it)
        if (!now.contains(it.key()))
            list.append({ScheduleChange::Cancelled, it.key(), it->title, where(*it), {}, it->first});
    std::stable_sort(list.begin(), list.end(), [](const ScheduleChange& a, const ScheduleChange& b) {
        return std::tie(a.kind, a.at, a.title) < std::tie(b.kind, b.at, b.title);
    });
    return list;
}

QString Releases::kindName(ScheduleChange::Kind kind)
{
    static const char* const names[] = {"added", "moved", "changed", "cancelled"};
    return QString::fromLatin1(names[kind]);
}

} // namespace coe
