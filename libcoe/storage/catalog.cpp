// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/catalog.h"

#include "storage/columns.h"
#include "storage/schema.h"
#include "storage/workspace.h"

#include <QCollator>
#include <QHash>

#include <algorithm>
#include <vector>

namespace coe {

namespace {

/// Appends the rows of id, name, description and version (teams, roles) to @p list.
template<typename T> void appendNamed(QSqlQuery& q, QList<T>& list)
{
    const int id = column(q, "id");
    const int name = column(q, "name");
    const int description = column(q, "description");
    const int version = column(q, "version");
    while (q.next())
        list.append({q.value(id).toLongLong(), q.value(name).toString(), q.value(description).toString(),
                     q.value(version).toInt()});
}

const char* const kPersonColumns = "SELECT id, name, email, external, team_id, role_id, time_zone, version FROM person";

void appendPeople(QSqlQuery& q, QList<Person>& list)
{
    const int id = column(q, "id");
    const int name = column(q, "name");
    const int email = column(q, "email");
    const int external = column(q, "external");
    const int team = column(q, "team_id");
    const int role = column(q, "role_id");
    const int timeZone = column(q, "time_zone");
    const int version = column(q, "version");
    while (q.next()) {
        list.append({q.value(id).toLongLong(), q.value(name).toString(), q.value(email).toString(),
                     q.value(external).toInt() != 0, q.value(team).toLongLong(), q.value(role).toLongLong(),
                     q.value(timeZone).toString(), q.value(version).toInt()});
    }
}

} // namespace

Result<QList<Team>> Catalog::teams() const
{
    QSqlQuery q = m_workspace.prepare(QStringLiteral("SELECT id, name, description, version FROM team ORDER BY name"));
    if (auto done = m_workspace.exec(q); !done)
        return done.error();
    QList<Team> list;
    appendNamed(q, list);
    return list;
}

Result<QList<Role>> Catalog::roles() const
{
    QSqlQuery q = m_workspace.prepare(QStringLiteral("SELECT id, name, description, version FROM role ORDER BY name"));
    if (auto done = m_workspace.exec(q); !done)
        return done.error();
    QList<Role> list;
    appendNamed(q, list);
    return list;
}

Result<QList<Person>> Catalog::peopleWithIds(const QList<Id>& ids) const
{
    QList<Person> list;
    auto done = m_workspace.execForValues(QString::fromLatin1(kPersonColumns) + QStringLiteral(" WHERE id IN (%1)"),
                                          ids, [&list](QSqlQuery& q) { appendPeople(q, list); });
    if (!done)
        return done.error();
    return list;
}

Result<QList<Person>> Catalog::people() const
{
    QSqlQuery q = m_workspace.prepare(QString::fromLatin1(kPersonColumns) + QStringLiteral(" ORDER BY id"));
    if (auto done = m_workspace.exec(q); !done)
        return done.error();
    QList<Person> list;
    appendPeople(q, list);
    // As people read names: "Person 2" before "Person 10", case and accents aside.
    // The C locale's collation ignores numeric mode; English collation sorts the same letters.
    QCollator collator(QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale());
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::vector<std::pair<QCollatorSortKey, qsizetype>> keys;
    keys.reserve(size_t(list.size()));
    for (qsizetype i = 0; i < list.size(); ++i)
        keys.emplace_back(collator.sortKey(list.at(i).name), i);
    std::stable_sort(keys.begin(), keys.end(),
                     [](const auto& a, const auto& b) { return a.first.compare(b.first) < 0; });
    QList<Person> sorted;
    sorted.reserve(list.size());
    for (const auto& key : keys)
        sorted.append(list.at(key.second));
    return sorted;
}

namespace {

/// Categories whose parents form a tree, whatever the file holds: a workspace written by
/// another program (or damaged) may have a category inside itself, a circle of parents, a
/// chain deeper than any real catalogue, or two rows with one id (a damaged file once had a
/// category 0, which every walk from the top took for its own child). Every reader walks
/// parents (paths, the matrix, the skill tree), so this is mended here, once: a category whose
/// parents lead back to it, or more than kMaxDepth levels up, is read as a top-level one, and
/// an id that is not positive or repeats is left out. `coectl check` still reports the file.
QList<SkillCategory> asForest(QList<SkillCategory> list)
{
    constexpr int kMaxDepth = 100; // as deep as the check's rule walks
    QHash<Id, qsizetype> at;
    QList<SkillCategory> unique;
    unique.reserve(list.size());
    for (SkillCategory& c : list) {
        if (c.id > 0 && !at.contains(c.id)) {
            at.insert(c.id, unique.size());
            unique.append(std::move(c));
        }
    }
    enum State : char
    {
        Unseen,
        OnPath,
        Done
    };
    std::vector<State> state(size_t(unique.size()), Unseen);
    std::vector<int> depth(size_t(unique.size()), 0); // of each Done category: 1 at the top
    for (qsizetype start = 0; start < unique.size(); ++start) {
        // Up from here to the top, to a category already placed, or round to this walk again.
        QList<qsizetype> path;
        qsizetype i = start;
        while (i >= 0 && state[size_t(i)] == Unseen) {
            state[size_t(i)] = OnPath;
            path.append(i);
            qsizetype parent = at.value(unique.at(i).parentId, -1);
            if (parent >= 0 && state[size_t(parent)] == OnPath) {
                unique[i].parentId = 0; // the circle ends here
                parent = -1;
            }
            i = parent;
        }
        // Back down, numbering the levels.
        int level = i >= 0 ? depth[size_t(i)] : 0;
        for (qsizetype k = path.size() - 1; k >= 0; --k) {
            const qsizetype c = path.at(k);
            if (++level > kMaxDepth) {
                unique[c].parentId = 0;
                level = 1;
            }
            depth[size_t(c)] = level;
            state[size_t(c)] = Done;
        }
    }
    return unique;
}

} // namespace

Result<QList<SkillCategory>> Catalog::categories() const
{
    QSqlQuery q = m_workspace.prepare(
        QStringLiteral("SELECT id, parent_id, name, position, version FROM skill_category ORDER BY position, name"));
    if (auto done = m_workspace.exec(q); !done)
        return done.error();
    const int id = column(q, "id");
    const int parent = column(q, "parent_id");
    const int name = column(q, "name");
    const int position = column(q, "position");
    const int version = column(q, "version");
    QList<SkillCategory> list;
    while (q.next())
        list.append({q.value(id).toLongLong(), q.value(parent).toLongLong(), q.value(name).toString(),
                     q.value(position).toInt(), q.value(version).toInt()});
    return asForest(std::move(list));
}

Result<QList<Skill>> Catalog::skills() const
{
    QSqlQuery q = m_workspace.prepare(QStringLiteral(
        "SELECT id, category_id, name, description, position, version FROM skill ORDER BY position, name"));
    if (auto done = m_workspace.exec(q); !done)
        return done.error();
    const int id = column(q, "id");
    const int category = column(q, "category_id");
    const int name = column(q, "name");
    const int description = column(q, "description");
    const int position = column(q, "position");
    const int version = column(q, "version");
    QList<Skill> list;
    while (q.next())
        list.append({q.value(id).toLongLong(), q.value(category).toLongLong(), q.value(name).toString(),
                     q.value(description).toString(), q.value(position).toInt(), q.value(version).toInt()});
    return list;
}

Result<QList<std::pair<QString, Skill>>> Catalog::skillsByCategory() const
{
    auto categoryList = categories();
    auto skillList = skills();
    if (!categoryList || !skillList)
        return !categoryList ? categoryList.error() : skillList.error();
    QHash<Id, std::pair<int, QString>> category; // id → (display order, name)
    for (int i = 0; i < categoryList->size(); ++i)
        category.insert(categoryList->at(i).id, {i, categoryList->at(i).name});
    QList<Skill> sorted = skillList.take();
    std::stable_sort(sorted.begin(), sorted.end(), [&category](const Skill& a, const Skill& b) {
        return category.value(a.categoryId).first < category.value(b.categoryId).first;
    });
    QList<std::pair<QString, Skill>> result;
    result.reserve(sorted.size());
    for (const Skill& s : std::as_const(sorted))
        result.append({category.value(s.categoryId).second, s});
    return result;
}

Result<QList<TeamRequirement>> Catalog::requirements() const
{
    QSqlQuery q = m_workspace.prepare(
        QStringLiteral("SELECT team_id, skill_id, min_independent, teacher_required FROM team_requirement"));
    if (auto done = m_workspace.exec(q); !done)
        return done.error();
    const int team = column(q, "team_id");
    const int skill = column(q, "skill_id");
    const int minIndependent = column(q, "min_independent");
    const int teacherRequired = column(q, "teacher_required");
    QList<TeamRequirement> list;
    while (q.next())
        list.append({q.value(team).toLongLong(), q.value(skill).toLongLong(), q.value(minIndependent).toInt(),
                     q.value(teacherRequired).toInt() != 0});
    return list;
}

Result<QHash<Id, int>> Catalog::roleTargets(Id role) const
{
    QSqlQuery q = m_workspace.prepare(QStringLiteral("SELECT skill_id, level FROM role_target WHERE role_id = :role"));
    q.bindValue(QStringLiteral(":role"), role);
    if (auto done = m_workspace.exec(q); !done)
        return done.error();
    const int skill = column(q, "skill_id");
    const int level = column(q, "level");
    QHash<Id, int> levels;
    while (q.next())
        levels.insert(q.value(skill).toLongLong(), q.value(level).toInt());
    return levels;
}

Result<QString> Catalog::planningStamp() const
{
    QSqlQuery q = m_workspace.prepare(QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM person) AS people, (SELECT COALESCE(MAX(id), 0) FROM person) "
        "AS last_person, (SELECT COALESCE(SUM(version), 0) FROM person) AS person_versions, "
        "(SELECT COUNT(*) FROM skill) AS skills, (SELECT COALESCE(MAX(id), 0) FROM skill) AS last_skill, "
        "(SELECT COALESCE(SUM(version), 0) FROM skill) AS skill_versions, "
        "(SELECT COUNT(*) FROM scale_level) AS levels, "
        "(SELECT COALESCE(SUM(level), 0) FROM scale_level) AS level_sum"));
    if (auto done = m_workspace.exec(q); !done)
        return done.error();
    q.next();
    QStringList parts;
    for (const char* name :
         {"people", "last_person", "person_versions", "skills", "last_skill", "skill_versions", "levels", "level_sum"})
        parts << field(q, name).toString();
    return parts.join(QLatin1Char(' '));
}

Result<QMap<QString, qint64>> Catalog::counts() const
{
    QMap<QString, qint64> counts;
    for (const QString& table : Schema::tables()) {
        if (table == QLatin1String("meta"))
            continue;
        QSqlQuery q = m_workspace.prepare(QStringLiteral("SELECT COUNT(*) AS row_count FROM %1").arg(table));
        if (auto done = m_workspace.exec(q); !done)
            return done.error();
        q.next();
        counts.insert(table, field(q, "row_count").toLongLong());
    }
    return counts;
}

} // namespace coe
