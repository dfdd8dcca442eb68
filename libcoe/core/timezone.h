// SPDX-License-Identifier: GPL-3.0-or-later
// Time zones as CoE Studio keeps them. An instant is stored as the wall clock of its zone
// beside the zone's id: an IANA name ("Europe/Berlin") or, when a source gave only a UTC
// offset, a fixed offset ("UTC+01:00"). Both are QTimeZone ids, so one lookup serves both.
// The app shows times in the user's zone and says so where that differs from the source's.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace coe {

/// Reading, naming and formatting the zones of summits and sessions.
class TimeZones
{
    Q_DECLARE_TR_FUNCTIONS(coe::TimeZones)

public:
    /// Whose zone a time was planned in, for the note that says so.
    enum class Source
    {
        Summit,  ///< a summit's slots
        Session, ///< a knowledge-transfer session
    };

    /// The zone named @p id (an IANA name or "UTC+01:00"); invalid when this system has no such zone.
    static QTimeZone fromId(const QString& id);
    /// The id of a fixed offset @p secondsEastOfUtc: "UTC", "UTC+01:00", "UTC-04:30".
    static QString fixedOffsetId(int secondsEastOfUtc);
    /// True for a zone that is only an offset from UTC (no name, no daylight saving).
    static bool isFixedOffset(const QString& id);
    /// The instant when the wall clock in @p zone shows @p wall's date and time (@p wall's own
    /// time spec is ignored): how a stored slot or session start becomes an instant.
    static QDateTime atWallClock(const QDateTime& wall, const QTimeZone& zone);
    /// The wall clock of @p instant in @p zone, as local time without a zone (how it is stored).
    static QDateTime wallClock(const QDateTime& instant, const QTimeZone& zone);
    /// The zone's id for people: "Europe/Berlin", "UTC+01:00".
    static QString name(const QTimeZone& zone);
    /// @p instant shown in @p zone, by default as "2025-03-27 09:00".
    static QString format(const QDateTime& instant, const QTimeZone& zone,
                          const QString& pattern = QStringLiteral("yyyy-MM-dd HH:mm"));
    /// "Times are shown in your zone (Europe/Berlin); the summit's is America/New_York." when
    /// @p shown and @p planned differ at @p when, empty when they show the same wall clock.
    static QString shownInNote(const QTimeZone& shown, const QTimeZone& planned, Source source, const QDateTime& when);
};

} // namespace coe
