// SPDX-License-Identifier: GPL-3.0-or-later
// Summit value types: rooms, tracks, items, their slots and speakers' availability.
#pragma once

#include "domain/entities.h"

#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QTime>
#include <QTimeZone>

namespace coe {

/// Minutes of a wall-clock date and time, ignoring its time spec: slots are stored as the
/// summit's local wall clock (see core/timezone.h), and comparisons must not depend on the
/// machine's zone.
qint64 wallMinutes(const QDateTime& dateTime);

struct Room
{
    Id id = 0;
    QString name;
    int capacity = 0;
    QStringList equipment;
    int position = 0;
    int version = 0;
};

struct Track
{
    Id id = 0;
    QString name;
    QColor color;
    int version = 0;

    /// The colour for the @p index-th new track: eight that tell apart on screen and in print.
    static QColor paletteColor(qsizetype index);
};

/// Where and when an item takes place. A break or plenary may have one slot per room.
struct Slot
{
    Id id = 0;
    Id itemId = 0;
    Id roomId = 0;
    QDateTime startsAt; ///< wall clock in the summit's time zone (Summit::instant() gives the instant)
    QDateTime endsAt;   ///< wall clock in the summit's time zone
    int version = 0;
};

struct SummitItem
{
    enum Kind
    {
        Talk,
        Workshop,
        Lightning,
        Plenary,
        Break
    };
    Id id = 0;
    Kind kind = Talk;
    QString title;
    QString abstract;
    Id trackId = 0;
    int expectedAudience = 0;
    QStringList equipment;
    int durationMinutes = 30; ///< at least 5; as long as the summit's days allow
    QString guid;             ///< the frab guid a schedule gave it; empty for items made here
    qint64 frabId = 0;        ///< the frab event id a schedule gave it; 0 for items made here
    QString slug;             ///< the frab slug a schedule gave it; empty for items made here
    QList<Id> speakerIds;
    QList<Id> skillIds;
    QList<Slot> slots;
    int version = 0;

    static QString kindName(Kind kind);  ///< machine name: talk, workshop, …
    static QString kindLabel(Kind kind); ///< for people: Talk, Workshop, Lightning talk, …
    static std::optional<Kind> kindFromName(const QString& name);
};

struct SpeakerAvailability
{
    Id id = 0;
    Id personId = 0;
    QDate day;
    QTime from;
    QTime to;
};

struct Summit
{
    Id id = 0;
    QString name;
    QString venue;
    QString timeZone = QStringLiteral("UTC");
    QDate startsOn;
    QDate endsOn;
    QTime dayStarts = QTime(9, 0);
    QTime dayEnds = QTime(17, 30);
    int minSpeakerGapMinutes = 10;
    QList<Room> rooms;
    QList<Track> tracks;
    QList<SummitItem> items;
    QList<SpeakerAvailability> availability;
    QHash<QString, QString> acknowledgements; ///< warning key → note
    int version = 0;

    const Room* room(Id id) const;
    const Track* track(Id id) const;
    const SummitItem* item(Id id) const;
    /// The summit's time zone (an IANA name or a fixed offset); UTC when the stored id is
    /// unknown to this system.
    QTimeZone zone() const;
    /// The instant of a slot's wall clock @p wall in the summit's zone.
    QDateTime instant(const QDateTime& wall) const;
};

} // namespace coe
