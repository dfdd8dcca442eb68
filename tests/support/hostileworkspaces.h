// SPDX-License-Identifier: GPL-3.0-or-later
// Workspaces that are valid SQLite files with hostile contents: triggers, views where tables
// belong, missing or changed tables, foreign indexes, a future or unreadable schema version,
// values of hundreds of MB, wrong types in every column. Each case changes a copy of a healthy
// workspace with plain SQL, as another program would; big values are zeroblob()s, which
// SQLite writes without holding them. Shared by tests/core/tst_badfiles.cpp (the open path
// the GUI takes) and tests/integration/tst_hostile_inputs.cpp (coectl).
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace coe::test::hostile {

struct WorkspaceCase
{
    const char* tag;
    QStringList sql;         ///< run on the copy, in order; a statement that fails is left out
    QString expected;        ///< a part of the refusal on open; empty: the file opens
    bool wrongTypes = false; ///< also put a value of the wrong type in every column that takes one
};

inline QList<WorkspaceCase> workspaceCases()
{
    const auto s = [](const char* sql) {
        return QString::fromUtf8(sql);
    };
    return {
        {"trigger that deletes",
         {s("CREATE TRIGGER wipe AFTER INSERT ON summit BEGIN DELETE FROM person; END")},
         s("holds a trigger, “wipe” on summit")},
        {"trigger that writes elsewhere",
         {s("CREATE TRIGGER copy_names AFTER UPDATE ON person BEGIN INSERT INTO team (name) VALUES ('x' || new.name); "
            "END")},
         s("holds a trigger, “copy_names” on person")},
        {"view shadowing a table",
         {s("DROP TABLE warning_ack"), s("CREATE VIEW warning_ack AS SELECT 1 AS id")},
         s("“warning_ack” is a view where CoE Studio keeps a table")},
        {"missing table", {s("DROP TABLE schedule_release")}, s("it has no table “schedule_release”")},
        {"changed table",
         {s("ALTER TABLE team ADD COLUMN secret TEXT DEFAULT 'x'")},
         s("the table “team” was changed by another program")},
        {"foreign index",
         {s("CREATE INDEX my_lookup ON person (team_id, name)")},
         s("holds an index, “my_lookup” on person")},
        {"future schema version",
         {s("UPDATE meta SET value = '999' WHERE key = 'schema_version'")},
         s("was saved by a newer CoE Studio (schema version 999")},
        {"unreadable schema version",
         {s("UPDATE meta SET value = '3; DROP TABLE person' WHERE key = 'schema_version'")},
         s("its schema version is not a number (“3; DROP TABLE person”)")},
        {"meta is a view",
         {s("ALTER TABLE meta RENAME TO meta_old"), s("CREATE VIEW meta AS SELECT * FROM meta_old")},
         s("“meta” is a view, not a table")},
        // Harmless: nothing of CoE Studio reads or writes them.
        {"extra table",
         {s("CREATE TABLE my_notes (id INTEGER PRIMARY KEY, note TEXT)"),
          s("INSERT INTO my_notes (note) VALUES ('mine')")},
         {}},
        {"extra view that never ends",
         {s("CREATE VIEW forever AS WITH RECURSIVE n (x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT x FROM n")},
         {}},
        // Open, but reported by check and refused where read.
        {"300 MB blob in a text column",
         {s("UPDATE person SET name = zeroblob(300000000) WHERE id = (SELECT MIN(id) FROM person)")},
         {}},
        {"wrong types in every column", {}, {}, true},
    };
}

/// Applies @p c to the SQLite file at @p path; the number of statements that took effect.
inline int applyCase(const QString& path, const WorkspaceCase& c)
{
    int applied = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hostile"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            for (const QString& sql : c.sql)
                applied += q.exec(sql) ? 1 : 0;
            if (c.wrongTypes) {
                // Text where a number belongs, a number or a blob where text does: one row of
                // every table, every column whose CHECK lets it (those that do not are left).
                QStringList tables;
                q.exec(
                    QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
                while (q.next())
                    tables << q.value(0).toString();
                tables.removeAll(QStringLiteral("meta")); // its schema version has a case of its own
                for (const QString& table : std::as_const(tables)) {
                    QList<std::pair<QString, QString>> columns;
                    q.exec(QStringLiteral("SELECT name, type, pk FROM pragma_table_info('%1')").arg(table));
                    while (q.next())
                        if (!(q.value(2).toInt() == 1 && q.value(1).toString() == QLatin1String("INTEGER")))
                            columns.append({q.value(0).toString(), q.value(1).toString()});
                    for (const auto& [column, type] : std::as_const(columns)) {
                        const QString value = type.contains(QLatin1String("INT")) ? QStringLiteral("'not a number'")
                                                                                  : QStringLiteral("X'00FF00FF'");
                        applied +=
                            q.exec(QStringLiteral(
                                       "UPDATE \"%1\" SET \"%2\" = %3 WHERE rowid = (SELECT MIN(rowid) FROM \"%1\")")
                                       .arg(table, column, value)) &&
                                    q.numRowsAffected() > 0
                                ? 1
                                : 0;
                    }
                }
            }
            q.finish();
            q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("hostile"));
    return applied;
}

} // namespace coe::test::hostile
