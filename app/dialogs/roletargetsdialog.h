// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QDialog>

class QTableWidget;

namespace coe {
class Workspace;
}

namespace coe::ui {

/// The target level a role sets per skill; the skill matrix marks people of the role below
/// it. Saved as one undo step when accepted.
class RoleTargetsDialog : public QDialog
{
    Q_OBJECT

public:
    RoleTargetsDialog(Workspace& workspace, Id role, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    /// Why the role, its targets or the skills could not be read, or "": show it instead of
    /// the dialog (which then cannot save).
    QString loadError() const { return m_loadError; }
    /// Saves the targets (one undo step); returns an error message or "".
    QString save();

private:
    Workspace& m_workspace;
    Id m_role;
    QTableWidget* m_table = nullptr;
    QString m_loadError;
};

} // namespace coe::ui
