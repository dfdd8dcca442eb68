// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/edits.h"

#include "commands/batch.h"
#include "storage/columns.h"
#include "storage/workspace.h"

#include <QRegularExpression>

#include <algorithm>

namespace coe::commands {

namespace {

QVariant idOrNull(Id id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qlonglong>());
}

QVariant textOrNull(const QString& text)
{
    return text.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text.trimmed());
}

/// True when another row of @p table already has @p column = @p value.
bool taken(Workspace& ws, const QString& table, const QString& column, const QVariant& value, Id except,
           const QString& scopeColumn = {}, const QVariant& scope = {})
{
    QString sql = QStringLiteral("SELECT 1 FROM %1 WHERE LOWER(%2) = LOWER(:v) AND id <> :id").arg(table, column);
    if (!scopeColumn.isEmpty())
        sql += scope.isNull() ? QStringLiteral(" AND %1 IS NULL").arg(scopeColumn)
                              : QStringLiteral(" AND %1 = :scope").arg(scopeColumn);
    QSqlQuery q = ws.prepare(sql);
    q.bindValue(QStringLiteral(":v"), value);
    q.bindValue(QStringLiteral(":id"), except);
    if (!scopeColumn.isEmpty() && !scope.isNull())
        q.bindValue(QStringLiteral(":scope"), scope);
    return q.exec() && q.next();
}

Result<Id> single(Result<QList<qint64>> ids)
{
    if (!ids)
        return ids.error();
    return ids->value(0);
}

Result<void> done(const Result<QList<qint64>>& ids)
{
    if (!ids)
        return ids.error();
    return {};
}

Row personRow(const Person& p)
{
    return {{QStringLiteral("name"), p.name.trimmed()},       {QStringLiteral("email"), textOrNull(p.email)},
            {QStringLiteral("external"), p.external ? 1 : 0}, {QStringLiteral("team_id"), idOrNull(p.teamId)},
            {QStringLiteral("role_id"), idOrNull(p.roleId)},  {QStringLiteral("time_zone"), p.timeZone.trimmed()}};
}

} // namespace

QString Edits::validateName(const QString& name, const QString& what)
{
    if (name.trimmed().isEmpty())
        return tr("The %1 needs a name.").arg(what);
    if (name.size() > 200)
        return tr("The %1's name is longer than 200 characters.").arg(what);
    return {};
}

QString Edits::validateEmail(const QString& email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    if (!email.trimmed().isEmpty() && !pattern.match(email.trimmed()).hasMatch())
        return tr("'%1' is not an email address.").arg(email.trimmed());
    return {};
}

Result<Id> Edits::addTeam(Workspace& ws, const Team& team)
{
    if (QString problem = validateName(team.name, tr("team")); !problem.isEmpty())
        return Error{Error::Invalid, problem};
    if (taken(ws, QStringLiteral("team"), QStringLiteral("name"), team.name.trimmed(), 0))
        return Error{Error::Invalid, tr("There is already a team named '%1'.").arg(team.name.trimmed())};
    return single(run(ws, Batch(tr("Add team %1").arg(team.name.trimmed()))
                              .insert(QStringLiteral("team"), {{QStringLiteral("name"), team.name.trimmed()},
                                                               {QStringLiteral("description"), team.description}})));
}

Result<void> Edits::editTeam(Workspace& ws, const Team& team)
{
    if (QString problem = validateName(team.name, tr("team")); !problem.isEmpty())
        return Error{Error::Invalid, problem};
    if (taken(ws, QStringLiteral("team"), QStringLiteral("name"), team.name.trimmed(), team.id))
        return Error{Error::Invalid, tr("There is already a team named '%1'.").arg(team.name.trimmed())};
    return done(run(ws, Batch(tr("Edit team %1").arg(team.name.trimmed()))
                            .update(QStringLiteral("team"), team.id,
                                    {{QStringLiteral("name"), team.name.trimmed()},
                                     {QStringLiteral("description"), team.description}},
                                    team.version > 0 ? team.version : -1)));
}

