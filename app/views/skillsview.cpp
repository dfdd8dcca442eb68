// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/skillsview.h"

#include "commands/edits.h"
#include "models/scalemodel.h"
#include "models/skilltreemodel.h"
#include "storage/workspace.h"
#include "ui/prompter.h"
#include "ui/theme.h"
#include "widgets/flowlayout.h"
#include "widgets/scalepreview.h"

#include <QAction>
#include <QColorDialog>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace coe::ui {

namespace {

/// Edits the "Means" column with a choice instead of a number.
class MeaningDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* box = new QComboBox(parent);
        box->addItem(SkillsView::tr("—"), int(ScaleLevel::Plain));
        box->addItem(SkillsView::tr("Independent"), int(ScaleLevel::Independent));
        box->addItem(SkillsView::tr("Teacher"), int(ScaleLevel::Teacher));
        return box;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* box = static_cast<QComboBox*>(editor);
        box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole).toInt())));
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        model->setData(index, static_cast<QComboBox*>(editor)->currentData(), Qt::EditRole);
    }
};

QPushButton* button(QWidget* parent, const QString& objectName, const QString& text, const QString& icon = {})
{
    auto* b = new QPushButton(QIcon::fromTheme(icon), text, parent);
    b->setObjectName(objectName);
    return b;
}

} // namespace

