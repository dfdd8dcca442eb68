// SPDX-License-Identifier: GPL-3.0-or-later
#include "planning/conflicts.h"

#include <QLocale>

#include <algorithm>

namespace coe {

namespace {

struct Placed
{
    const SummitItem* item;
    const Slot* slot;
    qint64 start; ///< wall-clock minutes
    qint64 end;
};

bool earlier(const Placed& a, const Placed& b)
{
    return std::tie(a.start, a.end, a.slot->id) < std::tie(b.start, b.end, b.slot->id);
}

/// Calls @p overlap(a, b) for every pair of @p list (sorted by start) whose times overlap.
/// Touching intervals (one ends when the other starts) do not overlap.
template<typename F> void sweep(const QList<Placed>& list, F overlap)
{
    QList<const Placed*> active;
    for (const Placed& p : list) {
        active.removeIf([&p](const Placed* a) { return a->end <= p.start; });
        for (const Placed* a : std::as_const(active))
            overlap(*a, p);
        active.append(&p);
    }
}

QString quoted(const QString& title)
{
    return Conflicts::tr("“%1”").arg(title);
}

} // namespace

QString SummitWarning::kindName(Kind kind)
{
    static const char* const names[] = {"room-overlap",  "speaker-overlap",   "speaker-unavailable",
                                        "over-capacity", "missing-equipment", "outside-venue-hours",
                                        "speaker-gap"};
    return QString::fromLatin1(names[kind]);
}

QList<SummitWarning> Conflicts::find(const Summit& summit, const QHash<Id, QString>& personNames)
{
    QList<SummitWarning> warnings;
    const QLocale locale;
    const auto when = [&locale](const Placed& p) {
        return tr("%1, %2–%3")
            .arg(locale.toString(p.slot->startsAt.date(), QStringLiteral("ddd d MMM")),
                 p.slot->startsAt.time().toString(QStringLiteral("HH:mm")),
                 p.slot->endsAt.time().toString(QStringLiteral("HH:mm")));
    };
    const auto roomName = [&summit](Id id) {
        const Room* room = summit.room(id);
        return room ? room->name : tr("an unknown room");
    };
    const auto personName = [&personNames](Id id) {
        return personNames.value(id, tr("Person %1").arg(id));
    };
    const auto add = [&](SummitWarning::Kind kind, const QString& key, const QString& message,
                         const QList<const Placed*>& involved, Id person = 0) {
        SummitWarning w;
        w.kind = kind;
        w.key = SummitWarning::kindName(kind) + QLatin1Char(':') + key;
        w.message = message;
        w.personId = person;
        for (const Placed* p : involved) {
            if (!w.itemIds.contains(p->item->id))
                w.itemIds << p->item->id;
            w.slotIds << p->slot->id;
        }
        w.roomId = involved.first()->slot->roomId;
        w.at = involved.first()->slot->startsAt;
        if (const auto ack = summit.acknowledgements.constFind(w.key); ack != summit.acknowledgements.cend()) {
            w.acknowledged = true;
            w.note = ack.value();
        }
        warnings.append(w);
    };
    const auto pairKey = [](const Placed& a, const Placed& b) {
        return QStringLiteral("%1:%2").arg(std::min(a.slot->id, b.slot->id)).arg(std::max(a.slot->id, b.slot->id));
    };

    QList<Placed> all;
    for (const SummitItem& item : summit.items)
        for (const Slot& slot : item.slots)
            all.append({&item, &slot, wallMinutes(slot.startsAt), wallMinutes(slot.endsAt)});
    std::sort(all.begin(), all.end(), earlier);

    // Rooms: overlaps, capacity, equipment. Venue hours per slot.
    QHash<Id, QList<Placed>> byRoom;
    for (const Placed& p : std::as_const(all))
        byRoom[p.slot->roomId].append(p);
    for (auto it = byRoom.cbegin(); it != byRoom.cend(); ++it) {
        sweep(it.value(), [&](const Placed& a, const Placed& b) {
            add(SummitWarning::RoomOverlap, pairKey(a, b),
                tr("%1 and %2 overlap in %3 (%4).")
                    .arg(quoted(a.item->title), quoted(b.item->title), roomName(a.slot->roomId), when(b)),
                {&a, &b});
        });
    }
    for (const Placed& p : std::as_const(all)) {
        const Room* room = summit.room(p.slot->roomId);
        const QString slotKey = QString::number(p.slot->id);
        if (room && room->capacity > 0 && p.item->expectedAudience > room->capacity)
            add(SummitWarning::OverCapacity, slotKey,
                tr("%1 expects %2 people but %3 seats %4 (%5).")
                    .arg(quoted(p.item->title))
                    .arg(p.item->expectedAudience)
                    .arg(room->name)
                    .arg(room->capacity)
                    .arg(when(p)),
                {&p});
        if (room) {
            QStringList missing;
            for (const QString& needed : p.item->equipment) {
                const bool has =
                    std::any_of(room->equipment.cbegin(), room->equipment.cend(), [&needed](const QString& e) {
                        return e.trimmed().compare(needed.trimmed(), Qt::CaseInsensitive) == 0;
                    });
                if (!has && !needed.trimmed().isEmpty())
                    missing << needed.trimmed();
            }
            if (!missing.isEmpty())
                add(SummitWarning::MissingEquipment, slotKey,
                    tr("%1 needs %2, which %3 does not have (%4).")
                        .arg(quoted(p.item->title), missing.join(QStringLiteral(", ")), room->name, when(p)),
                    {&p});
        }
        const QDate day = p.slot->startsAt.date();
        const bool outsideDays = day < summit.startsOn || p.slot->endsAt.date() > summit.endsOn;
        const bool outsideHours = p.slot->endsAt.date() != day || p.slot->startsAt.time() < summit.dayStarts ||
                                  p.slot->endsAt.time() > summit.dayEnds;
        if (outsideDays)
            add(SummitWarning::OutsideVenueHours, slotKey,
                tr("%1 is on %2, outside the summit's days (%3 to %4).")
                    .arg(quoted(p.item->title), locale.toString(day, QLocale::ShortFormat),
                         locale.toString(summit.startsOn, QLocale::ShortFormat),
                         locale.toString(summit.endsOn, QLocale::ShortFormat)),
                {&p});
        else if (outsideHours)
            add(SummitWarning::OutsideVenueHours, slotKey,
                tr("%1 (%2) is outside venue hours, %3–%4.")
                    .arg(quoted(p.item->title), when(p), summit.dayStarts.toString(QStringLiteral("HH:mm")),
                         summit.dayEnds.toString(QStringLiteral("HH:mm"))),
                {&p});
    }

    // Speakers: double bookings, availability, room changes without time to walk.
    QHash<Id, QList<Placed>> bySpeaker;
    for (const Placed& p : std::as_const(all))
        for (Id person : p.item->speakerIds)
            bySpeaker[person].append(p);
    QHash<Id, QList<const SpeakerAvailability*>> availability;
    for (const SpeakerAvailability& a : summit.availability)
        availability[a.personId].append(&a);
    for (auto it = bySpeaker.cbegin(); it != bySpeaker.cend(); ++it) {
        const Id person = it.key();
        const QList<Placed>& list = it.value();
        sweep(list, [&](const Placed& a, const Placed& b) {
            if (a.item == b.item) // a plenary held in several rooms at once
                return;
            add(SummitWarning::SpeakerOverlap, QStringLiteral("%1:%2").arg(person).arg(pairKey(a, b)),
                tr("%1 speaks in %2 and %3 at the same time (%4).")
                    .arg(personName(person), quoted(a.item->title), quoted(b.item->title), when(b)),
                {&a, &b}, person);
        });
        if (const auto ranges = availability.constFind(person); ranges != availability.cend()) {
            for (const Placed& p : list) {
                const bool fits = std::any_of(ranges->cbegin(), ranges->cend(), [&p](const SpeakerAvailability* a) {
                    return a->day == p.slot->startsAt.date() && p.slot->endsAt.date() == a->day &&
                           a->from <= p.slot->startsAt.time() && p.slot->endsAt.time() <= a->to;
                });
                if (!fits)
                    add(SummitWarning::SpeakerUnavailable, QStringLiteral("%1:%2").arg(person).arg(p.slot->id),
                        tr("%1 is not available for %2 (%3).").arg(personName(person), quoted(p.item->title), when(p)),
                        {&p}, person);
            }
        }
        const int gap = summit.minSpeakerGapMinutes;
        for (qsizetype i = 1; gap > 0 && i < list.size(); ++i) {
            const Placed& a = list.at(i - 1);
            const Placed& b = list.at(i);
            if (a.item == b.item || a.slot->roomId == b.slot->roomId || b.start < a.end)
                continue;
            if (b.start - a.end < gap)
                add(SummitWarning::SpeakerGap, QStringLiteral("%1:%2").arg(person).arg(pairKey(a, b)),
                    tr("%1 has only %2 min to get from %3 to %4 for %5 (%6).")
                        .arg(personName(person), QString::number(b.start - a.end), roomName(a.slot->roomId),
                             roomName(b.slot->roomId), quoted(b.item->title), when(b)),
                    {&a, &b}, person);
        }
    }

    std::stable_sort(warnings.begin(), warnings.end(), [](const SummitWarning& a, const SummitWarning& b) {
        const qint64 at = wallMinutes(a.at);
        const qint64 bt = wallMinutes(b.at);
        return std::tie(at, a.kind, a.key) < std::tie(bt, b.kind, b.key);
    });
    return warnings;
}

} // namespace coe
