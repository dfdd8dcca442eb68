// SPDX-License-Identifier: GPL-3.0-or-later
// Rows are read by column name, not by position (#12): no file in libcoe/ or app/ reads a query's
// or a record's column by a literal position (q.value(0)), so a column added to a statement can
// never shift a reader onto the wrong one. Loops resolve names once with coe::column()
// (storage/columns.h); that helper is checked here too.
#include "storage/columns.h"
#include "support/sourcetree.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

/// @p code with comments and the insides of string and character literals blanked (line breaks
/// kept, so line numbers hold): neither a comment nor a string can break the rule or hide a read.
QString codeOnly(const QString& code)
{
    QString out = code;
    const qsizetype n = code.size();
    const auto blank = [&out](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) {
            if (out.at(i) != QLatin1Char('\n'))
                out[i] = QLatin1Char(' ');
        }
    };
    for (qsizetype i = 0; i < n;) {
        const QChar c = code.at(i);
        const QChar next = i + 1 < n ? code.at(i + 1) : QChar();
        if (c == QLatin1Char('/') && next == QLatin1Char('/')) {
            const qsizetype end = code.indexOf(QLatin1Char('\n'), i);
            blank(i, end < 0 ? n : end);
            i = end < 0 ? n : end;
        } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const qsizetype end = code.indexOf(QLatin1String("*/"), i + 2);
            blank(i, end < 0 ? n : end + 2);
            i = end < 0 ? n : end + 2;
        } else if (c == QLatin1Char('"') && i > 0 && code.at(i - 1) == QLatin1Char('R') &&
                   (i < 2 || !isIdentifierChar(code.at(i - 2)) || code.mid(i - 3, 2) == QLatin1String("u8") ||
                    QStringLiteral("uUL").contains(code.at(i - 2)))) {
            // A raw string: R"delimiter( … )delimiter".
            const qsizetype open = code.indexOf(QLatin1Char('('), i);
            const QString close = QLatin1Char(')') + code.mid(i + 1, open - i - 1) + QLatin1Char('"');
            const qsizetype end = open < 0 ? -1 : code.indexOf(close, open);
            blank(i + 1, end < 0 ? n : end + close.size() - 1);
            i = end < 0 ? n : end + close.size();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            if (c == QLatin1Char('\'')) {
                // A digit separator (1'000, 0xff'ff) sits inside a number, not a character literal.
                qsizetype start = i;
                while (start > 0 && (isIdentifierChar(code.at(start - 1)) || code.at(start - 1) == QLatin1Char('\'') ||
                                     code.at(start - 1) == QLatin1Char('.')))
                    --start;
                if (start < i && code.at(start).isDigit()) {
                    ++i;
                    continue;
                }
            }
            qsizetype end = i + 1;
            while (end < n && code.at(end) != c && code.at(end) != QLatin1Char('\n'))
                end += code.at(end) == QLatin1Char('\\') ? 2 : 1;
            blank(i + 1, std::min(end, n));
            i = end + 1;
        } else {
            ++i;
        }
    }
    return out;
}

/// The names declared in @p code as a QSqlQuery or QSqlRecord (variables, parameters, members),
/// or as auto from a prepare() or record() call.
QSet<QString> queryNames(const QString& code)
{
    static const QRegularExpression declared(
        QStringLiteral("\\bQSql(?:Query|Record)\\s*(?:const\\b\\s*)?[&*]*\\s*([A-Za-z_]\\w*)\\b(?!\\s*::)"));
    static const QRegularExpression deduced(
        QStringLiteral("\\bauto\\s*[&*]?\\s*([A-Za-z_]\\w*)\\s*=[^;{}]*\\b(?:prepare|record)\\s*\\("));
    QSet<QString> names;
    for (const QRegularExpression* pattern : {&declared, &deduced}) {
        for (auto match = pattern->globalMatch(code); match.hasNext();)
            names.insert(match.next().captured(1));
    }
    return names;
}

/// "file:line: what" for every read by a literal position in the .h and .cpp files below each of
/// @p dirs (paths relative to @p root). A .cpp file's query names include those its own header
/// declares (members).
QStringList findViolations(const QString& root, const QStringList& dirs)
{
    static const QString literal = QStringLiteral("(?:0[xXbB][0-9a-fA-F']+|[0-9][0-9']*)[uUlLzZ]*");
    static const QRegularExpression throughRecord(
        QStringLiteral("\\brecord\\s*\\(\\s*\\)\\s*(?:\\.|->)\\s*value\\s*\\(\\s*(%1)\\s*\\)").arg(literal));
    const auto read = [](const QString& path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return QString();
        return codeOnly(QString::fromUtf8(file.readAll()));
    };
    const QDir base(root);
    QStringList violations;
    for (const QString& dir : dirs) {
        QDirIterator it(base.filePath(dir), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString code = read(path);
            QSet<QString> names = queryNames(code);
            if (path.endsWith(QLatin1String(".cpp")))
                names.unite(queryNames(read(path.chopped(4) + QStringLiteral(".h"))));
            QStringList alternatives(names.cbegin(), names.cend());
            alternatives.sort();
            QList<QRegularExpression> patterns{throughRecord};
            if (!alternatives.isEmpty())
                patterns << QRegularExpression(QStringLiteral("\\b(?:%1)\\s*(?:\\.|->)\\s*value\\s*\\(\\s*(%2)\\s*\\)")
                                                   .arg(alternatives.join(QLatin1Char('|')), literal));
            const QStringList lines = code.split(QLatin1Char('\n'));
            for (int i = 0; i < lines.size(); ++i) {
                for (const QRegularExpression& pattern : std::as_const(patterns)) {
                    for (auto match = pattern.globalMatch(lines.at(i)); match.hasNext();) {
                        const auto m = match.next();
                        violations << QStringLiteral("%1:%2: %3 reads column %4 by position")
                                          .arg(base.relativeFilePath(path))
                                          .arg(i + 1)
                                          .arg(m.captured(0).simplified(), m.captured(1));
                    }
                }
            }
        }
    }
    violations.sort();
    return violations;
}

} // namespace

