// SPDX-License-Identifier: GPL-3.0-or-later
// Knowledge-transfer edits, each one undo step: phase changes, sessions with their attendees
// and apply tasks, finishing a task (which proposes level changes) and deciding proposals.
#pragma once

#include "core/result.h"
#include "domain/transfer.h"

#include <QCoreApplication>

namespace coe {
class MatrixData;
class Workspace;
} // namespace coe

namespace coe::commands {

/// One proposal to accept with what its assessment note names: who, which session, the outcome.
struct ProposalDecision
{
    LevelProposal proposal;
    Id person = 0;
    QString sessionTitle;
    QString outcome;
};

class TransferEdits
{
    Q_DECLARE_TR_FUNCTIONS(coe::commands::TransferEdits)

public:
    /// Inserts (id 0) or updates an engagement with its consultants.
    static Result<Id> saveEngagement(Workspace& ws, const Engagement& engagement, const Engagement* before);
    static Result<void> deleteEngagement(Workspace& ws, const Engagement& engagement);
    /// Inserts (id 0, starting at Expert leads today) or updates a capability with its skills.
    static Result<Id> saveCapability(Workspace& ws, const Capability& capability, const Capability* before);
    static Result<void> deleteCapability(Workspace& ws, const Capability& capability);
    /// Changes what an Apply task asks for and by when.
    static Result<void> editTask(Workspace& ws, const ApplyTask& task, const QString& description, const QDate& due);
    /// Records @p capability moving to @p phase on @p on, confirmed by a person, with a note.
    /// Moving backwards needs the note as its reason.
    static Result<void> changePhase(Workspace& ws, const Capability& capability, Phase phase, const QDate& on,
                                    Id confirmedBy, const QString& note);
    /// Inserts (id 0) or updates a session: its skills, attendees and attendance. A new
    /// attendee gets an Apply task due two weeks after the session; a removed one loses theirs.
    /// The session's time_zone is saved too: '' for the workspace's zone, or one
    /// TimeZones::fromId knows (an IANA name or a fixed offset); any other is refused.
    static Result<Id> saveSession(Workspace& ws, const Session& session, const Session* before);
    static Result<void> deleteSession(Workspace& ws, const Session& session);
    /// Makes @p zone (an IANA name such as Europe/Berlin, or a fixed offset such as UTC+01:00)
    /// the workspace's zone: new sessions get it, and sessions that name no zone of their own
    /// are read in it (they keep their wall clock). One undo step; an unknown zone is refused.
    static Result<void> setWorkspaceZone(Workspace& ws, const QString& zone);
    /// Marks an Apply task done with its outcome and proposes, for each of the session's
    /// skills, the attendee's next level (from their effective level in @p levels).
    static Result<int> completeTask(Workspace& ws, const Session& session, const ApplyTask& task, const QDate& doneOn,
                                    const QString& outcome, const MatrixData& levels);
    /// Accepts a proposal: a lead assessment at the proposed level, noting the session.
    static Result<void> accept(Workspace& ws, const LevelProposal& proposal, Id person, const QString& sessionTitle,
                               const QString& outcome);
    /// Accepts several proposals as one undo step; nothing is written when one was decided already.
    static Result<void> acceptAll(Workspace& ws, const QList<ProposalDecision>& decisions);
    /// Rejects a proposal with a reason (required).
    static Result<void> reject(Workspace& ws, const LevelProposal& proposal, const QString& reason);
    /// Rejects several proposals with one reason, as one undo step.
    static Result<void> rejectAll(Workspace& ws, const QList<LevelProposal>& proposals, const QString& reason);
};

} // namespace coe::commands
