// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTreeView;

namespace coe {
class ScaleModel;
class SkillTreeModel;
class Workspace;
} // namespace coe

namespace coe::ui {

class ScalePreview;

/// Skills: the category tree with its skills (add, rename in place, delete with undo), and
/// the proficiency scale editor with a live preview of the level colours.
class SkillsView : public QWidget
{
    Q_OBJECT

public:
    explicit SkillsView(Workspace& workspace, QWidget* parent = nullptr);

    SkillTreeModel* treeModel() const { return m_tree; }
    ScaleModel* scaleModel() const { return m_scale; }
    QTreeView* treeView() const { return m_treeView; }
    void addCategory();
    void addSkill();
    /// Shows and selects @p skill in the tree, its categories unfolded.
    void selectSkill(Id skill);
    void deleteSelected();
    void applyScale();

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void updateScaleState();
    void chooseColour();

    Workspace& m_workspace;
    SkillTreeModel* m_tree = nullptr;
    ScaleModel* m_scale = nullptr;
    QTreeView* m_treeView = nullptr;
    QTableView* m_scaleView = nullptr;
    ScalePreview* m_preview = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_revert = nullptr;
};

} // namespace coe::ui
