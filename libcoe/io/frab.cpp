// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/frab.h"

#include "commands/batch.h"
#include "core/buildinfo.h"
#include "core/timezone.h"
#include "storage/catalog.h"
#include "storage/workspace.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>

namespace coe {

namespace {

const QUuid kNamespace(QStringLiteral("{6f1c3a52-0d4e-4b8a-9c57-2f7e1d9b4a60}")); // CoE Studio's frab GUIDs

QString hhmm(int minutes)
{
    return QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

/// Lower-case letters and digits joined by single hyphens, at most @p length characters.
QString slugify(const QString& text, qsizetype length = -1)
{
    QString slug = text.toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    if (length >= 0)
        slug.truncate(length);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    while (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    return slug;
}

/// The event's slug: the one its schedule gave it, or one made from the acronym, id and title.
QString slug(const QString& acronym, const Frab::Event& e)
{
    if (!e.slug.isEmpty())
        return e.slug;
    return QStringLiteral("%1-%2-%3").arg(acronym).arg(e.id).arg(slugify(e.title, 50));
}

QString acronymOf(const QString& title)
{
    const QString text = slugify(title);
    return text.isEmpty() ? QStringLiteral("summit") : text;
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

/// The schedule's zone; UTC for a schedule that names none.
QTimeZone zoneOf(const Frab::Schedule& s)
{
    const QTimeZone zone = TimeZones::fromId(s.timeZone);
    return zone.isValid() ? zone : QTimeZone(QTimeZone::UTC);
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

/// One event as read, before times are resolved in the schedule's zone.
struct RawEvent
{
    Frab::Event event;
    QString date;     ///< <date>: ISO date-time, usually with offset
    QDate day;        ///< the enclosing day's date
    QString start;    ///< <start>: HH:MM
    QString duration; ///< <duration>: HH:MM, H:MM:SS or minutes
    QString where;    ///< for messages: "event 12 (“Title”)"
};

/// @p text cut to a length that fits in a message.
QString elided(const QString& text)
{
    constexpr qsizetype kShown = 60;
    return text.size() <= kShown ? text : text.left(kShown) + QStringLiteral("…");
}

/// "event 12 (“Title”, line 40)" or, without a line, "event 12 (“Title”)".
QString eventPlace(qint64 id, const QString& title, qint64 line = 0)
{
    return line > 0 ? Frab::tr("event %1 (“%2”, line %3)").arg(id).arg(elided(title)).arg(line)
                    : Frab::tr("event %1 (“%2”)").arg(id).arg(elided(title));
}

/// The duration in minutes: "90", "1:30" or "1:30:00"; a single number may be negative.
/// Parts are bounded so that no sum overflows; absurd values stay absurd for the caller.
std::optional<qint64> parseDuration(const QString& text)
{
    constexpr qint64 kHuge = 1'000'000'000'000; // beyond every limit, far below overflow
    const QStringList parts = text.trimmed().split(QLatin1Char(':'));
    if (parts.size() > 3)
        return std::nullopt;
    QList<qint64> n;
    for (const QString& p : parts) {
        bool ok = false;
        const qint64 value = p.trimmed().toLongLong(&ok);
        if (!ok || (value < 0 && parts.size() > 1))
            return std::nullopt;
        n << std::clamp(value, -kHuge, kHuge);
    }
    if (n.size() == 1)
        return n.at(0); // minutes
    if (n.size() == 2)
        return n.at(0) * 60 + n.at(1);
    return n.at(0) * 60 + n.at(1) + (n.at(2) >= 30 ? 1 : 0); // H:MM:SS
}

Error tooMany(const QString& fileName, const QString& what, int limit, qint64 line = 0)
{
    return Error{Error::Invalid, line > 0 ? Frab::tr("%1 holds more than %2 %3 (line %4); CoE Studio imports at most %2 from one schedule.")
                                                .arg(fileName)
                                                .arg(limit)
                                                .arg(what)
                                                .arg(line)
                                          : Frab::tr("%1 holds more than %2 %3; CoE Studio imports at most %2 from one schedule.")
                                                .arg(fileName)
                                                .arg(limit)
                                                .arg(what)};
}

/// Refuses what no schedule holds before a parser sees it, in one pass that keeps nothing:
/// UTF-16, NUL bytes, bytes that are not UTF-8; in JSON nesting deeper than kMaxDepth,
/// strings longer than kMaxTokenBytes and more than kMaxJsonValues values; in XML runs of
/// more than kMaxTokenBytes without markup. Nesting in XML is counted by ScheduleXml.
Error utf16(const QString& fileName)
{
    return Error{Error::Invalid, Frab::tr("%1 is UTF-16 text; frab schedules are UTF-8. Save it as UTF-8 and try again.").arg(fileName)};
}

/// A byte-order mark of UTF-16, or a NUL in one of the first two bytes but not both.
bool looksUtf16(QByteArrayView data)
{
    return data.size() >= 2
           && ((data[0] == '\xff' && data[1] == '\xfe') || (data[0] == '\xfe' && data[1] == '\xff') || ((data[0] == '\0') != (data[1] == '\0')));
}

Result<void> screen(QByteArrayView data, const QString& fileName, bool json)
{
    if (looksUtf16(data))
        return utf16(fileName);
    const auto* p = reinterpret_cast<const uchar*>(data.data());
    const qsizetype n = data.size();
    qint64 line = 1;
    int depth = 0;
    qint64 values = 0;
    qint64 run = 0; // bytes of the current string (JSON), or since the last '<' or '>' (XML)
    bool inString = false;
    bool escaped = false;
    const auto notUtf8 = [&] {
        return Error{Error::Invalid, Frab::tr("%1 is not UTF-8 text (line %2); frab schedules are UTF-8. Save it as UTF-8 and try again.")
                                         .arg(fileName)
                                         .arg(line)};
    };
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = p[i];
        if (c >= 0x80) {
            // A UTF-8 sequence: its lead byte says how many continuation bytes follow, and
            // which range the first of them may take (no overlong forms, no surrogates).
            int extra = 0;
            uchar low = 0x80;
            uchar high = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                extra = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                extra = 2;
                low = c == 0xE0 ? 0xA0 : 0x80;
                high = c == 0xED ? 0x9F : 0xBF;
            } else if (c >= 0xF0 && c <= 0xF4) {
                extra = 3;
                low = c == 0xF0 ? 0x90 : 0x80;
                high = c == 0xF4 ? 0x8F : 0xBF;
            } else {
                return notUtf8();
            }
            if (i + extra >= n)
                return notUtf8();
            for (int k = 1; k <= extra; ++k) {
                const uchar next = p[i + k];
                if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF))
                    return notUtf8();
            }
            i += extra;
            run += extra + 1;
        } else {
            if (c == 0)
                return Error{Error::Invalid, Frab::tr("%1 is not a text file: it holds a NUL byte on line %2.").arg(fileName).arg(line)};
            if (c == '\n')
                ++line;
            ++run;
            if (!json) {
                if (c == '<' || c == '>')
                    run = 0;
            } else if (inString) {
                if (escaped)
                    escaped = false;
                else if (c == '\\')
                    escaped = true;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
                run = 0;
            } else if (c == '[' || c == '{') {
                if (++depth > Frab::kMaxDepth)
                    return Error{Error::Invalid, Frab::tr("%1 nests arrays and objects more than %2 deep (line %3); a frab schedule needs about ten.")
                                                     .arg(fileName)
                                                     .arg(Frab::kMaxDepth)
                                                     .arg(line)};
                ++values;
            } else if (c == ']' || c == '}') {
                --depth;
            } else if (c == ',' || c == ':') {
                ++values;
            }
        }
        if (run > Frab::kMaxTokenBytes && (inString || !json))
            return Error{Error::Invalid, (json ? Frab::tr("%1 holds a string of more than %2 MB (line %3); no field of a schedule is that long.")
                                               : Frab::tr("%1 holds more than %2 MB of text without markup (line %3); no field of a schedule is that long."))
                                             .arg(fileName)
                                             .arg(Frab::kMaxTokenBytes >> 20)
                                             .arg(line)};
        if (values > Frab::kMaxJsonValues)
            return Error{Error::Invalid, Frab::tr("%1 holds more than %2 JSON values (line %3); a schedule of %4 events holds far fewer.")
                                             .arg(fileName)
                                             .arg(Frab::kMaxJsonValues)
                                             .arg(line)
                                             .arg(Frab::kMaxEvents)};
    }
    return {};
}

/// A QXmlStreamReader over a schedule, read through a device so that the text is decoded a
/// piece at a time, which refuses a DTD (entity expansion, external entities) and nesting
/// deeper than kMaxDepth. Its text() and skip() stand in for QXmlStreamReader's, which read
/// past the depth count.
class ScheduleXml
{
public:
    ScheduleXml(const QByteArray& data, const QString& fileName)
        : m_fileName(fileName)
    {
        m_buffer.setData(data);
        m_buffer.open(QIODevice::ReadOnly);
        xml.setDevice(&m_buffer);
        xml.setEntityExpansionLimit(16); // a second fence: the DTD that declares them is refused
    }

