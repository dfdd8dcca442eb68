// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/matrixdata.h"

#include "storage/assessmentbatch.h"
#include "storage/catalog.h"
#include "storage/columns.h"
#include "storage/dialect.h"
#include "storage/packedassessment.h"
#include "storage/scalelevels.h"
#include "storage/workspace.h"

#include <limits>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace coe {

namespace {
const QDate kEpoch(2000, 1, 1);

/// The ids of people or skills, in their order.
template<typename Info> QList<Id> idsOf(const QList<Info>& list)
{
    QList<Id> ids;
    ids.reserve(list.size());
    for (const Info& info : list)
        ids << info.id;
    return ids;
}

/// The matrix index of @p id in a dense id → index table, or -1 when it is not loaded.
int indexIn(const std::vector<int>& dense, Id id)
{
    return id > 0 && size_t(id) < dense.size() ? dense[size_t(id)] : -1;
}

/// Calls @p visit(grid position, matrix cell) for every position of a people × skills grid
/// (a batch, the matrix cache) whose person and skill are loaded.
template<typename F>
void eachLoadedCell(const QList<Id>& people, const QList<Id>& skills, const std::vector<int>& personOf,
                    const std::vector<int>& skillOf, size_t skillCount, F&& visit)
{
    std::vector<int> columns(size_t(skills.size()));
    for (qsizetype s = 0; s < skills.size(); ++s)
        columns[size_t(s)] = indexIn(skillOf, skills.at(s));
    for (qsizetype p = 0; p < people.size(); ++p) {
        const int person = indexIn(personOf, people.at(p));
        if (person < 0)
            continue;
        const size_t row = size_t(p) * columns.size();
        for (size_t s = 0; s < columns.size(); ++s) {
            if (columns[s] >= 0)
                visit(row + s, size_t(person) * skillCount + size_t(columns[s]));
        }
    }
}

/// Where rowQuery()'s columns are in its result; id is -1 when it was not selected.
struct RowColumns
{
    int person;
    int skill;
    int packed;
    int day;
    int id;
};

RowColumns rowColumns(const QSqlQuery& q, bool withId)
{
    return {column(q, "person_id"), column(q, "skill_id"), column(q, "packed"), column(q, "julian_day"),
            withId ? column(q, "id") : -1};
}

/// A date as stored per cell: days since the epoch, from 1.
quint16 dayOf(qint64 julianDay)
{
    return quint16(std::clamp<qint64>(julianDay - kEpoch.toJulianDay() + 1, 1, 65535));
}
} // namespace

