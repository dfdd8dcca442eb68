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

/// "12:15" for a pair of slots, the lower id first.
QString pairKey(const Placed& a, const Placed& b)
{
    return QStringLiteral("%1:%2").arg(std::min(a.slot->id, b.slot->id)).arg(std::max(a.slot->id, b.slot->id));
}

/// The warnings of one summit as they are found: each keyed, marked when a lead acknowledged
/// it, and worded with the names of rooms, people and times.
class Warnings
{
public:
    Warnings(const Summit& summit, const QHash<Id, QString>& personNames) : m_summit(summit), m_personNames(personNames)
    {}

    const Summit& summit() const { return m_summit; }
    const QLocale& locale() const { return m_locale; }

    /// "Thu 27 Mar, 09:00–09:45": the day and times of @p p.
    QString when(const Placed& p) const
    {
        return Conflicts::tr("%1, %2–%3")
            .arg(m_locale.toString(p.slot->startsAt.date(), QStringLiteral("ddd d MMM")),
                 p.slot->startsAt.time().toString(QStringLiteral("HH:mm")),
                 p.slot->endsAt.time().toString(QStringLiteral("HH:mm")));
    }
    QString roomName(Id id) const
    {
        const Room* room = m_summit.room(id);
        return room ? room->name : Conflicts::tr("an unknown room");
    }
    QString personName(Id id) const { return m_personNames.value(id, Conflicts::tr("Person %1").arg(id)); }

    /// Adds a warning of @p kind about the slots @p involved (the first names its room and
    /// time), keyed by its kind and @p key.
    void add(SummitWarning::Kind kind, const QString& key, const QString& message, const QList<const Placed*>& involved,
             Id person = 0)
    {
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
        if (const auto ack = m_summit.acknowledgements.constFind(w.key); ack != m_summit.acknowledgements.cend()) {
            w.acknowledged = true;
            w.note = ack.value();
        }
        m_list.append(w);
    }

    /// Every warning, ordered by time, then kind, then key.
    QList<SummitWarning> sorted()
    {
        std::stable_sort(m_list.begin(), m_list.end(), [](const SummitWarning& a, const SummitWarning& b) {
            const qint64 at = wallMinutes(a.at);
            const qint64 bt = wallMinutes(b.at);
            return std::tie(at, a.kind, a.key) < std::tie(bt, b.kind, b.key);
        });
        return m_list;
    }

private:
    const Summit& m_summit;
    const QHash<Id, QString>& m_personNames;
    const QLocale m_locale;
    QList<SummitWarning> m_list;
};

/// Every slot of the summit with its item, by start.
QList<Placed> placedSlots(const Summit& summit)
{
    QList<Placed> all;
    for (const SummitItem& item : summit.items)
        for (const Slot& slot : item.slots)
            all.append({&item, &slot, wallMinutes(slot.startsAt), wallMinutes(slot.endsAt)});
    std::sort(all.begin(), all.end(), earlier);
    return all;
}

/// Items that overlap in one room.
void roomOverlaps(Warnings& warnings, const QList<Placed>& all)
{
    QHash<Id, QList<Placed>> byRoom;
    for (const Placed& p : all)
        byRoom[p.slot->roomId].append(p);
    for (auto it = byRoom.cbegin(); it != byRoom.cend(); ++it) {
        sweep(it.value(), [&](const Placed& a, const Placed& b) {
            warnings.add(SummitWarning::RoomOverlap, pairKey(a, b),
                         Conflicts::tr("%1 and %2 overlap in %3 (%4).")
                             .arg(quoted(a.item->title), quoted(b.item->title), warnings.roomName(a.slot->roomId),
                                  warnings.when(b)),
                         {&a, &b});
        });
    }
}

/// An item that expects more people than its room seats.
void overCapacity(Warnings& warnings, const Placed& p, const Room& room, const QString& slotKey)
{
    if (room.capacity > 0 && p.item->expectedAudience > room.capacity)
        warnings.add(SummitWarning::OverCapacity, slotKey,
                     Conflicts::tr("%1 expects %2 people but %3 seats %4 (%5).")
                         .arg(quoted(p.item->title))
                         .arg(p.item->expectedAudience)
                         .arg(room.name)
                         .arg(room.capacity)
                         .arg(warnings.when(p)),
                     {&p});
}

/// An item that needs equipment its room lacks (compared without case or surrounding spaces).
void missingEquipment(Warnings& warnings, const Placed& p, const Room& room, const QString& slotKey)
{
    QStringList missing;
    for (const QString& needed : p.item->equipment) {
        const bool has = std::any_of(room.equipment.cbegin(), room.equipment.cend(), [&needed](const QString& e) {
            return e.trimmed().compare(needed.trimmed(), Qt::CaseInsensitive) == 0;
        });
        if (!has && !needed.trimmed().isEmpty())
            missing << needed.trimmed();
    }
    if (!missing.isEmpty())
        warnings.add(SummitWarning::MissingEquipment, slotKey,
                     Conflicts::tr("%1 needs %2, which %3 does not have (%4).")
                         .arg(quoted(p.item->title), missing.join(QStringLiteral(", ")), room.name, warnings.when(p)),
                     {&p});
}