    /// The next token; false at the end, on a parse error (xml.hasError()) or a refusal (error).
    bool next()
    {
        if (error)
            return false;
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
            error = Error{Error::Invalid, Frab::tr("%1 declares a document type (DTD, line %2), which frab schedules never do and which can hide "
                                                   "entity expansion or external entities; nothing was imported.")
                                              .arg(m_fileName)
                                              .arg(xml.lineNumber())};
            return false;
        case QXmlStreamReader::StartElement:
            if (++m_depth > Frab::kMaxDepth) {
                error = Error{Error::Invalid, Frab::tr("%1 nests elements more than %2 deep (line %3); a frab schedule needs about six.")
                                                  .arg(m_fileName)
                                                  .arg(Frab::kMaxDepth)
                                                  .arg(xml.lineNumber())};
                return false;
            }
            return true;
        case QXmlStreamReader::EndElement:
            --m_depth;
            return true;
        case QXmlStreamReader::Invalid:
        case QXmlStreamReader::EndDocument:
            return false;
        default:
            return true;
        }
    }

    /// Like QXmlStreamReader::readNextStartElement(): true at a child's start, false at the
    /// end of the current element.
    bool nextStartElement()
    {
        while (next()) {
            if (xml.isStartElement())
                return true;
            if (xml.isEndElement())
                return false;
        }
        return false;
    }