Result<void> MatrixData::load(Workspace& ws)
{
    Catalog catalog(ws);
    auto people = catalog.people();
    auto categories = catalog.categories();
    auto skills = catalog.skills();
    auto scale = readScale(ws);
    if (!people || !categories || !skills || !scale)
        return !people ? people.error() : !categories ? categories.error() : !skills ? skills.error() : scale.error();
    m_scale = scale.value();
    m_teamNames.clear();
    if (auto teams = catalog.teams()) {
        for (const Team& t : std::as_const(teams.value()))
            m_teamNames.insert(t.id, t.name);
    }

    m_people.clear();
    m_personIndex.clear();
    for (const Person& p : std::as_const(people.value())) {
        m_personIndex.insert(p.id, int(m_people.size()));
        m_people.append({p.id, p.name, p.email, p.teamId, p.roleId, p.external});
    }

    // Categories depth-first in display order, each with its full path; skills follow them.
    QHash<Id, QList<SkillCategory>> children;
    for (const SkillCategory& c : std::as_const(categories.value()))
        children[c.parentId].append(c);
    QHash<Id, QList<Skill>> skillsOf;
    for (const Skill& s : std::as_const(skills.value()))
        skillsOf[s.categoryId].append(s);
    m_categories.clear();
    m_skills.clear();
    m_skillIndex.clear();
    std::function<void(Id, const QString&)> walk = [&](Id parent, const QString& prefix) {
        const QList<SkillCategory> kids = children.value(parent);
        for (const SkillCategory& c : kids) {
            const QString path = prefix.isEmpty() ? c.name : prefix + QStringLiteral(" / ") + c.name;
            CategoryInfo info{c.id, path, {}};
            const QList<Skill> catSkills = skillsOf.value(c.id);
            for (const Skill& s : catSkills) {
                info.skills << int(m_skills.size());
                m_skillIndex.insert(s.id, int(m_skills.size()));
                m_skills.append({s.id, s.name, c.id, int(m_categories.size())});
            }
            if (!info.skills.isEmpty())
                m_categories.append(info);
            walk(c.id, path);
        }
    };
    walk(0, QString());

    const size_t cells = size_t(m_people.size()) * size_t(m_skills.size());
    for (auto& levels : m_levels)
        levels.assign(cells, 0);
    m_interest.assign(cells, 0);
    m_days.assign(cells, 0);

    std::vector<int> personOf;
    std::vector<int> skillOf;
    const auto dense = [](const QHash<Id, int>& index, std::vector<int>& out) {
        Id max = 0;
        for (auto it = index.cbegin(); it != index.cend(); ++it)
            max = std::max(max, it.key());
        out.assign(size_t(max) + 1, -1);
        for (auto it = index.cbegin(); it != index.cend(); ++it)
            out[size_t(it.key())] = it.value();
    };
    dense(m_personIndex, personOf);
    dense(m_skillIndex, skillOf);

    // A large history comes from the matrix cache when it still describes the assessments;
    // a full read leaves a new copy.
    m_fromCache = false;
    const QString cachePath = MatrixCache::threshold() >= 0 ? MatrixCache::pathFor(ws) : QString();
    std::optional<MatrixCache::Stamp> stamp;
    if (!cachePath.isEmpty()) {
        auto now = MatrixCache::stamp(ws);
        if (!now)
            return now.error();
        stamp = now.value();
        auto cached = loadFromCache(ws, cachePath, *stamp, personOf, skillOf);
        if (!cached)
            return cached.error();
        m_fromCache = cached.value();
    }
    if (!m_fromCache) {
        auto rows = loadAssessments(ws, personOf, skillOf);
        if (!rows)
            return rows.error();
        if (stamp && rows.value() >= MatrixCache::threshold())
            writeCache(cachePath, *stamp);
    }

    m_roleTargets.clear();
    QSqlQuery roles = ws.prepare(QStringLiteral("SELECT role_id, skill_id, level FROM role_target"));
    if (auto done = ws.exec(roles); !done)
        return done;
    const int roleColumn = column(roles, "role_id");
    const int roleSkillColumn = column(roles, "skill_id");
    const int roleLevelColumn = column(roles, "level");
    while (roles.next()) {
        const int skill = m_skillIndex.value(roles.value(roleSkillColumn).toLongLong(), -1);
        if (skill < 0)
            continue;
        auto& targets = m_roleTargets[roles.value(roleColumn).toLongLong()];
        targets.resize(m_skills.size(), 0);
        targets[size_t(skill)] = quint8(roles.value(roleLevelColumn).toInt() + 1);
    }
    m_personTargets.clear();
    QSqlQuery overrides = ws.prepare(QStringLiteral("SELECT person_id, skill_id, level FROM person_target"));
    if (auto done = ws.exec(overrides); !done)
        return done;
    const int personColumn = column(overrides, "person_id");
    const int personSkillColumn = column(overrides, "skill_id");
    const int personLevelColumn = column(overrides, "level");
    while (overrides.next()) {
        const int person = m_personIndex.value(overrides.value(personColumn).toLongLong(), -1);
        const int skill = m_skillIndex.value(overrides.value(personSkillColumn).toLongLong(), -1);
        if (person >= 0 && skill >= 0)
            m_personTargets.insert(cell(person, skill), quint8(overrides.value(personLevelColumn).toInt() + 1));
    }
    return {};
}

