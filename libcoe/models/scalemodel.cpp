// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/scalemodel.h"

#include "commands/batch.h"
#include "commands/edits.h"
#include "storage/scalelevels.h"
#include "storage/workspace.h"

namespace coe {

ScaleModel::ScaleModel(Workspace& workspace, QObject* parent) : QAbstractTableModel(parent), m_workspace(workspace)
{
    load();
    connect(workspace.notifier(), &ChangeNotifier::changed, this, [this](const Change& change) {
        if (change.entity == Entity::ScaleLevel || change.entity == Entity::Everything)
            load();
    });
}

void ScaleModel::load()
{
    auto levels = readScale(m_workspace);
    m_saved = levels ? levels.value() : QList<ScaleLevel>();
    setLevels(m_saved);
}

void ScaleModel::setLevels(const QList<ScaleLevel>& levels)
{
    const bool wasModified = isModified();
    beginResetModel();
    m_levels = levels;
    endResetModel();
    if (wasModified != isModified())
        Q_EMIT modifiedChanged(isModified());
}

int ScaleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_levels.size());
}

int ScaleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScaleModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_levels.size())
        return {};
    const ScaleLevel& level = m_levels.at(index.row());
    switch (index.column()) {
    case LevelColumn:
        if (role == Qt::DisplayRole)
            return level.level;
        if (role == Qt::TextAlignmentRole)
            return Qt::AlignCenter;
        break;
    case LabelColumn:
        // The default scale's English words in the user's language; edited, they become data.
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return Scale::shown(level.label);
        break;
    case ColorColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return role == Qt::EditRole ? QVariant(level.color) : QVariant(level.color.name());
        if (role == Qt::BackgroundRole)
            return level.color;
        if (role == Qt::ForegroundRole)
            return Scale::textColorOn(level.color);
        break;
    case MeaningColumn:
        if (role == Qt::DisplayRole)
            return level.meaning == ScaleLevel::Independent ? tr("Independent")
                   : level.meaning == ScaleLevel::Teacher   ? tr("Teacher")
                                                            : QString();
        if (role == Qt::EditRole)
            return int(level.meaning);
        break;
    case DescriptionColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return Scale::shown(level.description);
        break;
    default:
        break;
    }
    return {};
}

QVariant ScaleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LevelColumn:
        return tr("Level");
    case LabelColumn:
        return tr("Label");
    case ColorColumn:
        return tr("Colour");
    case MeaningColumn:
        return tr("Means");
    case DescriptionColumn:
        return tr("Description");
    default:
        break;
    }
    return {};
}

Qt::ItemFlags ScaleModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() != LevelColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ScaleModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    QList<ScaleLevel> levels = m_levels;
    ScaleLevel& level = levels[index.row()];
    switch (index.column()) {
    case LabelColumn:
        // The translated default word, left as it was shown, keeps the word stored.
        if (value.toString() != Scale::shown(level.label))
            level.label = value.toString();
        break;
    case ColorColumn: {
        const QColor color =
            value.value<QColor>().isValid() ? value.value<QColor>() : QColor::fromString(value.toString());
        if (!color.isValid())
            return false;
        level.color = color;
        break;
    }
    case MeaningColumn: {
        const auto meaning = ScaleLevel::Meaning(value.toInt());
        // A meaning belongs to one level: taking it moves it here.
        if (meaning != ScaleLevel::Plain) {
            for (ScaleLevel& other : levels)
                if (other.meaning == meaning)
                    other.meaning = ScaleLevel::Plain;
        }
        level.meaning = meaning;
        break;
    }
    case DescriptionColumn:
        if (value.toString() != Scale::shown(level.description))
            level.description = value.toString();
        break;
    default:
        return false;
    }
    const bool wasModified = isModified();
    m_levels = levels;
    Q_EMIT dataChanged(this->index(0, 0), this->index(int(m_levels.size()) - 1, ColumnCount - 1));
    if (wasModified != isModified())
        Q_EMIT modifiedChanged(isModified());
    return true;
}

bool ScaleModel::addLevel()
{
    if (m_levels.size() >= Scale::kMaxLevels)
        return false;
    QList<ScaleLevel> levels = m_levels;
    const QColor last = levels.isEmpty() ? QColor(0x25, 0x34, 0x94) : levels.last().color;
    levels.append(
        {int(levels.size()), tr("Level %1").arg(levels.size()), QString(), last.darker(120), ScaleLevel::Plain});
    setLevels(levels);
    return true;
}

bool ScaleModel::removeLastLevel()
{
    if (m_levels.size() <= Scale::kMinLevels)
        return false;
    QList<ScaleLevel> levels = m_levels;
    levels.removeLast();
    setLevels(levels);
    return true;
}

void ScaleModel::resetToDefault()
{
    setLevels(Scale::defaultLevels());
}

Result<void> ScaleModel::apply()
{
    auto done = commands::Edits::setScale(m_workspace, m_levels);
    if (done)
        load();
    return done;
}

void ScaleModel::revert()
{
    setLevels(m_saved);
}

} // namespace coe
