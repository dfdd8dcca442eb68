// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/changenotifier.h"
#include "domain/entities.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

namespace coe {

class Workspace;

/// People as rows (name, email, team, role, internal/external, time zone). Editing a cell
/// pushes an undoable edit; changes announced by the workspace update only the rows and
/// columns they touch.
class PeopleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        EmailColumn,
        TeamColumn,
        RoleColumn,
        TypeColumn,
        TimeZoneColumn,
        ColumnCount
    };
    enum Roles
    {
        IdRole = Qt::UserRole + 1, ///< the person's id
        TeamIdRole,                ///< 0 when without team
        ExternalRole,              ///< bool
        PersonRole,                ///< the whole Person
    };

    explicit PeopleModel(Workspace& workspace, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

    Person person(int row) const { return m_people.value(row); }
    int rowOf(Id id) const { return m_rowById.value(id, -1); }
    QString teamName(Id id) const { return m_teams.value(id); }
    QString roleName(Id id) const { return m_roles.value(id); }
    /// Team and role names by id, for editors' choices.
    const QHash<Id, QString>& teams() const { return m_teams; }
    const QHash<Id, QString>& roles() const { return m_roles; }
    /// Errors of the last failed setData(), for the view to show.
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void editFailed(const QString& message);

private:
    void reload();
    void loadNames();
    void onChanged(const coe::Change& change);
    void reindex();

    Workspace& m_workspace;
    QList<Person> m_people;
    QHash<Id, int> m_rowById;
    QHash<Id, QString> m_teams;
    QHash<Id, QString> m_roles;
    QString m_lastError;
};

/// Filters people by free text (name, email, team, role), team and internal/external.
class PeopleFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum Type
    {
        AnyType,
        InternalOnly,
        ExternalOnly
    };

    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString& text);
    void setTeam(Id team); ///< 0: any team, -1: without team
    void setType(Type type);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    Id m_team = 0;
    Type m_type = AnyType;
};

} // namespace coe
