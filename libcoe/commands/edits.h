// SPDX-License-Identifier: GPL-3.0-or-later
// The function API for undoable edits of people, teams, roles, skills, the scale and
// assessments. Each call validates, writes at once, and becomes one undo step.
#pragma once

#include "core/result.h"
#include "domain/entities.h"
#include "domain/scale.h"

#include <QCoreApplication>

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
    /// Deletes rows of one kind ("team", "role", "person", "skill_category", "skill") and all
    /// that depends on them, as one undo step.
    static Result<void> remove(Workspace& ws, const QString& table, const QList<Id>& ids,
                               const QString& text);
    static Result<void> setScale(Workspace& ws, const QList<ScaleLevel>& levels);
    static Result<Id> addAssessment(Workspace& ws, const Assessment& assessment);

    static QString validateName(const QString& name, const QString& what);
    static QString validateEmail(const QString& email);
};

} // namespace commands
} // namespace coe
