// SPDX-License-Identifier: GPL-3.0-or-later
// Released schedule versions and the changelog between them.
#include "io/demo.h"
#include "planning/releases.h"
#include "storage/catalog.h"
#include "storage/planrepository.h"
#include "support/testbackend.h"

#include <QTest>
#include <QUndoStack>

using namespace coe;

namespace {

Summit loadSummit(Workspace& ws)
{
    return PlanRepository(ws).summits().take().first();
}

QHash<Id, QString> names(Workspace& ws)
{
    QHash<Id, QString> people;
    const QList<Person> all = Catalog(ws).people().take();
    for (const Person& p : all)
        people.insert(p.id, p.name);
    return people;
}

void exec(Workspace& ws, const QString& sql)
{
    QSqlQuery q = ws.prepare(sql);
    QVERIFY2(ws.exec(q), qPrintable(sql));
}

QStringList describe(const QList<ScheduleChange>& changes)
{
    QStringList lines;
    for (const ScheduleChange& c : changes)
        lines << Releases::kindName(c.kind) + QLatin1Char(' ') + c.title;
    return lines;
}

} // namespace

class TestReleases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void releasesAndChangelog()
    {
        QTemporaryDir dir;
        auto ws = test::createWorkspace(dir);
        DemoGenerator::Options options;
        options.people = 20;
        options.skills = 10;
        options.today = QDate(2026, 6, 1);
        QVERIFY(DemoGenerator::fill(*ws, options));
        const QHash<Id, QString> people = names(*ws);
        Summit summit = loadSummit(*ws);

        auto first = Releases::release(*ws, summit, people);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QCOMPARE(first->number, 1);
        QCOMPARE(Releases::changes(first->snapshot, Releases::snapshot(summit, people)).size(), 0);

        // Move one talk to another room and time, rename another, cancel (unschedule) a third,
        // schedule the unscheduled one, change the speaker of a fourth.
        exec(*ws,
             QStringLiteral(
                 "UPDATE slot SET room_id = (SELECT id FROM room WHERE name = 'Lab'), starts_at = '2026-07-01T15:00', "
                 "ends_at = '2026-07-01T15:45' WHERE item_id = (SELECT id FROM summit_item WHERE title = 'Postmortems "
                 "that change things')"));
        exec(*ws, QStringLiteral("UPDATE summit_item SET title = 'OpenTelemetry, in practice' WHERE title = "
                                 "'OpenTelemetry in practice'"));
        exec(*ws, QStringLiteral("DELETE FROM slot WHERE item_id = (SELECT id FROM summit_item WHERE title = 'Cluster "
                                 "upgrades without drama')"));
        exec(*ws,
             QStringLiteral(
                 "INSERT INTO slot (item_id, room_id, starts_at, ends_at) SELECT i.id, r.id, '2026-07-02T14:00', "
                 "'2026-07-02T14:30' "
                 "FROM summit_item i, room r WHERE i.title = 'Cost management for engineers' AND r.name = 'Room Ada'"));
        exec(*ws, QStringLiteral("UPDATE item_speaker SET person_id = (SELECT MAX(id) FROM person) WHERE item_id = "
                                 "(SELECT id FROM summit_item WHERE title = "
                                 "'Terraform state without tears')"));
        summit = loadSummit(*ws);
        const QList<ScheduleChange> pending = Releases::changes(first->snapshot, Releases::snapshot(summit, people));
        QCOMPARE(describe(pending), (QStringList{QStringLiteral("added Cost management for engineers"),
                                                 QStringLiteral("moved Postmortems that change things"),
                                                 QStringLiteral("changed Terraform state without tears"),
                                                 QStringLiteral("changed OpenTelemetry, in practice"),
                                                 QStringLiteral("cancelled Cluster upgrades without drama")}));
        const ScheduleChange& moved = pending.at(1);
        QVERIFY2(moved.before.startsWith(QLatin1String("Main hall, ")) &&
                     moved.before.endsWith(QStringLiteral("10:45–11:30")),
                 qPrintable(moved.before));
        QVERIFY2(moved.after.startsWith(QLatin1String("Lab, ")) && moved.after.endsWith(QStringLiteral("15:00–15:45")),
                 qPrintable(moved.after));
        QVERIFY2(pending.at(3).before.contains(QStringLiteral("was “OpenTelemetry in practice”")),
                 qPrintable(pending.at(3).before));
        QVERIFY(pending.at(2).before.startsWith(QLatin1String("speakers ")));
        QVERIFY(pending.at(4).after.isEmpty());

        auto second = Releases::release(*ws, summit, people);
        QVERIFY(second);
        QCOMPARE(second->number, 2);
        QCOMPARE(describe(Releases::changes(first->snapshot, second->snapshot)), describe(pending));
        auto all = Releases::list(*ws, summit.id);
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(1).snapshot, second->snapshot);

        // A release is one undo step.
        ws->undoStack()->undo();
        QCOMPARE(Releases::list(*ws, summit.id)->size(), 1);
        ws->undoStack()->redo();
        QCOMPARE(Releases::list(*ws, summit.id)->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestReleases)
#include "tst_releases.moc"
