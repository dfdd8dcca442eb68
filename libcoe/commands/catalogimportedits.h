// SPDX-License-Identifier: GPL-3.0-or-later
// The people and skills a CSV import (io/catalogimport.h) adds or updates, written as one undo
// step each, with the teams, roles and skill categories the file names that do not exist yet.
#pragma once

#include "core/result.h"
#include "domain/entities.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace coe {
class Workspace;
}

namespace coe::commands {

/// A team, role or skill category an imported row refers to: one that exists (id), one the
/// import adds (added, an index into its list of new ones), or none (neither).
struct CatalogRef
{
    Id id = 0;
    int added = -1;
};

/// People read from a file, matched against the workspace's.
struct ImportedPeople
{
    struct Entry
    {
        Id existing = 0; ///< the person this row updates; 0: a new person
        QString name;
        QString email; ///< empty: none
        bool external = false;
        std::optional<CatalogRef> team;  ///< empty: the file has no team column, so it is left as it is
        std::optional<CatalogRef> role;  ///< empty: the file has no role column
        std::optional<QString> timeZone; ///< empty: the file has no time zone column
    };
    QStringList newTeams; ///< added just before the first person in them
    QStringList newRoles;
    QList<Entry> people;
};

/// Skills read from a file, matched against the workspace's.
struct ImportedSkills
{
    struct Category
    {
        QString name;
        CatalogRef parent; ///< neither: a top-level category
        int position = 0;
    };
    struct Entry
    {
        Id existing = 0; ///< the skill this row updates; 0: a new skill
        QString name;
        CatalogRef category;
        std::optional<QString> description; ///< empty: the file has no description column
        int position = 0;                   ///< a new skill's place
    };
    QList<Category> newCategories; ///< added, parents first, just before the first skill in them
    QList<Entry> skills;
};

class CatalogImportEdits
{
public:
    /// Writes the people @p in as one undo step named @p text. An empty list writes nothing.
    static Result<void> writePeople(Workspace& ws, const ImportedPeople& in, const QString& text);
    /// Writes the skills @p in as one undo step named @p text. An empty list writes nothing.
    static Result<void> writeSkills(Workspace& ws, const ImportedSkills& in, const QString& text);
};

} // namespace coe::commands
