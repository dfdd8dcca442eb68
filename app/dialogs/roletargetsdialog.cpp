// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/roletargetsdialog.h"

#include "commands/edits.h"
#include "storage/catalog.h"
#include "storage/scalelevels.h"
#include "storage/workspace.h"
#include "ui/prompter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace coe::ui {

RoleTargetsDialog::RoleTargetsDialog(Workspace& workspace, Id role, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_role(role)
{
    setObjectName(QStringLiteral("roleTargetsDialog"));
    Catalog catalog(workspace);
    // A failed read leaves the table empty; saving it would delete the role's targets, so the
    // dialog keeps the error (loadError()) and refuses to save.
    QString roleName;
    if (auto roles = catalog.roles()) {
        for (const Role& r : std::as_const(roles.value()))
            if (r.id == role)
                roleName = r.name;
    } else {
        m_loadError = roles.error().message;
    }
    setWindowTitle(tr("Targets of the role %1").arg(roleName));
    auto* intro =
        new QLabel(tr("The level people in this role should reach in each skill. The skill matrix marks cells "
                      "with a target and shows how far below it people are."),
                   this);
    intro->setWordWrap(true);

    // A target list that cannot be read must not be saved back as empty: the error blocks Save.
    auto targets = catalog.roleTargets(role);
    if (!targets && m_loadError.isEmpty())
        m_loadError = targets.error().message;
    const QHash<Id, int> current = targets ? targets.take() : QHash<Id, int>();
    auto scale = readScale(workspace);
    auto skillList = catalog.skillsByCategory();
    if (!scale && m_loadError.isEmpty())
        m_loadError = scale.error().message;
    if (!skillList && m_loadError.isEmpty())
        m_loadError = skillList.error().message;
    const QList<ScaleLevel> levels = scale ? scale.take() : QList<ScaleLevel>();
    const QList<std::pair<QString, Skill>> skills = skillList ? skillList.take() : QList<std::pair<QString, Skill>>();

    m_table = new QTableWidget(int(skills.size()), 3, this);
    m_table->setObjectName(QStringLiteral("roleTargetsTable"));
    m_table->setHorizontalHeaderLabels({tr("Skill"), tr("Category"), tr("Target level")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    for (int row = 0; row < skills.size(); ++row) {
        const auto& [category, skill] = skills.at(row);
        auto* name = new QTableWidgetItem(skill.name);
        name->setData(Qt::UserRole, skill.id);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(category));
        auto* level = new QComboBox(m_table);
        level->addItem(tr("(no target)"), -1);
        for (const ScaleLevel& l : levels)
            level->addItem(QStringLiteral("%1 · %2").arg(l.level).arg(l.label), l.level);
        level->setCurrentIndex(std::max(0, level->findData(current.value(skill.id, -1))));
        m_table->setCellWidget(row, 2, level);
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
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 32);
}

QString RoleTargetsDialog::save()
{
    if (!m_loadError.isEmpty())
        return m_loadError;
    QHash<Id, int> levels;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const int level = static_cast<QComboBox*>(m_table->cellWidget(row, 2))->currentData().toInt();
        if (level < 0)
            continue;
        levels.insert(m_table->item(row, 0)->data(Qt::UserRole).toLongLong(), level);
    }
    auto done = commands::Edits::setRoleTargets(m_workspace, m_role, levels);
    return done ? QString() : done.error().message;
}

} // namespace coe::ui
