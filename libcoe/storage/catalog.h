// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "domain/entities.h"

#include <QHash>
#include <QList>
#include <QMap>

namespace coe {

class Workspace;

/// Reads the workspace's people, teams, roles, skill categories and skills, sorted for
/// display. Writes go through commands/edits.h so that they can be undone.
class Catalog
{
public:
    explicit Catalog(Workspace& workspace) : m_workspace(workspace) {}

    Result<QList<Team>> teams() const;
    Result<QList<Role>> roles() const;
    Result<QList<Person>> people() const;
    /// Just the people with these ids, in no particular order.
    Result<QList<Person>> peopleWithIds(const QList<Id>& ids) const;
    Result<QList<SkillCategory>> categories() const;
    Result<QList<Skill>> skills() const;
    /// Every skill with its category's name, grouped by category in the categories' order.
    Result<QList<std::pair<QString, Skill>>> skillsByCategory() const;
    Result<QList<TeamRequirement>> requirements() const;
    /// The role's targets: skill → target level.
    Result<QHash<Id, int>> roleTargets(Id role) const;
    /// What an import plans against, in one line: how many people and skills there are, their
    /// largest ids and the sum of their row versions (every update raises one), and the scale's
    /// levels. Another writer's change to any of them changes the stamp, so a plan made before
    /// it is known to be stale.
    Result<QString> planningStamp() const;
    /// Rows per table, for `coectl info` (every table of the schema).
    Result<QMap<QString, qint64>> counts() const;

private:
    Workspace& m_workspace;
};

} // namespace coe