Result<qint64> MatrixData::loadAssessments(Workspace& ws, const std::vector<int>& personOf,
                                           const std::vector<int>& skillOf)
{
    const size_t cells = m_levels[0].size();
    // Every assessment, in id order, as four integers (five with batches to place among
    // them); the newest per source wins.
    auto batches = AssessmentBatches::all(ws);
    if (!batches)
        return batches.error();
    const bool withId = !batches->empty();
    QSqlQuery q = ws.prepare(rowQuery(ws, QString(), withId));
    if (auto done = ws.exec(q); !done)
        return done.error();
    std::array<std::vector<quint16>, kSources> sourceDays;
    for (auto& days : sourceDays)
        days.assign(cells, 0);
    std::vector<quint16> interestDays(cells, 0);
    size_t nextBatch = 0;
    const auto applyBatchesBefore = [&](Id rowId) {
        for (; nextBatch < batches->size() && batches->at(nextBatch).afterId < rowId; ++nextBatch) {
            const AssessmentBatch& batch = batches->at(nextBatch);
            const size_t source = size_t(batch.source);
            const quint16 day = dayOf(batch.assessedOn.toJulianDay());
            const char* grid = batch.levels.constData();
            eachLoadedCell(batch.people, batch.skills, personOf, skillOf, size_t(m_skills.size()),
                           [&](size_t at, size_t c) {
                               if (grid[at])
                                   applyLevel(c, source, quint8(grid[at]), day, &sourceDays[source][c]);
                           });
        }
    };
    const RowColumns at = rowColumns(q, withId);
    qint64 rows = 0;
    while (q.next()) {
        ++rows;
        if (withId)
            applyBatchesBefore(q.value(at.id).toLongLong());
        const int person = indexIn(personOf, q.value(at.person).toLongLong());
        const int skill = indexIn(skillOf, q.value(at.skill).toLongLong());
        if (person < 0 || skill < 0)
            continue;
        const size_t c = cell(person, skill);
        std::array<quint16, kSources> days{sourceDays[0][c], sourceDays[1][c], sourceDays[2][c]};
        apply(c, q.value(at.packed).toInt(), q.value(at.day).toLongLong(), days.data(), &interestDays[c]);
        for (int s = 0; s < kSources; ++s)
            sourceDays[size_t(s)][c] = days[size_t(s)];
    }
    applyBatchesBefore(std::numeric_limits<Id>::max());
    for (auto& days : sourceDays)
        std::vector<quint16>().swap(days);
    std::vector<quint16>().swap(interestDays);
#ifdef __GLIBC__
    // The transient arrays above raise glibc's mmap threshold, so freed memory would stay
    // resident; hand it back.
    malloc_trim(0);
#endif
    return rows;
}

