// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/catalogimport.h"

#include "commands/batch.h"
#include "commands/edits.h"
#include "storage/catalog.h"
#include "storage/workspace.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace coe {

using commands::Batch;
using commands::Edits;

namespace {

QString key(const QString& text)
{
    return text.trimmed().toLower();
}

std::optional<bool> parseBool(const QString& text)
{
    const QString t = key(text);
    if (t.isEmpty() || t == QLatin1String("no") || t == QLatin1String("false") || t == QLatin1String("0") ||
        t == QLatin1String("internal") || t == QLatin1String("n"))
        return false;
    if (t == QLatin1String("yes") || t == QLatin1String("true") || t == QLatin1String("1") ||
        t == QLatin1String("external") || t == QLatin1String("y") || t == QLatin1String("consultant"))
        return true;
    return std::nullopt;
}

QString cell(const CsvTable::Record& record, int column)
{
    return column >= 0 ? record.fields.value(column).trimmed() : QString();
}

/// "people.csv, line 4: the team is 300 characters long; names are at most 200", or nothing.
QString tooLong(const QString& where, const QString& what, const QString& value, int limit = kMaxNameLength)
{
    if (value.size() <= limit)
        return {};
    return CatalogImport::tr("%1: the %2 is %3 characters long; at most %4 are allowed")
        .arg(where, what)
        .arg(value.size())
        .arg(limit);
}

/// Writes the batch, as one undo step, unless there are problems (and no skipBad) or it is a
/// dry run.
Result<CatalogImport::Report> finish(Workspace& ws, Batch batch, CatalogImport::Report report,
                                     const CatalogImport::Options& options)
{
    if ((!report.problems.isEmpty() && !options.skipBad) || options.dryRun || batch.isEmpty())
        return report;
    if (auto done = commands::run(ws, std::move(batch)); !done)
        return done.error();
    report.written = true;
    return report;
}

} // namespace

