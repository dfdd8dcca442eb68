// SPDX-License-Identifier: GPL-3.0-or-later
// Summit warnings: every clash the timetable can hold, computed from a Summit value in one
// pass (sorted sweeps, no pairwise scan of all slots), with stable keys so a lead can
// acknowledge one and stop it nagging.
#pragma once

#include "domain/summit.h"

#include <QCoreApplication>
#include <QHash>

namespace coe {

struct SummitWarning
{
    enum Kind
    {
        RoomOverlap,        ///< two items overlap in one room
        SpeakerOverlap,     ///< a speaker is in two overlapping items
        SpeakerUnavailable, ///< a speaker is scheduled outside their availability
        OverCapacity,       ///< expected audience above the room's capacity
        MissingEquipment,   ///< the item needs equipment the room lacks
        OutsideVenueHours,  ///< the slot is outside the summit's days or daily hours
        SpeakerGap,         ///< a speaker changes rooms with less than the minimum gap
    };
    Kind kind = RoomOverlap;
    QString key;     ///< stable identity, e.g. "room-overlap:12:15" (slot ids)
    QString message; ///< one sentence for people: what, where, when
    QList<Id> itemIds;
    QList<Id> slotIds;
    Id roomId = 0;
    Id personId = 0;
    QDateTime at; ///< when the first slot involved starts
    bool acknowledged = false;
    QString note; ///< the acknowledgement's note

    /// Machine name of a kind: room-overlap, speaker-overlap, speaker-unavailable,
    /// over-capacity, missing-equipment, outside-venue-hours, speaker-gap.
    static QString kindName(Kind kind);
};

class Conflicts
{
    Q_DECLARE_TR_FUNCTIONS(coe::Conflicts)

public:
    /// Every warning of @p summit, ordered by time, then kind. @p personNames names speakers
    /// in messages. Acknowledged warnings (Summit::acknowledgements) are marked, not dropped.
    static QList<SummitWarning> find(const Summit& summit, const QHash<Id, QString>& personNames);
};

} // namespace coe
