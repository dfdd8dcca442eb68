// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/frab.h"

#include "commands/batch.h"
#include "core/timezone.h"
#include "io/frabinternal.h"
#include "storage/catalog.h"
#include "storage/workspace.h"

#include <QSet>

#include <algorithm>

namespace coe {

using namespace frabinternal;

namespace {

SummitItem::Kind kindOf(const QString& type)
{
    const QString t = type.toLower();
    if (const auto exact = SummitItem::kindFromName(t))
        return *exact;
    if (t.contains(QLatin1String("workshop")) || t.contains(QLatin1String("hands-on")))
        return SummitItem::Workshop;
    if (t.contains(QLatin1String("lightning")))
        return SummitItem::Lightning;
    if (t.contains(QLatin1String("keynote")) || t.contains(QLatin1String("plenary")) ||
        t.contains(QLatin1String("opening")) || t.contains(QLatin1String("closing")))
        return SummitItem::Plenary;
    if (t.contains(QLatin1String("break")) || t.contains(QLatin1String("pause")) ||
        t.contains(QLatin1String("lunch")) || t.contains(QLatin1String("coffee")))
        return SummitItem::Break;
    return SummitItem::Talk;
}

} // namespace

Result<Frab::ImportReport> Frab::import(Workspace& ws, const Schedule& s)
{
    ImportReport report;
    QSqlQuery exists = ws.prepare(QStringLiteral("SELECT id FROM summit WHERE lower(name) = lower(:n)"));
    exists.bindValue(QStringLiteral(":n"), s.title);
    if (auto done = ws.exec(exists); !done)
        return done.error();
    if (exists.next())
        return Error{
            Error::Invalid,
            tr("A summit named “%1” already exists. Rename or delete it first, then import again.").arg(s.title)};
    auto people = Catalog(ws).people();
    if (!people)
        return people.error();
    QHash<QString, Id> byEmail;
    QHash<QString, Id> byName;
    for (const Person& p : people.value()) {
        if (!p.email.isEmpty())
            byEmail.insert(p.email.toLower(), p.id);
        byName.insert(p.name.simplified().toLower(), p.id);
    }

    // Venue hours: the earliest start and the latest end of any day, on the half hour.
    int firstMinute = 24 * 60;
    int lastMinute = 0;
    for (const Event& e : s.events) {
        const int start = e.start.time().hour() * 60 + e.start.time().minute();
        firstMinute = std::min(firstMinute, start);
        lastMinute = std::max(lastMinute, std::min(24 * 60 - 1, start + e.minutes));
    }
    if (s.events.isEmpty()) {
        firstMinute = 9 * 60;
        lastMinute = 17 * 60 + 30;
    }
    firstMinute = firstMinute / 30 * 30;
    lastMinute = std::min(24 * 60 - 1, (lastMinute + 29) / 30 * 30);
    if (lastMinute <= firstMinute)
        lastMinute = std::min(24 * 60 - 1, firstMinute + 30);
    const auto clock = [](int minutes) {
        return QTime(minutes / 60, minutes % 60).toString(QStringLiteral("HH:mm"));
    };

    commands::Batch batch(tr("Import schedule “%1”").arg(s.title));
    batch.insert(QStringLiteral("summit"), {{QStringLiteral("name"), s.title},
                                            {QStringLiteral("time_zone"), TimeZones::name(zoneOf(s))},
                                            {QStringLiteral("starts_on"), s.start.toString(Qt::ISODate)},
                                            {QStringLiteral("ends_on"), s.end.toString(Qt::ISODate)},
                                            {QStringLiteral("day_starts"), clock(firstMinute)},
                                            {QStringLiteral("day_ends"), clock(lastMinute)}});
    const QVariant summit = commands::Batch::idOf(0);
    QHash<QString, QVariant> rooms;
    for (qsizetype i = 0; i < s.rooms.size(); ++i) {
        rooms.insert(s.rooms.at(i), commands::Batch::idOf(batch.size()));
        batch.insert(QStringLiteral("room"), {{QStringLiteral("summit_id"), summit},
                                              {QStringLiteral("name"), s.rooms.at(i)},
                                              {QStringLiteral("position"), int(i)}});
    }
    QHash<QString, QVariant> tracks;
    for (qsizetype i = 0; i < s.tracks.size(); ++i) {
        const auto& [name, color] = s.tracks.at(i);
        if (tracks.contains(name))
            continue;
        tracks.insert(name, commands::Batch::idOf(batch.size()));
        const QString hex = color.isValid() ? color.name() : Track::paletteColor(i).name();
        batch.insert(
            QStringLiteral("track"),
            {{QStringLiteral("summit_id"), summit}, {QStringLiteral("name"), name}, {QStringLiteral("color"), hex}});
    }
    QHash<QString, int> created; // new people by lower-case name → their Insert step
    for (const Event& e : s.events) {
        const int item = batch.size();
        batch.insert(QStringLiteral("summit_item"),
                     {{QStringLiteral("summit_id"), summit},
                      {QStringLiteral("kind"), SummitItem::kindName(kindOf(e.type))},
                      {QStringLiteral("title"), e.title},
                      {QStringLiteral("abstract"), e.abstract},
                      {QStringLiteral("track_id"), e.track.isEmpty() ? QVariant() : tracks.value(e.track)},
                      {QStringLiteral("duration_min"), e.minutes},
                      {QStringLiteral("guid"), e.guid.trimmed().isEmpty() ? QVariant() : QVariant(e.guid.trimmed())},
                      {QStringLiteral("frab_id"), e.id > 0 ? QVariant(e.id) : QVariant()},
                      {QStringLiteral("slug"), e.slug}});
        const QDateTime end = e.start.addSecs(qint64(e.minutes) * 60);
        batch.insert(QStringLiteral("slot"),
                     {{QStringLiteral("item_id"), commands::Batch::idOf(item)},
                      {QStringLiteral("room_id"), rooms.value(e.room)},
                      {QStringLiteral("starts_at"), e.start.toString(QStringLiteral("yyyy-MM-ddTHH:mm"))},
                      {QStringLiteral("ends_at"), end.toString(QStringLiteral("yyyy-MM-ddTHH:mm"))}});
        QSet<QString> speakers; // "p<id>" or "s<step>": each person once per item
        for (qsizetype p = 0; p < e.speakers.size(); ++p) {
            const QString name = e.speakers.at(p).simplified();
            const QString email = e.speakerEmails.value(p).toLower();
            QVariant person;
            QString key;
            if (const Id id = !email.isEmpty() ? byEmail.value(email, 0) : 0; id) {
                person = id;
                key = QStringLiteral("p%1").arg(id);
            } else if (const Id named = byName.value(name.toLower(), 0); named) {
                person = named;
                key = QStringLiteral("p%1").arg(named);
            } else if (const int earlier = created.value(name.toLower(), -1); earlier >= 0) {
                person = commands::Batch::idOf(earlier);
                key = QStringLiteral("s%1").arg(earlier);
            } else {
                const int step = batch.size();
                created.insert(name.toLower(), step);
                Row row{{QStringLiteral("name"), name}};
                if (email.contains(QLatin1Char('@')) && !byEmail.contains(email))
                    row.insert(QStringLiteral("email"), email);
                batch.insert(QStringLiteral("person"), row);
                person = commands::Batch::idOf(step);
                key = QStringLiteral("s%1").arg(step);
            }
            if (speakers.contains(key))
                continue;
            speakers.insert(key);
            batch.insert(QStringLiteral("item_speaker"), {{QStringLiteral("item_id"), commands::Batch::idOf(item)},
                                                          {QStringLiteral("person_id"), person}});
        }
    }
    report.createdPeople = int(created.size());
    QSet<Id> matched;
    for (const Event& e : s.events)
        for (qsizetype p = 0; p < e.speakers.size(); ++p) {
            const QString email = e.speakerEmails.value(p).toLower();
            const Id id = !email.isEmpty() && byEmail.contains(email)
                              ? byEmail.value(email)
                              : byName.value(e.speakers.at(p).simplified().toLower(), 0);
            if (id)
                matched.insert(id);
        }
    report.matchedPeople = int(matched.size());
    auto ids = commands::run(ws, std::move(batch));
    if (!ids)
        return ids.error();
    report.summitId = ids->first();
    report.events = int(s.events.size());
    report.rooms = int(s.rooms.size());
    report.tracks = int(tracks.size());
    return report;
}

} // namespace coe
