// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/peopleview.h"

#include "commands/edits.h"
#include "dialogs/requirementsdialog.h"
#include "dialogs/roletargetsdialog.h"
#include "models/peoplemodel.h"
#include "storage/catalog.h"
#include "storage/workspace.h"
#include "ui/prompter.h"
#include "widgets/flowlayout.h"
#include "widgets/personeditor.h"

#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QStackedLayout>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace coe::ui {

namespace {

constexpr Id kAllTeams = 0;
constexpr Id kNoTeam = -1;

QToolButton* toolButton(QWidget* parent, const QString& objectName, const QString& text, const QString& icon)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(text);
    button->setIcon(QIcon::fromTheme(icon));
    button->setToolButtonStyle(QIcon::hasThemeIcon(icon) ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextOnly);
    button->setAutoRaise(true);
    return button;
}

} // namespace

PeopleView::PeopleView(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_model(new PeopleModel(workspace, this)),
      m_filter(new PeopleFilterModel(this))
{
    setObjectName(QStringLiteral("peopleView"));
    m_filter->setSourceModel(m_model);
    m_filter->setSortCaseSensitivity(Qt::CaseInsensitive);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(makeTeamsBox(), 3);
    leftLayout->addWidget(makeRolesBox(), 2);
    QWidget* middle = makePeopleList();

    m_editor = new PersonEditor(workspace, *m_model, this);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(middle);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({fontMetrics().averageCharWidth() * 26, fontMetrics().averageCharWidth() * 90,
                        fontMetrics().averageCharWidth() * 36});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setText(text);
        updateCount();
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setType(PeopleFilterModel::Type(m_type->currentData().toInt()));
        updateCount();
    });
    connect(m_teams, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        m_filter->setTeam(item ? item->data(Qt::UserRole).toLongLong() : kAllTeams);
        updateCount();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_editor->showPerson(current.isValid() ? current.data(PeopleModel::IdRole).toLongLong() : 0);
            });
    connect(m_model, &PeopleModel::editFailed, this, &PeopleView::showError);
    connect(workspace.notifier(), &ChangeNotifier::changed, this, [this](const Change& change) {
        if (change.entity == Entity::Team || change.entity == Entity::Person || change.entity == Entity::Everything)
            refreshTeams();
        if (change.entity == Entity::Role || change.entity == Entity::Everything)
            refreshRoles();
        updateCount();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PeopleView::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PeopleView::updateCount);

    refreshTeams();
    refreshRoles();
    updateCount();
}

/// Teams: the list that filters the people, its buttons and the requirements dialog.
QGroupBox* PeopleView::makeTeamsBox()
{
    auto* teamsBox = new QGroupBox(tr("Teams"), this);
    m_teams = new QListWidget(teamsBox);
    m_teams->setObjectName(QStringLiteral("teamList"));
    auto* addTeamButton =
        toolButton(teamsBox, QStringLiteral("addTeamButton"), tr("Add team"), QStringLiteral("list-add"));
    auto* renameTeamButton =
        toolButton(teamsBox, QStringLiteral("renameTeamButton"), tr("Rename team"), QStringLiteral("edit-rename"));
    auto* deleteTeamButton =
        toolButton(teamsBox, QStringLiteral("deleteTeamButton"), tr("Delete team"), QStringLiteral("list-remove"));
    auto* teamButtons = new FlowLayout;
    teamButtons->setContentsMargins(0, 0, 0, 0);
    teamButtons->addWidget(addTeamButton);
    teamButtons->addWidget(renameTeamButton);
    teamButtons->addWidget(deleteTeamButton);
    auto* requirementsButton = new QToolButton(teamsBox);
    requirementsButton->setObjectName(QStringLiteral("teamRequirementsButton"));
    requirementsButton->setText(tr("Skill requirements…"));
    requirementsButton->setToolTip(tr("Which skills the selected team must cover, for readiness"));
    requirementsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* teamsLayout = new QVBoxLayout(teamsBox);
    teamsLayout->addWidget(m_teams);
    teamsLayout->addLayout(teamButtons);
    teamsLayout->addWidget(requirementsButton);
    connect(addTeamButton, &QToolButton::clicked, this, &PeopleView::addTeam);
    connect(renameTeamButton, &QToolButton::clicked, this, &PeopleView::renameTeam);
    connect(deleteTeamButton, &QToolButton::clicked, this, &PeopleView::deleteTeam);
    connect(requirementsButton, &QToolButton::clicked, this, &PeopleView::editTeamRequirements);
    return teamsBox;
}