Result<Id> Edits::addRole(Workspace& ws, const Role& role)
{
    if (QString problem = validateName(role.name, tr("role")); !problem.isEmpty())
        return Error{Error::Invalid, problem};
    if (taken(ws, QStringLiteral("role"), QStringLiteral("name"), role.name.trimmed(), 0))
        return Error{Error::Invalid, tr("There is already a role named '%1'.").arg(role.name.trimmed())};
    return single(run(ws, Batch(tr("Add role %1").arg(role.name.trimmed()))
                              .insert(QStringLiteral("role"), {{QStringLiteral("name"), role.name.trimmed()},
                                                               {QStringLiteral("description"), role.description}})));
}

Result<void> Edits::editRole(Workspace& ws, const Role& role)
{
    if (QString problem = validateName(role.name, tr("role")); !problem.isEmpty())
        return Error{Error::Invalid, problem};
    if (taken(ws, QStringLiteral("role"), QStringLiteral("name"), role.name.trimmed(), role.id))
        return Error{Error::Invalid, tr("There is already a role named '%1'.").arg(role.name.trimmed())};
    return done(run(ws, Batch(tr("Edit role %1").arg(role.name.trimmed()))
                            .update(QStringLiteral("role"), role.id,
                                    {{QStringLiteral("name"), role.name.trimmed()},
                                     {QStringLiteral("description"), role.description}},
                                    role.version > 0 ? role.version : -1)));
}

Result<Id> Edits::addPerson(Workspace& ws, const Person& person)
{
    if (QString problem = validateName(person.name, tr("person")); !problem.isEmpty())
        return Error{Error::Invalid, problem};
    if (QString problem = validateEmail(person.email); !problem.isEmpty())
        return Error{Error::Invalid, problem};
    if (!person.email.trimmed().isEmpty() &&
        taken(ws, QStringLiteral("person"), QStringLiteral("email"), person.email.trimmed(), 0))
        return Error{Error::Invalid, tr("Someone else already has the email %1.").arg(person.email.trimmed())};
    return single(
        run(ws, Batch(tr("Add %1").arg(person.name.trimmed())).insert(QStringLiteral("person"), personRow(person))));
}

Result<void> Edits::editPerson(Workspace& ws, const Person& person)
{
    if (QString problem = validateName(person.name, tr("person")); !problem.isEmpty())
        return Error{Error::Invalid, problem};
    if (QString problem = validateEmail(person.email); !problem.isEmpty())
        return Error{Error::Invalid, problem};
    if (!person.email.trimmed().isEmpty() &&
        taken(ws, QStringLiteral("person"), QStringLiteral("email"), person.email.trimmed(), person.id))
        return Error{Error::Invalid, tr("Someone else already has the email %1.").arg(person.email.trimmed())};
    return done(run(ws, Batch(tr("Edit %1").arg(person.name.trimmed()))
                            .update(QStringLiteral("person"), person.id, personRow(person),
                                    person.version > 0 ? person.version : -1)));
}

Result<Id> Edits::addCategory(Workspace& ws, const SkillCategory& category)
{
    if (QString problem = validateName(category.name, tr("category")); !problem.isEmpty())
        return Error{Error::Invalid, problem};
    if (taken(ws, QStringLiteral("skill_category"), QStringLiteral("name"), category.name.trimmed(), 0,
              QStringLiteral("parent_id"), idOrNull(category.parentId)))
        return Error{Error::Invalid, tr("There is already a category named '%1' here.").arg(category.name.trimmed())};
    return single(run(
        ws, Batch(tr("Add category %1").arg(category.name.trimmed()))
                .insert(QStringLiteral("skill_category"), {{QStringLiteral("name"), category.name.trimmed()},
                                                           {QStringLiteral("parent_id"), idOrNull(category.parentId)},
                                                           {QStringLiteral("position"), category.position}})));
}

