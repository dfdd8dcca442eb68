// SPDX-License-Identifier: GPL-3.0-or-later
// Upgrading a version 3 workspace to today's schema on the backend CTest chose: the rows of
// tests/data/workspace-v3.coe are copied into a workspace built by the migrations up to
// version 3 (a file, or a PostgreSQL database as tst_upgrade_pg), which is then opened. The
// upgrade must move no instant, leave every row as the file upgrade does, and leave each
// table's ids ready for new rows (version 4 copies summit_item and slot into new tables).
#include "commands/summitedits.h"
#include "commands/transferedits.h"
#include "storage/dialect.h"
#include "storage/migrations.h"
#include "storage/tables.h"
#include "support/instants.h"
#include "support/testbackend.h"

#include <QSqlError>
#include <QTest>

using namespace coe;

namespace {

const QString fixture = QStringLiteral(COE_TEST_DATA_DIR "/workspace-v3.coe");

/// Every table but meta, whose schema_version the migrations wrote.
QStringList dataTables()
{
    QStringList names;
    for (const Table& table : Tables::all())
        if (table.nameString() != QLatin1String("meta"))
            names << table.nameString();
    return names;
}

/// Copies every row of the version 3 fixture into @p db, which the migrations built up to
/// version 3, with foreign keys off so that the order of tables does not matter.
void copyFixtureRows(QSqlDatabase& db, bool postgres)
{
    QSqlDatabase source = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3-source"));
    source.setDatabaseName(fixture);
    source.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    QVERIFY(source.open());
    QSqlQuery target(db);
    QVERIFY(target.exec(postgres ? QStringLiteral("SET session_replication_role = replica")
                                 : QStringLiteral("PRAGMA foreign_keys = OFF")));
    QVERIFY(target.exec(QStringLiteral("BEGIN")));
    QSqlQuery tables(source);
    QVERIFY(tables.exec(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")));
    int copied = 0;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QVERIFY(target.exec(QStringLiteral("DELETE FROM %1").arg(table)));
        QSqlQuery rows(source);
        QVERIFY(rows.exec(QStringLiteral("SELECT * FROM %1").arg(table)));
        const QSqlRecord record = rows.record();
        QStringList columns;
        QStringList placeholders;
        for (int c = 0; c < record.count(); ++c) {
            columns << record.fieldName(c);
            placeholders << QStringLiteral(":c%1").arg(c);
        }
        QSqlQuery insert(db);
        QVERIFY(
            insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(table, columns.join(QLatin1String(", ")), placeholders.join(QLatin1String(", ")))));
        while (rows.next()) {
            for (int c = 0; c < record.count(); ++c)
                insert.bindValue(placeholders.at(c), rows.value(c));
            QVERIFY2(insert.exec(), qPrintable(table + QLatin1String(": ") + insert.lastError().text()));
            ++copied;
        }
        // A database that hands out ids itself must go on after the copied ones.
        if (postgres && columns.contains(QLatin1String("id")))
            QVERIFY2(target.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                                "GREATEST((SELECT MAX(id) FROM %1), 1))")
                                     .arg(table)),
                     qPrintable(target.lastError().text()));
    }
    QVERIFY(copied > 400);
    QVERIFY(target.exec(QStringLiteral("COMMIT")));
    QVERIFY(target.exec(postgres ? QStringLiteral("SET session_replication_role = origin")
                                 : QStringLiteral("PRAGMA foreign_keys = ON")));
    source.close();
}

/// A workspace at @p location at schema version 3 holding the fixture's rows.
void makeVersion3(const WorkspaceLocation& location)
{
    const auto dialect = Dialect::forLocation(location);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect->driverName(), QStringLiteral("v3-target"));
        dialect->prepare(db, location, false, 5000);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QVERIFY(dialect->configure(db));
        const auto built = Migrations::upgrade(db, *dialect, 0, 3);
        QVERIFY2(built, qPrintable(built ? QString() : built.error().message));
        QSqlQuery version(db);
        QVERIFY(version.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) && version.next());
        QCOMPARE(version.value(0).toString(), QStringLiteral("3"));
        version.finish();
        copyFixtureRows(db, !location.isFile());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3-target"));
    QSqlDatabase::removeDatabase(QStringLiteral("v3-source"));
}

} // namespace

class TestUpgrade : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version3UpgradesWithoutMovingAnInstant()
    {
        QTemporaryDir dir;
        // The file upgrade that tst_schema checks is the reference.
        const QString copy = dir.filePath(QStringLiteral("reference.coe"));
        QVERIFY(QFile::copy(fixture, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        auto reference = Workspace::open(WorkspaceLocation::parse(copy).take());
        QVERIFY(reference);
        const QStringList expected = test::dump(*reference.value(), dataTables());
        reference.value().reset();

        const WorkspaceLocation location = test::freshLocation(dir);
        makeVersion3(location);
        if (QTest::currentTestFailed())
            return;
        const test::Instants instantsBefore = test::storedInstants(fixture);
        QVERIFY(instantsBefore.size() > 20);

        auto opened = Workspace::open(location);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        Workspace& ws = *opened.value();
        QCOMPARE(ws.schemaVersion(), Migrations::latestVersion());
        QCOMPARE(test::readInstants(ws), instantsBefore);
        QVERIFY(ws.check()->isEmpty());
        QCOMPARE(test::dump(ws, dataTables()), expected);

        // New rows get new ids in every copied table: an item, its slot, a session.
        PlanRepository plans(ws);
        auto summits = plans.summits();
        QVERIFY(summits && !summits->isEmpty());
        const Summit& summit = summits->first();
        QVERIFY(!summit.rooms.isEmpty() && !summit.items.isEmpty());
        qint64 largestItem = 0;
        for (const SummitItem& item : summit.items)
            largestItem = std::max(largestItem, item.id);
        SummitItem item;
        item.title = QStringLiteral("Added after the upgrade");
        item.durationMinutes = 30;
        const auto added = commands::SummitEdits::saveItem(ws, summit.id, item, nullptr,
                                                           commands::Placement{summit.rooms.first().id,
                                                                               QDateTime(summit.startsOn, QTime(8, 0)),
                                                                               summit.rooms.first().name});
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        QVERIFY(added.value() > largestItem);
        summits = plans.summits();
        QVERIFY(summits);
        const auto found = std::find_if(summits->first().items.cbegin(), summits->first().items.cend(),
                                        [&](const SummitItem& i) { return i.id == added.value(); });
        QVERIFY(found != summits->first().items.cend());
        QCOMPARE(found->slots.size(), 1);

        auto sessions = plans.sessions();
        QVERIFY(sessions && !sessions->isEmpty());
        Session session = sessions->first();
        session.id = 0;
        session.title = QStringLiteral("Also added after the upgrade");
        const auto saved = commands::TransferEdits::saveSession(ws, session, nullptr);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
        QVERIFY(ws.check()->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUpgrade)
#include "tst_upgrade.moc"
