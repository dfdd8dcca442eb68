// SPDX-License-Identifier: GPL-3.0-or-later
// Tables, columns and SQL belong to libcoe/storage (every read) and libcoe/commands (every
// write), where permissions, conflict checks and the audit trail of a team workspace will be
// added once, for every write. So no .h or .cpp file in app/ (the GUI and coectl), nor in any
// other folder of libcoe/ (core, domain, models, io, planning, analytics, render), builds a
// commands::Batch, writes rows of a table by name, runs SQL through a QSql type, names a table to
// a write or holds an SQL statement; they call typed reads and edits instead.
#include "support/sourcetree.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

/// The tables the migrations create (their CREATE TABLE statements are the one list of them).
QSet<QString> tableNames(const QString& migrationsDir)
{
    static const QRegularExpression create(QStringLiteral("CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    QSet<QString> names;
    QDirIterator it(migrationsDir, {QStringLiteral("*.sql")}, QDir::Files);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            qFatal("cannot read %s", qPrintable(file.fileName()));
        const QString sql = QString::fromUtf8(file.readAll());
        for (auto match = create.globalMatch(sql); match.hasNext();)
            names.insert(match.next().captured(1).toLower());
    }
    return names;
}

/// Removes comments, so that a comment explaining a rule does not break it.
QString withoutComments(const QString& code)
{
    static const QRegularExpression comments(QStringLiteral("//[^\\n]*|/\\*.*?\\*/"),
                                             QRegularExpression::DotMatchesEverythingOption);
    QString out = code;
    return out.replace(comments, QStringLiteral(" "));
}

/// "file:line: what" for every rule broken in a .h or .cpp file below @p dir, named in the
/// message as @p label followed by the path below @p dir; files in the folders @p allowed
/// (directly below @p dir) are not scanned.
QStringList findViolations(const QString& dir, const QString& label, const QSet<QString>& tables,
                           const QStringList& allowed = {})
{
    struct Rule
    {
        QRegularExpression pattern;
        QString what;
    };
    QStringList tableAlternatives(tables.cbegin(), tables.cend());
    tableAlternatives.sort();
    const QString anyTable = tableAlternatives.join(QLatin1Char('|'));
    const QList<Rule> rules{
        {QRegularExpression(QStringLiteral("\\bBatch\\b")), QStringLiteral("builds a commands::Batch")},
        {QRegularExpression(QStringLiteral("\\b(?:replaceRows|updateLink|removeLink)\\s*\\(")),
         QStringLiteral("writes rows of a table")},
        {QRegularExpression(QStringLiteral("\\bQSql(?:Query|Database|Record|Field|Driver|TableModel|QueryModel)\\b")),
         QStringLiteral("runs SQL")},
        // A table named to a deletion: remove(QStringLiteral("skill"), …) or remove(ws, "person", …).
        // (Inserts and updates by table name need a Batch, caught above; JSON keys are fine.)
        {QRegularExpression(
             QStringLiteral(
                 "\\bremove\\s*\\((?:\\s*\\*?\\w+\\s*,)?\\s*(?:QStringLiteral|QLatin1String)\\(\"(?:%1)\"\\)")
                 .arg(anyTable)),
         QStringLiteral("names a table to a write")},
        // An SQL statement in a string: statements are written in capitals in CoE Studio.
        {QRegularExpression(QStringLiteral(
             "\"\\s*(?:SELECT|INSERT|UPDATE|DELETE|WITH|CREATE|DROP|ALTER|PRAGMA|BEGIN|COMMIT|ROLLBACK|VACUUM|"
             "LISTEN|NOTIFY|GRANT)\\s")),
         QStringLiteral("holds an SQL statement")},
    };
    // Tables whose names are not also everyday words are caught wherever they are named.
    QStringList compound;
    for (const QString& table : tables)
        if (table.contains(QLatin1Char('_')))
            compound << QRegularExpression::escape(table);
    compound.sort();
    const QRegularExpression compoundTable(QStringLiteral("\"(?:%1)\"").arg(compound.join(QLatin1Char('|'))));

    const QDir root(dir);
    QStringList violations;
    QDirIterator it(dir, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString below = root.relativeFilePath(path);
        if (allowed.contains(below.section(QLatin1Char('/'), 0, 0)))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            qFatal("cannot read %s", qPrintable(path));
        const QStringList lines = withoutComments(QString::fromUtf8(file.readAll())).split(QLatin1Char('\n'));
        const QString relative = label + below;
        for (int i = 0; i < lines.size(); ++i) {
            for (const Rule& rule : rules) {
                if (rule.pattern.match(lines.at(i)).hasMatch())
                    violations << QStringLiteral("%1:%2: %3").arg(relative).arg(i + 1).arg(rule.what);
            }
            if (!compound.isEmpty() && compoundTable.match(lines.at(i)).hasMatch())
                violations << QStringLiteral("%1:%2: names a table").arg(relative).arg(i + 1);
        }
    }
    violations.sort();
    return violations;
}

} // namespace

