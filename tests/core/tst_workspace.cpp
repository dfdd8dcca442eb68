// SPDX-License-Identifier: GPL-3.0-or-later
// Workspace lifecycle on the backend CTest chose (SQLite or PostgreSQL).
#include "commands/batch.h"
#include "commands/edits.h"
#include "domain/scale.h"
#include "storage/catalog.h"
#include "storage/migrations.h"
#include "storage/rowstore.h"
#include "storage/scalelevels.h"
#include "storage/transaction.h"
#include "support/testbackend.h"

#include <QTest>
#include <QUndoStack>

using namespace coe;

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createMakesAnEmptyWorkspaceWithTheDefaultScale()
    {
        QTemporaryDir dir;
        auto ws = test::createWorkspace(dir);
        QCOMPARE(ws->schemaVersion(), Migrations::latestVersion());
        auto scale = readScale(*ws);
        QVERIFY(scale);
        QCOMPARE(scale->size(), 5);
        QCOMPARE(scale->at(0).label, QStringLiteral("Unaware"));
        QCOMPARE(scale->at(3).meaning, ScaleLevel::Independent);
        QCOMPARE(scale->at(4).meaning, ScaleLevel::Teacher);
        QCOMPARE(scale->at(4).color, QColor(0x25, 0x34, 0x94));
        auto counts = Catalog(*ws).counts();
        QVERIFY(counts);
        QCOMPARE(counts->value(QStringLiteral("person")), 0);
        QCOMPARE(counts->value(QStringLiteral("scale_level")), 5);
        auto problems = ws->check();
        QVERIFY(problems);
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
        QVERIFY(!ws->meta(QStringLiteral("created_at")).isEmpty());
    }

    void createRefusesAnExistingWorkspace()
    {
        QTemporaryDir dir;
        auto ws = test::createWorkspace(dir);
        const WorkspaceLocation location = ws->location();
        ws.reset();
        auto again = Workspace::create(location);
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Exists);
    }

    void editsPersistAcrossReopen()
    {
        QTemporaryDir dir;
        auto ws = test::createWorkspace(dir);
        auto team = commands::Edits::addTeam(*ws, {0, QStringLiteral("Platform"), {}, 0});
        QVERIFY2(team, qPrintable(team.error().message));
        auto person = commands::Edits::addPerson(*ws, {0, QStringLiteral("Ana Lima"), QStringLiteral("ana@example.com"),
                                                       false, team.value(), 0, QStringLiteral("Europe/Lisbon"), 0});
        QVERIFY2(person, qPrintable(person.error().message));
        const WorkspaceLocation location = ws->location();
        ws.reset();
        auto reopened = Workspace::open(location);
        QVERIFY2(reopened, qPrintable(reopened.error().message));
        auto people = Catalog(*reopened.value()).people();
        QCOMPARE(people->size(), 1);
        QCOMPARE(people->first().name, QStringLiteral("Ana Lima"));
        QCOMPARE(people->first().teamId, team.value());
        QCOMPARE(people->first().version, 1);
    }

    void validationGivesMessages()
    {
        QTemporaryDir dir;
        auto ws = test::createWorkspace(dir);
        QVERIFY(commands::Edits::addTeam(*ws, {0, QStringLiteral("Data"), {}, 0}));
        auto duplicate = commands::Edits::addTeam(*ws, {0, QStringLiteral("data"), {}, 0});
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().message, QStringLiteral("There is already a team named 'data'."));
        auto unnamed = commands::Edits::addPerson(*ws, {0, QStringLiteral("  "), {}, false, 0, 0, {}, 0});
        QCOMPARE(unnamed.error().message, QStringLiteral("The person needs a name."));
        auto badEmail =
            commands::Edits::addPerson(*ws, {0, QStringLiteral("Bo"), QStringLiteral("bo at x"), false, 0, 0, {}, 0});
        QCOMPARE(badEmail.error().message, QStringLiteral("'bo at x' is not an email address."));
        QCOMPARE(ws->undoStack()->count(), 1); // failed edits push nothing
    }

    void databaseConstraintsRejectImpossibleStates()
    {
        QTemporaryDir dir;
        auto ws = test::createWorkspace(dir);
        // A level outside the scale.
        auto person = commands::Edits::addPerson(*ws, {0, QStringLiteral("Bo"), {}, false, 0, 0, {}, 0});
        auto category = commands::Edits::addCategory(*ws, {0, 0, QStringLiteral("Cloud"), 0, 0});
        auto skill = commands::Edits::addSkill(*ws, {0, category.value(), QStringLiteral("AWS"), {}, 0, 0});
        QSqlQuery q =
            ws->prepare(QStringLiteral("INSERT INTO assessment (person_id, skill_id, source, level, assessed_on) "
                                       "VALUES (:p, :s, 'lead', 7, '2026-01-01')"));
        q.bindValue(QStringLiteral(":p"), person.value());
        q.bindValue(QStringLiteral(":s"), skill.value());
        QVERIFY(!q.exec());
        // A slot that ends before it starts.
        QSqlQuery s = ws->prepare(
            QStringLiteral("INSERT INTO summit (name, starts_on, ends_on) VALUES ('S', '2026-05-01', '2026-05-02')"));
        QVERIFY(s.exec());
        QSqlQuery r = ws->prepare(QStringLiteral("INSERT INTO room (summit_id, name) SELECT id, 'A' FROM summit"));
        QVERIFY(r.exec());
        QSqlQuery i = ws->prepare(QStringLiteral(
            "INSERT INTO summit_item (summit_id, kind, title, duration_min) SELECT id, 'talk', 'T', 30 FROM summit"));
        QVERIFY(i.exec());
        QSqlQuery slot =
            ws->prepare(QStringLiteral("INSERT INTO slot (item_id, room_id, starts_at, ends_at) SELECT i.id, r.id, "
                                       "'2026-05-01T10:00', '2026-05-01T09:30' FROM summit_item i, room r"));
        QVERIFY(!slot.exec());
        // A summit that ends before it starts.
        QSqlQuery backwards = ws->prepare(
            QStringLiteral("INSERT INTO summit (name, starts_on, ends_on) VALUES ('B', '2026-05-03', '2026-05-02')"));
        QVERIFY(!backwards.exec());
    }

    void nestedTransactionsRollBackTheirOwnPart()
    {
        QTemporaryDir dir;
        auto ws = test::createWorkspace(dir);
        {
            Transaction outer(*ws);
            QVERIFY(outer.started());
            QSqlQuery a = ws->prepare(QStringLiteral("INSERT INTO team (name) VALUES ('Kept')"));
            QVERIFY(a.exec());
            {
                Transaction inner(*ws);
                QVERIFY(inner.started());
                QSqlQuery b = ws->prepare(QStringLiteral("INSERT INTO team (name) VALUES ('Dropped')"));
                QVERIFY(b.exec());
            } // rolled back
            QVERIFY(outer.commit());
        }
        {
            Transaction early(*ws);
            QSqlQuery c = ws->prepare(QStringLiteral("INSERT INTO team (name) VALUES ('Never')"));
            QVERIFY(c.exec());
        } // early return: rolled back
        auto teams = Catalog(*ws).teams();
        QCOMPARE(teams->size(), 1);
        QCOMPARE(teams->first().name, QStringLiteral("Kept"));
    }

    void staleVersionIsAConflict()
    {
        QTemporaryDir dir;
        auto ws = test::createWorkspace(dir);
        auto id = commands::Edits::addTeam(*ws, {0, QStringLiteral("Ops"), {}, 0});
        QVERIFY(commands::Edits::editTeam(*ws, {id.value(), QStringLiteral("Operations"), {}, 1}));
        // Another client still holds version 1.
        auto stale = commands::Edits::editTeam(*ws, {id.value(), QStringLiteral("SRE"), {}, 1});
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, Error::Conflict);
        QCOMPARE(Catalog(*ws).teams()->first().name, QStringLiteral("Operations"));
    }

    void valueListsLongerThanOneStatementAreSplit()
    {
        // More ids than one IN (...) list binds: reading, deleting and undoing see them all.
        QTemporaryDir dir;
        auto ws = test::createWorkspace(dir);
        QList<Id> ids;
        {
            Transaction tx(*ws);
            RowStore rows(*ws);
            for (int i = 0; i < 950; ++i)
                ids << rows.insert(QStringLiteral("person"), {{QStringLiteral("name"), QStringLiteral("P%1").arg(i)}})
                           .value();
            QVERIFY(tx.commit());
        }
        auto read = Catalog(*ws).peopleWithIds(QList<Id>(ids) << ids.last() + 1000);
        QVERIFY(read);
        QSet<Id> seen;
        for (const Person& p : std::as_const(read.value()))
            seen.insert(p.id);
        QCOMPARE(seen, QSet<Id>(ids.cbegin(), ids.cend()));

        QVERIFY(commands::Edits::remove(*ws, QStringLiteral("person"), ids, QStringLiteral("Delete")));
        QCOMPARE(Catalog(*ws).people()->size(), 0);
        ws->undoStack()->undo();
        QCOMPARE(Catalog(*ws).people()->size(), 950);
    }

    void scaleCanBeReplacedAndValidated()
    {
        QTemporaryDir dir;
        auto ws = test::createWorkspace(dir);
        QList<ScaleLevel> three{
            {0, QStringLiteral("Novice"), {}, QColor(0xed, 0xf8, 0xb1), ScaleLevel::Plain},
            {1, QStringLiteral("Practitioner"), {}, QColor(0x7f, 0xcd, 0xbb), ScaleLevel::Independent},
            {2, QStringLiteral("Expert"), {}, QColor(0x2c, 0x7f, 0xb8), ScaleLevel::Teacher}};
        QVERIFY(commands::Edits::setScale(*ws, three));
        QCOMPARE(readScale(*ws).value(), three);
        ws->undoStack()->undo();
        QCOMPARE(readScale(*ws)->size(), 5);
        QCOMPARE(readScale(*ws).value(), Scale::defaultLevels());
        three[2].meaning = ScaleLevel::Plain;
        auto invalid = commands::Edits::setScale(*ws, three);
        QVERIFY(!invalid);
        QCOMPARE(invalid.error().message, QStringLiteral("Mark the level that means Teacher."));
    }

    void scaleLevelInUseCannotBeDropped()
    {
        QTemporaryDir dir;
        auto ws = test::createWorkspace(dir);
        auto person = commands::Edits::addPerson(*ws, {0, QStringLiteral("Bo"), {}, false, 0, 0, {}, 0});
        auto category = commands::Edits::addCategory(*ws, {0, 0, QStringLiteral("Cloud"), 0, 0});
        auto skill = commands::Edits::addSkill(*ws, {0, category.value(), QStringLiteral("AWS"), {}, 0, 0});
        Assessment a;
        a.personId = person.value();
        a.skillId = skill.value();
        a.level = 4;
        QVERIFY(commands::Edits::addAssessment(*ws, a));
        QList<ScaleLevel> fewer = Scale::defaultLevels().mid(0, 4);
        fewer[3].meaning = ScaleLevel::Teacher;
        fewer[2].meaning = ScaleLevel::Independent;
        auto refused = commands::Edits::setScale(*ws, fewer);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("still used")));
        QCOMPARE(readScale(*ws)->size(), 5);
    }
    void wrongPostgresPasswordIsRefused()
    {
        if (!test::usePostgres())
            QSKIP("PostgreSQL only; runs as tst_workspace_pg");
        QTemporaryDir dir;
        auto ws = test::createWorkspace(dir);
        WorkspaceLocation location = ws->location();
        ws.reset();
        location.setPassword(QStringLiteral("wrong"));
        auto opened = Workspace::open(location);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::AuthFailed);
        QVERIFY2(opened.error().message.contains(QStringLiteral("refused the password for user 'postgres'")),
                 qPrintable(opened.error().message));
        location.setPassword(qEnvironmentVariable("PGPASSWORD"));
        auto missing =
            Workspace::open(WorkspaceLocation::parse(location.toString() + QStringLiteral("_missing")).take());
        QVERIFY(!missing);
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
