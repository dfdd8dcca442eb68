// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/scheduleimport.h"

#include "commands/batch.h"

namespace coe::commands {

Result<Id> ScheduleImport::write(Workspace& ws, const ImportedSchedule& s, const QString& text)
{
    Batch batch(text);
    batch.insert(QStringLiteral("summit"),
                 {{QStringLiteral("name"), s.name},
                  {QStringLiteral("time_zone"), s.timeZone},
                  {QStringLiteral("starts_on"), s.startsOn.toString(Qt::ISODate)},
                  {QStringLiteral("ends_on"), s.endsOn.toString(Qt::ISODate)},
                  {QStringLiteral("day_starts"), s.dayStarts.toString(QStringLiteral("HH:mm"))},
                  {QStringLiteral("day_ends"), s.dayEnds.toString(QStringLiteral("HH:mm"))}});
    const QVariant summit = Batch::idOf(0);
    QList<QVariant> rooms;
    for (qsizetype i = 0; i < s.rooms.size(); ++i) {
        rooms << Batch::idOf(batch.size());
        batch.insert(QStringLiteral("room"), {{QStringLiteral("summit_id"), summit},
                                              {QStringLiteral("name"), s.rooms.at(i)},
                                              {QStringLiteral("position"), int(i)}});
    }
    QList<QVariant> tracks;
    for (const auto& [name, color] : s.tracks) {
        tracks << Batch::idOf(batch.size());
        batch.insert(QStringLiteral("track"), {{QStringLiteral("summit_id"), summit},
                                               {QStringLiteral("name"), name},
                                               {QStringLiteral("color"), color.name()}});
    }
    QList<QVariant> people(s.newPeople.size()); // the Insert step of each new person, once added
    for (const ImportedSchedule::Item& e : s.items) {
        const QVariant item = Batch::idOf(batch.size());
        batch.insert(QStringLiteral("summit_item"),
                     {{QStringLiteral("summit_id"), summit},
                      {QStringLiteral("kind"), SummitItem::kindName(e.kind)},
                      {QStringLiteral("title"), e.title},
                      {QStringLiteral("abstract"), e.abstract},
                      {QStringLiteral("track_id"), tracks.value(e.track)},
                      {QStringLiteral("duration_min"), e.minutes},
                      {QStringLiteral("guid"), e.guid.isEmpty() ? QVariant() : QVariant(e.guid)},
                      {QStringLiteral("frab_id"), e.frabId > 0 ? QVariant(e.frabId) : QVariant()},
                      {QStringLiteral("slug"), e.slug}});
        batch.insert(QStringLiteral("slot"),
                     {{QStringLiteral("item_id"), item},
                      {QStringLiteral("room_id"), rooms.value(e.room)},
                      {QStringLiteral("starts_at"), e.start.toString(QStringLiteral("yyyy-MM-ddTHH:mm"))},
                      {QStringLiteral("ends_at"), e.end.toString(QStringLiteral("yyyy-MM-ddTHH:mm"))}});
        for (const ImportedSchedule::Speaker& speaker : e.speakers) {
            QVariant person = speaker.person;
            if (speaker.person == 0) {
                QVariant& added = people[speaker.newPerson];
                if (!added.isValid()) {
                    const ImportedSchedule::NewPerson& p = s.newPeople.at(speaker.newPerson);
                    added = Batch::idOf(batch.size());
                    Row row{{QStringLiteral("name"), p.name}};
                    if (!p.email.isEmpty())
                        row.insert(QStringLiteral("email"), p.email);
                    batch.insert(QStringLiteral("person"), row);
                }
                person = added;
            }
            batch.insert(QStringLiteral("item_speaker"),
                         {{QStringLiteral("item_id"), item}, {QStringLiteral("person_id"), person}});
        }
    }
    auto ids = run(ws, std::move(batch));
    if (!ids)
        return ids.error();
    return ids->first();
}

} // namespace coe::commands