SkillsView::SkillsView(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_tree(new SkillTreeModel(workspace, this)),
      m_scale(new ScaleModel(workspace, this))
{
    setObjectName(QStringLiteral("skillsView"));

    // Skills tree.
    auto* skillsBox = new QGroupBox(tr("Skills by category"), this);
    m_treeView = new QTreeView(skillsBox);
    m_treeView->setObjectName(QStringLiteral("skillTree"));
    m_treeView->setModel(m_tree);
    m_treeView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_treeView->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_treeView->setAlternatingRowColors(true);
    m_treeView->header()->setStretchLastSection(true);
    m_treeView->setColumnWidth(0, fontMetrics().averageCharWidth() * 40);
    m_treeView->expandAll();
    auto* deleteAction = new QAction(tr("Delete selected"), m_treeView);
    deleteAction->setShortcuts(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_treeView->addAction(deleteAction);
    m_empty = new QLabel(tr("No skills yet. Add a category such as \"Kubernetes\", then the skills in it, or "
                            "import them with coectl import skills."),
                         skillsBox);
    m_empty->setObjectName(QStringLiteral("skillsEmpty"));
    m_empty->setWordWrap(true);
    auto* addCategoryButton =
        button(skillsBox, QStringLiteral("addCategoryButton"), tr("Add category"), QStringLiteral("folder-new"));
    auto* addSkillButton =
        button(skillsBox, QStringLiteral("addSkillButton"), tr("Add skill"), QStringLiteral("list-add"));
    auto* deleteButton =
        button(skillsBox, QStringLiteral("deleteSkillButton"), tr("Delete"), QStringLiteral("edit-delete"));
    // Button rows wrap in a narrow window or a wordier language instead of widening it.
    auto* treeButtons = new FlowLayout;
    treeButtons->setContentsMargins(0, 0, 0, 0);
    treeButtons->addWidget(addCategoryButton);
    treeButtons->addWidget(addSkillButton);
    treeButtons->addWidget(deleteButton);
    auto* skillsLayout = new QVBoxLayout(skillsBox);
    skillsLayout->addLayout(treeButtons);
    skillsLayout->addWidget(m_treeView, 1);
    skillsLayout->addWidget(m_empty);

    // Scale editor.
    auto* scaleBox = new QGroupBox(tr("Proficiency scale"), this);
    auto* scaleHelp = new QLabel(tr("Levels run from 0 upwards. Readiness counts people at the Independent "
                                    "level or above, and Teachers separately."),
                                 scaleBox);
    scaleHelp->setWordWrap(true);
    m_preview = new ScalePreview(scaleBox);
    m_scaleView = new QTableView(scaleBox);
    m_scaleView->setObjectName(QStringLiteral("scaleTable"));
    m_scaleView->setModel(m_scale);
    m_scaleView->setItemDelegateForColumn(ScaleModel::MeaningColumn, new MeaningDelegate(m_scaleView));
    m_scaleView->verticalHeader()->hide();
    m_scaleView->horizontalHeader()->setStretchLastSection(true);
    m_scaleView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_scaleView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_scaleView->setColumnWidth(ScaleModel::LevelColumn, fontMetrics().averageCharWidth() * 7);
    m_scaleView->setColumnWidth(ScaleModel::LabelColumn, fontMetrics().averageCharWidth() * 16);
    m_scaleView->setColumnWidth(ScaleModel::ColorColumn, fontMetrics().averageCharWidth() * 11);
    m_scaleView->setColumnWidth(ScaleModel::MeaningColumn, fontMetrics().averageCharWidth() * 16);
    m_problem = new QLabel(scaleBox);
    m_problem->setObjectName(QStringLiteral("scaleProblem"));
    m_problem->setWordWrap(true);
    Theme::markAsWarning(m_problem);
    auto* addLevel = button(scaleBox, QStringLiteral("addLevelButton"), tr("Add level"));
    auto* removeLevel = button(scaleBox, QStringLiteral("removeLevelButton"), tr("Remove last level"));
    auto* colour = button(scaleBox, QStringLiteral("chooseColourButton"), tr("Colour…"));
    auto* reset = button(scaleBox, QStringLiteral("defaultScaleButton"), tr("Default scale"));
    m_revert = button(scaleBox, QStringLiteral("revertScaleButton"), tr("Revert"));
    m_apply = button(scaleBox, QStringLiteral("applyScaleButton"), tr("Apply"), QStringLiteral("dialog-ok-apply"));
    m_apply->setDefault(true);
    auto* scaleButtons = new FlowLayout;
    scaleButtons->setContentsMargins(0, 0, 0, 0);
    scaleButtons->addWidget(addLevel);
    scaleButtons->addWidget(removeLevel);
    scaleButtons->addWidget(colour);
    scaleButtons->addWidget(reset);
    scaleButtons->addWidget(m_revert);
    scaleButtons->addWidget(m_apply);
    auto* scaleLayout = new QVBoxLayout(scaleBox);
    scaleLayout->addWidget(scaleHelp);
    scaleLayout->addWidget(m_preview);
    scaleLayout->addWidget(m_scaleView, 1);
    scaleLayout->addWidget(m_problem);
    scaleLayout->addLayout(scaleButtons);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(skillsBox);
    splitter->addWidget(scaleBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(addCategoryButton, &QPushButton::clicked, this, &SkillsView::addCategory);
    connect(addSkillButton, &QPushButton::clicked, this, &SkillsView::addSkill);
    connect(deleteButton, &QPushButton::clicked, this, &SkillsView::deleteSelected);
    connect(deleteAction, &QAction::triggered, this, &SkillsView::deleteSelected);
    connect(m_tree, &SkillTreeModel::editFailed, this,
            [this](const QString& message) { Prompter::current()->error(this, tr("CoE Studio"), message); });
    connect(m_tree, &QAbstractItemModel::modelReset, this, [this] {
        m_treeView->expandAll();
        m_empty->setVisible(m_tree->rowCount() == 0);
    });
    connect(addLevel, &QPushButton::clicked, m_scale, &ScaleModel::addLevel);
    connect(removeLevel, &QPushButton::clicked, m_scale, &ScaleModel::removeLastLevel);
    connect(reset, &QPushButton::clicked, m_scale, &ScaleModel::resetToDefault);
    connect(colour, &QPushButton::clicked, this, &SkillsView::chooseColour);
    connect(m_revert, &QPushButton::clicked, m_scale, &ScaleModel::revert);
    connect(m_apply, &QPushButton::clicked, this, &SkillsView::applyScale);
    connect(m_scale, &QAbstractItemModel::modelReset, this, &SkillsView::updateScaleState);
    connect(m_scale, &QAbstractItemModel::dataChanged, this, &SkillsView::updateScaleState);
    m_empty->setVisible(m_tree->rowCount() == 0);
    updateScaleState();
}

void SkillsView::updateScaleState()
{
    m_preview->setLevels(m_scale->levels());
    const QString problem = m_scale->problem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_apply->setEnabled(m_scale->isModified() && problem.isEmpty());
    m_revert->setEnabled(m_scale->isModified());
}

void SkillsView::chooseColour()
{
    const QModelIndex current = m_scaleView->currentIndex();
    const int row = current.isValid() ? current.row() : 0;
    const QModelIndex cell = m_scale->index(row, ScaleModel::ColorColumn);
    const QColor colour =
        QColorDialog::getColor(cell.data(Qt::EditRole).value<QColor>(), this, tr("Colour of level %1").arg(row));
    if (colour.isValid())
        m_scale->setData(cell, colour, Qt::EditRole);
}

void SkillsView::applyScale()
{
    if (auto done = m_scale->apply(); !done)
        Prompter::current()->error(this, tr("CoE Studio"), done.error().message);
    else
        Q_EMIT statusMessage(tr("Scale saved."));
}

void SkillsView::addCategory()
{
    const QString name = Prompter::current()->text(this, tr("Add category"), tr("Category name:"), QString());
    if (name.trimmed().isEmpty())
        return;
    // Inside the selected category, if any.
    Id parent = 0;
    const QModelIndex current = m_treeView->currentIndex();
    if (current.isValid() && current.data(SkillTreeModel::IsCategoryRole).toBool())
        parent = current.data(SkillTreeModel::IdRole).toLongLong();
    auto added = commands::Edits::addCategory(m_workspace, {0, parent, name, m_tree->rowCount(), 0});
    if (!added)
        Prompter::current()->error(this, tr("CoE Studio"), added.error().message);
    else
        m_treeView->setCurrentIndex(m_tree->indexOf(true, added.value()));
}

void SkillsView::addSkill()
{
    QModelIndex current = m_treeView->currentIndex().siblingAtColumn(0);
    if (current.isValid() && !current.data(SkillTreeModel::IsCategoryRole).toBool())
        current = current.parent();
    if (!current.isValid()) {
        Prompter::current()->error(this, tr("CoE Studio"), tr("Select the category the new skill belongs to."));
        return;
    }
    const QString name = Prompter::current()->text(this, tr("Add skill"), tr("Skill name:"), QString());
    if (name.trimmed().isEmpty())
        return;
    auto added = commands::Edits::addSkill(m_workspace, {0, current.data(SkillTreeModel::IdRole).toLongLong(), name,
                                                         QString(), m_tree->rowCount(current), 0});
    if (!added)
        Prompter::current()->error(this, tr("CoE Studio"), added.error().message);
    else
        m_treeView->setCurrentIndex(m_tree->indexOf(false, added.value()));
}

void SkillsView::deleteSelected()
{
    QList<Id> categories;
    QList<Id> skills;
    const QModelIndexList rows = m_treeView->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows) {
        (index.data(SkillTreeModel::IsCategoryRole).toBool() ? categories : skills)
            << index.data(SkillTreeModel::IdRole).toLongLong();
    }
    if (categories.isEmpty() && skills.isEmpty())
        return;
    if (auto done = commands::Edits::removeSkills(
            m_workspace, skills, categories,
            tr("Delete %n skill(s) or categories", nullptr, int(categories.size() + skills.size())));
        !done)
        Prompter::current()->error(this, tr("CoE Studio"), done.error().message);
    else
        Q_EMIT statusMessage(tr("Deleted, with their assessments and targets. Undo brings them back."));
}

void SkillsView::selectSkill(Id skill)
{
    const QModelIndex index = m_tree->indexOf(false, skill);
    if (!index.isValid())
        return;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_treeView->expand(parent);
    m_treeView->setCurrentIndex(index);
    m_treeView->scrollTo(index);
    m_treeView->setFocus();
}

} // namespace coe::ui
