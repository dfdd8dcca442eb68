// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/requirementsdialog.h"

#include "commands/edits.h"
#include "storage/catalog.h"
#include "storage/workspace.h"
#include "ui/prompter.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace coe::ui {

namespace {
enum Column
{
    SkillColumn,
    CategoryColumn,
    RequiredColumn,
    MinimumColumn,
    TeacherColumn
};
}

RequirementsDialog::RequirementsDialog(Workspace& workspace, Id team, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_team(team)
{
    setObjectName(QStringLiteral("requirementsDialog"));
    Catalog catalog(workspace);
    // A failed read leaves the table empty or unticked; saving it would delete the team's
    // requirements, so the dialog keeps the error (loadError()) and refuses to save.
    QString teamName;
    if (auto teams = catalog.teams()) {
        for (const Team& t : std::as_const(teams.value()))
            if (t.id == team)
                teamName = t.name;
    } else {
        m_loadError = teams.error().message;
    }
    setWindowTitle(tr("Skill requirements of %1").arg(teamName));
    auto* intro =
        new QLabel(tr("Tick the skills %1 must be able to run on its own, how many internal people must be "
                      "Independent in each, and where a Teacher is needed. Readiness is measured against these.")
                       .arg(teamName),
                   this);
    intro->setWordWrap(true);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("requirementsSearch"));
    m_search->setPlaceholderText(tr("Find skills or categories"));
    m_search->setClearButtonEnabled(true);

    QHash<Id, TeamRequirement> current;
    auto requirements = catalog.requirements();
    auto skillList = catalog.skillsByCategory();
    if (!requirements && m_loadError.isEmpty())
        m_loadError = requirements.error().message;
    if (!skillList && m_loadError.isEmpty())
        m_loadError = skillList.error().message;
    if (requirements)
        for (const TeamRequirement& r : std::as_const(requirements.value()))
            if (r.teamId == team)
                current.insert(r.skillId, r);
    const QList<std::pair<QString, Skill>> skills = skillList ? skillList.take() : QList<std::pair<QString, Skill>>();

    m_table = new QTableWidget(int(skills.size()), 5, this);
    m_table->setObjectName(QStringLiteral("requirementsTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Skill"), tr("Category"), tr("Required"), tr("People needed"), tr("Teacher")});
    m_table->horizontalHeaderItem(MinimumColumn)
        ->setToolTip(tr("How many internal people must be Independent or above"));
    m_table->horizontalHeaderItem(TeacherColumn)->setToolTip(tr("Whether an internal Teacher is required"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(SkillColumn, QHeaderView::Stretch);
    for (int column : {CategoryColumn, RequiredColumn, MinimumColumn, TeacherColumn})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    for (int row = 0; row < skills.size(); ++row) {
        const auto& [category, skill] = skills.at(row);
        const TeamRequirement r = current.value(skill.id, {team, skill.id, 2, false});
        auto* name = new QTableWidgetItem(skill.name);
        name->setData(Qt::UserRole, skill.id);
        m_table->setItem(row, SkillColumn, name);
        m_table->setItem(row, CategoryColumn, new QTableWidgetItem(category));
        auto* required = new QCheckBox(m_table);
        required->setChecked(current.contains(skill.id));
        auto* minimum = new QSpinBox(m_table);
        minimum->setRange(1, 99);
        minimum->setValue(r.minIndependent);
        auto* teacher = new QCheckBox(m_table);
        teacher->setChecked(r.teacherRequired);
        minimum->setEnabled(required->isChecked());
        teacher->setEnabled(required->isChecked());
        connect(required, &QCheckBox::toggled, minimum, &QWidget::setEnabled);
        connect(required, &QCheckBox::toggled, teacher, &QWidget::setEnabled);
        m_table->setCellWidget(row, RequiredColumn, required);
        m_table->setCellWidget(row, MinimumColumn, minimum);
        m_table->setCellWidget(row, TeacherColumn, teacher);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setEnabled(m_loadError.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (const QString error = save(); error.isEmpty())
            accept();
        else
            Prompter::current()->error(this, tr("CoE Studio"), error);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &RequirementsDialog::filter);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 32);
}

void RequirementsDialog::filter(const QString& text)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const bool match = text.isEmpty() ||
                           m_table->item(row, SkillColumn)->text().contains(text, Qt::CaseInsensitive) ||
                           m_table->item(row, CategoryColumn)->text().contains(text, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !match);
    }
}

QList<TeamRequirement> RequirementsDialog::requirements() const
{
    QList<TeamRequirement> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (!static_cast<QCheckBox*>(m_table->cellWidget(row, RequiredColumn))->isChecked())
            continue;
        list.append({m_team, m_table->item(row, SkillColumn)->data(Qt::UserRole).toLongLong(),
                     static_cast<QSpinBox*>(m_table->cellWidget(row, MinimumColumn))->value(),
                     static_cast<QCheckBox*>(m_table->cellWidget(row, TeacherColumn))->isChecked()});
    }
    return list;
}

QString RequirementsDialog::save()
{
    if (!m_loadError.isEmpty())
        return m_loadError;
    auto done = commands::Edits::setTeamRequirements(m_workspace, m_team, requirements());
    return done ? QString() : done.error().message;
}

} // namespace coe::ui
