// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/skilltreemodel.h"

#include "commands/edits.h"
#include "storage/catalog.h"
#include "storage/workspace.h"

#include <QFont>
#include <QHash>

namespace coe {

SkillTreeModel::SkillTreeModel(Workspace& workspace, QObject* parent)
    : QAbstractItemModel(parent), m_workspace(workspace)
{
    rebuild();
    connect(workspace.notifier(), &ChangeNotifier::changed, this, &SkillTreeModel::onChanged);
}

SkillTreeModel::~SkillTreeModel() = default;

void SkillTreeModel::rebuild()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    Catalog catalog(m_workspace);
    auto categories = catalog.categories();
    auto skills = catalog.skills();
    QHash<Id, Node*> byId;
    if (categories) {
        // Parents can come after children in display order: make nodes, then link them.
        std::vector<std::unique_ptr<Node>> nodes;
        for (const SkillCategory& c : std::as_const(categories.value())) {
            auto node = std::make_unique<Node>();
            node->category = true;
            node->id = c.id;
            node->name = c.name;
            node->asCategory = c;
            byId.insert(c.id, node.get());
            nodes.push_back(std::move(node));
        }
        for (auto& node : nodes) {
            Node* parentNode = byId.value(node->asCategory.parentId, m_root.get());
            node->parent = parentNode;
            parentNode->children.push_back(std::move(node));
        }
    }
    if (skills) {
        for (const Skill& s : std::as_const(skills.value())) {
            Node* parentNode = byId.value(s.categoryId);
            if (!parentNode)
                continue;
            auto node = std::make_unique<Node>();
            node->category = false;
            node->id = s.id;
            node->name = s.name;
            node->asSkill = s;
            node->parent = parentNode;
            for (Node* up = parentNode; up && up != m_root.get(); up = up->parent)
                ++up->skillCount;
            parentNode->children.push_back(std::move(node));
        }
    }
    endResetModel();
}

void SkillTreeModel::onChanged(const Change& change)
{
    if (change.entity != Entity::Skill && change.entity != Entity::SkillCategory && change.entity != Entity::Everything)
        return;
    if (change.kind == Change::Updated && change.ids.size() == 1 && change.entity != Entity::Everything) {
        const bool category = change.entity == Entity::SkillCategory;
        Node* node = find(m_root.get(), category, change.ids.first());
        Catalog catalog(m_workspace);
        const auto categories = catalog.categories();
        const auto skills = catalog.skills();
        if (node && category && categories) {
            for (const SkillCategory& c : categories.value()) {
                if (c.id == node->id && c.parentId == node->asCategory.parentId) {
                    node->name = c.name;
                    node->asCategory = c;
                    const QModelIndex i = createIndex(rowOf(node), 0, node);
                    Q_EMIT dataChanged(i, i.siblingAtColumn(1));
                    return;
                }
            }
        } else if (node && skills) {
            for (const Skill& s : skills.value()) {
                if (s.id == node->id && s.categoryId == node->asSkill.categoryId) {
                    node->name = s.name;
                    node->asSkill = s;
                    const QModelIndex i = createIndex(rowOf(node), 0, node);
                    Q_EMIT dataChanged(i, i.siblingAtColumn(1));
                    return;
                }
            }
        }
    }
    rebuild(); // moved, added or removed: the shape changed
}

SkillTreeModel::Node* SkillTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

int SkillTreeModel::rowOf(const Node* node) const
{
    if (!node->parent)
        return 0;
    const auto& siblings = node->parent->children;
    for (size_t i = 0; i < siblings.size(); ++i)
        if (siblings[i].get() == node)
            return int(i);
    return 0;
}

SkillTreeModel::Node* SkillTreeModel::find(Node* from, bool category, Id id) const
{
    for (const auto& child : from->children) {
        if (child->category == category && child->id == id)
            return child.get();
        if (Node* found = find(child.get(), category, id))
            return found;
    }
    return nullptr;
}

QModelIndex SkillTreeModel::indexOf(bool category, Id id) const
{
    Node* node = find(m_root.get(), category, id);
    return node ? createIndex(rowOf(node), 0, node) : QModelIndex();
}

QModelIndex SkillTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    Node* parentNode = nodeOf(parent);
    if (row < 0 || column < 0 || column >= 2 || size_t(row) >= parentNode->children.size())
        return {};
    return createIndex(row, column, parentNode->children[size_t(row)].get());
}

QModelIndex SkillTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    Node* node = nodeOf(child);
    if (!node->parent || node->parent == m_root.get())
        return {};
    return createIndex(rowOf(node->parent), 0, node->parent);
}

int SkillTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int SkillTreeModel::columnCount(const QModelIndex&) const
{
    return 2;
}

QVariant SkillTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Node* node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == 1)
            return node->category ? tr("%n skill(s)", nullptr, node->skillCount) : node->asSkill.description;
        return node->name;
    case Qt::EditRole:
        return index.column() == 0 ? QVariant(node->name) : QVariant(node->asSkill.description);
    case IdRole:
        return node->id;
    case IsCategoryRole:
        return node->category;
    case Qt::FontRole:
        if (node->category && index.column() == 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant SkillTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return section == 0 ? tr("Category or skill") : tr("Details");
    return {};
}

Qt::ItemFlags SkillTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    const Node* node = nodeOf(index);
    if (index.column() == 0 || !node->category)
        f |= Qt::ItemIsEditable;
    return f;
}

bool SkillTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    const Node* node = nodeOf(index);
    Result<void> done;
    if (node->category) {
        SkillCategory c = node->asCategory;
        c.name = value.toString();
        done = commands::Edits::editCategory(m_workspace, c);
    } else {
        Skill s = node->asSkill;
        if (index.column() == 0)
            s.name = value.toString();
        else
            s.description = value.toString();
        done = commands::Edits::editSkill(m_workspace, s);
    }
    if (!done) {
        Q_EMIT editFailed(done.error().message);
        return false;
    }
    return true;
}

} // namespace coe