class TestAppWrites : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knowsTheTables()
    {
        const QSet<QString> tables = tableNames(QStringLiteral(COE_SOURCE_DIR "/libcoe/storage/migrations"));
        for (const char* name :
             {"person", "skill", "skill_category", "role_target", "team_requirement", "assessment", "track"})
            QVERIFY2(tables.contains(QLatin1String(name)), name);
    }

    void catchesEveryKindOfWrite()
    {
        QTemporaryDir dir;
        coe::test::writeSourceFile(dir.filePath(QStringLiteral("views/bad.cpp")),
                                   "commands::Batch batch(tr(\"Delete\"));\n"
                                   "batch.remove(QStringLiteral(\"skill\"), ids);\n"
                                   "Edits::remove(ws, QStringLiteral(\"person\"), ids, text);\n"
                                   "QSqlQuery q = ws.prepare(QStringLiteral(\"SELECT id FROM person\"));\n"
                                   "b.replaceRows(key, rows);\n"
                                   "const auto k = QStringLiteral(\"role_target\");\n"
                                   "auto q2 = ws.prepare(QStringLiteral(\"DELETE FROM track\"));\n");
        coe::test::writeSourceFile(dir.filePath(QStringLiteral("views/fine.cpp")),
                                   "// commands::Batch would be wrong here; \"SELECT x\" in a comment is fine.\n"
                                   "Edits::removePeople(ws, ids, tr(\"Select all people\"));\n"
                                   "parser.value(QStringLiteral(\"team\"));\n"
                                   "o.insert(QStringLiteral(\"room\"), name);\n"
                                   "list.remove(QStringLiteral(\"Select\"));\n");
        const QSet<QString> tables{QStringLiteral("person"), QStringLiteral("skill"), QStringLiteral("role_target"),
                                   QStringLiteral("track"), QStringLiteral("room")};
        QCOMPARE(findViolations(dir.path(), QStringLiteral("app/"), tables),
                 (QStringList{
                     QStringLiteral("app/views/bad.cpp:1: builds a commands::Batch"),
                     QStringLiteral("app/views/bad.cpp:2: names a table to a write"),
                     QStringLiteral("app/views/bad.cpp:3: names a table to a write"),
                     QStringLiteral("app/views/bad.cpp:4: holds an SQL statement"),
                     QStringLiteral("app/views/bad.cpp:4: runs SQL"),
                     QStringLiteral("app/views/bad.cpp:5: writes rows of a table"),
                     QStringLiteral("app/views/bad.cpp:6: names a table"),
                     QStringLiteral("app/views/bad.cpp:7: holds an SQL statement"),
                 }));
    }

    void appWritesThroughTypedFunctionsOnly()
    {
        const QSet<QString> tables = tableNames(QStringLiteral(COE_SOURCE_DIR "/libcoe/storage/migrations"));
        const QStringList violations =
            findViolations(QStringLiteral(COE_SOURCE_DIR "/app"), QStringLiteral("app/"), tables);
        QVERIFY2(violations.isEmpty(), qPrintable(QStringLiteral("\n") + violations.join(QLatin1Char('\n'))));
    }

    void libcoeScanSparesOnlyStorageAndCommands()
    {
        QTemporaryDir dir;
        const auto write = [&dir](const char* path, const char* code) {
            coe::test::writeSourceFile(dir.filePath(QString::fromLatin1(path)), code);
        };
        write("models/bad.cpp", "QSqlQuery q = ws.prepare(QStringLiteral(\"SELECT note FROM assessment\"));\n"
                                "commands::Batch batch(text);\n"
                                "batch.updateLink(QStringLiteral(\"person_target\"), key, values);\n");
        write("io/bad.h", "#include <QSqlRecord>\nQSqlRecord record;\n");
        write("core/bad.cpp", "query.exec(QStringLiteral(\"SELECT sqlite_version()\"));\n");
        write("analytics/fine.cpp", "// SELECT in a comment, Batch in a comment: fine.\n"
                                    "const Readiness r = Readiness::load(ws).value();\n");
        write("storage/reads.cpp", "QSqlQuery q = ws.prepare(QStringLiteral(\"SELECT id FROM person\"));\n");
        write("commands/writes.cpp", "Batch batch(text);\nbatch.removeLink(QStringLiteral(\"person_target\"), key);\n");
        write("storage/migrations/0001_x.sql", "CREATE TABLE person_target (x INTEGER);\n");
        const QSet<QString> tables{QStringLiteral("person"), QStringLiteral("assessment"),
                                   QStringLiteral("person_target")};
        QCOMPARE(findViolations(dir.path(), QStringLiteral("libcoe/"), tables,
                                {QStringLiteral("storage"), QStringLiteral("commands")}),
                 (QStringList{
                     QStringLiteral("libcoe/core/bad.cpp:1: holds an SQL statement"),
                     QStringLiteral("libcoe/io/bad.h:1: runs SQL"),
                     QStringLiteral("libcoe/io/bad.h:2: runs SQL"),
                     QStringLiteral("libcoe/models/bad.cpp:1: holds an SQL statement"),
                     QStringLiteral("libcoe/models/bad.cpp:1: runs SQL"),
                     QStringLiteral("libcoe/models/bad.cpp:2: builds a commands::Batch"),
                     QStringLiteral("libcoe/models/bad.cpp:3: names a table"),
                     QStringLiteral("libcoe/models/bad.cpp:3: writes rows of a table"),
                 }));
    }

    void libcoeReadsAndWritesOnlyInStorageAndCommands()
    {
        const QSet<QString> tables = tableNames(QStringLiteral(COE_SOURCE_DIR "/libcoe/storage/migrations"));
        const QStringList violations =
            findViolations(QStringLiteral(COE_SOURCE_DIR "/libcoe"), QStringLiteral("libcoe/"), tables,
                           {QStringLiteral("storage"), QStringLiteral("commands")});
        QVERIFY2(violations.isEmpty(), qPrintable(QStringLiteral("\n") + violations.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestAppWrites)
#include "tst_appwrites.moc"
