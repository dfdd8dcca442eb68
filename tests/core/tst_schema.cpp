// SPDX-License-Identifier: GPL-3.0-or-later
// storage/schema.cpp describes the schema for undo; it must match what the migrations made.
#include "storage/schema.h"
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
            QSqlQuery q = ws->prepare(QStringLiteral("SELECT id, \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('%1') ORDER BY id, seq").arg(table));
            QVERIFY(q.exec());
            QMap<int, QStringList> byId;
            QMap<int, QString> head;
            while (q.next()) {
                const int id = q.value(0).toInt();
                head[id] = table + QLatin1String(" -> ") + q.value(1).toString() + QLatin1Char(' ') + q.value(4).toString();
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
            const char* action = key.onDelete == ForeignKey::Cascade ? "CASCADE"
                                 : key.onDelete == ForeignKey::SetNull ? "SET NULL" : "NO ACTION";
            declared << key.child + QLatin1String(" -> ") + key.parent + QLatin1Char(' ')
                            + QString::fromLatin1(action) + QLatin1Char(' ') + pairs.join(QLatin1Char(','));
        }
        actual.sort();
        declared.sort();
        QCOMPARE(declared, actual);
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
