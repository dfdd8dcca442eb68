// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/frab.h"

#include "commands/scheduleimport.h"
#include "core/timezone.h"
#include "io/frabinternal.h"
#include "storage/catalog.h"
#include "storage/summitlookup.h"

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
    auto existing = SummitLookup::byName(ws, s.title);
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error{
            Error::Invalid,
            tr("A summit named “%1” already exists. Rename or delete it first, then import again.").arg(s.title)};
    auto people = Catalog(ws).people();
    if (!people)
        return people.error();
    QHash<QString, Id> byEmail;
    QHash<QString, Id> byName;
    for (const Person& p : std::as_const(people.value())) {
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
        return QTime(minutes / 60, minutes % 60);
    };

    commands::ImportedSchedule out;
    out.name = s.title;
    out.timeZone = TimeZones::name(zoneOf(s));
    out.startsOn = s.start;
    out.endsOn = s.end;
    out.dayStarts = clock(firstMinute);
    out.dayEnds = clock(lastMinute);
    out.rooms = s.rooms;
    QHash<QString, int> tracks;
    for (qsizetype i = 0; i < s.tracks.size(); ++i) {
        const auto& [name, color] = s.tracks.at(i);
        if (tracks.contains(name))
            continue;
        tracks.insert(name, int(out.tracks.size()));
        out.tracks.append({name, color.isValid() ? color : Track::paletteColor(i)});
    }
    QHash<QString, int> created; // new people by lower-case name → their index in out.newPeople
    for (const Event& e : s.events) {
        commands::ImportedSchedule::Item item;
        item.kind = kindOf(e.type);
        item.title = e.title;
        item.abstract = e.abstract;
        item.track = e.track.isEmpty() ? -1 : tracks.value(e.track, -1);
        item.minutes = e.minutes;
        item.guid = e.guid.trimmed();
        item.frabId = e.id;
        item.slug = e.slug;
        item.room = int(s.rooms.lastIndexOf(e.room)); // of rooms with one name, the last
        item.start = e.start;
        item.end = e.start.addSecs(qint64(e.minutes) * 60);
        QSet<QString> speakers; // "p<id>" or "n<index>": each person once per item
        for (qsizetype p = 0; p < e.speakers.size(); ++p) {
            const QString name = e.speakers.at(p).simplified();
            const QString email = e.speakerEmails.value(p).toLower();
            commands::ImportedSchedule::Speaker speaker;
            QString key;
            if (const Id id = !email.isEmpty() ? byEmail.value(email, 0) : 0; id) {
                speaker.person = id;
                key = QStringLiteral("p%1").arg(id);
            } else if (const Id named = byName.value(name.toLower(), 0); named) {
                speaker.person = named;
                key = QStringLiteral("p%1").arg(named);
            } else if (const int earlier = created.value(name.toLower(), -1); earlier >= 0) {
                speaker.newPerson = earlier;
                key = QStringLiteral("n%1").arg(earlier);
            } else {
                speaker.newPerson = int(out.newPeople.size());
                created.insert(name.toLower(), speaker.newPerson);
                out.newPeople.append(
                    {name, email.contains(QLatin1Char('@')) && !byEmail.contains(email) ? email : QString()});
                key = QStringLiteral("n%1").arg(speaker.newPerson);
            }
            if (speakers.contains(key))
                continue;
            speakers.insert(key);
            item.speakers.append(speaker);
        }
        out.items.append(item);
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
    auto summit = commands::ScheduleImport::write(ws, out, tr("Import schedule “%1”").arg(s.title));
    if (!summit)
        return summit.error();
    report.summitId = summit.value();
    report.events = int(s.events.size());
    report.rooms = int(s.rooms.size());
    report.tracks = int(tracks.size());
    return report;
}

} // namespace coe
