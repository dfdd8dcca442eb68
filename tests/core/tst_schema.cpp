// SPDX-License-Identifier: GPL-3.0-or-later
// storage/schema.cpp describes the schema for undo; it must match what the migrations made.
#include "storage/migrations.h"
#include "storage/schema.h"
#include "support/instants.h"
#include "support/testbackend.h"

#include <QTest>

using namespace coe;

class TestSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tablesMatch()
    {
        QTemporaryDir dir;
        auto ws = Workspace::create(WorkspaceLocation::parse(dir.filePath(QStringLiteral("s.coe"))).take()).take();
        QSqlQuery q = ws->prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid"));
        QVERIFY(q.exec());
        QStringList actual;
        while (q.next())
            actual << q.value(0).toString();
        QCOMPARE(actual, Schema::tables());
        for (const QString& table : Schema::tables()) {
            QSqlQuery columns = ws->prepare(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
            QVERIFY(columns.exec());
            QStringList names;
            while (columns.next())
                names << columns.value(0).toString();
            QCOMPARE(names.contains(QStringLiteral("id")), Schema::hasIdColumn(table));
            QCOMPARE(names.contains(QStringLiteral("version")), Schema::hasVersionColumn(table));
        }
    }

    void foreignKeysMatch()
    {
        QTemporaryDir dir;
        auto ws = Workspace::create(WorkspaceLocation::parse(dir.filePath(QStringLiteral("s.coe"))).take()).take();
        QStringList actual;
        for (const QString& table : Schema::tables()) {
            QSqlQuery q = ws->prepare(QStringLiteral("SELECT id, \"table\", \"from\", \"to\", on_delete FROM "
                                                     "pragma_foreign_key_list('%1') ORDER BY id, seq")
                                          .arg(table));
            QVERIFY(q.exec());
            QMap<int, QStringList> byId;
            QMap<int, QString> head;
            while (q.next()) {
                const int id = q.value(0).toInt();
                head[id] =
                    table + QLatin1String(" -> ") + q.value(1).toString() + QLatin1Char(' ') + q.value(4).toString();
                byId[id] << q.value(2).toString() + QLatin1Char('=') + q.value(3).toString();
            }
            for (auto it = head.cbegin(); it != head.cend(); ++it)
                actual << it.value() + QLatin1Char(' ') + byId.value(it.key()).join(QLatin1Char(','));
        }
        QStringList declared;
        for (const ForeignKey& key : Schema::foreignKeys()) {
            QStringList pairs;
            for (int i = 0; i < key.childColumns.size(); ++i)
                pairs << key.childColumns.at(i) + QLatin1Char('=') + key.parentColumns.at(i);
            const char* action = key.onDelete == ForeignKey::Cascade   ? "CASCADE"
                                 : key.onDelete == ForeignKey::SetNull ? "SET NULL"
                                                                       : "NO ACTION";
            declared << key.child + QLatin1String(" -> ") + key.parent + QLatin1Char(' ') +
                            QString::fromLatin1(action) + QLatin1Char(' ') + pairs.join(QLatin1Char(','));
        }
        actual.sort();
        declared.sort();
        QCOMPARE(declared, actual);
    }

    // Every past schema version has a fixture, written by the release that used it with
    // coectl demo --people 12 --skills 10 --seed 7. Opening one upgrades it step by step,
    // after a backup.
    void upgradesAnOlderFile_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("version 1") << 1;
        QTest::newRow("version 2") << 2;
        QTest::newRow("version 3") << 3;
    }

    void upgradesAnOlderFile()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.coe"));
        QVERIFY(QFile::copy(QStringLiteral(COE_TEST_DATA_DIR "/workspace-v%1.coe").arg(version), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray before = test::fileHash(path);
        const test::Instants instantsBefore = test::storedInstants(path);
        QVERIFY(instantsBefore.size() > 20);
        const QStringList tables{QStringLiteral("person"), QStringLiteral("skill"), QStringLiteral("assessment"),
                                 QStringLiteral("team_requirement"), QStringLiteral("capability")};

        auto opened = Workspace::open(WorkspaceLocation::parse(path).take());
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        Workspace& ws = *opened.value();
        QCOMPARE(ws.schemaVersion(), Migrations::latestVersion());
        QVERIFY(Migrations::latestVersion() > version);
        const QStringList upgraded = test::dump(ws, tables);
        QVERIFY(upgraded.size() > 400);

        // Version 2: the history index covers level and interest.
        QSqlQuery index =
            ws.prepare(QStringLiteral("SELECT name FROM pragma_index_info('assessment_lookup_idx') ORDER BY seqno"));
        QVERIFY(index.exec());
        QStringList columns;
        while (index.next())
            columns << index.value(0).toString();
        QCOMPARE(columns.join(QLatin1Char(',')),
                 QStringLiteral("person_id,skill_id,source,assessed_on,id,level,interest"));

        // Version 3: assessment batches, empty in an upgraded file.
        QSqlQuery batches = ws.prepare(QStringLiteral("SELECT COUNT(*) FROM assessment_batch"));
        QVERIFY(ws.exec(batches) && batches.next());
        QCOMPARE(batches.value(0).toInt(), 0);
        QVERIFY(ws.check()->isEmpty());

        // Version 4: sessions have a zone ('' is the workspace's), items their frab identity,
        // and no instant moved.
        QCOMPARE(test::readInstants(ws), instantsBefore);
        QSqlQuery identities =
            ws.prepare(QStringLiteral("SELECT COUNT(*) AS items, COUNT(guid) AS guids, COUNT(frab_id) AS ids, "
                                      "SUM(CASE WHEN slug = '' THEN 0 ELSE 1 END) AS slugs FROM summit_item"));
        QVERIFY(ws.exec(identities) && identities.next());
        QVERIFY(identities.value(QStringLiteral("items")).toInt() > 10);
        QCOMPARE(identities.value(QStringLiteral("guids")).toInt(), 0);
        QCOMPARE(identities.value(QStringLiteral("ids")).toInt(), 0);
        QCOMPARE(identities.value(QStringLiteral("slugs")).toInt(), 0);
        QSqlQuery zones = ws.prepare(QStringLiteral("SELECT COUNT(*) AS sessions, SUM(CASE WHEN time_zone = '' THEN 1 "
                                                    "ELSE 0 END) AS workspace FROM kt_session"));
        QVERIFY(ws.exec(zones) && zones.next());
        QVERIFY(zones.value(QStringLiteral("sessions")).toInt() > 0);
        QCOMPARE(zones.value(QStringLiteral("workspace")).toInt(), zones.value(QStringLiteral("sessions")).toInt());

        // The backup is the untouched older file, with the same rows.
        QVERIFY(QFileInfo::exists(ws.backupPath()));
        QVERIFY(ws.backupPath().contains(QStringLiteral("backup-v%1").arg(version)));
        const QString backupPath = ws.backupPath();
        opened.value().reset();
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(backupPath);
            QVERIFY(raw.open());
            QSqlQuery stored(raw);
            QVERIFY(stored.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) &&
                    stored.next());
            QCOMPARE(stored.value(0).toString(), QString::number(version));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        auto backup = Workspace::open(WorkspaceLocation::parse(backupPath).take());
        QVERIFY(backup);
        QCOMPARE(test::dump(*backup.value(), tables), upgraded);
        QVERIFY(test::fileHash(path) != before);

        // A second open finds nothing to upgrade and makes no second backup.
        backup.value().reset();
        const int files = QDir(dir.path()).entryList({QStringLiteral("*.coe")}, QDir::Files).size();
        auto again = Workspace::open(WorkspaceLocation::parse(path).take());
        QVERIFY(again);
        QVERIFY(again.value()->backupPath().isEmpty());
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.coe")}, QDir::Files).size(), files);

        // An item may last longer than 12 hours (an overnight hackathon).
        QSqlQuery longest = again.value()->prepare(
            QStringLiteral("UPDATE summit_item SET duration_min = 1080 WHERE id = (SELECT MIN(id) FROM summit_item)"));
        QVERIFY(again.value()->exec(longest));
        QCOMPARE(longest.numRowsAffected(), 1);
    }

    // A process killed while a file was in rollback-journal mode (a version 1 file while its
    // header switches to write-ahead logging) leaves a hot journal. The next open rolls it back;
    // it used to refuse the file as read-only (SQLITE_READONLY_ROLLBACK from the read-only probe).
    void opensAFileLeftWithAHotJournal()
    {
        QTemporaryDir dir;
        const QString writing = dir.filePath(QStringLiteral("writing.coe"));
        const QString left = dir.filePath(QStringLiteral("left.coe"));
        QVERIFY(QFile::copy(QStringLiteral(COE_TEST_DATA_DIR "/workspace-v1.coe"), writing));
        QFile::setPermissions(writing, QFile::ReadOwner | QFile::WriteOwner);
        QStringList names;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
            raw.setDatabaseName(writing);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("delete"));
            QVERIFY(q.exec(QStringLiteral("SELECT name FROM person ORDER BY id")));
            while (q.next())
                names << q.value(0).toString();
            QVERIFY(names.size() > 5);
            // A one-page cache spills changed pages into the file before the commit, as a large
            // write does: the copy below is a file half written, which only the journal mends.
            QVERIFY(q.exec(QStringLiteral("PRAGMA cache_size = 1")));
            QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY(q.exec(QStringLiteral("UPDATE person SET name = name || ' (interrupted)'")));
            QVERIFY(q.exec(QStringLiteral("UPDATE assessment SET note = 'interrupted'")));
            QVERIFY(QFileInfo(writing + QStringLiteral("-journal")).size() > 0);
            QVERIFY(QFile::copy(writing, left));
            QVERIFY(QFile::copy(writing + QStringLiteral("-journal"), left + QStringLiteral("-journal")));
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("writer"));
        QVERIFY(test::fileHash(left) != test::fileHash(writing)); // the spill reached the file

        auto opened = Workspace::open(WorkspaceLocation::parse(left).take());
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        QCOMPARE(opened.value()->schemaVersion(), Migrations::latestVersion());
        QVERIFY(opened.value()->check()->isEmpty());
        QSqlQuery stored = opened.value()->prepare(QStringLiteral("SELECT name FROM person ORDER BY id"));
        QVERIFY(opened.value()->exec(stored));
        QStringList after;
        while (stored.next())
            after << stored.value(0).toString();
        QCOMPARE(after, names);
        QVERIFY(!QFileInfo::exists(left + QStringLiteral("-journal")));
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