/// Roles: their list, buttons and the targets dialog.
QGroupBox* PeopleView::makeRolesBox()
{
    auto* rolesBox = new QGroupBox(tr("Roles"), this);
    m_roles = new QListWidget(rolesBox);
    m_roles->setObjectName(QStringLiteral("roleList"));
    auto* addRoleButton =
        toolButton(rolesBox, QStringLiteral("addRoleButton"), tr("Add role"), QStringLiteral("list-add"));
    auto* renameRoleButton =
        toolButton(rolesBox, QStringLiteral("renameRoleButton"), tr("Rename role"), QStringLiteral("edit-rename"));
    auto* deleteRoleButton =
        toolButton(rolesBox, QStringLiteral("deleteRoleButton"), tr("Delete role"), QStringLiteral("list-remove"));
    auto* roleButtons = new FlowLayout;
    roleButtons->setContentsMargins(0, 0, 0, 0);
    roleButtons->addWidget(addRoleButton);
    roleButtons->addWidget(renameRoleButton);
    roleButtons->addWidget(deleteRoleButton);
    auto* targetsButton = new QToolButton(rolesBox);
    targetsButton->setObjectName(QStringLiteral("roleTargetsButton"));
    targetsButton->setText(tr("Targets…"));
    targetsButton->setToolTip(tr("The level the selected role should reach in each skill"));
    targetsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* rolesLayout = new QVBoxLayout(rolesBox);
    rolesLayout->addWidget(m_roles);
    rolesLayout->addLayout(roleButtons);
    rolesLayout->addWidget(targetsButton);
    connect(addRoleButton, &QToolButton::clicked, this, &PeopleView::addRole);
    connect(renameRoleButton, &QToolButton::clicked, this, &PeopleView::renameRole);
    connect(deleteRoleButton, &QToolButton::clicked, this, &PeopleView::deleteRole);
    connect(targetsButton, &QToolButton::clicked, this, &PeopleView::editRoleTargets);
    return rolesBox;
}

