// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/assessmentbatch.h"

#include "storage/columns.h"
#include "storage/workspace.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace coe {

namespace {

constexpr qint64 kMinimumCells = 1000;

/// Inserts the grid's rows or columns as link rows.
Result<void> insertLinks(const Workspace& ws, const QString& table, const QString& column, Id batch,
                         const QList<Id>& ids)
{
    return ws.insertRows(table, {QStringLiteral("batch_id"), QStringLiteral("position"), column}, ids.size(),
                         [&](QSqlQuery& q, int at, qsizetype row) {
                             q.bindValue(at, batch);
                             q.bindValue(at + 1, int(row));
                             q.bindValue(at + 2, ids.at(row));
                         });
}

/// Fills the grid rows or columns of every batch in @p byId from a link table.
Result<void> readLinks(const Workspace& ws, const QString& table, const QString& idColumn,
                       QHash<Id, AssessmentBatch*>& byId, QList<Id> AssessmentBatch::* positions)
{
    QSqlQuery q = ws.prepare(QStringLiteral("SELECT batch_id, position, %1 FROM %2").arg(idColumn, table));
    if (auto done = ws.exec(q); !done)
        return done;
    const int batchAt = column(q, "batch_id");
    const int positionAt = column(q, "position");
    const int idAt = column(q, idColumn);
    while (q.next()) {
        AssessmentBatch* batch = byId.value(q.value(batchAt).toLongLong());
        const qsizetype position = q.value(positionAt).toLongLong();
        if (batch && position >= 0 && position < (batch->*positions).size())
            (batch->*positions)[position] = q.value(idAt).toLongLong();
    }
    return {};
}

} // namespace

bool AssessmentBatches::worthABatch(qint64 cells, qint64 people, qint64 skills)
{
    return cells >= kMinimumCells && cells * 4 >= people * skills;
}

Result<std::vector<AssessmentBatch>> AssessmentBatches::all(const Workspace& ws)
{
    std::vector<AssessmentBatch> batches;
    QSqlQuery q = ws.prepare(QStringLiteral("SELECT id, after_id, source, assessed_on, people, skills, levels "
                                            "FROM assessment_batch ORDER BY after_id, id"));
    if (auto done = ws.exec(q); !done)
        return done.error();
    const int idAt = column(q, "id");
    const int afterAt = column(q, "after_id");
    const int sourceAt = column(q, "source");
    const int assessedOnAt = column(q, "assessed_on");
    const int peopleAt = column(q, "people");
    const int skillsAt = column(q, "skills");
    const int levelsAt = column(q, "levels");
    while (q.next()) {
        AssessmentBatch batch;
        batch.id = q.value(idAt).toLongLong();
        batch.afterId = q.value(afterAt).toLongLong();
        batch.source = sourceFromName(q.value(sourceAt).toString()).value_or(Source::Lead);
        batch.assessedOn = QDate::fromString(q.value(assessedOnAt).toString(), Qt::ISODate);
        const qint64 people = q.value(peopleAt).toLongLong();
        const qint64 skills = q.value(skillsAt).toLongLong();
        batch.levels = q.value(levelsAt).toByteArray();
        // Checked before anything is sized by them: a damaged row must not ask for terabytes.
        if (people < 0 || skills < 0 || (skills > 0 && people > batch.levels.size() / skills) ||
            batch.levels.size() != people * skills)
            return Error{Error::Corrupt,
                         tr("Assessment batch %1 is damaged: its grid holds %2 bytes for %3 × %4 cells.")
                             .arg(batch.id)
                             .arg(batch.levels.size())
                             .arg(people)
                             .arg(skills)};
        batch.people = QList<Id>(people, 0);
        batch.skills = QList<Id>(skills, 0);
        batches.push_back(std::move(batch));
    }
    if (batches.empty())
        return batches;
    QHash<Id, AssessmentBatch*> byId;
    for (AssessmentBatch& batch : batches)
        byId.insert(batch.id, &batch);
    if (auto done = readLinks(ws, QStringLiteral("assessment_batch_person"), QStringLiteral("person_id"), byId,
                              &AssessmentBatch::people);
        !done)
        return done.error();
    if (auto done = readLinks(ws, QStringLiteral("assessment_batch_skill"), QStringLiteral("skill_id"), byId,
                              &AssessmentBatch::skills);
        !done)
        return done.error();
    return batches;
}

Result<void> AssessmentBatches::insert(Workspace& ws, AssessmentBatch& batch)
{
    Q_ASSERT(batch.levels.size() == qint64(batch.people.size()) * batch.skills.size());
    QSqlQuery last = ws.prepare(QStringLiteral("SELECT COALESCE(MAX(id), 0) AS last_id FROM assessment"));
    if (auto done = ws.exec(last); !done)
        return done;
    last.next();
    batch.afterId = field(last, "last_id").toLongLong();
    last.finish();
    QSqlQuery q = ws.prepare(
        QStringLiteral("INSERT INTO assessment_batch (id, after_id, source, assessed_on, people, skills, levels) "
                       "VALUES (:id, :after, :source, :on, :people, :skills, :levels)"));
    q.bindValue(QStringLiteral(":id"), batch.id);
    q.bindValue(QStringLiteral(":after"), batch.afterId);
    q.bindValue(QStringLiteral(":source"), sourceName(batch.source));
    q.bindValue(QStringLiteral(":on"), batch.assessedOn.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":people"), qint64(batch.people.size()));
    q.bindValue(QStringLiteral(":skills"), qint64(batch.skills.size()));
    q.bindValue(QStringLiteral(":levels"), batch.levels);
    if (auto done = ws.exec(q); !done)
        return done;
    if (auto done = insertLinks(ws, QStringLiteral("assessment_batch_person"), QStringLiteral("person_id"), batch.id,
                                batch.people);
        !done)
        return done;
    return insertLinks(ws, QStringLiteral("assessment_batch_skill"), QStringLiteral("skill_id"), batch.id,
                       batch.skills);
}