Result<CatalogImport::Report> CatalogImport::importPeople(Workspace& ws, const QString& path, const Options& options)
{
    auto table = CsvTable::read(path);
    if (!table)
        return table.error();
    const QString file = QFileInfo(path).fileName();
    const int nameCol = table->column({QStringLiteral("name"), QStringLiteral("person"), QStringLiteral("full name")});
    const int emailCol = table->column({QStringLiteral("email"), QStringLiteral("e-mail"), QStringLiteral("mail")});
    const int teamCol = table->column({QStringLiteral("team")});
    const int roleCol = table->column({QStringLiteral("role")});
    const int externalCol = table->column({QStringLiteral("external"), QStringLiteral("consultant")});
    const int zoneCol = table->column({QStringLiteral("time zone"), QStringLiteral("timezone"), QStringLiteral("tz")});
    if (nameCol < 0)
        return Error{Error::Invalid, tr("%1, line 1: no 'name' column. The header needs at least: name; it may "
                                        "also have email, team, role, external, time zone.")
                                         .arg(file)};

    Catalog catalog(ws);
    auto people = catalog.people();
    auto teams = catalog.teams();
    auto roles = catalog.roles();
    if (!people || !teams || !roles)
        return (!people ? people.error() : !teams ? teams.error() : roles.error());
    QHash<QString, Person> byEmail;
    QHash<QString, Person> byName;
    for (const Person& p : people.value()) {
        if (!p.email.isEmpty())
            byEmail.insert(key(p.email), p);
        byName.insert(key(p.name), p);
    }
    QHash<QString, QVariant> teamIds; // existing id, or a StepRef to the step creating it
    QHash<QString, QVariant> roleIds;
    for (const Team& t : teams.value())
        teamIds.insert(key(t.name), t.id);
    for (const Role& r : roles.value())
        roleIds.insert(key(r.name), r.id);

    Report report;
    Batch batch(tr("Import people from %1").arg(file));
    QSet<QString> seenEmails;
    QSet<QString> seenNames;
    const int width = int(table->header().size());
    for (const CsvTable::Record& record : table->rows()) {
        const QString where = tr("%1, line %2").arg(file).arg(record.line);
        QStringList rowProblems;
        if (record.fields.size() != width)
            rowProblems << tr("%1 has %2 fields, the header has %3").arg(where).arg(record.fields.size()).arg(width);
        const QString name = cell(record, nameCol);
        const QString email = cell(record, emailCol);
        if (name.isEmpty())
            rowProblems << tr("%1: the name is empty").arg(where);
        for (const QString& problem :
             {tooLong(where, tr("name"), name), tooLong(where, tr("email"), email, kMaxEmailLength),
              tooLong(where, tr("team"), cell(record, teamCol)), tooLong(where, tr("role"), cell(record, roleCol)),
              tooLong(where, tr("time zone"), cell(record, zoneCol), 64)})
            if (!problem.isEmpty())
                rowProblems << problem;
        if (QString problem = Edits::validateEmail(email); !problem.isEmpty())
            rowProblems << where + QStringLiteral(": ") + problem;
        const auto external = parseBool(cell(record, externalCol));
        if (!external)
            rowProblems << tr("%1: external must be yes or no, not '%2'").arg(where, cell(record, externalCol));
        const QString identity = email.isEmpty() ? QStringLiteral("name:") + key(name) : key(email);
        if (seenEmails.contains(identity))
            rowProblems << tr("%1: %2 appears twice in the file").arg(where, email.isEmpty() ? name : email);
        if (!rowProblems.isEmpty()) {
            report.problems += rowProblems;
            continue;
        }
        seenEmails.insert(identity);
        seenNames.insert(key(name));

        const auto refFor = [&batch, &report](QHash<QString, QVariant>& ids, const QString& value,
                                              const QString& tableName, const QString& kind) -> QVariant {
            if (value.isEmpty())
                return QVariant(QMetaType::fromType<qlonglong>());
            if (!ids.contains(key(value))) {
                batch.insert(tableName, {{QStringLiteral("name"), value}, {QStringLiteral("description"), QString()}});
                ids.insert(key(value), Batch::idOf(batch.size() - 1));
                report.created << kind.arg(value);
            }
            return ids.value(key(value));
        };
        Row row{
            {QStringLiteral("name"), name},
            {QStringLiteral("email"), email.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(email)},
            {QStringLiteral("external"), *external ? 1 : 0},
            {QStringLiteral("team_id"), refFor(teamIds, cell(record, teamCol), QStringLiteral("team"), tr("team %1"))},
            {QStringLiteral("role_id"), refFor(roleIds, cell(record, roleCol), QStringLiteral("role"), tr("role %1"))},
            {QStringLiteral("time_zone"), cell(record, zoneCol)}};
        if (teamCol < 0)
            row.remove(QStringLiteral("team_id"));
        if (roleCol < 0)
            row.remove(QStringLiteral("role_id"));
        if (zoneCol < 0)
            row.remove(QStringLiteral("time_zone"));
        std::optional<Person> existing;
        if (!email.isEmpty() && byEmail.contains(key(email)))
            existing = byEmail.value(key(email));
        else if (email.isEmpty() && byName.contains(key(name)))
            existing = byName.value(key(name));
        if (existing) {
            batch.update(QStringLiteral("person"), existing->id, row);
            ++report.updated;
        } else {
            batch.insert(QStringLiteral("person"), row);
            ++report.added;
        }
    }
    if (table->rows().isEmpty())
        report.problems << tr("%1 has a header but no people.").arg(file);
    return finish(ws, std::move(batch), std::move(report), options);
}