    /// The text of the element that just started and of all inside it, trimmed.
    QString text()
    {
        QString text;
        const int depth = m_depth;
        while (next()) {
            if (xml.isCharacters() || xml.isEntityReference())
                text += xml.text();
            else if (xml.isEndElement() && m_depth < depth)
                break;
        }
        return text.trimmed();
    }

    /// Skips to the end of the element that just started.
    void skip()
    {
        const int depth = m_depth;
        while (next()) {
            if (xml.isEndElement() && m_depth < depth)
                break;
        }
    }

    QXmlStreamReader xml;
    std::optional<Error> error;

private:
    QBuffer m_buffer;
    QString m_fileName;
    int m_depth = 0;
};

/// The first field of @p e longer than its limit, as "a title of 100000 characters; titles
/// are at most 500", or empty.
QString fieldTooLong(const Frab::Event& e)
{
    const auto check = [](const QString& value, const QString& what, const QString& plural, int limit) {
        return value.size() > limit ? Frab::tr("%1 of %2 characters; %3 are at most %4").arg(what).arg(value.size()).arg(plural).arg(limit) : QString();
    };
    QStringList found{check(e.title, Frab::tr("a title"), Frab::tr("titles"), Frab::kMaxTitleLength),
                      check(e.room, Frab::tr("a room name"), Frab::tr("names"), kMaxNameLength),
                      check(e.track, Frab::tr("a track name"), Frab::tr("names"), kMaxNameLength),
                      check(e.type, Frab::tr("a type"), Frab::tr("types"), kMaxNameLength),
                      check(e.guid, Frab::tr("a guid"), Frab::tr("guids"), kMaxNameLength),
                      check(e.abstract, Frab::tr("an abstract"), Frab::tr("abstracts"), Frab::kMaxTextLength)};
    for (const QString& speaker : e.speakers)
        found << check(speaker, Frab::tr("a speaker's name"), Frab::tr("names"), kMaxNameLength);
    for (const QString& email : e.speakerEmails)
        found << check(email, Frab::tr("a speaker's email address"), Frab::tr("addresses"), kMaxEmailLength);
    for (const QString& problem : std::as_const(found))
        if (!problem.isEmpty())
            return problem;
    return {};
}

/// Resolves times, fixes what can be fixed (with a note), refuses what is past the limits,
/// and fills in rooms, tracks and dates.
Result<Frab::Schedule> finish(Frab::Schedule s, QList<RawEvent> raw, const QString& fileName)
{
    if (s.title.trimmed().isEmpty())
        return Error{Error::Invalid, Frab::tr("%1 has no conference title; CoE Studio names the new summit after it.").arg(fileName)};
    s.title = s.title.trimmed();
    if (s.title.size() > kMaxNameLength)
        return Error{Error::Invalid, Frab::tr("%1: the conference title is %2 characters long; the summit is named after it, and names are at most %3.")
                                         .arg(fileName)
                                         .arg(s.title.size())
                                         .arg(kMaxNameLength)};
    for (const QString& room : std::as_const(s.rooms))
        if (room.size() > kMaxNameLength)
            return Error{Error::Invalid, Frab::tr("%1: a room name of %2 characters; names are at most %3.").arg(fileName).arg(room.size()).arg(kMaxNameLength)};
    for (const auto& track : std::as_const(s.tracks))
        if (track.first.size() > kMaxNameLength)
            return Error{Error::Invalid,
                         Frab::tr("%1: a track name of %2 characters; names are at most %3.").arg(fileName).arg(track.first.size()).arg(kMaxNameLength)};
    QTimeZone zone = TimeZones::fromId(s.timeZone);
    if (!zone.isValid()) {
        // Without a zone name (or with one unknown here) the organisers' clocks are the offset
        // the events carry: a fixed-offset zone keeps every published local time.
        int offset = 0;
        for (const RawEvent& r : std::as_const(raw)) {
            const QDateTime stamped = QDateTime::fromString(r.date.trimmed(), Qt::ISODateWithMs);
            if (stamped.isValid() && stamped.timeSpec() != Qt::LocalTime) {
                offset = stamped.offsetFromUtc();
                break;
            }
        }
        const QString fixed = TimeZones::fixedOffsetId(offset);
        if (!s.timeZone.trimmed().isEmpty())
            s.notes << Frab::tr("%1: unknown time zone “%2”; times keep the offset they carry (%3).").arg(fileName, elided(s.timeZone), fixed);
        s.timeZone = fixed;
        zone = TimeZones::fromId(fixed);
    }
    QHash<QString, QString> guids; // guid → where it was first seen
    for (RawEvent& r : raw) {
        Frab::Event& e = r.event;
        if (const QString problem = fieldTooLong(e); !problem.isEmpty())
            return Error{Error::Invalid, Frab::tr("%1: %2 has %3.").arg(fileName, r.where, problem)};
        if (e.speakers.size() > Frab::kMaxSpeakers)
            return Error{Error::Invalid, Frab::tr("%1: %2 has %3 speakers; an event has at most %4.")
                                             .arg(fileName, r.where)
                                             .arg(e.speakers.size())
                                             .arg(Frab::kMaxSpeakers)};
        if (!e.guid.trimmed().isEmpty()) {
            if (const auto seen = guids.constFind(e.guid.trimmed()); seen != guids.cend())
                return Error{Error::Invalid, Frab::tr("%1: %2 has the guid %3, like %4; each event's guid is its own.")
                                                 .arg(fileName, r.where, e.guid.trimmed(), seen.value())};
            guids.insert(e.guid.trimmed(), r.where);
        }
        QDateTime start;
        const QDateTime stamped = QDateTime::fromString(r.date.trimmed(), Qt::ISODateWithMs);
        if (stamped.isValid()) {
            // With an offset: convert to the schedule's zone. Without: it is the wall clock.
            const QDateTime local = stamped.timeSpec() == Qt::LocalTime ? stamped : stamped.toTimeZone(zone);
            start = QDateTime(local.date(), local.time());
        } else {
            const QTime time = QTime::fromString(r.start.trimmed(), QStringLiteral("H:mm"));
            if (r.day.isValid() && time.isValid())
                start = QDateTime(r.day, time);
        }
        if (!start.isValid() && !r.date.trimmed().isEmpty())
            return Error{Error::Invalid, Frab::tr("%1: %2 has the date “%3”, which is not a date and time CoE Studio can read (such as "
                                                  "2025-03-27T09:00:00+01:00).")
                                             .arg(fileName, r.where, elided(r.date.trimmed()))};
        if (!start.isValid()) {
            s.notes << Frab::tr("%1: %2 has no date and start time; skipped.").arg(fileName, r.where);
            continue;
        }
        if (start.date().year() < 1000 || start.date().year() > 9999)
            return Error{Error::Invalid, Frab::tr("%1: %2 takes place in the year %3; CoE Studio keeps dates from the year 1000 to 9999.")
                                             .arg(fileName, r.where)
                                             .arg(start.date().year())};
        e.start = QDateTime(start.date(), QTime(start.time().hour(), start.time().minute()));
        const auto minutes = parseDuration(r.duration);
        if (!minutes) {
            s.notes << Frab::tr("%1: %2 has no readable duration (“%3”); skipped.").arg(fileName, r.where, elided(r.duration));
            continue;
        }
        if (*minutes < 0 || *minutes > Frab::kMaxMinutes)
            return Error{Error::Invalid, Frab::tr("%1: %2 lasts %3 minutes; an event lasts from 0 to %4 minutes (a day).")
                                             .arg(fileName, r.where)
                                             .arg(*minutes)
                                             .arg(Frab::kMaxMinutes)};
        e.minutes = int(std::max<qint64>(*minutes, 5));
        if (e.minutes != *minutes)
            s.notes << Frab::tr("%1: %2 lasts %3 minutes; CoE Studio keeps items of at least 5 minutes and used %4.")
                           .arg(fileName, r.where)
                           .arg(*minutes)
                           .arg(e.minutes);
        if (e.title.trimmed().isEmpty()) {
            s.notes << Frab::tr("%1: %2 has no title; skipped.").arg(fileName, r.where);
            continue;
        }
        e.title = e.title.trimmed();
        e.room = e.room.trimmed();
        if (e.room.isEmpty())
            e.room = Frab::tr("Unnamed room");
        if (!s.rooms.contains(e.room)) {
            if (s.rooms.size() >= Frab::kMaxRooms)
                return tooMany(fileName, Frab::tr("rooms"), Frab::kMaxRooms);
            s.rooms << e.room;
        }
        e.track = e.track.trimmed();
        if (!e.track.isEmpty() && std::none_of(s.tracks.cbegin(), s.tracks.cend(), [&e](const auto& t) { return t.first == e.track; })) {
            if (s.tracks.size() >= Frab::kMaxTracks)
                return tooMany(fileName, Frab::tr("tracks"), Frab::kMaxTracks);
            s.tracks.append({e.track, QColor()});
        }
        s.events.append(e);
    }
    QHash<QString, qsizetype> roomOrder;
    for (qsizetype i = 0; i < s.rooms.size(); ++i)
        roomOrder.insert(s.rooms.at(i), i);
    std::stable_sort(s.events.begin(), s.events.end(), [&roomOrder](const Frab::Event& a, const Frab::Event& b) {
        return std::make_pair(a.start, roomOrder.value(a.room)) < std::make_pair(b.start, roomOrder.value(b.room));
    });
    for (const Frab::Event& e : std::as_const(s.events)) {
        if (!s.start.isValid() || e.start.date() < s.start)
            s.start = e.start.date();
        if (!s.end.isValid() || e.start.date() > s.end)
            s.end = e.start.date();
    }
    if (!s.start.isValid() || !s.end.isValid())
        return Error{Error::Invalid, Frab::tr("%1 has no dates and no events with times.").arg(fileName)};
    if (s.end < s.start)
        s.end = s.start;
    if (s.start.year() < 1000 || s.end.year() > 9999 || s.start.daysTo(s.end) >= Frab::kMaxDays)
        return Error{Error::Invalid, Frab::tr("%1 spans %2 to %3 (its events run from “%4” to “%5”); a summit lasts at most %6 days.")
                                         .arg(fileName, s.start.toString(Qt::ISODate), s.end.toString(Qt::ISODate),
                                              s.events.isEmpty() ? QString() : elided(s.events.first().title),
                                              s.events.isEmpty() ? QString() : elided(s.events.last().title))
                                         .arg(Frab::kMaxDays)};
    if (s.acronym.isEmpty())
        s.acronym = acronymOf(s.title);
    return s;
}

QString text(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    return {};
}

Result<Frab::Schedule> parseJson(const QByteArray& data, const QString& fileName)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (doc.isNull())
        return Error{Error::Invalid, Frab::tr("%1 is not valid JSON (at byte %2: %3).").arg(fileName).arg(error.offset).arg(error.errorString())};
    QJsonObject root = doc.object();
    const QJsonObject schedule = root.value(QStringLiteral("schedule")).isObject() ? root.value(QStringLiteral("schedule")).toObject() : root;
    const QJsonObject conference = schedule.value(QStringLiteral("conference")).toObject();
    if (conference.isEmpty())
        return Error{Error::Invalid, Frab::tr("%1 is JSON but not a frab schedule: it has no “conference”.").arg(fileName)};
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
    for (const QJsonValue& t : tracks) {
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
    for (const QJsonValue& r : conference.value(QStringLiteral("rooms")).toArray()) {
        if (!addRoom((r.isString() ? r.toString() : text(r.toObject().value(QStringLiteral("name")))).trimmed()))
            return tooMany(fileName, Frab::tr("rooms"), Frab::kMaxRooms);
    }
    QList<RawEvent> raw;
    const QJsonArray days = conference.value(QStringLiteral("days")).toArray();
    for (const QJsonValue& d : days) {
        const QJsonObject day = d.toObject();
        const QDate date = QDate::fromString(text(day.value(QStringLiteral("date"))).left(10), Qt::ISODate);
        const QJsonObject rooms = day.value(QStringLiteral("rooms")).toObject();
        for (auto room = rooms.constBegin(); room != rooms.constEnd(); ++room) {
            if (!addRoom(room.key().trimmed()))
                return tooMany(fileName, Frab::tr("rooms"), Frab::kMaxRooms);
            for (const QJsonValue& v : room.value().toArray()) {
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
                for (const QJsonValue& p : persons) {
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

Result<Frab::Schedule> parseXml(const QByteArray& data, const QString& fileName)
{
    ScheduleXml reader(data, fileName);
    QXmlStreamReader& xml = reader.xml;
    Frab::Schedule s;
    QList<RawEvent> raw;
    QDate day;
    QString room;
    bool sawSchedule = false;
    const auto readText = [&reader]() { return reader.text(); };
    while (reader.next()) {
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("schedule")) {
            sawSchedule = true;
        } else if (name == QLatin1String("version") && raw.isEmpty()) {
            s.version = readText();
        } else if (name == QLatin1String("conference")) {
            while (reader.nextStartElement()) {
                const auto field = xml.name();
                if (field == QLatin1String("title"))
                    s.title = readText();
                else if (field == QLatin1String("acronym"))
                    s.acronym = readText();
                else if (field == QLatin1String("start"))
                    s.start = QDate::fromString(readText().left(10), Qt::ISODate);
                else if (field == QLatin1String("end"))
                    s.end = QDate::fromString(readText().left(10), Qt::ISODate);
                else if (field == QLatin1String("time_zone_name"))
                    s.timeZone = readText();
                else if (field == QLatin1String("track")) {
                    QString trackName = xml.attributes().value(QStringLiteral("name")).toString();
                    const QColor color = QColor::fromString(xml.attributes().value(QStringLiteral("color")));
                    const QString inner = readText();
                    if (trackName.isEmpty())
                        trackName = inner;
                    if (!trackName.trimmed().isEmpty()) {
                        if (s.tracks.size() >= Frab::kMaxTracks)
                            return tooMany(fileName, Frab::tr("tracks"), Frab::kMaxTracks, xml.lineNumber());
                        s.tracks.append({trackName.trimmed(), color});
                    }
                } else
                    reader.skip();
            }
        } else if (name == QLatin1String("day")) {
            day = QDate::fromString(xml.attributes().value(QStringLiteral("date")).toString().left(10), Qt::ISODate);
        } else if (name == QLatin1String("room")) {
            room = xml.attributes().value(QStringLiteral("name")).toString().trimmed();
            if (!room.isEmpty() && !s.rooms.contains(room)) {
                if (s.rooms.size() >= Frab::kMaxRooms)
                    return tooMany(fileName, Frab::tr("rooms"), Frab::kMaxRooms, xml.lineNumber());
                s.rooms << room;
            }
        } else if (name == QLatin1String("event")) {
            if (raw.size() >= Frab::kMaxEvents)
                return tooMany(fileName, Frab::tr("events"), Frab::kMaxEvents, xml.lineNumber());
            RawEvent r;
            r.event.guid = xml.attributes().value(QStringLiteral("guid")).toString();
            r.event.id = xml.attributes().value(QStringLiteral("id")).toLongLong();
            r.event.room = room;
            r.day = day;
            const qint64 line = xml.lineNumber();
            while (reader.nextStartElement()) {
                const auto field = xml.name();
                if (field == QLatin1String("title"))
                    r.event.title = readText();
                else if (field == QLatin1String("type"))
                    r.event.type = readText();
                else if (field == QLatin1String("slug"))
                    r.event.slug = readText().trimmed();
                else if (field == QLatin1String("track"))
                    r.event.track = readText();
                else if (field == QLatin1String("room")) {
                    const QString inner = readText();
                    if (!inner.isEmpty())
                        r.event.room = inner;
                } else if (field == QLatin1String("abstract"))
                    r.event.abstract = readText();
                else if (field == QLatin1String("description")) {
                    const QString inner = readText();
                    if (r.event.abstract.isEmpty())
                        r.event.abstract = inner;
                } else if (field == QLatin1String("date"))
                    r.date = readText();
                else if (field == QLatin1String("start"))
                    r.start = readText();
                else if (field == QLatin1String("duration"))
                    r.duration = readText();
                else if (field == QLatin1String("persons")) {
                    while (reader.nextStartElement()) {
                        const QString email = xml.attributes().value(QStringLiteral("email")).toString().trimmed();
                        const QString person = readText();
                        if (!person.isEmpty()) {
                            if (r.event.speakers.size() >= Frab::kMaxSpeakers)
                                return Error{Error::Invalid, Frab::tr("%1: %2 has more than %3 speakers; an event has at most %3.")
                                                                 .arg(fileName, eventPlace(r.event.id, r.event.title, line))
                                                                 .arg(Frab::kMaxSpeakers)};
                            r.event.speakers << person;
                            r.event.speakerEmails << email;
                        }
                    }
                } else
                    reader.skip();
            }
            r.where = eventPlace(r.event.id, r.event.title, line);
            raw.append(r);
        }
    }
    if (reader.error)
        return *reader.error;
    if (xml.hasError() && xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
        return Error{Error::Invalid, Frab::tr("%1 is not well-formed XML (line %2, column %3: %4).")
                                         .arg(fileName)
                                         .arg(xml.lineNumber())
                                         .arg(xml.columnNumber())
                                         .arg(xml.errorString())};
    if (!sawSchedule)
        return Error{Error::Invalid, Frab::tr("%1 is XML but not a frab schedule: it has no <schedule> element.").arg(fileName)};
    if (xml.hasError())
        s.notes << Frab::tr("%1 ends early (line %2); read what was there.").arg(fileName).arg(xml.lineNumber());
    return finish(s, raw, fileName);
}

SummitItem::Kind kindOf(const QString& type)
{
    const QString t = type.toLower();
    if (const auto exact = SummitItem::kindFromName(t))
        return *exact;
    if (t.contains(QLatin1String("workshop")) || t.contains(QLatin1String("hands-on")))
        return SummitItem::Workshop;
    if (t.contains(QLatin1String("lightning")))
        return SummitItem::Lightning;
    if (t.contains(QLatin1String("keynote")) || t.contains(QLatin1String("plenary")) || t.contains(QLatin1String("opening"))
        || t.contains(QLatin1String("closing")))
        return SummitItem::Plenary;
    if (t.contains(QLatin1String("break")) || t.contains(QLatin1String("pause")) || t.contains(QLatin1String("lunch"))
        || t.contains(QLatin1String("coffee")))
        return SummitItem::Break;
    return SummitItem::Talk;
}

} // namespace

Frab::Schedule Frab::fromSummit(const Summit& summit, const QHash<Id, QString>& people, const QString& workspaceKey, int releaseNumber)
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
            e.id = first && item.frabId > 0 ? item.frabId : imported.contains(slot.id) ? lastImported + slot.id : slot.id;
            e.guid = first && !item.guid.isEmpty()
                         ? item.guid
                         : QUuid::createUuidV5(kNamespace, QStringLiteral("%1/%2/%3").arg(workspaceKey).arg(summit.id).arg(slot.id)).toString(QUuid::WithoutBraces);
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
        return std::make_tuple(a.start, s.rooms.indexOf(a.room), a.id) < std::make_tuple(b.start, s.rooms.indexOf(b.room), b.id);
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
                xml.writeTextElement(QStringLiteral("date"), isoWithOffset(QDateTime(e->start.date(), e->start.time(), zone)));
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
                    persons.append(QJsonObject{{QStringLiteral("id"), int(p + 1)}, {QStringLiteral("public_name"), e->speakers.at(p)}});
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
    const QJsonObject root{{QStringLiteral("$schema"), QStringLiteral("https://c3voc.de/schedule/schema.json")},
                           {QStringLiteral("generator"), QJsonObject{{QStringLiteral("name"), QStringLiteral("CoE Studio")}, {QStringLiteral("version"), BuildInfo::appVersion()}}},
                           {QStringLiteral("schedule"), QJsonObject{{QStringLiteral("version"), s.version}, {QStringLiteral("base_url"), QString()}, {QStringLiteral("conference"), conference}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<Frab::Schedule> Frab::parse(const QByteArray& data, const QString& fileName)
{
    QByteArray head = data.left(4096).trimmed();
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.mid(3).trimmed();
    if (head.isEmpty())
        return Error{Error::Invalid, tr("%1 is empty.").arg(fileName)};
    if (data.size() > kMaxBytes)
        return Error{Error::Invalid, tr("%1 is %2 MB; a frab schedule is at most %3 MB.").arg(fileName).arg(data.size() >> 20).arg(kMaxBytes >> 20)};
    const bool xml = head.startsWith('<');
    if (!xml && !head.startsWith('{'))
        return looksUtf16(data) ? utf16(fileName) : Error{Error::Invalid, tr("%1 is neither XML nor JSON, so it is not a frab schedule.").arg(fileName)};
    if (auto screened = screen(data, fileName, !xml); !screened)
        return screened.error();
    if (xml)
        return parseXml(data, fileName);
    return parseJson(data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data, fileName);
}

Result<Frab::Schedule> Frab::read(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::NotFound, tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    // The size is checked before reading and again after, for a file that grows or a pipe.
    if (file.size() > kMaxBytes)
        return Error{Error::Invalid, tr("%1 is %2 MB; a frab schedule is at most %3 MB.").arg(name).arg(file.size() >> 20).arg(kMaxBytes >> 20)};
    const QByteArray data = file.read(kMaxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Error{Error::Failed, tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    if (data.size() > kMaxBytes)
        return Error{Error::Invalid, tr("%1 is larger than %2 MB, the most a frab schedule may be.").arg(name).arg(kMaxBytes >> 20)};
    return parse(data, name);
}

Result<Frab::ImportReport> Frab::import(Workspace& ws, const Schedule& s)
{
    ImportReport report;
    QSqlQuery exists = ws.prepare(QStringLiteral("SELECT id FROM summit WHERE lower(name) = lower(:n)"));
    exists.bindValue(QStringLiteral(":n"), s.title);
    if (auto done = ws.exec(exists); !done)
        return done.error();
    if (exists.next())
        return Error{Error::Invalid, tr("A summit named “%1” already exists. Rename or delete it first, then import again.").arg(s.title)};
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
    const auto clock = [](int minutes) { return QTime(minutes / 60, minutes % 60).toString(QStringLiteral("HH:mm")); };

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
        batch.insert(QStringLiteral("room"), {{QStringLiteral("summit_id"), summit}, {QStringLiteral("name"), s.rooms.at(i)}, {QStringLiteral("position"), int(i)}});
    }
    QHash<QString, QVariant> tracks;
    for (qsizetype i = 0; i < s.tracks.size(); ++i) {
        const auto& [name, color] = s.tracks.at(i);
        if (tracks.contains(name))
            continue;
        tracks.insert(name, commands::Batch::idOf(batch.size()));
        const QString hex = color.isValid() ? color.name() : Track::paletteColor(i).name();
        batch.insert(QStringLiteral("track"), {{QStringLiteral("summit_id"), summit}, {QStringLiteral("name"), name}, {QStringLiteral("color"), hex}});
    }
    QHash<QString, int> created; // new people by lower-case name → their Insert step
    for (const Event& e : s.events) {
        const int item = batch.size();
        batch.insert(QStringLiteral("summit_item"), {{QStringLiteral("summit_id"), summit},
                                                     {QStringLiteral("kind"), SummitItem::kindName(kindOf(e.type))},
                                                     {QStringLiteral("title"), e.title},
                                                     {QStringLiteral("abstract"), e.abstract},
                                                     {QStringLiteral("track_id"), e.track.isEmpty() ? QVariant() : tracks.value(e.track)},
                                                     {QStringLiteral("duration_min"), e.minutes},
                                                     {QStringLiteral("guid"), e.guid.trimmed().isEmpty() ? QVariant() : QVariant(e.guid.trimmed())},
                                                     {QStringLiteral("frab_id"), e.id > 0 ? QVariant(e.id) : QVariant()},
                                                     {QStringLiteral("slug"), e.slug}});
        const QDateTime end = e.start.addSecs(qint64(e.minutes) * 60);
        batch.insert(QStringLiteral("slot"), {{QStringLiteral("item_id"), commands::Batch::idOf(item)},
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
            batch.insert(QStringLiteral("item_speaker"), {{QStringLiteral("item_id"), commands::Batch::idOf(item)}, {QStringLiteral("person_id"), person}});
        }
    }
    report.createdPeople = int(created.size());
    QSet<Id> matched;
    for (const Event& e : s.events)
        for (qsizetype p = 0; p < e.speakers.size(); ++p) {
            const QString email = e.speakerEmails.value(p).toLower();
            const Id id = !email.isEmpty() && byEmail.contains(email) ? byEmail.value(email) : byName.value(e.speakers.at(p).simplified().toLower(), 0);
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
