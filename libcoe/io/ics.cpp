// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ics.h"

#include "core/buildinfo.h"
#include "core/timezone.h"

#include <QCryptographicHash>
#include <QMap>

namespace coe {

namespace {

QString offset(int seconds)
{
    const QChar sign = seconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    seconds = std::abs(seconds);
    return QStringLiteral("%1%2%3")
        .arg(sign)
        .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg(seconds % 3600 / 60, 2, 10, QLatin1Char('0'));
}

QString localStamp(const QDateTime& wall)
{
    return wall.toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
}

QString utcStamp(const QDateTime& utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

/// VTIMEZONE for @p zone, with every transition from a year before @p from to a year after
/// @p to (RFC 5545 3.6.5: DTSTART is the local time before the change, in TZOFFSETFROM).
QStringList timeZoneLines(const QTimeZone& zone, const QDate& from, const QDate& to)
{
    QStringList lines{QStringLiteral("BEGIN:VTIMEZONE"), QStringLiteral("TZID:") + TimeZones::name(zone)};
    const QDateTime start(QDate(from.year() - 1, 1, 1), QTime(0, 0), QTimeZone(QTimeZone::UTC));
    const QDateTime end(QDate(to.year() + 1, 12, 31), QTime(23, 59), QTimeZone(QTimeZone::UTC));
    const QTimeZone::OffsetDataList transitions = zone.transitions(start, end);
    int before = zone.offsetFromUtc(start);
    if (transitions.isEmpty()) {
        const QString name = zone.abbreviation(start);
        lines << QStringLiteral("BEGIN:STANDARD") << QStringLiteral("DTSTART:19700101T000000")
              << QStringLiteral("TZOFFSETFROM:") + offset(before) << QStringLiteral("TZOFFSETTO:") + offset(before)
              << QStringLiteral("TZNAME:") + Ics::escape(name) << QStringLiteral("END:STANDARD");
    }
    for (const QTimeZone::OffsetData& t : transitions) {
        const QString kind = t.daylightTimeOffset != 0 ? QStringLiteral("DAYLIGHT") : QStringLiteral("STANDARD");
        const QDateTime onset = t.atUtc.toUTC().addSecs(before);
        lines << QStringLiteral("BEGIN:") + kind
              << QStringLiteral("DTSTART:") + localStamp(QDateTime(onset.date(), onset.time()))
              << QStringLiteral("TZOFFSETFROM:") + offset(before)
              << QStringLiteral("TZOFFSETTO:") + offset(t.offsetFromUtc);
        if (!t.abbreviation.isEmpty())
            lines << QStringLiteral("TZNAME:") + Ics::escape(t.abbreviation);
        lines << QStringLiteral("END:") + kind;
        before = t.offsetFromUtc;
    }
    lines << QStringLiteral("END:VTIMEZONE");
    return lines;
}

/// Times in UTC are written as UTC ("…Z"); every other zone by TZID with a VTIMEZONE.
bool writesUtc(const QTimeZone& zone)
{
    const QString name = TimeZones::name(zone);
    return name == QLatin1String("UTC") || name == QLatin1String("Etc/UTC");
}

/// DTSTART or DTEND for the wall clock @p wall in @p zone.
QString when(const QString& property, const QDateTime& wall, const QTimeZone& zone)
{
    const QDateTime instant = TimeZones::atWallClock(wall, zone);
    if (writesUtc(zone))
        return property + QLatin1Char(':') + utcStamp(instant);
    // A parameter value with ':' (a fixed offset, UTC+01:00) must be quoted (RFC 5545 3.1).
    const QString tzid = TimeZones::name(zone);
    const bool quote =
        tzid.contains(QLatin1Char(':')) || tzid.contains(QLatin1Char(';')) || tzid.contains(QLatin1Char(','));
    return property + QStringLiteral(";TZID=") + (quote ? QLatin1Char('"') + tzid + QLatin1Char('"') : tzid) +
           QLatin1Char(':') + localStamp(instant);
}

/// Twelve hex digits of a seed's SHA-256: makes UIDs unique across workspaces, stable within one.
QString uidTag(const QByteArray& seed)
{
    return QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex().left(12));
}

/// The lines that open a VCALENDAR named @p name.
QStringList calendarHead(const QString& name)
{
    return {QStringLiteral("BEGIN:VCALENDAR"),
            QStringLiteral("VERSION:2.0"),
            QStringLiteral("PRODID:-//CoE Studio//CoE Studio %1//EN").arg(BuildInfo::appVersion()),
            QStringLiteral("CALSCALE:GREGORIAN"),
            QStringLiteral("METHOD:PUBLISH"),
            QStringLiteral("X-WR-CALNAME:") + Ics::escape(name)};
}

} // namespace

QString Ics::escape(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(',')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += QStringLiteral("\\n");
        } else if (c == QLatin1Char('\n')) {
            out += QStringLiteral("\\n");
        } else if (c.unicode() < 0x20 && c != QLatin1Char('\t')) {
            continue; // other control characters are not allowed in TEXT
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray Ics::fold(const QString& line)
{
    const QByteArray bytes = line.toUtf8();
    QByteArray out;
    out.reserve(bytes.size() + bytes.size() / 70 * 3 + 2);
    qsizetype lineOctets = 0;
    for (qsizetype i = 0; i < bytes.size();) {
        // One whole UTF-8 character: a lead byte and its continuation bytes (10xxxxxx).
        qsizetype next = i + 1;
        while (next < bytes.size() && (uchar(bytes.at(next)) & 0xC0) == 0x80)
            ++next;
        const qsizetype width = next - i;
        if (lineOctets + width > 75) {
            out += "\r\n ";
            lineOctets = 1; // the leading space counts
        }
        out += bytes.mid(i, width);
        lineOctets += width;
        i = next;
    }
    out += "\r\n";
    return out;
}

QString Ics::uid(const Summit& summit, const Slot& slot, const QString& workspaceKey)
{
    const QByteArray seed = QStringLiteral("%1/%2/%3").arg(workspaceKey).arg(summit.id).arg(slot.id).toUtf8();
    return QStringLiteral("summit%1-slot%2-%3@coe-studio").arg(summit.id).arg(slot.id).arg(uidTag(seed));
}

QByteArray Ics::sessionsCalendar(const QList<Session>& sessions, const QHash<Id, Person>& people,
                                 const QHash<Id, QString>& skills, const QString& workspaceKey, const QDateTime& stamp,
                                 const QTimeZone& workspaceZone)
{
    QStringList lines = calendarHead(tr("Knowledge-transfer sessions"));
    // One VTIMEZONE per zone the sessions are planned in, covering their dates.
    QMap<QString, std::pair<QTimeZone, std::pair<QDate, QDate>>> zones;
    for (const Session& s : sessions) {
        const QTimeZone zone = s.zone(workspaceZone);
        if (writesUtc(zone))
            continue;
        auto it = zones.find(TimeZones::name(zone));
        if (it == zones.end())
            it = zones.insert(TimeZones::name(zone), {zone, {s.startsAt.date(), s.startsAt.date()}});
        it->second.first = std::min(it->second.first, s.startsAt.date());
        it->second.second = std::max(it->second.second, s.startsAt.date());
    }
    for (const auto& [zone, dates] : std::as_const(zones))
        lines << timeZoneLines(zone, dates.first, dates.second);
    const auto address = [](const Person& p) {
        const QString name = QStringLiteral("CN=\"%1\"").arg(QString(p.name).remove(QLatin1Char('"')));
        return p.email.isEmpty() ? QStringLiteral("%1:urn:x-coe-studio:person:%2").arg(name).arg(p.id)
                                 : QStringLiteral("%1:mailto:%2").arg(name, p.email);
    };
    for (const Session& s : sessions) {
        const QByteArray seed = QStringLiteral("%1/session/%2").arg(workspaceKey).arg(s.id).toUtf8();
        QStringList skillNames;
        for (Id id : s.skillIds)
            skillNames << skills.value(id);
        QStringList about;
        if (!skillNames.isEmpty())
            about << tr("Skills: %1").arg(skillNames.join(QStringLiteral(", ")));
        if (!s.link.isEmpty())
            about << s.link;
        lines << QStringLiteral("BEGIN:VEVENT")
              << QStringLiteral("UID:session%1-%2@coe-studio").arg(s.id).arg(uidTag(seed))
              << QStringLiteral("DTSTAMP:") + utcStamp(stamp)
              << when(QStringLiteral("DTSTART"), s.startsAt, s.zone(workspaceZone))
              << when(QStringLiteral("DTEND"), s.startsAt.addSecs(qint64(s.durationMinutes) * 60),
                      s.zone(workspaceZone))
              << QStringLiteral("SUMMARY:") + escape(s.title);
        if (!s.location.isEmpty() || !s.link.isEmpty())
            lines << QStringLiteral("LOCATION:") + escape(s.location.isEmpty() ? s.link : s.location);
        if (!about.isEmpty())
            lines << QStringLiteral("DESCRIPTION:") + escape(about.join(QLatin1Char('\n')));
        if (!s.link.isEmpty())
            lines << QStringLiteral("URL:") + s.link;
        if (people.contains(s.instructorId))
            lines << QStringLiteral("ORGANIZER;") + address(people.value(s.instructorId));
        for (const Attendee& a : s.attendees)
            if (people.contains(a.personId))
                lines << QStringLiteral("ATTENDEE;ROLE=REQ-PARTICIPANT;") + address(people.value(a.personId));
        lines << QStringLiteral("END:VEVENT");
    }
    lines << QStringLiteral("END:VCALENDAR");
    QByteArray out;
    for (const QString& line : std::as_const(lines))
        out += fold(line);
    return out;
}

QByteArray Ics::summitCalendar(const Summit& summit, const Options& options)
{
    const QTimeZone zone = summit.zone();
    QStringList lines = calendarHead(summit.name);
    if (!writesUtc(zone)) {
        lines << QStringLiteral("X-WR-TIMEZONE:") + TimeZones::name(zone);
        lines << timeZoneLines(zone, summit.startsOn, summit.endsOn);
    }
    struct Event
    {
        const SummitItem* item;
        const Slot* slot;
    };
    QList<Event> events;
    for (const SummitItem& item : summit.items) {
        if (options.speaker && !item.speakerIds.contains(*options.speaker))
            continue;
        for (const Slot& slot : item.slots)
            events.append({&item, &slot});
    }
    std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
        return std::tie(a.slot->startsAt, a.slot->roomId, a.slot->id) <
               std::tie(b.slot->startsAt, b.slot->roomId, b.slot->id);
    });
    for (const Event& e : std::as_const(events)) {
        const Room* room = summit.room(e.slot->roomId);
        const Track* track = summit.track(e.item->trackId);
        QStringList speakers;
        for (Id person : e.item->speakerIds)
            speakers << options.people.value(person, tr("Person %1").arg(person));
        QStringList about;
        QString head = SummitItem::kindName(e.item->kind);
        head[0] = head.at(0).toUpper();
        if (track)
            head += QStringLiteral(" · ") + track->name;
        about << head;
        if (!speakers.isEmpty())
            about << tr("Speakers: %1").arg(speakers.join(QStringLiteral(", ")));
        if (!e.item->abstract.trimmed().isEmpty())
            about << QString() << e.item->abstract.trimmed();
        QStringList location;
        if (room)
            location << room->name;
        if (!summit.venue.isEmpty())
            location << summit.venue;
        lines << QStringLiteral("BEGIN:VEVENT") << QStringLiteral("UID:") + uid(summit, *e.slot, options.workspaceKey)
              << QStringLiteral("DTSTAMP:") + utcStamp(options.stamp)
              << when(QStringLiteral("DTSTART"), e.slot->startsAt, zone)
              << when(QStringLiteral("DTEND"), e.slot->endsAt, zone)
              << QStringLiteral("SUMMARY:") + escape(e.item->title)
              << QStringLiteral("LOCATION:") + escape(location.join(QStringLiteral(", ")))
              << QStringLiteral("DESCRIPTION:") + escape(about.join(QLatin1Char('\n')));
        if (track)
            lines << QStringLiteral("CATEGORIES:") + escape(track->name);
        lines << QStringLiteral("SEQUENCE:%1").arg(std::max(0, e.slot->version - 1)) << QStringLiteral("END:VEVENT");
    }
    lines << QStringLiteral("END:VCALENDAR");
    QByteArray out;
    for (const QString& line : std::as_const(lines))
        out += fold(line);
    return out;
}

} // namespace coe