Result<QList<BatchCell>> AssessmentBatches::cellHistory(const Workspace& ws, Id person, Id skill)
{
    // One byte of each grid that holds the cell; positions count from 0, substring from 1.
    QSqlQuery q = ws.prepare(QStringLiteral(
        "SELECT b.after_id, b.source, b.assessed_on, substring(b.levels, p.position * b.skills + s.position + 1, 1) "
        "AS level_byte "
        "FROM assessment_batch b JOIN assessment_batch_person p ON p.batch_id = b.id "
        "JOIN assessment_batch_skill s ON s.batch_id = b.id "
        "WHERE p.person_id = :p AND s.skill_id = :s ORDER BY b.after_id, b.id"));
    q.bindValue(QStringLiteral(":p"), person);
    q.bindValue(QStringLiteral(":s"), skill);
    if (auto done = ws.exec(q); !done)
        return done.error();
    const int afterAt = column(q, "after_id");
    const int sourceAt = column(q, "source");
    const int assessedOnAt = column(q, "assessed_on");
    const int byteAt = column(q, "level_byte");
    QList<BatchCell> cells;
    while (q.next()) {
        const QByteArray byte = q.value(byteAt).toByteArray();
        if (byte.size() != 1 || byte.at(0) == 0)
            continue;
        cells.append({q.value(afterAt).toLongLong(),
                      sourceFromName(q.value(sourceAt).toString()).value_or(Source::Lead),
                      QDate::fromString(q.value(assessedOnAt).toString(), Qt::ISODate), int(byte.at(0)) - 1});
    }
    return cells;
}

Result<qint64> AssessmentBatches::cellCount(const Workspace& ws)
{
    auto batches = all(ws);
    if (!batches)
        return batches.error();
    qint64 count = 0;
    for (const AssessmentBatch& batch : batches.value()) {
        for (qsizetype p = 0; p < batch.people.size(); ++p) {
            if (!batch.people.at(p))
                continue;
            for (qsizetype s = 0; s < batch.skills.size(); ++s)
                count += batch.skills.at(s) && batch.level(p, s).has_value();
        }
    }
    return count;
}

Result<QStringList> AssessmentBatches::check(const Workspace& ws)
{
    QStringList problems;
    QSqlQuery q = ws.prepare(QStringLiteral(
        "SELECT b.id, length(b.levels) AS level_bytes, b.people, b.skills, "
        "(SELECT COUNT(*) FROM assessment_batch_person p WHERE p.batch_id = b.id AND p.position >= b.people) "
        "AS people_outside, "
        "(SELECT COUNT(*) FROM assessment_batch_skill s WHERE s.batch_id = b.id AND s.position >= b.skills) "
        "AS skills_outside "
        "FROM assessment_batch b ORDER BY b.id"));
    if (auto done = ws.exec(q); !done)
        return done.error();
    const int idAt = column(q, "id");
    const int bytesAt = column(q, "level_bytes");
    const int peopleAt = column(q, "people");
    const int skillsAt = column(q, "skills");
    const int peopleOutsideAt = column(q, "people_outside");
    const int skillsOutsideAt = column(q, "skills_outside");
    while (q.next()) {
        const Id id = q.value(idAt).toLongLong();
        const qint64 bytes = q.value(bytesAt).toLongLong();
        const qint64 people = q.value(peopleAt).toLongLong();
        const qint64 skills = q.value(skillsAt).toLongLong();
        if (bytes != people * skills)
            problems << tr("assessment batch %1: %2 bytes of levels for %3 people × %4 skills")
                            .arg(id)
                            .arg(bytes)
                            .arg(people)
                            .arg(skills);
        if (const qint64 outside = q.value(peopleOutsideAt).toLongLong() + q.value(skillsOutsideAt).toLongLong();
            outside > 0)
            problems << tr("assessment batch %1: %n link(s) outside its grid", nullptr, int(outside)).arg(id);
    }
    if (!problems.isEmpty())
        return problems;
    QSqlQuery top = ws.prepare(QStringLiteral("SELECT MAX(level) AS top_level FROM scale_level"));
    if (auto done = ws.exec(top); !done)
        return done.error();
    const QVariant topLevel = top.next() ? field(top, "top_level") : QVariant();
    const int maxByte = !topLevel.isNull() ? topLevel.toInt() + 1 : 0;
    auto batches = all(ws);
    if (!batches)
        return batches.error();
    for (const AssessmentBatch& batch : batches.value()) {
        const auto bad =
            std::find_if(batch.levels.cbegin(), batch.levels.cend(), [maxByte](char v) { return quint8(v) > maxByte; });
        if (bad != batch.levels.cend())
            problems << tr("assessment batch %1: cell %2 holds %3, which is no level on the scale")
                            .arg(batch.id)
                            .arg(bad - batch.levels.cbegin())
                            .arg(int(quint8(*bad)) - 1);
    }
    return problems;
}

} // namespace coe
