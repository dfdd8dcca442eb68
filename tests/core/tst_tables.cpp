// SPDX-License-Identifier: GPL-3.0-or-later
// storage/tables.h describes every table once, for the undo engine, RowStore's checks and the
// workspace check. It must say exactly what the migrations made: the tables, each column's
// name, order, type and NULL rule, and the primary key. On SQLite, and again on PostgreSQL as
// tst_tables_pg (its catalogue names the same types differently).
#include "storage/rowstore.h"
#include "storage/tables.h"
#include "support/testbackend.h"

#include <QTest>

using namespace coe;

namespace {

/// "name type null|not null|key" for every column of @p table, as the database describes it.
QStringList catalogueColumns(Workspace& ws, const QString& table)
{
    QStringList columns;
    if (ws.location().isFile()) {
        QSqlQuery q = ws.prepare(
            QStringLiteral("SELECT name, type, \"notnull\" AS not_null, pk FROM pragma_table_info('%1') ORDER BY cid")
                .arg(table));
        if (!q.exec())
            qFatal("cannot read the columns of %s", qPrintable(table));
        while (q.next()) {
            const QString nulls = q.value(QStringLiteral("pk")).toInt() > 0      ? QStringLiteral("key")
                                  : q.value(QStringLiteral("not_null")).toBool() ? QStringLiteral("not null")
                                                                                 : QStringLiteral("null");
            columns << QStringLiteral("%1 %2 %3")
                           .arg(q.value(QStringLiteral("name")).toString(),
                                q.value(QStringLiteral("type")).toString().toLower(), nulls);
        }
        return columns;
    }
    QSqlQuery q = ws.prepare(QStringLiteral(
        "SELECT c.column_name AS name, c.data_type AS type, c.is_nullable AS nullable, "
        "EXISTS (SELECT 1 FROM information_schema.table_constraints t JOIN information_schema.key_column_usage k "
        "  ON k.constraint_name = t.constraint_name AND k.table_schema = t.table_schema "
        "  WHERE t.constraint_type = 'PRIMARY KEY' AND t.table_schema = c.table_schema AND t.table_name = c.table_name "
        "  AND k.column_name = c.column_name) AS is_key "
        "FROM information_schema.columns c WHERE c.table_schema = current_schema() AND c.table_name = :t "
        "ORDER BY c.ordinal_position"));
    q.bindValue(QStringLiteral(":t"), table);
    if (!q.exec())
        qFatal("cannot read the columns of %s", qPrintable(table));
    while (q.next()) {
        // PostgreSQL's names for the three storage classes SQLite has.
        QString type = q.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("bigint") || type == QLatin1String("smallint"))
            type = QStringLiteral("integer");
        else if (type == QLatin1String("bytea"))
            type = QStringLiteral("blob");
        const QString nulls = q.value(QStringLiteral("is_key")).toBool() ? QStringLiteral("key")
                              : q.value(QStringLiteral("nullable")).toString() == QLatin1String("NO")
                                  ? QStringLiteral("not null")
                                  : QStringLiteral("null");
        columns << QStringLiteral("%1 %2 %3").arg(q.value(QStringLiteral("name")).toString(), type, nulls);
    }
    return columns;
}

QStringList describedColumns(const Table& table)
{
    QStringList columns;
    for (const Column& c : table.columns) {
        const char* nulls = c.nulls == Column::Key ? "key" : c.nulls == Column::NotNull ? "not null" : "null";
        columns << QStringLiteral("%1 %2 %3").arg(c.nameString(), c.typeName(), QLatin1String(nulls));
    }
    return columns;
}

QStringList catalogueTables(Workspace& ws)
{
    QSqlQuery q = ws.prepare(
        ws.location().isFile()
            ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            : QStringLiteral(
                  "SELECT table_name AS name FROM information_schema.tables "
                  "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"));
    if (!q.exec())
        qFatal("cannot list the tables");
    QStringList names;
    while (q.next())
        names << q.value(QStringLiteral("name")).toString();
    return names;
}

} // namespace

class TestTables : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws; // made by the migrations, read by every test

private Q_SLOTS:
    void initTestCase() { m_ws = test::createWorkspace(m_dir); }

    void describesEveryTable()
    {
        QStringList described;
        for (const Table& table : Tables::all())
            described << table.nameString();
        described.sort();
        QCOMPARE(catalogueTables(*m_ws), described);
    }

    void describesEveryColumn_data()
    {
        QTest::addColumn<QString>("table");
        for (const Table& table : Tables::all())
            QTest::newRow(table.name) << table.nameString();
    }

    void describesEveryColumn()
    {
        QFETCH(QString, table);
        const Table* described = Tables::find(table);
        QVERIFY(described);
        QCOMPARE(catalogueColumns(*m_ws, table), describedColumns(*described));
    }

    void keysAndVersions()
    {
        const Table* person = Tables::find(u"person");
        QVERIFY(person);
        QVERIFY(person->hasId());
        QVERIFY(person->versioned());
        QCOMPARE(person->entity, Entity::Person);
        const Table* targets = Tables::find(u"role_target");
        QVERIFY(targets);
        QVERIFY(!targets->hasId());
        QCOMPARE(targets->key(), (QStringList{QStringLiteral("role_id"), QStringLiteral("skill_id")}));
        QVERIFY(!Tables::find(u"persons"));
    }

    // RowStore writes only what the description names: a misspelt table or column is a
    // programming error reported before any SQL runs, and nothing is written.
    void rowStoreRefusesWhatIsNotDescribed()
    {
        RowStore store(*m_ws);
        auto badTable = store.insert(QStringLiteral("persons"), {{QStringLiteral("name"), QStringLiteral("Ana")}});
        QVERIFY(!badTable);
        QVERIFY2(badTable.error().message.contains(QLatin1String("persons")), qPrintable(badTable.error().message));
        auto badColumn = store.insert(QStringLiteral("team"), {{QStringLiteral("nmae"), QStringLiteral("Platform")}});
        QVERIFY(!badColumn);
        QVERIFY2(badColumn.error().message.contains(QLatin1String("nmae")), qPrintable(badColumn.error().message));
        auto team = store.insert(QStringLiteral("team"), {{QStringLiteral("name"), QStringLiteral("Platform")},
                                                          {QStringLiteral("description"), QString()}});
        QVERIFY2(team, team ? "" : qPrintable(team.error().message));
        auto badUpdate =
            store.update(QStringLiteral("team"), team.value(), {{QStringLiteral("colour"), QStringLiteral("red")}}, 0);
        QVERIFY(!badUpdate);
        QVERIFY2(badUpdate.error().message.contains(QLatin1String("colour")), qPrintable(badUpdate.error().message));
        auto row = store.fetch(QStringLiteral("team"), team.value());
        QVERIFY(row);
        QCOMPARE(row->value(QStringLiteral("name")).toString(), QStringLiteral("Platform"));
    }
};

QTEST_GUILESS_MAIN(TestTables)
#include "tst_tables.moc"