Result<CatalogImport::Report> CatalogImport::importSkills(Workspace& ws, const QString& path, const Options& options)
{
    auto table = CsvTable::read(path);
    if (!table)
        return table.error();
    const QString file = QFileInfo(path).fileName();
    const int categoryCol =
        table->column({QStringLiteral("category"), QStringLiteral("skill category"), QStringLiteral("group")});
    const int skillCol = table->column({QStringLiteral("skill"), QStringLiteral("name"), QStringLiteral("skill name")});
    const int descriptionCol = table->column({QStringLiteral("description"), QStringLiteral("details")});
    if (categoryCol < 0 || skillCol < 0)
        return Error{Error::Invalid, tr("%1, line 1: the header needs the columns category and skill (and may "
                                        "have description).")
                                         .arg(file)};
    Catalog catalog(ws);
    auto categories = catalog.categories();
    auto skills = catalog.skills();
    if (!categories || !skills)
        return !categories ? categories.error() : skills.error();
    // Category paths ("Cloud / AWS") to ids or StepRefs.
    QHash<QString, QVariant> categoryIds;
    QHash<Id, SkillCategory> byId;
    for (const SkillCategory& c : categories.value())
        byId.insert(c.id, c);
    for (const SkillCategory& c : categories.value()) {
        QStringList parts{c.name};
        for (Id parent = c.parentId; parent > 0 && byId.contains(parent); parent = byId.value(parent).parentId)
            parts.prepend(byId.value(parent).name);
        categoryIds.insert(key(parts.join(QStringLiteral(" / "))), c.id);
    }
    QHash<QString, Skill> skillByName;
    for (const Skill& s : skills.value())
        skillByName.insert(key(s.name), s);

    Report report;
    Batch batch(tr("Import skills from %1").arg(file));
    QSet<QString> seen;
    const int width = int(table->header().size());
    for (const CsvTable::Record& record : table->rows()) {
        const QString where = tr("%1, line %2").arg(file).arg(record.line);
        QStringList rowProblems;
        if (record.fields.size() != width)
            rowProblems << tr("%1 has %2 fields, the header has %3").arg(where).arg(record.fields.size()).arg(width);
        QStringList categoryPath;
        static const QRegularExpression separator(QStringLiteral("\\s*[/>]\\s*"));
        for (const QString& part : cell(record, categoryCol).split(separator)) {
            if (!part.trimmed().isEmpty())
                categoryPath << part.trimmed();
        }
        const QString name = cell(record, skillCol);
        if (categoryPath.isEmpty())
            rowProblems << tr("%1: the category is empty").arg(where);
        if (name.isEmpty())
            rowProblems << tr("%1: the skill is empty").arg(where);
        if (QString problem = tooLong(where, tr("skill"), name); !problem.isEmpty())
            rowProblems << problem;
        for (const QString& part : std::as_const(categoryPath))
            if (QString problem = tooLong(where, tr("category"), part); !problem.isEmpty())
                rowProblems << problem;
        if (seen.contains(key(name)))
            rowProblems << tr("%1: the skill %2 appears twice in the file").arg(where, name);
        if (!rowProblems.isEmpty()) {
            report.problems += rowProblems;
            continue;
        }
        seen.insert(key(name));
        QVariant parent(QMetaType::fromType<qlonglong>());
        for (int depth = 0; depth < categoryPath.size(); ++depth) {
            const QString full = key(categoryPath.mid(0, depth + 1).join(QStringLiteral(" / ")));
            if (!categoryIds.contains(full)) {
                batch.insert(QStringLiteral("skill_category"), {{QStringLiteral("name"), categoryPath.at(depth)},
                                                                {QStringLiteral("parent_id"), parent},
                                                                {QStringLiteral("position"), int(categoryIds.size())}});
                categoryIds.insert(full, Batch::idOf(batch.size() - 1));
                report.created << tr("category %1").arg(categoryPath.mid(0, depth + 1).join(QStringLiteral(" / ")));
            }
            parent = categoryIds.value(full);
        }
        Row row{{QStringLiteral("name"), name}, {QStringLiteral("category_id"), parent}};
        if (descriptionCol >= 0)
            row.insert(QStringLiteral("description"), cell(record, descriptionCol));
        if (skillByName.contains(key(name))) {
            batch.update(QStringLiteral("skill"), skillByName.value(key(name)).id, row);
            ++report.updated;
        } else {
            row.insert(QStringLiteral("position"), int(skillByName.size() + report.added));
            batch.insert(QStringLiteral("skill"), row);
            ++report.added;
        }
    }
    if (table->rows().isEmpty())
        report.problems << tr("%1 has a header but no skills.").arg(file);
    return finish(ws, std::move(batch), std::move(report), options);
}

} // namespace coe