class TestNamedReads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catchesReadsByPosition()
    {
        QTemporaryDir dir;
        coe::test::writeSourceFile(dir.filePath(QStringLiteral("libcoe/storage/bad.cpp")),
                                   "#include \"storage/bad.h\"\n"
                                   "QSqlQuery q = ws.prepare(QStringLiteral(\"SELECT id, name FROM team\"));\n"
                                   "while (q.next()) list << q.value(0).toLongLong() + q.value( 1 ).toInt();\n"
                                   "void read(const QSqlQuery& query) { use(query.value(2u)); }\n"
                                   "void pointer(QSqlQuery* p) { use(p->value(0x3)); }\n"
                                   "const QSqlRecord record = q.record();\n"
                                   "use(record.value(4));\n"
                                   "use(q.record().value(5));\n"
                                   "auto again = ws.prepare(sql);\n"
                                   "use(again.value(6)); use(m_query.value(1'0));\n");
        coe::test::writeSourceFile(dir.filePath(QStringLiteral("libcoe/storage/bad.h")),
                                   "class Bad { QSqlQuery m_query; };\n");
        coe::test::writeSourceFile(dir.filePath(QStringLiteral("app/views/fine.cpp")),
                                   "// q.value(0) in a comment is fine, /* so is q.value(1) */\n"
                                   "QSqlQuery q = ws.prepare(QStringLiteral(\"SELECT q.value(0) FROM x\"));\n"
                                   "const int person = column(q, \"person_id\");\n"
                                   "while (q.next()) use(q.value(person), q.value(u\"name\"), field(q, \"id\"));\n"
                                   "const QStringList parts = text.split(QLatin1Char('|'));\n"
                                   "use(parts.value(1), ids.value(0), o.value(QStringLiteral(\"room\")));\n"
                                   "const char quote = '\"'; use(R\"(q.value(2))\", 1'000);\n");
        QCOMPARE(findViolations(dir.path(), {QStringLiteral("libcoe"), QStringLiteral("app")}),
                 (QStringList{
                     QStringLiteral("libcoe/storage/bad.cpp:10: again.value(6) reads column 6 by position"),
                     QStringLiteral("libcoe/storage/bad.cpp:10: m_query.value(1'0) reads column 1'0 by position"),
                     QStringLiteral("libcoe/storage/bad.cpp:3: q.value( 1 ) reads column 1 by position"),
                     QStringLiteral("libcoe/storage/bad.cpp:3: q.value(0) reads column 0 by position"),
                     QStringLiteral("libcoe/storage/bad.cpp:4: query.value(2u) reads column 2u by position"),
                     QStringLiteral("libcoe/storage/bad.cpp:5: p->value(0x3) reads column 0x3 by position"),
                     QStringLiteral("libcoe/storage/bad.cpp:7: record.value(4) reads column 4 by position"),
                     QStringLiteral("libcoe/storage/bad.cpp:8: record().value(5) reads column 5 by position"),
                 }));
    }

    void libcoeAndAppReadRowsByName()
    {
        const QStringList violations =
            findViolations(QStringLiteral(COE_SOURCE_DIR), {QStringLiteral("libcoe"), QStringLiteral("app")});
        QVERIFY2(violations.isEmpty(), qPrintable(QStringLiteral("\n") + violations.join(QLatin1Char('\n'))));
    }

    void columnAndFieldReadByName()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("namedreads"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT 7 AS people, 'x' AS name, COUNT(*) AS row_count FROM (SELECT 1)")));
            QCOMPARE(coe::column(q, "people"), 0);
            QCOMPARE(coe::column(q, u"row_count"), 2);
            QVERIFY(q.next());
            QCOMPARE(q.value(coe::column(q, QStringLiteral("name"))).toString(), QStringLiteral("x"));
            QCOMPARE(coe::field(q, "people").toInt(), 7);
            QCOMPARE(coe::field(q, "row_count").toInt(), 1);
#ifdef QT_NO_DEBUG
            // A name the statement does not select: a warning that names it and the statement.
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("No column \"persons\" in the "
                                                                                 "result of: SELECT 7 AS people")));
            QCOMPARE(coe::column(q, "persons"), -1);
#endif
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("namedreads"));
    }
};

QTEST_GUILESS_MAIN(TestNamedReads)
#include "tst_namedreads.moc"