/// The middle column: search, type filter, add and delete, the people table (or a hint when
/// empty) and the count.
QWidget* PeopleView::makePeopleList()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("peopleSearch"));
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    m_search->setPlaceholderText(tr("Search names, emails, teams, roles"));
    m_search->setClearButtonEnabled(true);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("peopleType"));
    m_type->addItem(tr("Everyone"), int(PeopleFilterModel::AnyType));
    m_type->addItem(tr("Internal staff"), int(PeopleFilterModel::InternalOnly));
    m_type->addItem(tr("External consultants"), int(PeopleFilterModel::ExternalOnly));
    auto* addPersonButton = new QToolButton(this);
    addPersonButton->setObjectName(QStringLiteral("addPersonButton"));
    addPersonButton->setText(tr("Add person"));
    addPersonButton->setIcon(QIcon::fromTheme(QStringLiteral("list-add-user")));
    addPersonButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto* deleteButton = new QToolButton(this);
    deleteButton->setObjectName(QStringLiteral("deletePeopleButton"));
    deleteButton->setText(tr("Delete"));
    deleteButton->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    deleteButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Wraps in a narrow window or a wordier language instead of widening it.
    auto* filterRow = new FlowLayout;
    filterRow->setContentsMargins(0, 0, 0, 0);
    filterRow->addWidget(m_search);
    filterRow->addWidget(m_type);
    filterRow->addWidget(addPersonButton);
    filterRow->addWidget(deleteButton);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("peopleTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PeopleModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(PeopleModel::NameColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(PeopleModel::NameColumn, fontMetrics().averageCharWidth() * 24);
    m_table->setColumnWidth(PeopleModel::EmailColumn, fontMetrics().averageCharWidth() * 34);
    m_table->setColumnWidth(PeopleModel::TeamColumn, fontMetrics().averageCharWidth() * 14);
    m_table->setColumnWidth(PeopleModel::RoleColumn, fontMetrics().averageCharWidth() * 24);
    m_table->setColumnWidth(PeopleModel::TypeColumn, fontMetrics().averageCharWidth() * 11);
    auto* deleteAction = new QAction(tr("Delete selected people"), m_table);
    deleteAction->setShortcuts(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(deleteAction);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("peopleEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    auto* tableStack = new QWidget(this);
    auto* stack = new QStackedLayout(tableStack);
    stack->addWidget(m_table);
    stack->addWidget(m_empty);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("peopleCount"));

    auto* middle = new QWidget(this);
    auto* middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addLayout(filterRow);
    middleLayout->addWidget(tableStack, 1);
    middleLayout->addWidget(m_count);

    // Ctrl+Shift+N anywhere in the view adds a person, as "new folder" does in file managers;
    // the button shows the key in its tooltip.
    auto* add = new QAction(tr("Add person"), this);
    add->setObjectName(QStringLiteral("actionAddPerson"));
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    add->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(add);
    addPersonButton->setToolTip(tr("Add person (%1)").arg(add->shortcut().toString(QKeySequence::NativeText)));
    connect(add, &QAction::triggered, this, &PeopleView::addPerson);
    connect(addPersonButton, &QToolButton::clicked, this, &PeopleView::addPerson);
    connect(deleteButton, &QToolButton::clicked, this, &PeopleView::deleteSelected);
    connect(deleteAction, &QAction::triggered, this, &PeopleView::deleteSelected);
    return middle;
}

void PeopleView::editTeamRequirements()
{
    QListWidgetItem* item = m_teams->currentItem();
    const Id team = item ? item->data(Qt::UserRole).toLongLong() : 0;
    if (team <= 0) {
        showError(tr("Select a team first."));
        return;
    }
    RequirementsDialog dialog(m_workspace, team, this);
    if (const QString error = dialog.loadError(); !error.isEmpty()) {
        showError(error);
        return;
    }
    if (Prompter::current()->exec(&dialog) == QDialog::Accepted)
        Q_EMIT statusMessage(tr("Skill requirements saved. Undo brings back the previous ones."));
}

void PeopleView::editRoleTargets()
{
    QListWidgetItem* item = m_roles->currentItem();
    if (!item) {
        showError(tr("Select a role first."));
        return;
    }
    RoleTargetsDialog dialog(m_workspace, item->data(Qt::UserRole).toLongLong(), this);
    if (const QString error = dialog.loadError(); !error.isEmpty()) {
        showError(error);
        return;
    }
    if (Prompter::current()->exec(&dialog) == QDialog::Accepted)
        Q_EMIT statusMessage(tr("Targets saved. Undo brings back the previous ones."));
}

void PeopleView::refreshTeams()
{
    const Id current = m_teams->currentItem() ? m_teams->currentItem()->data(Qt::UserRole).toLongLong() : kAllTeams;
    QHash<Id, int> members;
    int withoutTeam = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Id team = m_model->person(row).teamId;
        if (team)
            ++members[team];
        else
            ++withoutTeam;
    }
    const QSignalBlocker blocker(m_teams);
    m_teams->clear();
    const auto add = [this](const QString& text, Id id, const QString& icon) {
        auto* item = new QListWidgetItem(QIcon::fromTheme(icon), text, m_teams);
        item->setData(Qt::UserRole, id);
        return item;
    };
    add(tr("All people (%1)").arg(m_model->rowCount()), kAllTeams, QStringLiteral("system-users"));
    if (withoutTeam > 0)
        add(tr("Without team (%1)").arg(withoutTeam), kNoTeam, QStringLiteral("user-identity"));
    if (auto teams = Catalog(m_workspace).teams()) {
        for (const Team& team : std::as_const(teams.value()))
            add(tr("%1 (%2)").arg(team.name).arg(members.value(team.id)), team.id, QStringLiteral("folder-publicshare"))
                ->setData(Qt::UserRole + 1, team.name);
    }
    for (int i = 0; i < m_teams->count(); ++i) {
        if (m_teams->item(i)->data(Qt::UserRole).toLongLong() == current) {
            m_teams->setCurrentRow(i);
            return;
        }
    }
    m_teams->setCurrentRow(0);
    m_filter->setTeam(kAllTeams);
}

void PeopleView::selectPerson(Id person)
{
    const int row = m_model->rowOf(person);
    if (row < 0)
        return;
    m_search->clear();
    m_type->setCurrentIndex(0);
    m_teams->setCurrentRow(0);
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    m_table->setFocus();
}

void PeopleView::refreshRoles()
{
    const QSignalBlocker blocker(m_roles);
    const int current = m_roles->currentRow();
    m_roles->clear();
    if (auto roles = Catalog(m_workspace).roles()) {
        for (const Role& role : std::as_const(roles.value())) {
            auto* item = new QListWidgetItem(role.name, m_roles);
            item->setData(Qt::UserRole, role.id);
        }
    }
    m_roles->setCurrentRow(std::min(current, m_roles->count() - 1));
}

void PeopleView::updateCount()
{
    const int shown = m_filter->rowCount();
    m_count->setText(tr("%1 of %2 people").arg(shown).arg(m_model->rowCount()));
    auto* stack = static_cast<QStackedLayout*>(m_table->parentWidget()->layout());
    if (m_model->rowCount() == 0) {
        m_empty->setText(tr("No people yet. Add them one by one with Add person, or import a "
                            "spreadsheet with coectl import people."));
        stack->setCurrentWidget(m_empty);
    } else if (shown == 0) {
        m_empty->setText(tr("Nobody matches the search or filter."));
        stack->setCurrentWidget(m_empty);
    } else {
        stack->setCurrentWidget(m_table);
    }
}

