// SPDX-License-Identifier: GPL-3.0-or-later
// Knowledge-transfer value types: engagements with capabilities moving through the phases,
// and bite-sized sessions with attendees, apply tasks and level proposals.
#pragma once

#include "core/timezone.h"
#include "domain/entities.h"

#include <QDateTime>
#include <QList>

namespace coe {

/// Where a capability stands in the hand-over from the experts to the staff.
enum class Phase
{
    ExpertLeads = 0, ///< the expert does it; staff shadow
    Pairing = 1,     ///< elbow to elbow; the expert coaches
    StaffLeads = 2,  ///< staff do it; the expert mentors
    HandedOver = 3,  ///< staff run it on their own
};

struct PhaseChange
{
    Id id = 0;
    Phase phase = Phase::ExpertLeads;
    QDate changedOn;
    Id confirmedBy = 0;
    QString note;
};

struct Capability
{
    Id id = 0;
    Id engagementId = 0;
    QString name;
    QString description;
    Id ownerId = 0;  ///< internal owner
    Id expertId = 0; ///< the expert handing it over
    QList<Id> skillIds;
    QList<PhaseChange> history; ///< oldest first; the last is the current phase
    int version = 0;

    Phase phase() const { return history.isEmpty() ? Phase::ExpertLeads : history.last().phase; }
};

struct Engagement
{
    Id id = 0;
    QString name;
    Id teamId = 0;
    QDate startsOn;
    QDate rollOffOn;
    QList<Id> consultantIds;
    QList<Capability> capabilities;
    int version = 0;
};

struct Attendee
{
    Id personId = 0;
    std::optional<bool> attended; ///< empty until the session has happened
};

struct ApplyTask
{
    Id id = 0;
    Id sessionId = 0;
    Id personId = 0;
    QString description;
    QDate dueOn;
    QDate doneOn;
    QString outcome;
    int version = 0;
};

struct LevelProposal
{
    enum Status
    {
        Pending,
        Accepted,
        Rejected
    };
    Id id = 0;
    Id applyTaskId = 0;
    Id skillId = 0;
    std::optional<int> fromLevel;
    int toLevel = 0;
    Status status = Pending;
    QString reason;
    QDate decidedOn;
    Id assessmentId = 0;
    int version = 0;
};

/// A bite-sized knowledge-transfer class: learn, see it applied, apply it.
struct Session
{
    Id id = 0;
    QString title;
    Id instructorId = 0;
    QDateTime startsAt; ///< wall clock in the session's zone (zone())
    QString timeZone;   ///< an IANA name or a fixed offset; empty: the workspace's zone
    int durationMinutes = 45;
    QString location;
    QString link;
    QString learnMarkdown;
    QString seeMarkdown;
    QString applyMarkdown;
    QList<Id> skillIds;
    QList<Attendee> attendees;
    QList<ApplyTask> tasks;
    int version = 0;

    /// The session's zone: its own, or @p workspaceZone when it names none or one unknown here.
    QTimeZone zone(const QTimeZone& workspaceZone) const
    {
        const QTimeZone own = TimeZones::fromId(timeZone);
        return own.isValid() ? own : workspaceZone;
    }
    /// The instant the session starts.
    QDateTime startInstant(const QTimeZone& workspaceZone) const
    {
        return TimeZones::atWallClock(startsAt, zone(workspaceZone));
    }
};

} // namespace coe
