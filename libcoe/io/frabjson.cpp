// SPDX-License-Identifier: GPL-3.0-or-later
// The frab JSON reader (pretalx's and frab's schedule.json).
#include "io/frabinternal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace coe::frabinternal {

namespace {

QString text(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    return {};
}

} // namespace

Result<Frab::Schedule> parseJson(const QByteArray& data, const QString& fileName)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (doc.isNull())
        return Error{Error::Invalid, Frab::tr("%1 is not valid JSON (at byte %2: %3).")
                                         .arg(fileName)
                                         .arg(error.offset)
                                         .arg(error.errorString())};
    QJsonObject root = doc.object();
    const QJsonObject schedule =
        root.value(QStringLiteral("schedule")).isObject() ? root.value(QStringLiteral("schedule")).toObject() : root;
    const QJsonObject conference = schedule.value(QStringLiteral("conference")).toObject();
    if (conference.isEmpty())
        return Error{Error::Invalid,
                     Frab::tr("%1 is JSON but not a frab schedule: it has no “conference”.").arg(fileName)};
    Frab::Schedule s;
    s.version = text(schedule.value(QStringLiteral("version")));
    s.title = text(conference.value(QStringLiteral("title")));
    s.acronym = text(conference.value(QStringLiteral("acronym")));
    s.timeZone = text(conference.value(QStringLiteral("time_zone_name")));
    s.start = QDate::fromString(text(conference.value(QStringLiteral("start"))).left(10), Qt::ISODate);
    s.end = QDate::fromString(text(conference.value(QStringLiteral("end"))).left(10), Qt::ISODate);
    const QJsonArray tracks = conference.value(QStringLiteral("tracks")).toArray();
    if (tracks.size() > Frab::kMaxTracks)
        return tooMany(fileName, Frab::tr("tracks"), Frab::kMaxTracks);
    for (const auto& t : tracks) {
        const QString name = t.isString() ? t.toString() : text(t.toObject().value(QStringLiteral("name")));
        if (!name.trimmed().isEmpty())
            s.tracks.append({name.trimmed(), QColor::fromString(text(t.toObject().value(QStringLiteral("color"))))});
    }
    const auto addRoom = [&s](const QString& name) {
        if (!name.isEmpty() && !s.rooms.contains(name)) {
            if (s.rooms.size() >= Frab::kMaxRooms)
                return false;
            s.rooms << name;
        }
        return true;
    };
    const QJsonArray roomList = conference.value(QStringLiteral("rooms")).toArray();
    for (const auto& r : roomList) {
        if (!addRoom((r.isString() ? r.toString() : text(r.toObject().value(QStringLiteral("name")))).trimmed()))
            return tooMany(fileName, Frab::tr("rooms"), Frab::kMaxRooms);
    }
    QList<RawEvent> raw;
    const QJsonArray days = conference.value(QStringLiteral("days")).toArray();
    for (const auto& d : days) {
        const QJsonObject day = d.toObject();
        const QDate date = QDate::fromString(text(day.value(QStringLiteral("date"))).left(10), Qt::ISODate);
        const QJsonObject rooms = day.value(QStringLiteral("rooms")).toObject();
        for (auto room = rooms.constBegin(); room != rooms.constEnd(); ++room) {
            if (!addRoom(room.key().trimmed()))
                return tooMany(fileName, Frab::tr("rooms"), Frab::kMaxRooms);
            const QJsonArray events = room.value().toArray();
            for (const auto& v : events) {
                if (raw.size() >= Frab::kMaxEvents)
                    return tooMany(fileName, Frab::tr("events"), Frab::kMaxEvents);
                const QJsonObject o = v.toObject();
                RawEvent r;
                r.event.guid = text(o.value(QStringLiteral("guid")));
                r.event.id = o.value(QStringLiteral("id")).toVariant().toLongLong();
                r.event.slug = text(o.value(QStringLiteral("slug"))).trimmed();
                r.event.title = text(o.value(QStringLiteral("title")));
                r.event.type = text(o.value(QStringLiteral("type")));
                r.event.track = text(o.value(QStringLiteral("track")));
                if (o.value(QStringLiteral("track")).isObject())
                    r.event.track = text(o.value(QStringLiteral("track")).toObject().value(QStringLiteral("name")));
                r.event.room = o.contains(QStringLiteral("room")) ? text(o.value(QStringLiteral("room"))) : room.key();
                r.event.abstract = text(o.value(QStringLiteral("abstract")));
                if (r.event.abstract.isEmpty())
                    r.event.abstract = text(o.value(QStringLiteral("description")));
                const QJsonArray persons = o.value(QStringLiteral("persons")).toArray();
                if (persons.size() > Frab::kMaxSpeakers)
                    return Error{Error::Invalid, Frab::tr("%1: %2 has %3 speakers; an event has at most %4.")
                                                     .arg(fileName, eventPlace(r.event.id, r.event.title))
                                                     .arg(persons.size())
                                                     .arg(Frab::kMaxSpeakers)};
                for (const auto& p : persons) {
                    const QJsonObject person = p.toObject();
                    QString name = p.isString() ? p.toString() : QString();
                    for (const char* key : {"public_name", "name", "full_public_name", "full_name"})
                        if (name.trimmed().isEmpty())
                            name = text(person.value(QLatin1String(key)));
                    if (name.trimmed().isEmpty())
                        continue;
                    r.event.speakers << name.trimmed();
                    r.event.speakerEmails << text(person.value(QStringLiteral("email"))).trimmed();
                }
                r.date = text(o.value(QStringLiteral("date")));
                r.day = date;
                r.start = text(o.value(QStringLiteral("start")));
                r.duration = text(o.value(QStringLiteral("duration")));
                r.where = eventPlace(r.event.id, r.event.title);
                raw.append(r);
            }
        }
    }
    return finish(s, raw, fileName);
}

} // namespace coe::frabinternal