/// A slot outside the summit's days, or else outside its daily venue hours.
void outsideVenueHours(Warnings& warnings, const Placed& p, const QString& slotKey)
{
    const Summit& summit = warnings.summit();
    const QLocale& locale = warnings.locale();
    const QDate day = p.slot->startsAt.date();
    const bool outsideDays = day < summit.startsOn || p.slot->endsAt.date() > summit.endsOn;
    const bool outsideHours = p.slot->endsAt.date() != day || p.slot->startsAt.time() < summit.dayStarts ||
                              p.slot->endsAt.time() > summit.dayEnds;
    if (outsideDays)
        warnings.add(SummitWarning::OutsideVenueHours, slotKey,
                     Conflicts::tr("%1 is on %2, outside the summit's days (%3 to %4).")
                         .arg(quoted(p.item->title), locale.toString(day, QLocale::ShortFormat),
                              locale.toString(summit.startsOn, QLocale::ShortFormat),
                              locale.toString(summit.endsOn, QLocale::ShortFormat)),
                     {&p});
    else if (outsideHours)
        warnings.add(SummitWarning::OutsideVenueHours, slotKey,
                     Conflicts::tr("%1 (%2) is outside venue hours, %3–%4.")
                         .arg(quoted(p.item->title), warnings.when(p),
                              summit.dayStarts.toString(QStringLiteral("HH:mm")),
                              summit.dayEnds.toString(QStringLiteral("HH:mm"))),
                     {&p});
}

/// Per slot: its room's capacity and equipment, and the venue's days and hours.
void slotChecks(Warnings& warnings, const QList<Placed>& all)
{
    for (const Placed& p : all) {
        const QString slotKey = QString::number(p.slot->id);
        if (const Room* room = warnings.summit().room(p.slot->roomId)) {
            overCapacity(warnings, p, *room, slotKey);
            missingEquipment(warnings, p, *room, slotKey);
        }
        outsideVenueHours(warnings, p, slotKey);
    }
}

/// A speaker in two overlapping items (one item held in several rooms at once is a plenary,
/// not a clash).
void speakerOverlaps(Warnings& warnings, Id person, const QList<Placed>& list)
{
    sweep(list, [&](const Placed& a, const Placed& b) {
        if (a.item == b.item) // a plenary held in several rooms at once
            return;
        warnings.add(
            SummitWarning::SpeakerOverlap, QStringLiteral("%1:%2").arg(person).arg(pairKey(a, b)),
            Conflicts::tr("%1 speaks in %2 and %3 at the same time (%4).")
                .arg(warnings.personName(person), quoted(a.item->title), quoted(b.item->title), warnings.when(b)),
            {&a, &b}, person);
    });
}

/// A speaker's items outside every range of their availability.
void speakerUnavailable(Warnings& warnings, Id person, const QList<Placed>& list,
                        const QList<const SpeakerAvailability*>& ranges)
{
    for (const Placed& p : list) {
        const bool fits = std::any_of(ranges.cbegin(), ranges.cend(), [&p](const SpeakerAvailability* a) {
            return a->day == p.slot->startsAt.date() && p.slot->endsAt.date() == a->day &&
                   a->from <= p.slot->startsAt.time() && p.slot->endsAt.time() <= a->to;
        });
        if (!fits)
            warnings.add(SummitWarning::SpeakerUnavailable, QStringLiteral("%1:%2").arg(person).arg(p.slot->id),
                         Conflicts::tr("%1 is not available for %2 (%3).")
                             .arg(warnings.personName(person), quoted(p.item->title), warnings.when(p)),
                         {&p}, person);
    }
}

/// A speaker who changes rooms between consecutive items with less than the summit's
/// minimum gap.
void speakerGaps(Warnings& warnings, Id person, const QList<Placed>& list)
{
    const int gap = warnings.summit().minSpeakerGapMinutes;
    for (qsizetype i = 1; gap > 0 && i < list.size(); ++i) {
        const Placed& a = list.at(i - 1);
        const Placed& b = list.at(i);
        if (a.item == b.item || a.slot->roomId == b.slot->roomId || b.start < a.end)
            continue;
        if (b.start - a.end < gap)
            warnings.add(SummitWarning::SpeakerGap, QStringLiteral("%1:%2").arg(person).arg(pairKey(a, b)),
                         Conflicts::tr("%1 has only %2 min to get from %3 to %4 for %5 (%6).")
                             .arg(warnings.personName(person), QString::number(b.start - a.end),
                                  warnings.roomName(a.slot->roomId), warnings.roomName(b.slot->roomId),
                                  quoted(b.item->title), warnings.when(b)),
                         {&a, &b}, person);
    }
}

/// Per speaker: double bookings, availability, room changes without time to walk.
void speakerChecks(Warnings& warnings, const QList<Placed>& all)
{
    QHash<Id, QList<Placed>> bySpeaker;
    for (const Placed& p : all)
        for (Id person : p.item->speakerIds)
            bySpeaker[person].append(p);
    QHash<Id, QList<const SpeakerAvailability*>> availability;
    for (const SpeakerAvailability& a : warnings.summit().availability)
        availability[a.personId].append(&a);
    for (auto it = bySpeaker.cbegin(); it != bySpeaker.cend(); ++it) {
        speakerOverlaps(warnings, it.key(), it.value());
        if (const auto ranges = availability.constFind(it.key()); ranges != availability.cend())
            speakerUnavailable(warnings, it.key(), it.value(), ranges.value());
        speakerGaps(warnings, it.key(), it.value());
    }
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
    Warnings warnings(summit, personNames);
    const QList<Placed> all = placedSlots(summit);
    roomOverlaps(warnings, all);
    slotChecks(warnings, all);
    speakerChecks(warnings, all);
    return warnings.sorted();
}

} // namespace coe
