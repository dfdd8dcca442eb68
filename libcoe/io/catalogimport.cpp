// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/catalogimport.h"

#include "commands/catalogimportedits.h"
#include "commands/edits.h"
#include "storage/catalog.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace coe {

using commands::CatalogRef;
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

/// Writes what @p write writes, as one undo step, unless there are problems (and no skipBad),
/// it is a dry run or there is nothing to write (@p empty).
Result<CatalogImport::Report> finish(bool empty, const std::function<Result<void>()>& write,
                                     CatalogImport::Report report, const CatalogImport::Options& options)
{
    if ((!report.problems.isEmpty() && !options.skipBad) || options.dryRun || empty)
        return report;
    if (auto done = write(); !done)
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
    for (const Person& p : std::as_const(people.value())) {
        if (!p.email.isEmpty())
            byEmail.insert(key(p.email), p);
        byName.insert(key(p.name), p);
    }
    QHash<QString, CatalogRef> teamIds; // existing, or one the import adds
    QHash<QString, CatalogRef> roleIds;
    for (const Team& t : std::as_const(teams.value()))
        teamIds.insert(key(t.name), CatalogRef{t.id});
    for (const Role& r : std::as_const(roles.value()))
        roleIds.insert(key(r.name), CatalogRef{r.id});

    Report report;
    commands::ImportedPeople out;
    QSet<QString> seenEmails;
    QSet<QString> seenNames;
    const int width = int(table->header().size());
    const QList<CsvTable::Record> records = table->rows();
    for (const CsvTable::Record& record : records) {
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

        const auto refFor = [&report](QHash<QString, CatalogRef>& ids, QStringList& added, const QString& value,
                                      const QString& kind) -> CatalogRef {
            if (value.isEmpty())
                return {};
            if (!ids.contains(key(value))) {
                ids.insert(key(value), CatalogRef{0, int(added.size())});
                added << value;
                report.created << kind.arg(value);
            }
            return ids.value(key(value));
        };
        commands::ImportedPeople::Entry person;
        person.name = name;
        person.email = email;
        person.external = *external;
        if (teamCol >= 0)
            person.team = refFor(teamIds, out.newTeams, cell(record, teamCol), tr("team %1"));
        if (roleCol >= 0)
            person.role = refFor(roleIds, out.newRoles, cell(record, roleCol), tr("role %1"));
        if (zoneCol >= 0)
            person.timeZone = cell(record, zoneCol);
        std::optional<Person> existing;
        if (!email.isEmpty() && byEmail.contains(key(email)))
            existing = byEmail.value(key(email));
        else if (email.isEmpty() && byName.contains(key(name)))
            existing = byName.value(key(name));
        if (existing) {
            person.existing = existing->id;
            ++report.updated;
        } else {
            ++report.added;
        }
        out.people << person;
    }
    if (table->rows().isEmpty())
        report.problems << tr("%1 has a header but no people.").arg(file);
    const QString text = tr("Import people from %1").arg(file);
    return finish(
        out.people.isEmpty(), [&] { return commands::CatalogImportEdits::writePeople(ws, out, text); },
        std::move(report), options);
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
    QHash<QString, CatalogRef> categoryIds;
    QHash<Id, SkillCategory> byId;
    for (const SkillCategory& c : std::as_const(categories.value()))
        byId.insert(c.id, c);
    for (const SkillCategory& c : std::as_const(categories.value())) {
        QStringList parts{c.name};
        for (Id parent = c.parentId; parent > 0 && byId.contains(parent); parent = byId.value(parent).parentId)
            parts.prepend(byId.value(parent).name);
        categoryIds.insert(key(parts.join(QStringLiteral(" / "))), CatalogRef{c.id});
    }
    QHash<QString, Skill> skillByName;
    for (const Skill& s : std::as_const(skills.value()))
        skillByName.insert(key(s.name), s);

    Report report;
    commands::ImportedSkills out;
    QSet<QString> seen;
    const int width = int(table->header().size());
    const QList<CsvTable::Record> records = table->rows();
    for (const CsvTable::Record& record : records) {
        const QString where = tr("%1, line %2").arg(file).arg(record.line);
        QStringList rowProblems;
        if (record.fields.size() != width)
            rowProblems << tr("%1 has %2 fields, the header has %3").arg(where).arg(record.fields.size()).arg(width);
        QStringList categoryPath;
        static const QRegularExpression separator(QStringLiteral("\\s*[/>]\\s*"));
        const QStringList segments = cell(record, categoryCol).split(separator);
        for (const QString& part : segments) {
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
        CatalogRef parent;
        for (int depth = 0; depth < categoryPath.size(); ++depth) {
            const QString full = key(categoryPath.mid(0, depth + 1).join(QStringLiteral(" / ")));
            if (!categoryIds.contains(full)) {
                out.newCategories.append({categoryPath.at(depth), parent, int(categoryIds.size())});
                categoryIds.insert(full, CatalogRef{0, int(out.newCategories.size() - 1)});
                report.created << tr("category %1").arg(categoryPath.mid(0, depth + 1).join(QStringLiteral(" / ")));
            }
            parent = categoryIds.value(full);
        }
        commands::ImportedSkills::Entry skill;
        skill.name = name;
        skill.category = parent;
        if (descriptionCol >= 0)
            skill.description = cell(record, descriptionCol);
        if (skillByName.contains(key(name))) {
            skill.existing = skillByName.value(key(name)).id;
            ++report.updated;
        } else {
            skill.position = int(skillByName.size() + report.added);
            ++report.added;
        }
        out.skills << skill;
    }
    if (table->rows().isEmpty())
        report.problems << tr("%1 has a header but no skills.").arg(file);
    const QString text = tr("Import skills from %1").arg(file);
    return finish(
        out.skills.isEmpty(), [&] { return commands::CatalogImportEdits::writeSkills(ws, out, text); },
        std::move(report), options);
}

} // namespace coe