Result<void> Edits::editCategory(Workspace& ws, const SkillCategory& category)
{
    if (QString problem = validateName(category.name, tr("category")); !problem.isEmpty())
        return Error{Error::Invalid, problem};
    if (taken(ws, QStringLiteral("skill_category"), QStringLiteral("name"), category.name.trimmed(), category.id,
              QStringLiteral("parent_id"), idOrNull(category.parentId)))
        return Error{Error::Invalid, tr("There is already a category named '%1' here.").arg(category.name.trimmed())};
    // A category cannot move below itself. (At most 100 levels up: a damaged file may hold a
    // circle of parents that does not pass through this category.)
    for (Id parent = category.parentId, steps = 0; parent > 0 && steps < 100; ++steps) {
        if (parent == category.id)
            return Error{Error::Invalid, tr("A category cannot be placed inside itself.")};
        QSqlQuery q = ws.prepare(QStringLiteral("SELECT parent_id FROM skill_category WHERE id = :id"));
        q.bindValue(QStringLiteral(":id"), parent);
        parent = q.exec() && q.next() ? field(q, "parent_id").toLongLong() : 0;
    }
    return done(run(ws, Batch(tr("Edit category %1").arg(category.name.trimmed()))
                            .update(QStringLiteral("skill_category"), category.id,
                                    {{QStringLiteral("name"), category.name.trimmed()},
                                     {QStringLiteral("parent_id"), idOrNull(category.parentId)},
                                     {QStringLiteral("position"), category.position}},
                                    category.version > 0 ? category.version : -1)));
}

Result<Id> Edits::addSkill(Workspace& ws, const Skill& skill)
{
    if (QString problem = validateName(skill.name, tr("skill")); !problem.isEmpty())
        return Error{Error::Invalid, problem};
    if (skill.categoryId <= 0)
        return Error{Error::Invalid, tr("Choose a category for the skill %1.").arg(skill.name.trimmed())};
    if (taken(ws, QStringLiteral("skill"), QStringLiteral("name"), skill.name.trimmed(), 0))
        return Error{Error::Invalid, tr("There is already a skill named '%1'.").arg(skill.name.trimmed())};
    return single(run(ws, Batch(tr("Add skill %1").arg(skill.name.trimmed()))
                              .insert(QStringLiteral("skill"), {{QStringLiteral("name"), skill.name.trimmed()},
                                                                {QStringLiteral("category_id"), skill.categoryId},
                                                                {QStringLiteral("description"), skill.description},
                                                                {QStringLiteral("position"), skill.position}})));
}

Result<void> Edits::editSkill(Workspace& ws, const Skill& skill)
{
    if (QString problem = validateName(skill.name, tr("skill")); !problem.isEmpty())
        return Error{Error::Invalid, problem};
    if (taken(ws, QStringLiteral("skill"), QStringLiteral("name"), skill.name.trimmed(), skill.id))
        return Error{Error::Invalid, tr("There is already a skill named '%1'.").arg(skill.name.trimmed())};
    return done(run(ws, Batch(tr("Edit skill %1").arg(skill.name.trimmed()))
                            .update(QStringLiteral("skill"), skill.id,
                                    {{QStringLiteral("name"), skill.name.trimmed()},
                                     {QStringLiteral("category_id"), skill.categoryId},
                                     {QStringLiteral("description"), skill.description},
                                     {QStringLiteral("position"), skill.position}},
                                    skill.version > 0 ? skill.version : -1)));
}

Result<void> Edits::remove(Workspace& ws, const QString& table, const QList<Id>& ids, const QString& text)
{
    if (ids.isEmpty())
        return {};
    return done(run(ws, Batch(text).remove(table, ids)));
}

Result<void> Edits::removePeople(Workspace& ws, const QList<Id>& people, const QString& text)
{
    return remove(ws, QStringLiteral("person"), people, text);
}

Result<void> Edits::removeTeam(Workspace& ws, Id team, const QString& text)
{
    return remove(ws, QStringLiteral("team"), {team}, text);
}

