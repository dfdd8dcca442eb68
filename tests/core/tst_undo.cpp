// SPDX-License-Identifier: GPL-3.0-or-later
// A random sequence of edits, then undo-all restores the exact starting state and redo-all
// the exact end state: every row, id and version. Deletes that cascade are included.
#include "commands/edits.h"
#include "core/changenotifier.h"
#include "storage/catalog.h"
#include "storage/schema.h"
#include "support/testbackend.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace coe;
using commands::Edits;

namespace {

template<typename T> Id pick(QRandomGenerator& random, const QList<T>& list)
{
    return list.isEmpty() ? 0 : list.at(random.bounded(int(list.size()))).id;
}

/// One random edit; returns false when it was refused (a refused edit pushes nothing).
bool randomEdit(Workspace& ws, QRandomGenerator& random, int n)
{
    Catalog catalog(ws);
    const QList<Team> teams = catalog.teams().value();
    const QList<Person> people = catalog.people().value();
    const QList<SkillCategory> categories = catalog.categories().value();
    const QList<Skill> skills = catalog.skills().value();
    switch (random.bounded(11)) {
    case 0:
        return bool(Edits::addTeam(ws, {0, QStringLiteral("Team %1").arg(n), QStringLiteral("d%1").arg(n), 0}));
    case 1:
        return bool(Edits::addRole(ws, {0, QStringLiteral("Role %1").arg(n), {}, 0}));
    case 2:
    case 3:
        return bool(
            Edits::addPerson(ws, {0, QStringLiteral("Person %1").arg(n), QStringLiteral("p%1@example.com").arg(n),
                                  random.bounded(4) == 0, pick(random, teams), 0, QStringLiteral("UTC"), 0}));
    case 4:
        return bool(Edits::addCategory(
            ws, {0, random.bounded(2) ? pick(random, categories) : 0, QStringLiteral("Category %1").arg(n), n, 0}));
    case 5: {
        const Id category = pick(random, categories);
        return category && bool(Edits::addSkill(ws, {0, category, QStringLiteral("Skill %1").arg(n), {}, n, 0}));
    }
    case 6: {
        if (people.isEmpty())
            return false;
        Person p = people.at(random.bounded(int(people.size())));
        p.name += QStringLiteral(" (edited %1)").arg(n);
        p.teamId = pick(random, teams);
        return bool(Edits::editPerson(ws, p));
    }
    case 7:
    case 8: {
        if (people.isEmpty() || skills.isEmpty())
            return false;
        Assessment a;
        a.personId = pick(random, people);
        a.skillId = pick(random, skills);
        a.source = Source(random.bounded(3));
        a.level = random.bounded(5);
        a.interest = random.bounded(4);
        a.assessedOn = QDate(2026, 1, 1).addDays(random.bounded(300));
        return bool(Edits::addAssessment(ws, a));
    }
    case 9: {
        const QString tables[] = {QStringLiteral("person"), QStringLiteral("team"), QStringLiteral("skill_category"),
                                  QStringLiteral("skill")};
        const QString table = tables[random.bounded(4)];
        const Id id = table == QLatin1String("person")  ? pick(random, people)
                      : table == QLatin1String("team")  ? pick(random, teams)
                      : table == QLatin1String("skill") ? pick(random, skills)
                                                        : pick(random, categories);
        return id && bool(Edits::remove(ws, table, {id}, QStringLiteral("Delete")));
    }
    default: {
        QList<ScaleLevel> scale = Scale::defaultLevels();
        scale[1].label = QStringLiteral("Watching %1").arg(n);
        scale[2].color = QColor::fromRgb(random.generate() & 0xffffff);
        return bool(Edits::setScale(ws, scale));
    }
    }
}

} // namespace