Result<bool> MatrixData::loadFromCache(Workspace& ws, const QString& path, const MatrixCache::Stamp& now,
                                       const std::vector<int>& personOf, const std::vector<int>& skillOf)
{
    constexpr qint64 kMostAppended = 1000; // read one cell at a time; beyond this a full read is faster
    auto cache = MatrixCache::read(path);
    if (!cache)
        return false;
    const MatrixCache::Stamp& then = cache->stamp;
    if (then.created != now.created || then.schema != now.schema || then.batches != now.batches ||
        then.maxBatchId != now.maxBatchId || then.batchPeople != now.batchPeople ||
        then.batchSkills != now.batchSkills || now.maxRowId < then.maxRowId)
        return false;
    // Rows since the copy; every row it was made from must still be there.
    QSqlQuery appended = ws.prepare(QStringLiteral("SELECT person_id, skill_id FROM assessment WHERE id > :id"));
    appended.bindValue(QStringLiteral(":id"), then.maxRowId);
    if (auto done = ws.exec(appended); !done)
        return done.error();
    const int personColumn = column(appended, "person_id");
    const int skillColumn = column(appended, "skill_id");
    QList<std::pair<Id, Id>> cells;
    while (appended.next() && cells.size() <= kMostAppended)
        cells.append({appended.value(personColumn).toLongLong(), appended.value(skillColumn).toLongLong()});
    appended.finish();
    if (cells.size() > kMostAppended || now.rows - cells.size() != then.rows)
        return false;

    const bool sameGrid = cache->people == idsOf(m_people) && cache->skills == idsOf(m_skills);
    if (sameGrid) {
        m_levels = std::move(cache->levels);
        m_interest = std::move(cache->interest);
        m_days = std::move(cache->days);
    } else {
        // People or skills added, removed or reordered since: map each cell.
        eachLoadedCell(cache->people, cache->skills, personOf, skillOf, size_t(m_skills.size()),
                       [&](size_t from, size_t to) {
                           for (int source = 0; source < kSources; ++source)
                               m_levels[size_t(source)][to] = cache->levels[size_t(source)][from];
                           m_interest[to] = cache->interest[from];
                           m_days[to] = cache->days[from];
                       });
    }
    for (const auto& [personId, skillId] : std::as_const(cells)) {
        const int person = m_personIndex.value(personId, -1);
        const int skill = m_skillIndex.value(skillId, -1);
        if (person >= 0 && skill >= 0) {
            if (auto done = reloadCell(ws, person, skill); !done)
                return done.error();
        }
    }
    // Many rows appended: a fresh copy saves reading them one by one next time.
    if (cells.size() > kMostAppended / 10)
        writeCache(path, now);
    return true;
}

void MatrixData::writeCache(const QString& path, const MatrixCache::Stamp& stamp) const
{
    MatrixCache::Contents contents;
    contents.stamp = stamp;
    contents.people = idsOf(m_people);
    contents.skills = idsOf(m_skills);
    contents.levels = m_levels;
    contents.interest = m_interest;
    contents.days = m_days;
    // A cache that cannot be written only costs the next open a full read.
    if (auto done = MatrixCache::write(path, contents); !done)
        qInfo("Matrix cache not written: %s", qUtf8Printable(done.error().message));
}

QString MatrixData::rowQuery(Workspace& ws, const QString& where, bool withId)
{
    return QStringLiteral("SELECT person_id, skill_id, %1 AS packed, %2 AS julian_day%3 FROM assessment %4 ORDER BY %5")
        .arg(PackedAssessment::sql(), ws.dialect().julianDay(QStringLiteral("assessed_on")),
             withId ? QStringLiteral(", id") : QString(), where,
             // For one cell, "+id" keeps SQLite from walking the (skill_id) index just because its
             // rowid order matches; the (person_id, skill_id, ...) index finds the few rows.
             where.isEmpty() ? QStringLiteral("id") : QStringLiteral("+id"));
}

void MatrixData::apply(size_t c, int packed, qint64 julianDay, quint16* sourceDays, quint16* interestDay)
{
    const PackedAssessment row = PackedAssessment::decode(packed);
    const size_t source = size_t(row.source);
    const quint16 day = dayOf(julianDay);
    if (day >= sourceDays[source]) {
        sourceDays[source] = day;
        m_levels[source][c] = quint8(row.level ? *row.level + 1 : 0);
    }
    if (row.interest && day >= *interestDay) {
        *interestDay = day;
        m_interest[c] = quint8((m_interest[c] & 0x80) | (*row.interest + 1));
    }
    if (row.note)
        m_interest[c] |= 0x80;
    if (day > m_days[c])
        m_days[c] = day;
}

bool MatrixData::dependsOn(Entity entity)
{
    switch (entity) {
    case Entity::Team:
    case Entity::Role:
    case Entity::Person:
    case Entity::SkillCategory:
    case Entity::Skill:
    case Entity::ScaleLevel:
    case Entity::Assessment:
    case Entity::RoleTarget:
    case Entity::PersonTarget:
    case Entity::Everything:
        return true;
    default:
        return false;
    }
}

