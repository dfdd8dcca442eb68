// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QDialog>

class QLineEdit;
class QTableWidget;

namespace coe {
class Workspace;
}

namespace coe::ui {

/// A team's skill requirements: which skills it must cover, how many internal people must be
/// Independent in each, and where a Teacher is required. Readiness is computed from these.
/// Saved as one undo step when accepted.
class RequirementsDialog : public QDialog
{
    Q_OBJECT

public:
    RequirementsDialog(Workspace& workspace, Id team, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    /// The requirements as the table shows them.
    QList<TeamRequirement> requirements() const;
    /// Why the team, its requirements or the skills could not be read, or "": show it instead
    /// of the dialog (which then cannot save).
    QString loadError() const { return m_loadError; }
    /// Saves them (one undo step); returns an error message or "".
    QString save();

private:
    void filter(const QString& text);

    Workspace& m_workspace;
    Id m_team;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_search = nullptr;
    QString m_loadError;
};

} // namespace coe::ui
