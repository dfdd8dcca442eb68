// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>

namespace coe {

/// The kinds of rows a Change can be about.
enum class Entity
{
    Team,
    Role,
    Person,
    SkillCategory,
    Skill,
    ScaleLevel,
    Assessment,
    RoleTarget,
    PersonTarget,
    TeamRequirement,
    Engagement,
    Capability,
    Session,
    Summit,
    Everything, ///< many kinds at once (imports, demo data): reload all
};

/// What changed: which kind of row, how, and which ids (empty ids with Everything).
struct Change
{
    enum Kind
    {
        Inserted, ///< rows added
        Updated,  ///< rows edited in place
        Removed,  ///< rows deleted
    };
    Entity entity = Entity::Everything;
    Kind kind = Updated;
    QList<qint64> ids;
    /// Assessment changes: the (person id, skill id) of each changed row, so a view can
    /// refresh those cells even when the rows themselves are gone (an undone insert).
    QList<std::pair<qint64, qint64>> cells;
};

/// One per workspace: every write announces itself here, so views refresh just what changed.
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    void notify(const Change& change) { Q_EMIT changed(change); }
    void notify(Entity entity, Change::Kind kind, const QList<qint64>& ids)
    {
        Q_EMIT changed(Change{entity, kind, ids, {}});
    }

Q_SIGNALS:
    void changed(const coe::Change& change);
    /// An undo or redo could not be written (e.g. someone else changed the row first).
    void failed(const QString& message);
};

} // namespace coe

Q_DECLARE_METATYPE(coe::Change)
