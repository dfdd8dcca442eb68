// SPDX-License-Identifier: GPL-3.0-or-later
// iCalendar (RFC 5545) for a summit's scheduled items: what calendar apps import.
#pragma once

#include "domain/summit.h"
#include "domain/transfer.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

namespace coe {

class Ics
{
    Q_DECLARE_TR_FUNCTIONS(coe::Ics)

public:
    struct Options
    {
        QHash<Id, QString> people; ///< speaker names
        std::optional<Id> speaker; ///< only this person's items
        QString workspaceKey;      ///< makes UIDs unique across workspaces (e.g. its creation time)
        QDateTime stamp = QDateTime::currentDateTimeUtc(); ///< DTSTAMP
    };

    /// A VCALENDAR with one VEVENT per scheduled slot, DTSTART/DTEND in the summit's time
    /// zone (TZID: an IANA name or a fixed offset such as UTC+01:00) with a VTIMEZONE built
    /// from its transitions (UTC when the zone is UTC or unknown).
    /// Lines end in CRLF and are folded at 75 octets, never inside a UTF-8 character.
    static QByteArray summitCalendar(const Summit& summit, const Options& options);

    /// Knowledge-transfer sessions: one VEVENT each, DTSTART/DTEND in the session's zone
    /// (@p workspaceZone for a session that names none) with a VTIMEZONE per zone, the
    /// instructor as ORGANIZER and an ATTENDEE line per attendee.
    static QByteArray sessionsCalendar(const QList<Session>& sessions, const QHash<Id, Person>& people,
                                       const QHash<Id, QString>& skills, const QString& workspaceKey,
                                       const QDateTime& stamp = QDateTime::currentDateTimeUtc(),
                                       const QTimeZone& workspaceZone = QTimeZone::systemTimeZone());

    /// TEXT value escaping: backslash, semicolon, comma and newlines.
    static QString escape(const QString& text);
    /// One content line, folded, with its CRLF.
    static QByteArray fold(const QString& line);
    /// The UID of a slot's event: stable across exports of the same workspace.
    static QString uid(const Summit& summit, const Slot& slot, const QString& workspaceKey);
};

} // namespace coe
