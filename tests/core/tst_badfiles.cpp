// SPDX-License-Identifier: GPL-3.0-or-later
// Opening anything that is not a healthy workspace gives a message that says what is wrong
// and what to do, and leaves the file byte-for-byte unchanged.
#include "io/demo.h"
#include "storage/catalog.h"
#include "storage/dialect.h"
#include "storage/matrixdata.h"
#include "storage/migrations.h"
#include "storage/sqlitefile.h"
#include "support/hostileworkspaces.h"
#include "support/testbackend.h"

#include <QFile>
#include <QSqlError>
#include <QTest>

using namespace coe;

namespace {

void write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

QString makeWorkspace(const QTemporaryDir& dir, const QString& name)
{
    const QString path = dir.filePath(name);
    auto ws = Workspace::create(WorkspaceLocation::parse(path).take());
    if (!ws)
        qFatal("%s", qPrintable(ws.error().message));
    // A workspace with content, so damage lands in real pages.
    for (int i = 0; i < 400; ++i) {
        QSqlQuery q = ws.value()->prepare(QStringLiteral("INSERT INTO team (name, description) VALUES (:n, :d)"));
        q.bindValue(QStringLiteral(":n"), QStringLiteral("Team %1").arg(i));
        q.bindValue(QStringLiteral(":d"), QString(200, QLatin1Char('x')));
        q.exec();
    }
    ws.value().reset();
    return path;
}

/// A small demo workspace at @p path, as of 1 June 2026.
bool createDemo(const QString& path, int people, int skills)
{
    auto ws = Workspace::create(WorkspaceLocation::parse(path).take());
    if (!ws)
        return false;
    DemoGenerator::Options options;
    options.people = people;
    options.skills = skills;
    options.today = QDate(2026, 6, 1);
    return bool(DemoGenerator::fill(*ws.value(), options));
}

/// Opens @p path, expects @p code and @p fragment in the message, and an unchanged file.
void expectRefusal(const QString& path, Error::Code code, const QString& fragment, int timeoutMs = 5000)
{
    const QByteArray before = test::fileHash(path);
    Workspace::Options options;
    options.busyTimeoutMs = timeoutMs;
    auto opened = Workspace::open(WorkspaceLocation::parse(path).take(), options);
    QVERIFY2(!opened, "the bad file was opened");
    QVERIFY2(opened.error().code == code,
             qPrintable(QStringLiteral("code %1: %2").arg(opened.error().code).arg(opened.error().message)));
    QVERIFY2(opened.error().message.contains(fragment), qPrintable(opened.error().message));
    QVERIFY2(opened.error().message.contains(QFileInfo(path).fileName()) || code == Error::Locked,
             qPrintable(opened.error().message));
    QCOMPARE(test::fileHash(path), before);
}

} // namespace

class TestBadFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void missingFile()
    {
        QTemporaryDir dir;
        auto opened = Workspace::open(WorkspaceLocation::parse(dir.filePath(QStringLiteral("nope.coe"))).take());
        QCOMPARE(opened.error().code, Error::NotFound);
        QVERIFY(opened.error().message.startsWith(QStringLiteral("There is no workspace at ")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("nope.coe"))));
    }

    void textFileIsNotSqlite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("people.csv"));
        write(path, "Person,Email\nAna,ana@example.com\n");
        expectRefusal(path, Error::NotSqlite,
                      QStringLiteral("it is not an SQLite database. It looks like a text file"));
    }

    void spreadsheetIsNotSqlite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("matrix.xlsx"));
        write(path, QByteArray("PK\x03\x04", 4) + QByteArray(2000, '\x01'));
        expectRefusal(path, Error::NotSqlite, QStringLiteral("use File ▸ Import"));
    }

    void emptyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.coe"));
        write(path, {});
        expectRefusal(path, Error::NotWorkspace, QStringLiteral("is empty (0 bytes)"));
    }

    void folder()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkdir(QStringLiteral("folder.coe"));
        auto opened = Workspace::open(WorkspaceLocation::parse(dir.filePath(QStringLiteral("folder.coe"))).take());
        QCOMPARE(opened.error().code, Error::NotSqlite);
        QVERIFY(opened.error().message.contains(QStringLiteral("is a folder")));
    }

    void sqliteButNotAWorkspace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        expectRefusal(path, Error::NotWorkspace,
                      QStringLiteral("is an SQLite database but not a CoE Studio workspace"));
    }

    void newerVersion()
    {
        QTemporaryDir dir;
        const QString path = makeWorkspace(dir, QStringLiteral("future.coe"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("UPDATE meta SET value = '999' WHERE key = 'schema_version'")));
            QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        expectRefusal(
            path, Error::NewerVersion,
            QStringLiteral("was saved by a newer CoE Studio (schema version 999; this version reads up to %1). "
                           "Update CoE Studio to open it.")
                .arg(Migrations::latestVersion()));
    }

    void truncated()
    {
        QTemporaryDir dir;
        const QString path = makeWorkspace(dir, QStringLiteral("cut.coe"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 8192);
        QVERIFY(file.resize(file.size() / 2));
        file.close();
        expectRefusal(path, Error::Corrupt, QStringLiteral("is damaged: it is truncated"));
    }

    void truncatedInsideTheHeader()
    {
        QTemporaryDir dir;
        const QString path = makeWorkspace(dir, QStringLiteral("stub.coe"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(40));
        file.close();
        expectRefusal(path, Error::Corrupt, QStringLiteral("shorter than an SQLite header"));
    }

    void corruptPages()
    {
        QTemporaryDir dir;
        const QString path = makeWorkspace(dir, QStringLiteral("noise.coe"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        // Overwrite everything after the first page (the schema lives on page 1 onwards).
        const qint64 size = file.size();
        file.seek(100);
        QByteArray noise(int(size - 100), '\0');
        for (qsizetype i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919 + 13) & 0xff);
        file.write(noise);
        file.close();
        expectRefusal(path, Error::Corrupt, QStringLiteral("is damaged"));
    }

    void lockedByAnotherWriter()
    {
        QTemporaryDir dir;
        const QString path = makeWorkspace(dir, QStringLiteral("busy.coe"));
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery hold(other);
        QVERIFY(hold.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        QVERIFY2(hold.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(hold.lastError().text()));
        QVERIFY(hold.exec(QStringLiteral("UPDATE team SET description = description WHERE id = 1")));
        expectRefusal(path, Error::Locked, QStringLiteral("is in use by another program"), 200);
        hold.exec(QStringLiteral("ROLLBACK"));
        hold.finish();
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        QVERIFY(Workspace::open(WorkspaceLocation::parse(path).take()));
    }

    /// The open path the GUI takes (Workspace::open, then check) on valid SQLite files with
    /// hostile contents: refused before anything writes to them, or opened and reported.
    void hostileContents_data()
    {
        QTest::addColumn<int>("index");
        const auto cases = test::hostile::workspaceCases();
        for (int i = 0; i < cases.size(); ++i)
            QTest::newRow(cases.at(i).tag) << i;
    }

    void hostileContents()
    {
        QFETCH(int, index);
        const auto c = test::hostile::workspaceCases().at(index);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hostile.coe"));
        QVERIFY(createDemo(path, 12, 6));
        const int applied = test::hostile::applyCase(path, c);
        QVERIFY2(c.wrongTypes ? applied > 40 : applied == c.sql.size(), qPrintable(QString::number(applied)));
        if (!c.expected.isEmpty()) {
            const QByteArray before = test::fileHash(path);
            auto opened = Workspace::open(WorkspaceLocation::parse(path).take());
            QVERIFY2(!opened, "the hostile file was opened");
            QVERIFY2(opened.error().message.contains(c.expected), qPrintable(opened.error().message));
            QVERIFY2(opened.error().message.contains(QLatin1String("hostile.coe")), qPrintable(opened.error().message));
            QCOMPARE(test::fileHash(path), before);
            QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), 0); // read, never written
            return;
        }
        auto opened = Workspace::open(WorkspaceLocation::parse(path).take());
        QVERIFY2(opened, qPrintable(opened.error().message));
        auto problems = opened.value()->check();
        QVERIFY2(problems, qPrintable(problems.error().message));
        const QString found = problems->join(QLatin1Char('\n'));
        if (c.wrongTypes) {
            QVERIFY2(
                found.contains(QLatin1String("team, row 1: version holds text where CoE Studio keeps a whole number")),
                qPrintable(found));
            QVERIFY2(found.contains(QLatin1String("holds binary data where CoE Studio keeps text")), qPrintable(found));
        } else if (QByteArray(c.tag).startsWith("300 MB")) {
            QVERIFY2(found.contains(
                         QLatin1String("person, row 1: name holds 286 MB; CoE Studio reads values of at most 32 MB")),
                     qPrintable(found));
            // Reading it fails with a message, instead of copying 300 MB into memory twice.
            QSqlQuery read = opened.value()->prepare(QStringLiteral("SELECT name FROM person ORDER BY id"));
            auto done = opened.value()->exec(read);
            while (done && read.next()) {
            }
            const Error error = opened.value()->dialect().classify(read.lastError(), opened.value()->location());
            QVERIFY2(error.message.contains(QLatin1String("holds a value of more than 32 MB")),
                     qPrintable(error.message));
        } else {
            QVERIFY2(problems->isEmpty(), qPrintable(found));
        }
    }

    // Categories whose parents go round in a circle, or a category 0 (the id every walk from
    // the top starts at), written by another program: the workspace opens, every reader gets
    // a tree (the matrix's first read once recursed until the stack overflowed) and the check
    // names the circle.
    void categoriesInACircle()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("circle.coe"));
        QVERIFY(createDemo(path, 6, 4));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("circle"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            for (const char* sql :
                 {"INSERT INTO skill_category (id, parent_id, name, position) VALUES (0, NULL, 'Zero', 0)",
                  "INSERT INTO skill_category (id, parent_id, name, position) VALUES (900, 901, 'Ring A', 0)",
                  "INSERT INTO skill_category (id, parent_id, name, position) VALUES (901, 900, 'Ring B', 0)",
                  "INSERT INTO skill_category (id, parent_id, name, position) VALUES (902, 902, 'Self', 0)",
                  "INSERT INTO skill (category_id, name, description, position) VALUES (900, 'In the ring', '', 0)",
                  "INSERT INTO skill (category_id, name, description, position) VALUES (0, 'In zero', '', 0)"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("circle"));
        auto opened = Workspace::open(WorkspaceLocation::parse(path).take());
        QVERIFY2(opened, qPrintable(opened.error().message));
        auto categories = Catalog(*opened.value()).categories();
        QVERIFY(categories);
        QHash<Id, Id> parentOf;
        for (const SkillCategory& c : std::as_const(categories.value())) {
            QVERIFY2(c.id > 0, "category 0 is left out");
            parentOf.insert(c.id, c.parentId);
        }
        for (auto it = parentOf.cbegin(); it != parentOf.cend(); ++it) {
            int steps = 0;
            for (Id up = it.key(); up > 0 && parentOf.contains(up); up = parentOf.value(up))
                QVERIFY2(++steps <= parentOf.size(), "the parents still go round");
        }
        MatrixData matrix;
        QVERIFY(matrix.load(*opened.value()));
        QStringList paths;
        for (const MatrixData::CategoryInfo& c : matrix.categories())
            paths << c.name;
        QVERIFY2(paths.contains(QLatin1String("Ring A")) || paths.contains(QLatin1String("Ring B / Ring A")),
                 qPrintable(paths.join(QLatin1String(", "))));
        auto problems = opened.value()->check();
        QVERIFY(problems);
        QVERIFY2(problems->join(QLatin1Char('\n')).contains(QLatin1String("is its own ancestor")),
                 qPrintable(problems->join(QLatin1Char('\n'))));
    }

    void invalidUrls()
    {
        auto bad = WorkspaceLocation::parse(QStringLiteral("postgresql://host-only"));
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QStringLiteral("postgresql://user@host:port/database")));
        QVERIFY(!WorkspaceLocation::parse(QStringLiteral("postgresql://u@h:99999/db")));
        QVERIFY(!WorkspaceLocation::parse(QString()));
        auto good = WorkspaceLocation::parse(QStringLiteral("postgresql://coe:secret@db.example.org:6543/coe"));
        QVERIFY(good);
        QCOMPARE(good->port(), 6543);
        QCOMPARE(good->password(), QStringLiteral("secret"));
        QCOMPARE(good->toString(), QStringLiteral("postgresql://coe@db.example.org:6543/coe"));
    }

    void unreachablePostgres()
    {
        // Port 1 on loopback: nothing listens there.
        auto location = WorkspaceLocation::parse(QStringLiteral("postgresql://coe@127.0.0.1:1/coe"));
        Workspace::Options options;
        options.busyTimeoutMs = 2000;
        auto opened = Workspace::open(location.value(), options);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Unreachable);
        QVERIFY2(
            opened.error().message.startsWith(QStringLiteral("Cannot reach the PostgreSQL server at 127.0.0.1:1.")),
            qPrintable(opened.error().message));
    }
};

QTEST_GUILESS_MAIN(TestBadFiles)
#include "tst_badfiles.moc"
