// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/catalogimportedits.h"

#include "commands/batch.h"

#include <functional>

namespace coe::commands {

namespace {

const QVariant kNoId(QMetaType::fromType<qlonglong>());

/// The value a row's column gets for @p ref: the id, the id the step adding it will get (added
/// by @p add the first time), or NULL.
QVariant refValue(const CatalogRef& ref, QList<QVariant>& added, const std::function<void(int)>& add)
{
    if (ref.id > 0)
        return ref.id;
    if (ref.added < 0)
        return kNoId;
    if (!added.at(ref.added).isValid())
        add(ref.added);
    return added.at(ref.added);
}

} // namespace

Result<void> CatalogImportEdits::writePeople(Workspace& ws, const ImportedPeople& in, const QString& text)
{
    Batch batch(text);
    QList<QVariant> teams(in.newTeams.size());
    QList<QVariant> roles(in.newRoles.size());
    const auto adder = [&batch](const QString& table, const QStringList& names, QList<QVariant>& steps) {
        return [&batch, table, &names, &steps](int index) {
            steps[index] = Batch::idOf(batch.size());
            batch.insert(table,
                         {{QStringLiteral("name"), names.at(index)}, {QStringLiteral("description"), QString()}});
        };
    };
    const auto addTeam = adder(QStringLiteral("team"), in.newTeams, teams);
    const auto addRole = adder(QStringLiteral("role"), in.newRoles, roles);
    for (const ImportedPeople::Entry& p : in.people) {
        Row row{
            {QStringLiteral("name"), p.name},
            {QStringLiteral("email"), p.email.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(p.email)},
            {QStringLiteral("external"), p.external ? 1 : 0}};
        if (p.team)
            row.insert(QStringLiteral("team_id"), refValue(*p.team, teams, addTeam));
        if (p.role)
            row.insert(QStringLiteral("role_id"), refValue(*p.role, roles, addRole));
        if (p.timeZone)
            row.insert(QStringLiteral("time_zone"), *p.timeZone);
        if (p.existing > 0)
            batch.update(QStringLiteral("person"), p.existing, row);
        else
            batch.insert(QStringLiteral("person"), row);
    }
    return runBatch(ws, std::move(batch));
}

Result<void> CatalogImportEdits::writeSkills(Workspace& ws, const ImportedSkills& in, const QString& text)
{
    Batch batch(text);
    QList<QVariant> categories(in.newCategories.size());
    std::function<void(int)> addCategory = [&](int index) {
        const ImportedSkills::Category& c = in.newCategories.at(index);
        const QVariant parent = refValue(c.parent, categories, addCategory); // parents first
        categories[index] = Batch::idOf(batch.size());
        batch.insert(QStringLiteral("skill_category"), {{QStringLiteral("name"), c.name},
                                                        {QStringLiteral("parent_id"), parent},
                                                        {QStringLiteral("position"), c.position}});
    };
    for (const ImportedSkills::Entry& s : in.skills) {
        Row row{{QStringLiteral("name"), s.name},
                {QStringLiteral("category_id"), refValue(s.category, categories, addCategory)}};
        if (s.description)
            row.insert(QStringLiteral("description"), *s.description);
        if (s.existing > 0) {
            batch.update(QStringLiteral("skill"), s.existing, row);
        } else {
            row.insert(QStringLiteral("position"), s.position);
            batch.insert(QStringLiteral("skill"), row);
        }
    }
    return runBatch(ws, std::move(batch));
}

} // namespace coe::commands
