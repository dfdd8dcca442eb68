// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/transfer.h"

#include <QHash>
#include <QList>
#include <QTimeZone>

#include <memory>

namespace coe {
class MatrixData;
class Workspace;
} // namespace coe

namespace coe::ui {

/// What the parts of the Sessions view share: the sessions in order of their start, the pending
/// level proposals, the names of people and skills, the matrix's levels (read when first asked
/// for), which session is shown — a saved one, or a new one that is not saved yet — and the
/// zones: a session's start is stored in its zone (its own, else the workspace's) and shown in
/// the user's.
class SessionsContext
{
public:
    explicit SessionsContext(Workspace& workspace);
    ~SessionsContext();

    Workspace& workspace() const { return m_workspace; }

    /// Reads the sessions, the proposals and the names again; false, with nothing changed, when
    /// one of them could not be read.
    bool read();
    const QList<Session>& sessions() const { return m_sessions; }
    const QList<LevelProposal>& pending() const { return m_pending; }
    const QHash<Id, QString>& people() const { return m_people; }
    const QHash<Id, QString>& skillNames() const { return m_skillNames; }

    /// The zone of sessions that name none, and of new ones (the system's when the workspace's
    /// could not be read: workspaceZoneProblem() then says why).
    const QTimeZone& workspaceZone() const { return m_workspaceZone; }
    QString workspaceZoneProblem() const { return m_workspaceZoneProblem; }
    /// The user's zone, in which the view shows times: the system's (TZ chooses it, as in tests).
    static QTimeZone userZone();
    /// When @p session starts, on the user's wall clock (a local time without a zone).
    QDateTime shownStart(const Session& session) const;
    /// "16:00 Europe/Berlin" (with the day when that differs): the start on the session's own
    /// clock, when that differs from the user's; empty when both show the same time.
    QString ownTime(const Session& session) const;

    /// The matrix's levels and targets, read once and kept until forgetLevels(); nullptr when
    /// they could not be read.
    const MatrixData* levels();
    void forgetLevels();

    /// The session shown: the saved one with currentId(), else the draft when it has a title.
    const Session* current() const;
    Id currentId() const { return m_currentId; }
    /// Shows the saved session @p id (0: none) and drops the draft.
    void setCurrent(Id id);
    /// Shows @p draft, a new session that is not saved yet.
    void setDraft(const Session& draft);

private:
    Workspace& m_workspace;
    QList<Session> m_sessions;
    QList<LevelProposal> m_pending;
    QHash<Id, QString> m_people;
    QHash<Id, QString> m_skillNames;
    QTimeZone m_workspaceZone = QTimeZone::systemTimeZone();
    QString m_workspaceZoneProblem;
    std::unique_ptr<MatrixData> m_levels;
    Id m_currentId = 0;
    Session m_draft; ///< a new session not saved yet (id 0)
};

} // namespace coe::ui