Result<void> MatrixData::reloadCell(Workspace& ws, int person, int skill)
{
    const size_t c = cell(person, skill);
    for (auto& levels : m_levels)
        levels[c] = 0;
    m_interest[c] = 0;
    m_days[c] = 0;
    auto batchCells = AssessmentBatches::cellHistory(ws, m_people.at(person).id, m_skills.at(skill).id);
    if (!batchCells)
        return batchCells.error();
    QSqlQuery q = ws.prepare(rowQuery(ws, QStringLiteral("WHERE person_id = :p AND skill_id = :s"), true));
    q.bindValue(QStringLiteral(":p"), m_people.at(person).id);
    q.bindValue(QStringLiteral(":s"), m_skills.at(skill).id);
    if (auto done = ws.exec(q); !done)
        return done;
    std::array<quint16, kSources> days{};
    quint16 interestDay = 0;
    qsizetype nextBatch = 0;
    const auto applyBatchesBefore = [&](Id rowId) {
        for (; nextBatch < batchCells->size() && batchCells->at(nextBatch).afterId < rowId; ++nextBatch) {
            const BatchCell& b = batchCells->at(nextBatch);
            applyLevel(c, size_t(b.source), quint8(b.level + 1), dayOf(b.assessedOn.toJulianDay()),
                       &days[size_t(b.source)]);
        }
    };
    const RowColumns at = rowColumns(q, true);
    while (q.next()) {
        applyBatchesBefore(q.value(at.id).toLongLong());
        apply(c, q.value(at.packed).toInt(), q.value(at.day).toLongLong(), days.data(), &interestDay);
    }
    applyBatchesBefore(std::numeric_limits<Id>::max());
    return {};
}

std::optional<int> MatrixData::level(int person, int skill, Source source) const
{
    const quint8 v = m_levels[size_t(source)][cell(person, skill)];
    return v ? std::optional<int>(v - 1) : std::nullopt;
}

std::optional<int> MatrixData::effectiveLevel(int person, int skill) const
{
    const size_t c = cell(person, skill);
    for (Source source : {Source::Lead, Source::Consultant, Source::Self}) {
        if (const quint8 v = m_levels[size_t(source)][c])
            return v - 1;
    }
    return std::nullopt;
}

std::optional<int> MatrixData::interest(int person, int skill) const
{
    const quint8 v = m_interest[cell(person, skill)] & 0x7f;
    return v ? std::optional<int>(v - 1) : std::nullopt;
}

bool MatrixData::hasNote(int person, int skill) const
{
    return m_interest[cell(person, skill)] & 0x80;
}

QDate MatrixData::lastAssessed(int person, int skill) const
{
    const quint16 d = m_days[cell(person, skill)];
    return d ? kEpoch.addDays(d - 1) : QDate();
}

std::optional<int> MatrixData::target(int person, int skill) const
{
    const auto found = m_personTargets.constFind(cell(person, skill));
    if (found != m_personTargets.cend())
        return found.value() - 1;
    const auto role = m_roleTargets.constFind(m_people.at(person).roleId);
    if (role == m_roleTargets.cend() || role->empty())
        return std::nullopt;
    const quint8 v = (*role)[size_t(skill)];
    return v ? std::optional<int>(v - 1) : std::nullopt;
}

int MatrixData::gap(int person, int skill) const
{
    const auto wanted = target(person, skill);
    if (!wanted)
        return 0;
    return std::max(0, *wanted - effectiveLevel(person, skill).value_or(0));
}

qint64 MatrixData::cellBytes() const
{
    qint64 bytes = qint64(m_interest.capacity()) + qint64(m_days.capacity()) * 2;
    for (const auto& levels : m_levels)
        bytes += qint64(levels.capacity());
    return bytes;
}

} // namespace coe
