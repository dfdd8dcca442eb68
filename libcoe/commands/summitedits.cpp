// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/summitedits.h"

#include "commands/batch.h"

#include <QSet>
#include <QTimeZone>

namespace coe::commands {

namespace {

QString stamp(const QDateTime& wall)
{
    return wall.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
}

QString clock(const QTime& t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

} // namespace

Result<Id> SummitEdits::createSummit(Workspace& ws, const QString& name)
{
    const QDate day = QDate::currentDate().addMonths(1);
    QString zone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (!QTimeZone(zone.toUtf8()).isValid())
        zone = QStringLiteral("UTC");
    Batch batch(tr("New summit “%1”").arg(name));
    batch.insert(QStringLiteral("summit"), {{QStringLiteral("name"), name},
                                            {QStringLiteral("time_zone"), zone},
                                            {QStringLiteral("starts_on"), day.toString(Qt::ISODate)},
                                            {QStringLiteral("ends_on"), day.toString(Qt::ISODate)}});
    batch.insert(QStringLiteral("room"), {{QStringLiteral("summit_id"), Batch::idOf(0)},
                                          {QStringLiteral("name"), tr("Main hall")},
                                          {QStringLiteral("position"), 0}});
    auto ids = run(ws, std::move(batch));
    if (!ids)
        return ids.error();
    return ids->first();
}

QString SummitEdits::moveText(const Summit& summit, const Slot& slot, Id room, const QDateTime& start,
                              const QDateTime& end, bool done)
{
    const SummitItem* item = summit.item(slot.itemId);
    const QString title = item ? item->title : QString();
    const Room* to = summit.room(room);
    const QString times = QStringLiteral("%1–%2").arg(clock(start.time()), clock(end.time()));
    if (room != slot.roomId && to)
        return done ? tr("Moved “%1” to %2, %3.").arg(title, to->name, times)
                    : tr("Move “%1” to %2 at %3").arg(title, to->name, clock(start.time()));
    if (start == slot.startsAt)
        return done ? tr("“%1” now runs %2.").arg(title, times) : tr("Resize “%1” to %2").arg(title, times);
    return done ? tr("Moved “%1” to %2.").arg(title, times) : tr("Move “%1” to %2").arg(title, clock(start.time()));
}

Result<void> SummitEdits::moveSlot(Workspace& ws, const Summit& summit, const Slot& slot, Id room,
                                   const QDateTime& start, const QDateTime& end)
{
    Batch batch(moveText(summit, slot, room, start, end));
    batch.update(QStringLiteral("slot"), slot.id,
                 {{QStringLiteral("room_id"), room},
                  {QStringLiteral("starts_at"), stamp(start)},
                  {QStringLiteral("ends_at"), stamp(end)}},
                 slot.version);
    return runBatch(ws, std::move(batch));
}

Result<Id> SummitEdits::schedule(Workspace& ws, const SummitItem& item, Id room, const QDateTime& start)
{
    Batch batch(tr("Schedule “%1”").arg(item.title));
    batch.insert(QStringLiteral("slot"),
                 {{QStringLiteral("item_id"), item.id},
                  {QStringLiteral("room_id"), room},
                  {QStringLiteral("starts_at"), stamp(start)},
                  {QStringLiteral("ends_at"), stamp(start.addSecs(qint64(item.durationMinutes) * 60))}});
    auto ids = run(ws, std::move(batch));
    if (!ids)
        return ids.error();
    return ids->first();
}

Result<void> SummitEdits::unschedule(Workspace& ws, const Slot& slot, const QString& title)
{
    Batch batch(tr("Unschedule “%1”").arg(title));
    batch.remove(QStringLiteral("slot"), {slot.id});
    return runBatch(ws, std::move(batch));
}

Result<int> SummitEdits::copyToAllRooms(Workspace& ws, const Summit& summit, const Slot& slot)
{
    const SummitItem* item = summit.item(slot.itemId);
    if (!item)
        return Error{Error::NotFound, tr("The item is gone; reload the summit.")};
    Batch batch(tr("Copy “%1” to all rooms").arg(item->title));
    int added = 0;
    for (const Room& room : summit.rooms) {
        const bool has = std::any_of(item->slots.cbegin(), item->slots.cend(), [&](const Slot& s) {
            return s.roomId == room.id && s.startsAt == slot.startsAt && s.endsAt == slot.endsAt;
        });
        if (has)
            continue;
        batch.insert(QStringLiteral("slot"), {{QStringLiteral("item_id"), item->id},
                                              {QStringLiteral("room_id"), room.id},
                                              {QStringLiteral("starts_at"), stamp(slot.startsAt)},
                                              {QStringLiteral("ends_at"), stamp(slot.endsAt)}});
        ++added;
    }
    if (auto done = runBatch(ws, std::move(batch)); !done)
        return done.error();
    return added;
}

namespace {

/// The steps that put @p item (with its @p before slots) at @p placement, as one batch;
/// @p itemRef is the item's id or the StepRef of its insert. Returns how it was placed:
/// 0 nothing changed, 1 scheduled or moved, -1 unscheduled.
int place(Batch& batch, const SummitItem& item, const SummitItem* before, const QVariant& itemRef,
          const Placement& placement)
{
    const QList<Slot> slots = before ? before->slots : QList<Slot>();
    if (!placement.start.isValid()) {
        QList<qint64> ids;
        for (const Slot& s : slots)
            ids << s.id;
        if (ids.isEmpty())
            return 0;
        batch.remove(QStringLiteral("slot"), ids);
        return -1;
    }
    if (slots.isEmpty()) {
        batch.insert(QStringLiteral("slot"),
                     {{QStringLiteral("item_id"), itemRef},
                      {QStringLiteral("room_id"), placement.room},
                      {QStringLiteral("starts_at"), stamp(placement.start)},
                      {QStringLiteral("ends_at"), stamp(placement.start.addSecs(qint64(item.durationMinutes) * 60))}});
        return 1;
    }
    // A slot stretched on the grid keeps its length unless the duration changed.
    const Slot& first = slots.first();
    const qint64 length = before && before->durationMinutes != item.durationMinutes
                              ? qint64(item.durationMinutes) * 60
                              : first.startsAt.secsTo(first.endsAt);
    const QDateTime end = placement.start.addSecs(length);
    if (first.roomId == placement.room && first.startsAt == placement.start && first.endsAt == end)
        return 0;
    for (const Slot& s : slots)
        batch.update(QStringLiteral("slot"), s.id,
                     {{QStringLiteral("room_id"), &s == &first ? placement.room : s.roomId},
                      {QStringLiteral("starts_at"), stamp(placement.start)},
                      {QStringLiteral("ends_at"), stamp(end)}},
                     s.version);
    return 1;
}

} // namespace

Result<Id> SummitEdits::saveItem(Workspace& ws, Id summit, const SummitItem& item, const SummitItem* before,
                                 const std::optional<Placement>& placement)
{
    const Row values{{QStringLiteral("kind"), SummitItem::kindName(item.kind)},
                     {QStringLiteral("title"), item.title},
                     {QStringLiteral("abstract"), item.abstract},
                     {QStringLiteral("track_id"), item.trackId ? QVariant(item.trackId) : QVariant()},
                     {QStringLiteral("expected_audience"), item.expectedAudience},
                     {QStringLiteral("equipment"), item.equipment.join(QLatin1Char(','))},
                     {QStringLiteral("duration_min"), item.durationMinutes}};
    if (!before || item.id == 0) {
        Batch batch(
            placement && placement->start.isValid()
                ? tr("Add “%1” in %2 at %3").arg(item.title, placement->roomName, clock(placement->start.time()))
                : tr("Add “%1”").arg(item.title));
        Row row = values;
        row.insert(QStringLiteral("summit_id"), summit);
        batch.insert(QStringLiteral("summit_item"), row);
        for (Id person : item.speakerIds)
            batch.insert(QStringLiteral("item_speaker"),
                         {{QStringLiteral("item_id"), Batch::idOf(0)}, {QStringLiteral("person_id"), person}});
        for (Id skill : item.skillIds)
            batch.insert(QStringLiteral("item_skill"),
                         {{QStringLiteral("item_id"), Batch::idOf(0)}, {QStringLiteral("skill_id"), skill}});
        if (placement)
            place(batch, item, nullptr, Batch::idOf(0), *placement);
        auto ids = run(ws, std::move(batch));
        if (!ids)
            return ids.error();
        return ids->first();
    }
    // The slot steps first, so the step's text can say where the item went.
    Batch slotSteps{QString()};
    const int placed = placement ? place(slotSteps, item, before, item.id, *placement) : 0;
    const bool detailsChanged =
        item.kind != before->kind || item.title != before->title || item.abstract != before->abstract ||
        item.trackId != before->trackId || item.expectedAudience != before->expectedAudience ||
        item.equipment != before->equipment || item.durationMinutes != before->durationMinutes ||
        item.speakerIds != before->speakerIds || item.skillIds != before->skillIds;
    QString text = tr("Edit “%1”").arg(item.title);
    if (placed < 0)
        text = detailsChanged ? tr("Edit and unschedule “%1”").arg(item.title) : tr("Unschedule “%1”").arg(item.title);
    else if (placed > 0)
        text = detailsChanged
                   ? tr("Edit “%1”, in %2 at %3").arg(item.title, placement->roomName, clock(placement->start.time()))
                   : tr("Move “%1” to %2 at %3").arg(item.title, placement->roomName, clock(placement->start.time()));
    Batch batch(text);
    if (detailsChanged || placed == 0)
        batch.update(QStringLiteral("summit_item"), item.id, values, before->version);
    if (item.speakerIds != before->speakerIds) {
        QList<Row> speakers;
        for (Id person : item.speakerIds)
            speakers.append({{QStringLiteral("item_id"), item.id}, {QStringLiteral("person_id"), person}});
        batch.replaceRows(QStringLiteral("item_speaker"), QStringLiteral("item_id"), item.id, speakers);
    }
    if (item.skillIds != before->skillIds) {
        QList<Row> skills;
        for (Id skill : item.skillIds)
            skills.append({{QStringLiteral("item_id"), item.id}, {QStringLiteral("skill_id"), skill}});
        batch.replaceRows(QStringLiteral("item_skill"), QStringLiteral("item_id"), item.id, skills);
    }
    batch.steps() << slotSteps.steps();
    if (auto done = runBatch(ws, std::move(batch)); !done)
        return done.error();
    return item.id;
}

Result<void> SummitEdits::deleteItem(Workspace& ws, const SummitItem& item)
{
    Batch batch(tr("Delete “%1”").arg(item.title));
    batch.remove(QStringLiteral("summit_item"), {item.id});
    return runBatch(ws, std::move(batch));
}

Result<void> SummitEdits::saveSettings(Workspace& ws, const Summit& before, const Summit& after)
{
    Batch batch(tr("Edit summit “%1”").arg(after.name));
    const Row details{{QStringLiteral("name"), after.name},
                      {QStringLiteral("venue"), after.venue},
                      {QStringLiteral("time_zone"), after.timeZone},
                      {QStringLiteral("starts_on"), after.startsOn.toString(Qt::ISODate)},
                      {QStringLiteral("ends_on"), after.endsOn.toString(Qt::ISODate)},
                      {QStringLiteral("day_starts"), clock(after.dayStarts)},
                      {QStringLiteral("day_ends"), clock(after.dayEnds)},
                      {QStringLiteral("min_speaker_gap_min"), after.minSpeakerGapMinutes}};
    if (before.name != after.name || before.venue != after.venue || before.timeZone != after.timeZone ||
        before.startsOn != after.startsOn || before.endsOn != after.endsOn || before.dayStarts != after.dayStarts ||
        before.dayEnds != after.dayEnds || before.minSpeakerGapMinutes != after.minSpeakerGapMinutes)
        batch.update(QStringLiteral("summit"), before.id, details, before.version);

    QList<Id> keep;
    for (const Room& r : after.rooms) {
        const Row row{{QStringLiteral("name"), r.name},
                      {QStringLiteral("capacity"), r.capacity},
                      {QStringLiteral("equipment"), r.equipment.join(QLatin1Char(','))},
                      {QStringLiteral("position"), r.position}};
        const Room* old = before.room(r.id);
        if (!old) {
            Row added = row;
            added.insert(QStringLiteral("summit_id"), before.id);
            batch.insert(QStringLiteral("room"), added);
            continue;
        }
        keep << r.id;
        if (old->name != r.name || old->capacity != r.capacity || old->equipment != r.equipment ||
            old->position != r.position)
            batch.update(QStringLiteral("room"), r.id, row, old->version);
    }
    QList<Id> gone;
    for (const Room& r : before.rooms)
        if (!keep.contains(r.id))
            gone << r.id;
    if (!gone.isEmpty())
        batch.remove(QStringLiteral("room"), gone);

    keep.clear();
    for (const Track& t : after.tracks) {
        const Row row{{QStringLiteral("name"), t.name}, {QStringLiteral("color"), t.color.name()}};
        const Track* old = before.track(t.id);
        if (!old) {
            Row added = row;
            added.insert(QStringLiteral("summit_id"), before.id);
            batch.insert(QStringLiteral("track"), added);
            continue;
        }
        keep << t.id;
        if (old->name != t.name || old->color != t.color)
            batch.update(QStringLiteral("track"), t.id, row, old->version);
    }
    gone.clear();
    for (const Track& t : before.tracks)
        if (!keep.contains(t.id))
            gone << t.id;
    if (!gone.isEmpty())
        batch.remove(QStringLiteral("track"), gone);

    // Availability rows carry no version: changed rows are replaced.
    QList<Id> kept;
    for (const SpeakerAvailability& a : after.availability) {
        const auto old = std::find_if(before.availability.cbegin(), before.availability.cend(),
                                      [&a](const SpeakerAvailability& b) { return b.id == a.id; });
        const bool same = old != before.availability.cend() && old->personId == a.personId && old->day == a.day &&
                          old->from == a.from && old->to == a.to;
        if (same) {
            kept << a.id;
            continue;
        }
        batch.insert(QStringLiteral("speaker_availability"), {{QStringLiteral("summit_id"), before.id},
                                                              {QStringLiteral("person_id"), a.personId},
                                                              {QStringLiteral("day"), a.day.toString(Qt::ISODate)},
                                                              {QStringLiteral("available_from"), clock(a.from)},
                                                              {QStringLiteral("available_to"), clock(a.to)}});
    }
    gone.clear();
    for (const SpeakerAvailability& a : before.availability)
        if (!kept.contains(a.id))
            gone << a.id;
    if (!gone.isEmpty())
        batch.remove(QStringLiteral("speaker_availability"), gone);
    return runBatch(ws, std::move(batch));
}

Result<int> SummitEdits::addTracks(Workspace& ws, const Summit& summit, const QStringList& names, const QString& text)
{
    QSet<QString> taken;
    for (const Track& t : summit.tracks)
        taken.insert(t.name);
    Batch batch(text);
    for (const QString& name : names) {
        if (name.trimmed().isEmpty())
            return Error{Error::Invalid, tr("A track of “%1” needs a name.").arg(summit.name)};
        if (taken.contains(name))
            return Error{Error::Invalid, tr("“%1” has a track “%2” already.").arg(summit.name, name)};
        taken.insert(name);
        batch.insert(QStringLiteral("track"),
                     {{QStringLiteral("summit_id"), summit.id},
                      {QStringLiteral("name"), name},
                      {QStringLiteral("color"), Track::paletteColor(summit.tracks.size() + batch.size()).name()}});
    }
    if (auto done = runBatch(ws, std::move(batch)); !done)
        return done.error();
    return int(names.size());
}

Result<void> SummitEdits::acknowledge(Workspace& ws, Id summit, const QString& key, const QString& note)
{
    Batch batch(tr("Acknowledge a warning"));
    batch.insert(QStringLiteral("warning_ack"),
                 {{QStringLiteral("summit_id"), summit},
                  {QStringLiteral("warning_key"), key},
                  {QStringLiteral("note"), note},
                  {QStringLiteral("acknowledged_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
    return runBatch(ws, std::move(batch));
}

} // namespace coe::commands
