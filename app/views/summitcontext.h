// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "domain/summit.h"
#include "planning/conflicts.h"
#include "planning/releases.h"

#include <QHash>
#include <QList>

class QWidget;

namespace coe {
class Workspace;
}

namespace coe::ui {

/// What the parts of the Summits view share: the summits read, the one shown and its live
/// warnings, the people's names, what changed since its last release — and the view, where
/// errors are shown.
class SummitContext
{
public:
    SummitContext(Workspace& workspace, QWidget* view);

    Workspace& workspace() const { return m_workspace; }
    QWidget* view() const { return m_view; }

    /// Reads the summits and the people's names again; nothing changes when that fails. The
    /// summit shown stays if it is still there, else the first is shown.
    Result<void> read();
    const QList<Summit>& summits() const { return m_summits; }
    const QHash<Id, QString>& people() const { return m_people; }
    const Summit* current() const;
    Id currentId() const { return m_summitId; }
    void setCurrent(Id summit) { m_summitId = summit; }
    /// Finds the warnings of the summit shown again.
    void findWarnings();
    const QList<SummitWarning>& warnings() const { return m_warnings; }
    /// A slot of the summit shown, or nullptr.
    const Slot* slot(Id id) const;
    QHash<Id, QString> skillNames() const;

    /// The summit's latest release number (0: never released) and, when asked, what changed since.
    struct SinceRelease
    {
        int number = 0;
        QList<ScheduleChange> changes;
    };
    Result<SinceRelease> sinceRelease(const Summit& summit, bool withChanges) const;

    /// True for a success; else shows the error on the view and returns false.
    bool report(const Result<void>& result) const;

private:
    Workspace& m_workspace;
    QWidget* m_view;
    QList<Summit> m_summits;
    QHash<Id, QString> m_people;
    QList<SummitWarning> m_warnings;
    Id m_summitId = 0;
};

} // namespace coe::ui
