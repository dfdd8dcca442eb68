// SPDX-License-Identifier: GPL-3.0-or-later
// The function API for undoable edits of people, teams, roles, skills, the scale and
// assessments. Each call validates, writes at once, and becomes one undo step.
#pragma once

#include "core/result.h"
#include "domain/entities.h"
#include "domain/scale.h"

#include <QCoreApplication>
#include <QHash>

namespace coe {

class Workspace;

namespace commands {

class Edits
{
    Q_DECLARE_TR_FUNCTIONS(Edits)

public:
    static Result<Id> addTeam(Workspace& ws, const Team& team);
    static Result<void> editTeam(Workspace& ws, const Team& team);
    static Result<Id> addRole(Workspace& ws, const Role& role);
    static Result<void> editRole(Workspace& ws, const Role& role);
    static Result<Id> addPerson(Workspace& ws, const Person& person);
    static Result<void> editPerson(Workspace& ws, const Person& person);
    static Result<Id> addCategory(Workspace& ws, const SkillCategory& category);
    static Result<void> editCategory(Workspace& ws, const SkillCategory& category);
    static Result<Id> addSkill(Workspace& ws, const Skill& skill);
    static Result<void> editSkill(Workspace& ws, const Skill& skill);
    /// Deletes these people, with their assessments and targets, as one undo step named @p text.
    static Result<void> removePeople(Workspace& ws, const QList<Id>& people, const QString& text);
    /// Deletes a team; its people stay, without a team.
    static Result<void> removeTeam(Workspace& ws, Id team, const QString& text);
    /// Deletes a role; its people stay, without a role, and its targets go.
    static Result<void> removeRole(Workspace& ws, Id role, const QString& text);
    /// Deletes skills and categories (with the skills in them) and all that depends on them,
    /// as one undo step.
    static Result<void> removeSkills(Workspace& ws, const QList<Id>& skills, const QList<Id>& categories,
                                     const QString& text);
    /// Makes @p levels (skill → target level) the role's whole set of targets.
    static Result<void> setRoleTargets(Workspace& ws, Id role, const QHash<Id, int>& levels);
    /// Makes @p requirements the team's whole set of skill requirements.
    static Result<void> setTeamRequirements(Workspace& ws, Id team, const QList<TeamRequirement>& requirements);
    /// Deletes rows of one kind ("team", "role", "person", "skill_category", "skill") and all
    /// that depends on them, as one undo step. For generic tests of the undo engine; callers
    /// outside libcoe use the typed functions above.
    static Result<void> remove(Workspace& ws, const QString& table, const QList<Id>& ids, const QString& text);
    static Result<void> setScale(Workspace& ws, const QList<ScaleLevel>& levels);
    static Result<Id> addAssessment(Workspace& ws, const Assessment& assessment);

    static QString validateName(const QString& name, const QString& what);
    static QString validateEmail(const QString& email);
};

} // namespace commands
} // namespace coe
