// SPDX-License-Identifier: GPL-3.0-or-later
// The frab reader's shared steps: the screen every file passes, checking and resolving what a
// parser found, and the entry points Frab::parse() and Frab::read().
#include "core/timezone.h"
#include "io/frabinternal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace coe {

namespace frabinternal {

namespace {

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

/// The first field of @p e longer than its limit, as "a title of 100000 characters; titles
/// are at most 500", or empty.
QString fieldTooLong(const Frab::Event& e)
{
    const auto check = [](const QString& value, const QString& what, const QString& plural, int limit) {
        return value.size() > limit ? Frab::tr("%1 of %2 characters; %3 are at most %4")
                                          .arg(what)
                                          .arg(value.size())
                                          .arg(plural)
                                          .arg(limit)
                                    : QString();
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

} // namespace

QString slugify(const QString& text, qsizetype length)
{
    static const QRegularExpression notLetterOrDigit(QStringLiteral("[^a-z0-9]+"));
    QString slug = text.toLower();
    slug.replace(notLetterOrDigit, QStringLiteral("-"));
    if (length >= 0)
        slug.truncate(length);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    while (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    return slug;
}

QString acronymOf(const QString& title)
{
    const QString text = slugify(title);
    return text.isEmpty() ? QStringLiteral("summit") : text;
}

/// @p text cut to a length that fits in a message.
QString elided(const QString& text)
{
    constexpr qsizetype kShown = 60;
    return text.size() <= kShown ? text : text.left(kShown) + QStringLiteral("…");
}

/// "event 12 (“Title”, line 40)" or, without a line, "event 12 (“Title”)".
QString eventPlace(qint64 id, const QString& title, qint64 line)
{
    return line > 0 ? Frab::tr("event %1 (“%2”, line %3)").arg(id).arg(elided(title)).arg(line)
                    : Frab::tr("event %1 (“%2”)").arg(id).arg(elided(title));
}

Error tooMany(const QString& fileName, const QString& what, int limit, qint64 line)
{
    return Error{Error::Invalid,
                 line > 0
                     ? Frab::tr("%1 holds more than %2 %3 (line %4); CoE Studio imports at most %2 from one schedule.")
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
    return Error{
        Error::Invalid,
        Frab::tr("%1 is UTF-16 text; frab schedules are UTF-8. Save it as UTF-8 and try again.").arg(fileName)};
}

/// A byte-order mark of UTF-16, or a NUL in one of the first two bytes but not both.
bool looksUtf16(QByteArrayView data)
{
    return data.size() >= 2 && ((data[0] == '\xff' && data[1] == '\xfe') || (data[0] == '\xfe' && data[1] == '\xff') ||
                                ((data[0] == '\0') != (data[1] == '\0')));
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
        return Error{
            Error::Invalid,
            Frab::tr("%1 is not UTF-8 text (line %2); frab schedules are UTF-8. Save it as UTF-8 and try again.")
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
                return Error{
                    Error::Invalid,
                    Frab::tr("%1 is not a text file: it holds a NUL byte on line %2.").arg(fileName).arg(line)};
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
                    return Error{
                        Error::Invalid,
                        Frab::tr(
                            "%1 nests arrays and objects more than %2 deep (line %3); a frab schedule needs about ten.")
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
            return Error{
                Error::Invalid,
                (json ? Frab::tr("%1 holds a string of more than %2 MB (line %3); no field of a schedule is that long.")
                      : Frab::tr("%1 holds more than %2 MB of text without markup (line %3); no field of a schedule is "
                                 "that long."))
                    .arg(fileName)
                    .arg(Frab::kMaxTokenBytes >> 20)
                    .arg(line)};
        if (values > Frab::kMaxJsonValues)
            return Error{
                Error::Invalid,
                Frab::tr("%1 holds more than %2 JSON values (line %3); a schedule of %4 events holds far fewer.")
                    .arg(fileName)
                    .arg(Frab::kMaxJsonValues)
                    .arg(line)
                    .arg(Frab::kMaxEvents)};
    }
    return {};
}

namespace {

/// Trims the conference title and refuses a schedule without one, or with a title, room or
/// track name past the limit for names.
Result<void> checkNames(Frab::Schedule& s, const QString& fileName)
{
    if (s.title.trimmed().isEmpty())
        return Error{Error::Invalid,
                     Frab::tr("%1 has no conference title; CoE Studio names the new summit after it.").arg(fileName)};
    s.title = s.title.trimmed();
    if (s.title.size() > kMaxNameLength)
        return Error{Error::Invalid, Frab::tr("%1: the conference title is %2 characters long; the summit is named "
                                              "after it, and names are at most %3.")
                                         .arg(fileName)
                                         .arg(s.title.size())
                                         .arg(kMaxNameLength)};
    for (const QString& room : std::as_const(s.rooms))
        if (room.size() > kMaxNameLength)
            return Error{Error::Invalid, Frab::tr("%1: a room name of %2 characters; names are at most %3.")
                                             .arg(fileName)
                                             .arg(room.size())
                                             .arg(kMaxNameLength)};
    for (const auto& track : std::as_const(s.tracks))
        if (track.first.size() > kMaxNameLength)
            return Error{Error::Invalid, Frab::tr("%1: a track name of %2 characters; names are at most %3.")
                                             .arg(fileName)
                                             .arg(track.first.size())
                                             .arg(kMaxNameLength)};
    return {};
}

/// The schedule's zone. Without a zone name (or with one unknown here) the organisers' clocks
/// are the offset the events carry: a fixed-offset zone keeps every published local time, and
/// an unknown name gets a note.
QTimeZone resolveZone(Frab::Schedule& s, const QList<RawEvent>& raw, const QString& fileName)
{
    QTimeZone zone = TimeZones::fromId(s.timeZone);
    if (zone.isValid())
        return zone;
    int offset = 0;
    for (const RawEvent& r : raw) {
        const QDateTime stamped = QDateTime::fromString(r.date.trimmed(), Qt::ISODateWithMs);
        if (stamped.isValid() && stamped.timeSpec() != Qt::LocalTime) {
            offset = stamped.offsetFromUtc();
            break;
        }
    }
    const QString fixed = TimeZones::fixedOffsetId(offset);
    if (!s.timeZone.trimmed().isEmpty())
        s.notes << Frab::tr("%1: unknown time zone “%2”; times keep the offset they carry (%3).")
                       .arg(fileName, elided(s.timeZone), fixed);
    s.timeZone = fixed;
    return TimeZones::fromId(fixed);
}

/// Refuses an event with a field past its limit, too many speakers, or the guid of an event
/// before it; @p guids maps each guid seen to where it was first seen.
Result<void> checkEventFields(const RawEvent& r, QHash<QString, QString>& guids, const QString& fileName)
{
    const Frab::Event& e = r.event;
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
    return {};
}

/// The event's start on the wall clock of @p zone: from its date-time, or else from the day and
/// the start time; invalid when neither can be read.
QDateTime wallClockStart(const RawEvent& r, const QTimeZone& zone)
{
    const QDateTime stamped = QDateTime::fromString(r.date.trimmed(), Qt::ISODateWithMs);
    if (stamped.isValid()) {
        // With an offset: convert to the schedule's zone. Without: it is the wall clock.
        const QDateTime local = stamped.timeSpec() == Qt::LocalTime ? stamped : stamped.toTimeZone(zone);
        return QDateTime(local.date(), local.time());
    }
    const QTime time = QTime::fromString(r.start.trimmed(), QStringLiteral("H:mm"));
    if (r.day.isValid() && time.isValid())
        return QDateTime(r.day, time);
    return {};
}

/// Sets the event's start (to the minute) and its length (at least 5 minutes, with a note).
/// False, with a note, for an event skipped because it has no time or no readable duration;
/// an error for a date that cannot be read or is out of range, or a length past the limit.
Result<bool> resolveTimes(RawEvent& r, const QTimeZone& zone, QStringList& notes, const QString& fileName)
{
    Frab::Event& e = r.event;
    const QDateTime start = wallClockStart(r, zone);
    if (!start.isValid() && !r.date.trimmed().isEmpty())
        return Error{Error::Invalid,
                     Frab::tr("%1: %2 has the date “%3”, which is not a date and time CoE Studio can read (such as "
                              "2025-03-27T09:00:00+01:00).")
                         .arg(fileName, r.where, elided(r.date.trimmed()))};
    if (!start.isValid()) {
        notes << Frab::tr("%1: %2 has no date and start time; skipped.").arg(fileName, r.where);
        return false;
    }
    if (start.date().year() < 1000 || start.date().year() > 9999)
        return Error{Error::Invalid,
                     Frab::tr("%1: %2 takes place in the year %3; CoE Studio keeps dates from the year 1000 to 9999.")
                         .arg(fileName, r.where)
                         .arg(start.date().year())};
    e.start = QDateTime(start.date(), QTime(start.time().hour(), start.time().minute()));
    const auto minutes = parseDuration(r.duration);
    if (!minutes) {
        notes
            << Frab::tr("%1: %2 has no readable duration (“%3”); skipped.").arg(fileName, r.where, elided(r.duration));
        return false;
    }
    if (*minutes < 0 || *minutes > Frab::kMaxMinutes)
        return Error{
            Error::Invalid,
            Frab::tr("%1: %2 lasts %3 minutes; an event lasts from 0 minutes to the end of the schedule's last day.")
                .arg(fileName, r.where)
                .arg(*minutes)};
    e.minutes = int(std::max<qint64>(*minutes, 5));
    if (e.minutes != *minutes)
        notes << Frab::tr("%1: %2 lasts %3 minutes; CoE Studio keeps items of at least 5 minutes and used %4.")
                     .arg(fileName, r.where)
                     .arg(*minutes)
                     .arg(e.minutes);
    return true;
}

/// Trims the event's room (naming one it lacks) and track, and adds each the schedule has not
/// seen yet to its rooms and tracks, refusing one past the limits.
Result<void> addRoomAndTrack(Frab::Schedule& s, Frab::Event& e, const QString& fileName)
{
    e.room = e.room.trimmed();
    if (e.room.isEmpty())
        e.room = Frab::tr("Unnamed room");
    if (!s.rooms.contains(e.room)) {
        if (s.rooms.size() >= Frab::kMaxRooms)
            return tooMany(fileName, Frab::tr("rooms"), Frab::kMaxRooms);
        s.rooms << e.room;
    }
    e.track = e.track.trimmed();
    if (!e.track.isEmpty() &&
        std::none_of(s.tracks.cbegin(), s.tracks.cend(), [&e](const auto& t) { return t.first == e.track; })) {
        if (s.tracks.size() >= Frab::kMaxTracks)
            return tooMany(fileName, Frab::tr("tracks"), Frab::kMaxTracks);
        s.tracks.append({e.track, QColor()});
    }
    return {};
}

/// Checks, times and places every event of @p raw in a room, appending it to the schedule's
/// events; an event without a time, a readable duration or a title is skipped with a note.
Result<void> resolveEvents(Frab::Schedule& s, QList<RawEvent>& raw, const QTimeZone& zone, const QString& fileName)
{
    QHash<QString, QString> guids; // guid → where it was first seen
    for (RawEvent& r : raw) {
        if (auto checked = checkEventFields(r, guids, fileName); !checked)
            return checked.error();
        auto timed = resolveTimes(r, zone, s.notes, fileName);
        if (!timed)
            return timed.error();
        if (!timed.value())
            continue;
        Frab::Event& e = r.event;
        if (e.title.trimmed().isEmpty()) {
            s.notes << Frab::tr("%1: %2 has no title; skipped.").arg(fileName, r.where);
            continue;
        }
        e.title = e.title.trimmed();
        if (auto placed = addRoomAndTrack(s, e, fileName); !placed)
            return placed.error();
        s.events.append(e);
    }
    return {};
}

/// Orders the events by start, then by room in the order the schedule lists its rooms.
void sortByStartAndRoom(Frab::Schedule& s)
{
    QHash<QString, qsizetype> roomOrder;
    for (qsizetype i = 0; i < s.rooms.size(); ++i)
        roomOrder.insert(s.rooms.at(i), i);
    std::stable_sort(s.events.begin(), s.events.end(), [&roomOrder](const Frab::Event& a, const Frab::Event& b) {
        return std::make_pair(a.start, roomOrder.value(a.room)) < std::make_pair(b.start, roomOrder.value(b.room));
    });
}

/// Widens the schedule's first and last day to its events' days, and refuses a schedule with
/// no days, days out of range, or more days than a summit has.
Result<void> setDays(Frab::Schedule& s, const QString& fileName)
{
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
        return Error{Error::Invalid,
                     Frab::tr("%1 spans %2 to %3 (its events run from “%4” to “%5”); a summit lasts at most %6 days.")
                         .arg(fileName, s.start.toString(Qt::ISODate), s.end.toString(Qt::ISODate),
                              s.events.isEmpty() ? QString() : elided(s.events.first().title),
                              s.events.isEmpty() ? QString() : elided(s.events.last().title))
                         .arg(Frab::kMaxDays)};
    return {};
}

/// An item may last as long as the summit's days allow: refuses one that ends after the end
/// of the last day.
Result<void> checkEventsEndInTime(const Frab::Schedule& s, const QString& fileName)
{
    const QDateTime lastMidnight(s.end.addDays(1), QTime(0, 0));
    for (const Frab::Event& e : s.events)
        if (e.start.addSecs(qint64(e.minutes) * 60) > lastMidnight)
            return Error{
                Error::Invalid,
                Frab::tr(
                    "%1: event %2 (“%3”) starts %4 and lasts %5 minutes, past the end of the schedule's last day, %6.")
                    .arg(fileName)
                    .arg(e.id)
                    .arg(elided(e.title), e.start.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                    .arg(e.minutes)
                    .arg(s.end.toString(Qt::ISODate))};
    return {};
}

} // namespace

/// Resolves times, fixes what can be fixed (with a note), refuses what is past the limits,
/// and fills in rooms, tracks and dates.
Result<Frab::Schedule> finish(Frab::Schedule s, QList<RawEvent> raw, const QString& fileName)
{
    if (auto named = checkNames(s, fileName); !named)
        return named.error();
    const QTimeZone zone = resolveZone(s, raw, fileName);
    if (auto resolved = resolveEvents(s, raw, zone, fileName); !resolved)
        return resolved.error();
    sortByStartAndRoom(s);
    if (auto dated = setDays(s, fileName); !dated)
        return dated.error();
    if (auto ended = checkEventsEndInTime(s, fileName); !ended)
        return ended.error();
    if (s.acronym.isEmpty())
        s.acronym = acronymOf(s.title);
    return s;
}

} // namespace frabinternal

using namespace frabinternal;

Result<Frab::Schedule> Frab::parse(const QByteArray& data, const QString& fileName)
{
    QByteArray head = data.left(4096).trimmed();
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.mid(3).trimmed();
    if (head.isEmpty())
        return Error{Error::Invalid, tr("%1 is empty.").arg(fileName)};
    if (data.size() > kMaxBytes)
        return Error{Error::Invalid, tr("%1 is %2 MB; a frab schedule is at most %3 MB.")
                                         .arg(fileName)
                                         .arg(data.size() >> 20)
                                         .arg(kMaxBytes >> 20)};
    const bool xml = head.startsWith('<');
    if (!xml && !head.startsWith('{'))
        return looksUtf16(data) ? utf16(fileName)
                                : Error{Error::Invalid,
                                        tr("%1 is neither XML nor JSON, so it is not a frab schedule.").arg(fileName)};
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
        return Error{
            Error::Invalid,
            tr("%1 is %2 MB; a frab schedule is at most %3 MB.").arg(name).arg(file.size() >> 20).arg(kMaxBytes >> 20)};
    const QByteArray data = file.read(kMaxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Error{Error::Failed, tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    if (data.size() > kMaxBytes)
        return Error{Error::Invalid,
                     tr("%1 is larger than %2 MB, the most a frab schedule may be.").arg(name).arg(kMaxBytes >> 20)};
    return parse(data, name);
}

} // namespace coe
