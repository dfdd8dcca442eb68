// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/changenotifier.h"
#include "domain/entities.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace coe {

class Workspace;

/// Skill categories as a tree with their skills as leaves. Renaming is editing; a rename
/// updates one node, structural changes rebuild the tree (hundreds of nodes at most).
class SkillTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Roles
    {
        IdRole = Qt::UserRole + 1, ///< category or skill id
        IsCategoryRole,            ///< bool
    };

    explicit SkillTreeModel(Workspace& workspace, QObject* parent = nullptr);
    ~SkillTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

    QModelIndex indexOf(bool category, Id id) const;

Q_SIGNALS:
    void editFailed(const QString& message);

private:
    struct Node
    {
        bool category = true;
        Id id = 0;
        QString name;
        int skillCount = 0; ///< categories: skills below, recursively
        Node* parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
        SkillCategory asCategory;
        Skill asSkill;
    };

    void rebuild();
    void onChanged(const coe::Change& change);
    Node* nodeOf(const QModelIndex& index) const;
    int rowOf(const Node* node) const;
    Node* find(Node* from, bool category, Id id) const;

    Workspace& m_workspace;
    std::unique_ptr<Node> m_root;
};

} // namespace coe
