// SPDX-License-Identifier: GPL-3.0-or-later
// The frab writers (XML and JSON) and the schedule of a summit they write.
#include "core/buildinfo.h"
#include "core/timezone.h"
#include "io/frabinternal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>
#include <QXmlStreamWriter>

#include <algorithm>

namespace coe {

using namespace frabinternal;

QTimeZone frabinternal::zoneOf(const Frab::Schedule& s)
{
    const QTimeZone zone = TimeZones::fromId(s.timeZone);
    return zone.isValid() ? zone : QTimeZone(QTimeZone::UTC);
}

namespace {

const QUuid kNamespace(QStringLiteral("{6f1c3a52-0d4e-4b8a-9c57-2f7e1d9b4a60}")); // CoE Studio's frab GUIDs
QString hhmm(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

/// The event's slug: the one its schedule gave it, or one made from the acronym, id and title.
QString slug(const QString& acronym, const Frab::Event& e)
{
    if (!e.slug.isEmpty())
        return e.slug;
    return QStringLiteral("%1-%2-%3").arg(acronym).arg(e.id).arg(slugify(e.title, 50));
}

/// The events of one day, by room in the schedule's room order, then by start.
QList<QList<const Frab::Event*>> eventsOfDay(const Frab::Schedule& s, const QDate& day)
{
    QList<QList<const Frab::Event*>> byRoom(s.rooms.size());
    for (const Frab::Event& e : s.events) {
        if (e.start.date() != day)
            continue;
        const qsizetype room = s.rooms.indexOf(e.room);
        if (room >= 0)
            byRoom[room].append(&e);
    }
    return byRoom;
}

/// The day's first start and last end, in the schedule's zone, for frab's day_start/day_end.
std::pair<QDateTime, QDateTime> dayBounds(const Frab::Schedule& s, const QDate& day, const QTimeZone& zone)
{
    QDateTime first;
    QDateTime last;
    for (const Frab::Event& e : s.events) {
        if (e.start.date() != day)
            continue;
        const QDateTime start(e.start.date(), e.start.time(), zone);
        const QDateTime end = start.addSecs(qint64(e.minutes) * 60);
        if (!first.isValid() || start < first)
            first = start;
        if (!last.isValid() || end > last)
            last = end;
    }
    if (!first.isValid()) {
        first = QDateTime(day, QTime(0, 0), zone);
        last = QDateTime(day, QTime(23, 59), zone);
    }
    return {first, last};
}

/// Whether frab's time_zone_name can carry the zone: a fixed offset is no name; the dates carry it.
bool hasZoneName(const Frab::Schedule& s)
{
    return !s.timeZone.trimmed().isEmpty() && !TimeZones::isFixedOffset(s.timeZone);
}

QString isoWithOffset(const QDateTime& dt)
{
    return dt.toString(Qt::ISODate);
}

} // namespace

Frab::Schedule Frab::fromSummit(const Summit& summit, const QHash<Id, QString>& people, const QString& workspaceKey,
                                int releaseNumber)
{
    Schedule s;
    s.title = summit.name;
    s.acronym = acronymOf(summit.name);
    s.timeZone = TimeZones::name(summit.zone());
    s.start = summit.startsOn;
    s.end = summit.endsOn;
    s.version = releaseNumber > 0 ? QString::number(releaseNumber) : QStringLiteral("draft");
    for (const Track& t : summit.tracks)
        s.tracks.append({t.name, t.color});
    QList<Room> rooms = summit.rooms;
    std::stable_sort(rooms.begin(), rooms.end(), [](const Room& a, const Room& b) { return a.position < b.position; });
    for (const Room& r : rooms)
        s.rooms << r.name;
    // An item keeps the guid, id and slug its schedule gave it (on its first slot: a guid names
    // one event). Everything else gets stable ones: a guid from the workspace, summit and slot,
    // the slot's id, moved past the imported ids where it would meet one.
    QSet<qint64> imported;
    qint64 lastImported = 0;
    for (const SummitItem& item : summit.items)
        if (item.frabId > 0) {
            imported.insert(item.frabId);
            lastImported = std::max(lastImported, item.frabId);
        }
    for (const SummitItem& item : summit.items) {
        QList<Slot> slots = item.slots;
        std::sort(slots.begin(), slots.end(), [](const Slot& a, const Slot& b) { return a.id < b.id; });
        for (const Slot& slot : std::as_const(slots)) {
            Event e;
            const bool first = slot.id == slots.first().id;
            e.id = first && item.frabId > 0     ? item.frabId
                   : imported.contains(slot.id) ? lastImported + slot.id
                                                : slot.id;
            e.guid = first && !item.guid.isEmpty()
                         ? item.guid
                         : QUuid::createUuidV5(kNamespace,
                                               QStringLiteral("%1/%2/%3").arg(workspaceKey).arg(summit.id).arg(slot.id))
                               .toString(QUuid::WithoutBraces);
            if (first)
                e.slug = item.slug;
            e.title = item.title;
            e.type = SummitItem::kindName(item.kind);
            if (const Track* t = summit.track(item.trackId))
                e.track = t->name;
            if (const Room* r = summit.room(slot.roomId))
                e.room = r->name;
            e.start = QDateTime(slot.startsAt.date(), slot.startsAt.time());
            e.minutes = int(wallMinutes(slot.endsAt) - wallMinutes(slot.startsAt));
            e.abstract = item.abstract;
            for (Id person : item.speakerIds)
                e.speakers << people.value(person, tr("Person %1").arg(person));
            s.events.append(e);
        }
    }
    std::stable_sort(s.events.begin(), s.events.end(), [&s](const Event& a, const Event& b) {
        return std::make_tuple(a.start, s.rooms.indexOf(a.room), a.id) <
               std::make_tuple(b.start, s.rooms.indexOf(b.room), b.id);
    });
    return s;
}

QByteArray Frab::toXml(const Schedule& s)
{
    const QTimeZone zone = zoneOf(s);
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("schedule"));
    xml.writeEmptyElement(QStringLiteral("generator"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("CoE Studio"));
    xml.writeAttribute(QStringLiteral("version"), BuildInfo::appVersion());
    xml.writeTextElement(QStringLiteral("version"), s.version);
    xml.writeStartElement(QStringLiteral("conference"));
    xml.writeTextElement(QStringLiteral("acronym"), s.acronym);
    xml.writeTextElement(QStringLiteral("title"), s.title);
    xml.writeTextElement(QStringLiteral("start"), s.start.toString(Qt::ISODate));
    xml.writeTextElement(QStringLiteral("end"), s.end.toString(Qt::ISODate));
    xml.writeTextElement(QStringLiteral("days"), QString::number(s.start.daysTo(s.end) + 1));
    xml.writeTextElement(QStringLiteral("timeslot_duration"), QStringLiteral("00:05"));
    if (hasZoneName(s))
        xml.writeTextElement(QStringLiteral("time_zone_name"), s.timeZone);
    for (const auto& [name, color] : s.tracks) {
        xml.writeEmptyElement(QStringLiteral("track"));
        xml.writeAttribute(QStringLiteral("name"), name);
        if (color.isValid())
            xml.writeAttribute(QStringLiteral("color"), color.name());
    }
    xml.writeEndElement(); // conference
    int index = 1;
    for (QDate day = s.start; day <= s.end; day = day.addDays(1), ++index) {
        const auto [first, last] = dayBounds(s, day, zone);
        xml.writeStartElement(QStringLiteral("day"));
        xml.writeAttribute(QStringLiteral("index"), QString::number(index));
        xml.writeAttribute(QStringLiteral("date"), day.toString(Qt::ISODate));
        xml.writeAttribute(QStringLiteral("start"), isoWithOffset(first));
        xml.writeAttribute(QStringLiteral("end"), isoWithOffset(last));
        const auto byRoom = eventsOfDay(s, day);
        for (qsizetype r = 0; r < s.rooms.size(); ++r) {
            xml.writeStartElement(QStringLiteral("room"));
            xml.writeAttribute(QStringLiteral("name"), s.rooms.at(r));
            for (const Event* e : byRoom.at(r)) {
                xml.writeStartElement(QStringLiteral("event"));
                xml.writeAttribute(QStringLiteral("guid"), e->guid);
                xml.writeAttribute(QStringLiteral("id"), QString::number(e->id));
                xml.writeTextElement(QStringLiteral("date"),
                                     isoWithOffset(QDateTime(e->start.date(), e->start.time(), zone)));
                xml.writeTextElement(QStringLiteral("start"), e->start.toString(QStringLiteral("HH:mm")));
                xml.writeTextElement(QStringLiteral("duration"), hhmm(e->minutes));
                xml.writeTextElement(QStringLiteral("room"), e->room);
                xml.writeTextElement(QStringLiteral("slug"), slug(s.acronym, *e));
                xml.writeTextElement(QStringLiteral("title"), e->title);
                xml.writeEmptyElement(QStringLiteral("subtitle"));
                xml.writeTextElement(QStringLiteral("track"), e->track);
                xml.writeTextElement(QStringLiteral("type"), e->type);
                xml.writeTextElement(QStringLiteral("language"), QStringLiteral("en"));
                xml.writeTextElement(QStringLiteral("abstract"), e->abstract);
                xml.writeEmptyElement(QStringLiteral("description"));
                xml.writeStartElement(QStringLiteral("persons"));
                for (qsizetype p = 0; p < e->speakers.size(); ++p) {
                    xml.writeStartElement(QStringLiteral("person"));
                    xml.writeAttribute(QStringLiteral("id"), QString::number(p + 1));
                    xml.writeCharacters(e->speakers.at(p));
                    xml.writeEndElement();
                }
                xml.writeEndElement(); // persons
                xml.writeEmptyElement(QStringLiteral("links"));
                xml.writeEmptyElement(QStringLiteral("attachments"));
                xml.writeEndElement(); // event
            }
            xml.writeEndElement(); // room
        }
        xml.writeEndElement(); // day
    }
    xml.writeEndElement(); // schedule
    xml.writeEndDocument();
    return out;
}

QByteArray Frab::toJson(const Schedule& s)
{
    const QTimeZone zone = zoneOf(s);
    QJsonArray tracks;
    for (const auto& [name, color] : s.tracks) {
        QJsonObject t{{QStringLiteral("name"), name}};
        if (color.isValid())
            t.insert(QStringLiteral("color"), color.name());
        tracks.append(t);
    }
    QJsonArray rooms;
    for (const QString& r : s.rooms)
        rooms.append(QJsonObject{{QStringLiteral("name"), r}});
    QJsonArray days;
    int index = 1;
    for (QDate day = s.start; day <= s.end; day = day.addDays(1), ++index) {
        const auto [first, last] = dayBounds(s, day, zone);
        const auto byRoom = eventsOfDay(s, day);
        QJsonObject roomEvents;
        for (qsizetype r = 0; r < s.rooms.size(); ++r) {
            QJsonArray events;
            for (const Event* e : byRoom.at(r)) {
                QJsonArray persons;
                for (qsizetype p = 0; p < e->speakers.size(); ++p)
                    persons.append(QJsonObject{{QStringLiteral("id"), int(p + 1)},
                                               {QStringLiteral("public_name"), e->speakers.at(p)}});
                events.append(QJsonObject{
                    {QStringLiteral("guid"), e->guid},
                    {QStringLiteral("id"), e->id},
                    {QStringLiteral("date"), isoWithOffset(QDateTime(e->start.date(), e->start.time(), zone))},
                    {QStringLiteral("start"), e->start.toString(QStringLiteral("HH:mm"))},
                    {QStringLiteral("duration"), hhmm(e->minutes)},
                    {QStringLiteral("room"), e->room},
                    {QStringLiteral("slug"), slug(s.acronym, *e)},
                    {QStringLiteral("url"), QString()},
                    {QStringLiteral("title"), e->title},
                    {QStringLiteral("subtitle"), QString()},
                    {QStringLiteral("track"), e->track.isEmpty() ? QJsonValue() : QJsonValue(e->track)},
                    {QStringLiteral("type"), e->type},
                    {QStringLiteral("language"), QStringLiteral("en")},
                    {QStringLiteral("abstract"), e->abstract},
                    {QStringLiteral("description"), QString()},
                    {QStringLiteral("persons"), persons},
                    {QStringLiteral("links"), QJsonArray()},
                    {QStringLiteral("attachments"), QJsonArray()},
                });
            }
            roomEvents.insert(s.rooms.at(r), events);
        }
        days.append(QJsonObject{{QStringLiteral("index"), index},
                                {QStringLiteral("date"), day.toString(Qt::ISODate)},
                                {QStringLiteral("day_start"), isoWithOffset(first)},
                                {QStringLiteral("day_end"), isoWithOffset(last)},
                                {QStringLiteral("rooms"), roomEvents}});
    }
    QJsonObject conference{{QStringLiteral("acronym"), s.acronym},
                           {QStringLiteral("title"), s.title},
                           {QStringLiteral("start"), s.start.toString(Qt::ISODate)},
                           {QStringLiteral("end"), s.end.toString(Qt::ISODate)},
                           {QStringLiteral("daysCount"), int(s.start.daysTo(s.end) + 1)},
                           {QStringLiteral("timeslot_duration"), QStringLiteral("00:05")},
                           {QStringLiteral("tracks"), tracks},
                           {QStringLiteral("rooms"), rooms},
                           {QStringLiteral("days"), days}};
    if (hasZoneName(s))
        conference.insert(QStringLiteral("time_zone_name"), s.timeZone);
    const QJsonObject root{
        {QStringLiteral("$schema"), QStringLiteral("https://c3voc.de/schedule/schema.json")},
        {QStringLiteral("generator"), QJsonObject{{QStringLiteral("name"), QStringLiteral("CoE Studio")},
                                                  {QStringLiteral("version"), BuildInfo::appVersion()}}},
        {QStringLiteral("schedule"), QJsonObject{{QStringLiteral("version"), s.version},
                                                 {QStringLiteral("base_url"), QString()},
                                                 {QStringLiteral("conference"), conference}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace coe
