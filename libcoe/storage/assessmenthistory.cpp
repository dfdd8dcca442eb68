// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/assessmenthistory.h"

#include "storage/columns.h"
#include "storage/dialect.h"
#include "storage/packedassessment.h"
#include "storage/workspace.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace coe {

Result<std::optional<AssessmentHistory::Note>> AssessmentHistory::latestNote(Id person, Id skill) const
{
    QSqlQuery q = m_workspace.prepare(QStringLiteral(
        "SELECT note, source, assessed_on FROM assessment WHERE person_id = :p AND skill_id = :s AND note <> '' "
        "ORDER BY assessed_on DESC, id DESC LIMIT 1"));
    q.bindValue(QStringLiteral(":p"), person);
    q.bindValue(QStringLiteral(":s"), skill);
    if (auto done = m_workspace.exec(q); !done)
        return done.error();
    if (!q.next())
        return std::optional<Note>();
    return std::optional(Note{q.value(QStringLiteral("note")).toString(),
                              sourceFromName(q.value(QStringLiteral("source")).toString()).value_or(Source::Lead),
                              QDate::fromString(q.value(QStringLiteral("assessed_on")).toString(), Qt::ISODate)});
}

Result<QList<AssessmentHistory::Entry>> AssessmentHistory::cellRows(Id person, Id skill, int limit) const
{
    QSqlQuery q = m_workspace.prepare(QStringLiteral(
        "SELECT id, assessed_on, source, level, note FROM assessment WHERE person_id = :p AND skill_id = :s "
        "ORDER BY assessed_on DESC, id DESC LIMIT :n"));
    q.bindValue(QStringLiteral(":p"), person);
    q.bindValue(QStringLiteral(":s"), skill);
    q.bindValue(QStringLiteral(":n"), limit);
    if (auto done = m_workspace.exec(q); !done)
        return done.error();
    const int id = column(q, "id");
    const int assessedOn = column(q, "assessed_on");
    const int source = column(q, "source");
    const int level = column(q, "level");
    const int note = column(q, "note");
    QList<Entry> entries;
    while (q.next()) {
        entries << Entry{q.value(id).toLongLong(), q.value(assessedOn).toString(), q.value(source).toString(),
                         q.value(level).isNull() ? std::nullopt : std::optional<int>(q.value(level).toInt()),
                         q.value(note).toString()};
    }
    return entries;
}

Result<void> AssessmentHistory::requiredRows(const std::function<void(const Packed&)>& each) const
{
    // Written from people outwards: SQLite takes CROSS JOIN as the join order and walks each
    // person's entries of the covering history index once (PostgreSQL plans freely). No ORDER
    // BY: the caller orders the rows, which is cheaper than the database's sort. One integer
    // carries source, level, interest and the Julian day (packed * 10^8 + day: SQLite's
    // julianday() costs less than rewriting the date text), another person and skill (ids stay
    // below 2^32), to keep the driver's per-value cost low.
    const QString packed = QStringLiteral("(CAST(%1 AS BIGINT) * 100000000 + %2)")
                               .arg(PackedAssessment::sql(QStringLiteral("a."), /*note=*/false),
                                    m_workspace.dialect().julianDay(QStringLiteral("a.assessed_on")));
    QSqlQuery q = m_workspace.prepare(
        QStringLiteral("SELECT a.person_id * 4294967296 + a.skill_id AS cell, a.id AS id, %1 AS packed FROM person p "
                       "CROSS JOIN team_requirement r CROSS JOIN assessment a "
                       "WHERE r.team_id = p.team_id AND a.person_id = p.id AND a.skill_id = r.skill_id "
                       "UNION ALL SELECT a.person_id * 4294967296 + a.skill_id, a.id, %1 FROM "
                       "engagement_consultant c CROSS JOIN engagement e "
                       "CROSS JOIN team_requirement r CROSS JOIN assessment a WHERE e.id = c.engagement_id "
                       "AND r.team_id = e.team_id "
                       "AND a.person_id = c.person_id AND a.skill_id = r.skill_id")
            .arg(packed));
    if (auto done = m_workspace.exec(q); !done)
        return done.error();
    const int cell = column(q, "cell");
    const int id = column(q, "id");
    const int value = column(q, "packed");
    Packed row;
    while (q.next()) {
        row.cell = quint64(q.value(cell).toLongLong());
        row.id = q.value(id).toLongLong();
        row.value = q.value(value).toLongLong();
        each(row);
    }
    return {};
}

} // namespace coe