class TestUndo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void undoAllRestoresTheStartAndRedoAllTheEnd_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 2u, 3u, 42u})
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }

    void undoAllRestoresTheStartAndRedoAllTheEnd()
    {
        QFETCH(quint32, seed);
        QTemporaryDir dir;
        auto ws = test::createWorkspace(dir);
        // Some content before the recorded sequence starts, so undo has a non-empty start.
        QRandomGenerator random(seed);
        for (int n = 0; n < 15; ++n)
            randomEdit(*ws, random, n);
        ws->undoStack()->clear();
        const QStringList start = test::dump(*ws, Schema::tables());

        int pushed = 0;
        for (int n = 100; n < 180; ++n)
            pushed += randomEdit(*ws, random, n) ? 1 : 0;
        QCOMPARE(ws->undoStack()->count(), pushed);
        QVERIFY(pushed > 40);
        const QStringList end = test::dump(*ws, Schema::tables());
        QVERIFY(end != start);

        QSignalSpy failures(ws->notifier(), &ChangeNotifier::failed);
        while (ws->undoStack()->canUndo())
            ws->undoStack()->undo();
        QCOMPARE(test::dump(*ws, Schema::tables()), start);
        while (ws->undoStack()->canRedo())
            ws->undoStack()->redo();
        QCOMPARE(test::dump(*ws, Schema::tables()), end);
        QCOMPARE(failures.count(), 0);
        auto problems = ws->check();
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
    }

    void deletingAPersonCascadesAndUndoRestoresTheSameIds()
    {
        QTemporaryDir dir;
        auto ws = test::createWorkspace(dir);
        const Id team = Edits::addTeam(*ws, {0, QStringLiteral("Platform"), {}, 0}).value();
        const Id ana = Edits::addPerson(*ws, {0, QStringLiteral("Ana"), {}, false, team, 0, {}, 0}).value();
        const Id category = Edits::addCategory(*ws, {0, 0, QStringLiteral("IaC"), 0, 0}).value();
        const Id terraform = Edits::addSkill(*ws, {0, category, QStringLiteral("Terraform"), {}, 0, 0}).value();
        Assessment a;
        a.personId = ana;
        a.skillId = terraform;
        a.level = 2;
        const Id assessment = Edits::addAssessment(*ws, a).value();
        const QStringList before = test::dump(*ws, Schema::tables());

        QSignalSpy changes(ws->notifier(), &ChangeNotifier::changed);
        QVERIFY(Edits::remove(*ws, QStringLiteral("team"), {team}, QStringLiteral("Delete team")));
        QCOMPARE(Catalog(*ws).people()->first().teamId, 0); // ON DELETE SET NULL
        QVERIFY(Edits::remove(*ws, QStringLiteral("person"), {ana}, QStringLiteral("Delete Ana")));
        QCOMPARE(Catalog(*ws).counts()->value(QStringLiteral("assessment")), 0);
        bool sawAssessmentRemoval = false;
        for (const QList<QVariant>& signal : changes) {
            const Change c = signal.at(0).value<Change>();
            if (c.entity == Entity::Assessment && c.kind == Change::Removed && c.ids == QList<qint64>{assessment})
                sawAssessmentRemoval = true;
        }
        QVERIFY(sawAssessmentRemoval);

        ws->undoStack()->undo();
        ws->undoStack()->undo();
        QCOMPARE(test::dump(*ws, Schema::tables()), before);
    }

    void deletingACategoryRemovesItsSubtree()
    {
        QTemporaryDir dir;
        auto ws = test::createWorkspace(dir);
        const Id cloud = Edits::addCategory(*ws, {0, 0, QStringLiteral("Cloud"), 0, 0}).value();
        const Id aws = Edits::addCategory(*ws, {0, cloud, QStringLiteral("AWS"), 0, 0}).value();
        Edits::addSkill(*ws, {0, aws, QStringLiteral("Lambda"), {}, 0, 0}).value();
        Edits::addSkill(*ws, {0, cloud, QStringLiteral("Cost control"), {}, 0, 0}).value();
        const QStringList before = test::dump(*ws, Schema::tables());
        QVERIFY(Edits::remove(*ws, QStringLiteral("skill_category"), {cloud}, QStringLiteral("Delete")));
        QCOMPARE(Catalog(*ws).skills()->size(), 0);
        QCOMPARE(Catalog(*ws).categories()->size(), 0);
        ws->undoStack()->undo();
        QCOMPARE(test::dump(*ws, Schema::tables()), before);
        QVERIFY(Edits::editCategory(*ws, {cloud, aws, QStringLiteral("Cloud"), 0, 0})
                    .error()
                    .message.contains(QStringLiteral("inside itself")));
    }

    // The typed edits app/ calls instead of naming tables: each one undo step.
    void typedEditsAreOneUndoStepEach()
    {
        QTemporaryDir dir;
        auto ws = test::createWorkspace(dir);
        const Id team = Edits::addTeam(*ws, {0, QStringLiteral("Platform"), {}, 0}).value();
        const Id role = Edits::addRole(*ws, {0, QStringLiteral("SRE"), {}, 0}).value();
        const Id cloud = Edits::addCategory(*ws, {0, 0, QStringLiteral("Cloud"), 0, 0}).value();
        const Id iac = Edits::addCategory(*ws, {0, 0, QStringLiteral("IaC"), 0, 0}).value();
        const Id lambda = Edits::addSkill(*ws, {0, cloud, QStringLiteral("Lambda"), {}, 0, 0}).value();
        const Id terraform = Edits::addSkill(*ws, {0, iac, QStringLiteral("Terraform"), {}, 0, 0}).value();
        const Id helm = Edits::addSkill(*ws, {0, iac, QStringLiteral("Helm"), {}, 0, 0}).value();
        const QStringList start = test::dump(*ws, Schema::tables());
        const int steps = ws->undoStack()->count();

        QVERIFY(Edits::setRoleTargets(*ws, role, {{terraform, 3}, {lambda, 2}}));
        QCOMPARE(Catalog(*ws).roleTargets(role).value(), (QHash<Id, int>{{terraform, 3}, {lambda, 2}}));
        QVERIFY(Edits::setRoleTargets(*ws, role, {{helm, 4}})); // replaces, not adds
        QCOMPARE(Catalog(*ws).roleTargets(role).value(), (QHash<Id, int>{{helm, 4}}));
        QVERIFY(!Edits::setRoleTargets(*ws, role, {{helm, 99}})); // not on the scale
        QCOMPARE(Catalog(*ws).roleTargets(role).value(), (QHash<Id, int>{{helm, 4}}));

        QVERIFY(Edits::setTeamRequirements(*ws, team, {{team, terraform, 2, true}}));
        QCOMPARE(Catalog(*ws).requirements()->size(), 1);
        QCOMPARE(Edits::setTeamRequirements(*ws, team, {{team + 1, terraform, 2, true}}).error().code, Error::Invalid);

        // A skill of one category and the other category with its skills, in one step.
        QVERIFY(Edits::removeSkills(*ws, {lambda}, {iac}, QStringLiteral("Delete")));
        QCOMPARE(Catalog(*ws).skills()->size(), 0);
        QCOMPARE(Catalog(*ws).categories()->size(), 1);
        QVERIFY(Catalog(*ws).roleTargets(role)->isEmpty());
        QCOMPARE(ws->undoStack()->count(), steps + 4);
        QCOMPARE(ws->undoStack()->undoText(), QStringLiteral("Delete"));

        QVERIFY(Edits::removeRole(*ws, role, QStringLiteral("Delete role")));
        QVERIFY(Edits::removeTeam(*ws, team, QStringLiteral("Delete team")));
        while (ws->undoStack()->index() > steps)
            ws->undoStack()->undo();
        QCOMPARE(test::dump(*ws, Schema::tables()), start);
    }
};

QTEST_GUILESS_MAIN(TestUndo)
#include "tst_undo.moc"
