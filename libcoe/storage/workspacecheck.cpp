// SPDX-License-Identifier: GPL-3.0-or-later
// Workspace::check(): the database's own integrity check, then the domain rules that foreign
// keys and CHECK constraints cannot express. Each rule is one query returning offending rows.
#include "domain/scale.h"
#include "storage/assessmentbatch.h"
#include "storage/dialect.h"
#include "storage/migrations.h"
#include "storage/sqlitefile.h"
#include "storage/tables.h"
#include "storage/workspace.h"

#include <QSqlRecord>

namespace coe {

namespace {

struct Rule
{
    const char* sql;     ///< returns one row per problem, its columns fill the message
    const char* message; ///< %1, %2… are the row's columns
};

// clang-format off
const Rule kRules[] = {
    {"SELECT COUNT(*) FROM scale_level HAVING COUNT(*) < 2 OR COUNT(*) > 11",
     QT_TRANSLATE_NOOP("Workspace", "scale: %1 levels (a scale has 2 to 11)")},
    {"SELECT COUNT(*), MAX(level) FROM scale_level HAVING MAX(level) <> COUNT(*) - 1",
     QT_TRANSLATE_NOOP("Workspace", "scale: %1 levels are not numbered 0 to %1 - 1 (highest is %2)")},
    {"SELECT m.meaning FROM (SELECT 'independent' AS meaning UNION ALL SELECT 'teacher') m "
     "WHERE NOT EXISTS (SELECT 1 FROM scale_level s WHERE s.meaning = m.meaning)",
     QT_TRANSLATE_NOOP("Workspace", "scale: no level means %1")},
    {"SELECT t.level, i.level FROM scale_level t, scale_level i "
     "WHERE t.meaning = 'teacher' AND i.meaning = 'independent' AND t.level < i.level",
     QT_TRANSLATE_NOOP("Workspace", "scale: the Teacher level %1 is below the Independent level %2")},
    {"SELECT e.name, p.name FROM engagement_consultant c JOIN engagement e ON e.id = c.engagement_id "
     "JOIN person p ON p.id = c.person_id WHERE p.external = 0",
     QT_TRANSLATE_NOOP("Workspace", "engagement '%1': consultant %2 is not marked external")},
    {"SELECT c.name, p.name FROM capability c JOIN person p ON p.id = c.owner_id WHERE p.external = 1",
     QT_TRANSLATE_NOOP("Workspace", "capability '%1': owner %2 is external; owners are internal staff")},
    {"SELECT c.name FROM capability c WHERE NOT EXISTS "
     "(SELECT 1 FROM capability_phase p WHERE p.capability_id = c.id)",
     QT_TRANSLATE_NOOP("Workspace", "capability '%1' has no phase")},
    {"WITH RECURSIVE walk (start_id, id, depth) AS ("
     " SELECT id, parent_id, 1 FROM skill_category WHERE parent_id IS NOT NULL"
     " UNION ALL SELECT w.start_id, c.parent_id, w.depth + 1 FROM walk w"
     " JOIN skill_category c ON c.id = w.id WHERE c.parent_id IS NOT NULL AND w.depth < 100)"
     " SELECT DISTINCT s.name FROM walk w JOIN skill_category s ON s.id = w.start_id"
     " WHERE w.id = w.start_id",
     QT_TRANSLATE_NOOP("Workspace", "skill category '%1' is its own ancestor")},
    {"SELECT a.name, COUNT(*) FROM skill_category a WHERE a.parent_id IS NULL "
     "GROUP BY a.name HAVING COUNT(*) > 1",
     QT_TRANSLATE_NOOP("Workspace", "skill category '%1' appears %2 times at the top level")},
    {"SELECT p.id FROM level_proposal p WHERE p.status = 'accepted' AND p.assessment_id IS NULL",
     QT_TRANSLATE_NOOP("Workspace", "level proposal %1 is accepted but recorded no assessment")},
    {"SELECT i.title, r.name FROM slot s JOIN summit_item i ON i.id = s.item_id "
     "JOIN room r ON r.id = s.room_id WHERE r.summit_id <> i.summit_id",
     QT_TRANSLATE_NOOP("Workspace", "summit item '%1' is scheduled in room %2 of another summit")},
    {"SELECT i.title, t.name FROM summit_item i JOIN track t ON t.id = i.track_id "
     "WHERE t.summit_id <> i.summit_id",
     QT_TRANSLATE_NOOP("Workspace", "summit item '%1' is in track %2 of another summit")},
    {"SELECT i.title, s.starts_at FROM slot s JOIN summit_item i ON i.id = s.item_id "
     "JOIN summit m ON m.id = i.summit_id "
     "WHERE SUBSTR(s.starts_at, 1, 10) < m.starts_on OR SUBSTR(s.starts_at, 1, 10) > m.ends_on",
     QT_TRANSLATE_NOOP("Workspace", "summit item '%1' is scheduled at %2, outside the summit's dates")},
};
// clang-format on

QString typeLabel(const QString& type)
{
    if (type == QLatin1String("integer"))
        return Workspace::tr("a whole number");
    if (type == QLatin1String("real"))
        return Workspace::tr("a decimal number");
    if (type == QLatin1String("text"))
        return Workspace::tr("text");
    return Workspace::tr("binary data");
}

/// SQLite keeps any value in any column of a table that is not STRICT: a file written by
/// another program may hold text where a number belongs, or a value of hundreds of MB. One
/// pass per table reads only the values' headers (typeof and octet_length load no content).
Result<QStringList> valueProblems(const Workspace& ws, int version)
{
    constexpr int kRowsShown = 5; // per table
    auto tables = SqliteFile::schemaTables(version);
    if (!tables)
        return tables.error();
    QStringList problems;
    for (const QString& table : std::as_const(tables.value())) {
        // The file's own columns (an older schema version has fewer), each with the type the
        // description of the tables gives it.
        QSqlQuery info = ws.prepare(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
        if (auto done = ws.exec(info); !done)
            return done.error();
        const Table* described = Tables::find(table);
        QList<std::pair<QString, QString>> columns; // name, expected typeof (empty: any)
        while (info.next()) {
            const QString name = info.value(QStringLiteral("name")).toString();
            const Column* column = described ? described->column(name) : nullptr;
            columns.append({name, column ? column->typeName() : QString()});
        }
        QStringList select{QStringLiteral("rowid AS row_number")};
        QStringList bad;
        for (const auto& [column, type] : std::as_const(columns)) {
            select << QStringLiteral("typeof(\"%1\") AS \"type_%2\", octet_length(\"%1\") AS \"bytes_%2\"")
                          .arg(column)
                          .arg(select.size());
            bad << QStringLiteral("octet_length(\"%1\") > %2").arg(column).arg(SqliteFile::kMaxValueBytes);
            if (!type.isEmpty())
                bad << QStringLiteral("typeof(\"%1\") NOT IN ('%2', 'null')").arg(column, type);
        }
        QSqlQuery rows = ws.prepare(QStringLiteral("SELECT %1 FROM \"%2\" WHERE %3 LIMIT %4")
                                        .arg(select.join(QStringLiteral(", ")), table, bad.join(QStringLiteral(" OR ")))
                                        .arg(kRowsShown));
        if (auto done = ws.exec(rows); !done)
            return done.error();
        while (rows.next()) {
            for (qsizetype c = 0; c < columns.size(); ++c) {
                const QString actual = rows.value(QStringLiteral("type_%1").arg(c + 1)).toString();
                const qint64 bytes = rows.value(QStringLiteral("bytes_%1").arg(c + 1)).toLongLong();
                const QString where =
                    Workspace::tr("%1, row %2: %3")
                        .arg(table, rows.value(QStringLiteral("row_number")).toString(), columns.at(c).first);
                if (bytes > SqliteFile::kMaxValueBytes)
                    problems << Workspace::tr("%1 holds %2 MB; CoE Studio reads values of at most %3 MB")
                                    .arg(where)
                                    .arg(bytes >> 20)
                                    .arg(SqliteFile::kMaxValueBytes >> 20);
                else if (!columns.at(c).second.isEmpty() && actual != columns.at(c).second &&
                         actual != QLatin1String("null"))
                    problems << Workspace::tr("%1 holds %2 where CoE Studio keeps %3")
                                    .arg(where, typeLabel(actual), typeLabel(columns.at(c).second));
            }
        }
    }
    return problems;
}

} // namespace

Result<QStringList> Workspace::check() const
{
    QSqlDatabase db = database();
    // The check reads every page: through the memory map, the whole file would become resident
    // in this process (300 MB for a file holding a 300 MB value) for no gain. It reads through
    // SQLite's small page cache instead, and maps again when done.
    struct Unmapped
    {
        const Workspace& ws;
        qint64 mapped = -1;
        explicit Unmapped(const Workspace& w) : ws(w)
        {
            if (!ws.location().isFile())
                return;
            QSqlQuery query = ws.prepare(QStringLiteral("PRAGMA mmap_size"));
            if (query.exec() && query.next())
                mapped = query.value(QStringLiteral("mmap_size")).toLongLong();
            query.finish();
            QSqlQuery off = ws.prepare(QStringLiteral("PRAGMA mmap_size = 0"));
            off.exec();
        }
        ~Unmapped()
        {
            if (mapped < 0)
                return;
            QSqlQuery on = ws.prepare(QStringLiteral("PRAGMA mmap_size = %1").arg(mapped));
            on.exec();
        }
    } unmapped(*this);
    auto storage = m_dialect->integrityProblems(db);
    if (!storage)
        return storage.error();
    QStringList problems = storage.value();
    if (m_location.isFile()) {
        auto values = valueProblems(*this, m_schemaVersion);
        if (!values)
            return values.error();
        problems << values.value();
    }
    if (!problems.isEmpty())
        return problems; // domain queries on a damaged file would only add noise, or trip over its values

    if (m_schemaVersion != Migrations::latestVersion())
        problems << tr("schema: version %1, expected %2").arg(m_schemaVersion).arg(Migrations::latestVersion());
    for (const Rule& rule : kRules) {
        QSqlQuery query = prepare(QString::fromLatin1(rule.sql));
        if (auto done = exec(query); !done) {
            problems << done.error().message;
            continue;
        }
        while (query.next()) {
            QString message = tr(rule.message);
            for (int i = 0; i < query.record().count(); ++i)
                message = message.arg(query.value(i).toString());
            problems << message;
        }
    }
    auto batches = AssessmentBatches::check(*this);
    if (!batches)
        return batches.error();
    problems << batches.value();
    return problems;
}

} // namespace coe
