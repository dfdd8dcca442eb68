// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace coe {
class PeopleModel;
class Workspace;
} // namespace coe

namespace coe::ui {

/// The inspector for one person: edits are saved when a field is left (one undo step each);
/// a refused edit shows why under the form and puts the field back.
class PersonEditor : public QWidget
{
    Q_OBJECT

public:
    PersonEditor(Workspace& workspace, PeopleModel& model, QWidget* parent = nullptr);

    /// Shows person @p id (0: nothing selected).
    void showPerson(Id id);
    Id personId() const { return m_id; }

private:
    void refresh();
    void commit();
    void fillChoices();

    Workspace& m_workspace;
    PeopleModel& m_model;
    Id m_id = 0;
    bool m_loading = false;
    QLabel* m_heading = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_email = nullptr;
    QComboBox* m_team = nullptr;
    QComboBox* m_role = nullptr;
    QCheckBox* m_external = nullptr;
    QComboBox* m_timeZone = nullptr;
    QLabel* m_error = nullptr;
    QWidget* m_form = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace coe::ui
