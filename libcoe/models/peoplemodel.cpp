// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/peoplemodel.h"

#include "commands/edits.h"
#include "storage/catalog.h"
#include "storage/workspace.h"

namespace coe {

PeopleModel::PeopleModel(Workspace& workspace, QObject* parent) : QAbstractTableModel(parent), m_workspace(workspace)
{
    reload();
    connect(workspace.notifier(), &ChangeNotifier::changed, this, &PeopleModel::onChanged);
}

void PeopleModel::loadNames()
{
    Catalog catalog(m_workspace);
    m_teams.clear();
    m_roles.clear();
    if (auto teams = catalog.teams())
        for (const Team& t : std::as_const(teams.value()))
            m_teams.insert(t.id, t.name);
    if (auto roles = catalog.roles())
        for (const Role& r : std::as_const(roles.value()))
            m_roles.insert(r.id, r.name);
}

void PeopleModel::reload()
{
    beginResetModel();
    loadNames();
    auto people = Catalog(m_workspace).people();
    m_people = people ? people.value() : QList<Person>();
    reindex();
    endResetModel();
}

void PeopleModel::reindex()
{
    m_rowById.clear();
    for (int row = 0; row < m_people.size(); ++row)
        m_rowById.insert(m_people.at(row).id, row);
}

void PeopleModel::onChanged(const Change& change)
{
    switch (change.entity) {
    case Entity::Everything:
        reload();
        return;
    case Entity::Team:
    case Entity::Role: {
        // Names shown in the team or role column; a removed team nulls people's team_id,
        // which arrives as a Person update.
        loadNames();
        if (!m_people.isEmpty())
            Q_EMIT dataChanged(index(0, TeamColumn), index(int(m_people.size()) - 1, RoleColumn));
        return;
    }
    case Entity::Person:
        break;
    default:
        return;
    }
    Catalog catalog(m_workspace);
    if (change.kind == Change::Removed) {
        QList<int> rows;
        for (Id id : change.ids)
            if (m_rowById.contains(id))
                rows << m_rowById.value(id);
        std::sort(rows.begin(), rows.end(), std::greater<>());
        for (int row : std::as_const(rows)) {
            beginRemoveRows({}, row, row);
            m_people.removeAt(row);
            endRemoveRows();
        }
        reindex();
        return;
    }
    // Inserted or updated: read just those people.
    auto changed = catalog.peopleWithIds(change.ids);
    if (!changed)
        return;
    QHash<Id, Person> fresh;
    for (const Person& p : std::as_const(changed.value()))
        fresh.insert(p.id, p);
    for (Id id : change.ids) {
        if (!fresh.contains(id))
            continue;
        if (m_rowById.contains(id)) {
            const int row = m_rowById.value(id);
            m_people[row] = fresh.value(id);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else {
            const int row = int(m_people.size());
            beginInsertRows({}, row, row);
            m_people.append(fresh.value(id));
            m_rowById.insert(id, row);
            endInsertRows();
        }
    }
}

int PeopleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int PeopleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_people.size())
        return {};
    const Person& p = m_people.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn:
            return p.name;
        case EmailColumn:
            return p.email;
        case TeamColumn:
            return role == Qt::EditRole ? QVariant(p.teamId) : QVariant(m_teams.value(p.teamId));
        case RoleColumn:
            return role == Qt::EditRole ? QVariant(p.roleId) : QVariant(m_roles.value(p.roleId));
        case TypeColumn:
            return role == Qt::EditRole ? QVariant(p.external) : QVariant(p.external ? tr("External") : tr("Internal"));
        case TimeZoneColumn:
            return p.timeZone;
        default:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TypeColumn)
            return p.external ? tr("External consultant") : tr("Internal staff");
        break;
    case IdRole:
        return p.id;
    case TeamIdRole:
        return p.teamId;
    case ExternalRole:
        return p.external;
    case PersonRole:
        return QVariant::fromValue(p);
    default:
        break;
    }
    return {};
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case TeamColumn:
        return tr("Team");
    case RoleColumn:
        return tr("Role");
    case TypeColumn:
        return tr("Type");
    case TimeZoneColumn:
        return tr("Time zone");
    default:
        break;
    }
    return {};
}

Qt::ItemFlags PeopleModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

bool PeopleModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    Person p = m_people.at(index.row());
    switch (index.column()) {
    case NameColumn:
        p.name = value.toString();
        break;
    case EmailColumn:
        p.email = value.toString();
        break;
    case TeamColumn:
        p.teamId = value.toLongLong();
        break;
    case RoleColumn:
        p.roleId = value.toLongLong();
        break;
    case TypeColumn:
        p.external = value.toBool();
        break;
    case TimeZoneColumn:
        p.timeZone = value.toString();
        break;
    default:
        return false;
    }
    auto done = commands::Edits::editPerson(m_workspace, p);
    if (!done) {
        m_lastError = done.error().message;
        Q_EMIT editFailed(m_lastError);
        return false;
    }
    return true;
}

void PeopleFilterModel::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void PeopleFilterModel::setTeam(Id team)
{
    m_team = team;
    invalidateFilter();
}

void PeopleFilterModel::setType(Type type)
{
    m_type = type;
    invalidateFilter();
}

bool PeopleFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const QAbstractItemModel* model = sourceModel();
    const bool external = model->index(sourceRow, 0).data(PeopleModel::ExternalRole).toBool();
    if ((m_type == InternalOnly && external) || (m_type == ExternalOnly && !external))
        return false;
    const Id team = model->index(sourceRow, 0).data(PeopleModel::TeamIdRole).toLongLong();
    if ((m_team > 0 && team != m_team) || (m_team < 0 && team != 0))
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column :
         {PeopleModel::NameColumn, PeopleModel::EmailColumn, PeopleModel::TeamColumn, PeopleModel::RoleColumn}) {
        if (model->index(sourceRow, column).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace coe