void PeopleView::addPerson()
{
    Person person;
    person.name = tr("New person");
    const Id team = m_teams->currentItem() ? m_teams->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    person.teamId = team > 0 ? team : 0;
    auto added = commands::Edits::addPerson(m_workspace, person);
    if (!added) {
        showError(added.error().message);
        return;
    }
    m_search->clear();
    const QModelIndex source = m_model->index(m_model->rowOf(added.value()), PeopleModel::NameColumn);
    const QModelIndex index = m_filter->mapFromSource(source);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    m_table->edit(index);
}

void PeopleView::deleteSelected()
{
    QList<Id> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        ids << index.data(PeopleModel::IdRole).toLongLong();
    if (ids.isEmpty())
        return;
    const QString text = ids.size() == 1 ? tr("Delete %1").arg(m_model->person(m_model->rowOf(ids.first())).name)
                                         : tr("Delete %n people", nullptr, int(ids.size()));
    auto done = commands::Edits::removePeople(m_workspace, ids, text);
    if (!done) {
        showError(done.error().message);
        return;
    }
    Q_EMIT statusMessage(
        tr("%1 — undo with %2").arg(text, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
}

void PeopleView::addTeam()
{
    const QString name = Prompter::current()->text(this, tr("Add team"), tr("Team name:"), QString());
    if (name.trimmed().isEmpty())
        return;
    if (auto done = commands::Edits::addTeam(m_workspace, {0, name, QString(), 0}); !done)
        showError(done.error().message);
}

void PeopleView::renameTeam()
{
    QListWidgetItem* item = m_teams->currentItem();
    const Id id = item ? item->data(Qt::UserRole).toLongLong() : 0;
    if (id <= 0)
        return;
    auto teams = Catalog(m_workspace).teams();
    if (!teams) {
        showError(teams.error().message);
        return;
    }
    for (const Team& team : std::as_const(teams.value())) {
        if (team.id != id)
            continue;
        const QString name = Prompter::current()->text(this, tr("Rename team"), tr("Team name:"), team.name);
        if (name.trimmed().isEmpty() || name == team.name)
            return;
        Team renamed = team;
        renamed.name = name;
        if (auto done = commands::Edits::editTeam(m_workspace, renamed); !done)
            showError(done.error().message);
        return;
    }
}

void PeopleView::deleteTeam()
{
    QListWidgetItem* item = m_teams->currentItem();
    const Id id = item ? item->data(Qt::UserRole).toLongLong() : 0;
    if (id <= 0)
        return;
    if (auto done = commands::Edits::removeTeam(m_workspace, id,
                                                tr("Delete team %1").arg(item->data(Qt::UserRole + 1).toString()));
        !done)
        showError(done.error().message);
    else
        Q_EMIT statusMessage(tr("Team deleted; its people are now without team. Undo brings it back."));
}

void PeopleView::addRole()
{
    const QString name = Prompter::current()->text(this, tr("Add role"), tr("Role name:"), QString());
    if (name.trimmed().isEmpty())
        return;
    if (auto done = commands::Edits::addRole(m_workspace, {0, name, QString(), 0}); !done)
        showError(done.error().message);
}

void PeopleView::renameRole()
{
    QListWidgetItem* item = m_roles->currentItem();
    if (!item)
        return;
    const QString name = Prompter::current()->text(this, tr("Rename role"), tr("Role name:"), item->text());
    if (name.trimmed().isEmpty() || name == item->text())
        return;
    auto roles = Catalog(m_workspace).roles();
    if (!roles) {
        showError(roles.error().message);
        return;
    }
    for (const Role& role : std::as_const(roles.value())) {
        if (role.id != item->data(Qt::UserRole).toLongLong())
            continue;
        Role renamed = role;
        renamed.name = name;
        if (auto done = commands::Edits::editRole(m_workspace, renamed); !done)
            showError(done.error().message);
    }
}

void PeopleView::deleteRole()
{
    QListWidgetItem* item = m_roles->currentItem();
    if (!item)
        return;
    if (auto done = commands::Edits::removeRole(m_workspace, item->data(Qt::UserRole).toLongLong(),
                                                tr("Delete role %1").arg(item->text()));
        !done)
        showError(done.error().message);
}

void PeopleView::showError(const QString& message)
{
    Prompter::current()->error(this, tr("CoE Studio"), message);
}

} // namespace coe::ui