Result<void> Edits::removeRole(Workspace& ws, Id role, const QString& text)
{
    return remove(ws, QStringLiteral("role"), {role}, text);
}

Result<void> Edits::removeSkills(Workspace& ws, const QList<Id>& skills, const QList<Id>& categories,
                                 const QString& text)
{
    if (skills.isEmpty() && categories.isEmpty())
        return {};
    Batch batch(text);
    // Skills first: a category's removal cascades to its skills, which would then be gone.
    if (!skills.isEmpty())
        batch.remove(QStringLiteral("skill"), skills);
    if (!categories.isEmpty())
        batch.remove(QStringLiteral("skill_category"), categories);
    return done(run(ws, std::move(batch)));
}

Result<void> Edits::setRoleTargets(Workspace& ws, Id role, const QHash<Id, int>& levels)
{
    QList<Id> skills = levels.keys();
    std::sort(skills.begin(), skills.end()); // the same rows in the same order, whatever the hash
    QList<Row> rows;
    rows.reserve(skills.size());
    for (Id skill : std::as_const(skills))
        rows.append({{QStringLiteral("role_id"), role},
                     {QStringLiteral("skill_id"), skill},
                     {QStringLiteral("level"), levels.value(skill)}});
    return done(
        run(ws, std::move(Batch(tr("Change the role's targets"))
                              .replaceRows(QStringLiteral("role_target"), QStringLiteral("role_id"), role, rows))));
}

Result<void> Edits::setTeamRequirements(Workspace& ws, Id team, const QList<TeamRequirement>& requirements)
{
    QList<Row> rows;
    rows.reserve(requirements.size());
    for (const TeamRequirement& r : requirements) {
        if (r.teamId != team)
            return Error{Error::Invalid, tr("A requirement of another team was given for this team.")};
        rows.append({{QStringLiteral("team_id"), team},
                     {QStringLiteral("skill_id"), r.skillId},
                     {QStringLiteral("min_independent"), r.minIndependent},
                     {QStringLiteral("teacher_required"), r.teacherRequired ? 1 : 0}});
    }
    return done(run(
        ws, std::move(Batch(tr("Change the skill requirements"))
                          .replaceRows(QStringLiteral("team_requirement"), QStringLiteral("team_id"), team, rows))));
}

Result<void> Edits::setScale(Workspace& ws, const QList<ScaleLevel>& levels)
{
    return done(run(ws, Batch(tr("Change the proficiency scale")).replaceScale(levels)));
}

Result<Id> Edits::addAssessment(Workspace& ws, const Assessment& a)
{
    if (a.interest && (*a.interest < 0 || *a.interest > Interest::kMax))
        return Error{Error::Invalid, tr("Interest goes from 0 to %1, not %2.").arg(Interest::kMax).arg(*a.interest)};
    if (a.level) {
        QSqlQuery q = ws.prepare(QStringLiteral("SELECT 1 FROM scale_level WHERE level = :l"));
        q.bindValue(QStringLiteral(":l"), *a.level);
        if (!q.exec() || !q.next())
            return Error{Error::Invalid, tr("Level %1 is not on this workspace's scale.").arg(*a.level)};
    }
    const QDate date = a.assessedOn.isValid() ? a.assessedOn : QDate::currentDate();
    return single(run(
        ws, Batch(tr("Assess skill"))
                .insert(QStringLiteral("assessment"),
                        {{QStringLiteral("person_id"), a.personId},
                         {QStringLiteral("skill_id"), a.skillId},
                         {QStringLiteral("source"), sourceName(a.source)},
                         {QStringLiteral("level"), a.level ? QVariant(*a.level) : QVariant(QMetaType::fromType<int>())},
                         {QStringLiteral("interest"),
                          a.interest ? QVariant(*a.interest) : QVariant(QMetaType::fromType<int>())},
                         {QStringLiteral("assessed_on"), date.toString(Qt::ISODate)},
                         {QStringLiteral("note"), a.note}})));
}

} // namespace coe::commands
