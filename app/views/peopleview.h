// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableView;

namespace coe {
class PeopleFilterModel;
class PeopleModel;
class Workspace;
} // namespace coe

namespace coe::ui {

class PersonEditor;

/// People & teams: teams and roles on the left, the people of the chosen team in the middle
/// (search, internal/external filter, multi-select delete), the selected person on the right.
class PeopleView : public QWidget
{
    Q_OBJECT

public:
    explicit PeopleView(Workspace& workspace, QWidget* parent = nullptr);

    PeopleModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    void addPerson();
    /// Shows and selects @p person, clearing the search and filters that hide them.
    void selectPerson(Id person);
    void deleteSelected();

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    QGroupBox* makeTeamsBox();
    QGroupBox* makeRolesBox();
    QWidget* makePeopleList();
    void editTeamRequirements();
    void editRoleTargets();
    void refreshTeams();
    void refreshRoles();
    void addTeam();
    void renameTeam();
    void deleteTeam();
    void addRole();
    void renameRole();
    void deleteRole();
    void showError(const QString& message);
    void updateCount();

    Workspace& m_workspace;
    PeopleModel* m_model = nullptr;
    PeopleFilterModel* m_filter = nullptr;
    QListWidget* m_teams = nullptr;
    QListWidget* m_roles = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_type = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_empty = nullptr;
    PersonEditor* m_editor = nullptr;
};

} // namespace coe::ui
