// SPDX-License-Identifier: GPL-3.0-or-later
// The editors' item models: consistent (QAbstractItemModelTester), editable through undoable
// commands, and updated row by row from the change notifier rather than reset.
#include "commands/batch.h"
#include "commands/edits.h"
#include "io/demo.h"
#include "models/peoplemodel.h"
#include "models/scalemodel.h"
#include "models/skilltreemodel.h"
#include "storage/catalog.h"
#include "storage/scalelevels.h"
#include "support/testbackend.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace coe;

namespace {

std::unique_ptr<Workspace> demo(const QTemporaryDir& dir)
{
    auto ws = test::createWorkspace(dir);
    DemoGenerator::Options options;
    options.people = 30;
    options.skills = 25;
    options.today = QDate(2026, 6, 1);
    if (!DemoGenerator::fill(*ws, options))
        qFatal("demo failed");
    ws->undoStack()->clear();
    return ws;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void peopleModelEditsAreUndoableAndIncremental()
    {
        QTemporaryDir dir;
        auto ws = demo(dir);
        PeopleModel model(*ws);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 30);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        const QModelIndex name = model.index(3, PeopleModel::NameColumn);
        const QString before = name.data().toString();
        QVERIFY(model.setData(name, QStringLiteral("Renamed Person"), Qt::EditRole));
        QCOMPARE(model.index(3, PeopleModel::NameColumn).data().toString(), QStringLiteral("Renamed Person"));
        QVERIFY(changed.count() >= 1);
        ws->undoStack()->undo();
        QCOMPARE(model.index(3, PeopleModel::NameColumn).data().toString(), before);

        const Id added =
            commands::Edits::addPerson(*ws, {0, QStringLiteral("Zed New"), {}, false, 0, 0, {}, 0}).value();
        QCOMPARE(model.rowCount(), 31);
        QCOMPARE(model.person(30).id, added);
        QVERIFY(commands::Edits::remove(*ws, QStringLiteral("person"), {model.person(0).id, added},
                                        QStringLiteral("Delete")));
        QCOMPARE(model.rowCount(), 29);
        ws->undoStack()->undo();
        QCOMPARE(model.rowCount(), 31);
        QCOMPARE(resets.count(), 0);

        // A bad edit is refused with a message and changes nothing.
        QSignalSpy failed(&model, &PeopleModel::editFailed);
        QVERIFY(!model.setData(model.index(1, PeopleModel::EmailColumn), QStringLiteral("nope"), Qt::EditRole));
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("is not an email address")));
    }

    void peopleSortAsNamesAreRead()
    {
        QTemporaryDir dir;
        auto ws = test::createWorkspace(dir);
        for (const char* name : {"Person 10", "person 2", "Émile", "Eve", "Person 1"})
            QVERIFY(commands::Edits::addPerson(*ws, {0, QString::fromUtf8(name), {}, false, 0, 0, {}, 0}));
        PeopleModel model(*ws);
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row)
            names << model.person(row).name;
        QCOMPARE(names, (QStringList{QStringLiteral("Émile"), QStringLiteral("Eve"), QStringLiteral("Person 1"),
                                     QStringLiteral("person 2"), QStringLiteral("Person 10")}));
    }

    void renamingATeamUpdatesTheTeamColumn()
    {
        QTemporaryDir dir;
        auto ws = demo(dir);
        PeopleModel model(*ws);
        const Person p = model.person(0);
        Team team{p.teamId, QStringLiteral("Renamed team"), {}, 0};
        QVERIFY(commands::Edits::editTeam(*ws, team));
        QCOMPARE(model.index(0, PeopleModel::TeamColumn).data().toString(), QStringLiteral("Renamed team"));
        QVERIFY(commands::Edits::remove(*ws, QStringLiteral("team"), {p.teamId}, QStringLiteral("Delete team")));
        QCOMPARE(model.person(0).teamId, 0);
        QCOMPARE(model.index(0, PeopleModel::TeamColumn).data().toString(), QString());
    }

    void filtersByTextTeamAndType()
    {
        QTemporaryDir dir;
        auto ws = demo(dir);
        PeopleModel model(*ws);
        PeopleFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        int externals = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            externals += model.person(row).external ? 1 : 0;
        filter.setType(PeopleFilterModel::ExternalOnly);
        QCOMPARE(filter.rowCount(), externals);
        filter.setType(PeopleFilterModel::InternalOnly);
        QCOMPARE(filter.rowCount(), model.rowCount() - externals);
        filter.setType(PeopleFilterModel::AnyType);
        filter.setText(model.person(5).name.section(QLatin1Char(' '), 1));
        QVERIFY(filter.rowCount() >= 1);
        filter.setText({});
        filter.setTeam(model.person(2).teamId);
        for (int row = 0; row < filter.rowCount(); ++row)
            QCOMPARE(filter.index(row, 0).data(PeopleModel::TeamIdRole).toLongLong(), model.person(2).teamId);
    }

    void skillTreeShowsCategoriesAndRenames()
    {
        QTemporaryDir dir;
        auto ws = demo(dir);
        SkillTreeModel model(*ws);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 10);
        const QModelIndex cicd = model.index(0, 0);
        QCOMPARE(cicd.data().toString(), QStringLiteral("CI/CD"));
        QCOMPARE(model.rowCount(cicd), 3); // 25 skills over 10 categories
        QCOMPARE(cicd.siblingAtColumn(1).data().toString(), QStringLiteral("3 skill(s)"));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QVERIFY(model.setData(model.index(0, 0, cicd), QStringLiteral("GitLab CI/CD"), Qt::EditRole));
        QCOMPARE(model.index(0, 0, cicd).data().toString(), QStringLiteral("GitLab CI/CD"));
        QCOMPARE(resets.count(), 0);
        QSignalSpy failed(&model, &SkillTreeModel::editFailed);
        QVERIFY(!model.setData(model.index(1, 0, cicd), QStringLiteral("GitLab CI/CD"), Qt::EditRole));
        QCOMPARE(failed.count(), 1);
        ws->undoStack()->undo();
        QCOMPARE(model.index(0, 0, cicd).data().toString(), QStringLiteral("GitLab CI"));
    }

    void scaleModelStagesAndApplies()
    {
        QTemporaryDir dir;
        auto ws = test::createWorkspace(dir);
        ScaleModel model(*ws);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(!model.isModified());
        QVERIFY(model.setData(model.index(1, ScaleModel::LabelColumn), QStringLiteral("Observing"), Qt::EditRole));
        QVERIFY(model.isModified());
        // Moving "Teacher" to level 3 takes it off level 4 and leaves no Independent level.
        QVERIFY(model.setData(model.index(3, ScaleModel::MeaningColumn), int(ScaleLevel::Teacher), Qt::EditRole));
        QCOMPARE(model.index(4, ScaleModel::MeaningColumn).data().toString(), QString());
        QCOMPARE(model.problem(),
                 QStringLiteral("Mark the level that means Independent (readiness counts people at or above it)."));
        QVERIFY(!model.apply());
        QVERIFY(model.setData(model.index(2, ScaleModel::MeaningColumn), int(ScaleLevel::Independent), Qt::EditRole));
        QVERIFY(model.addLevel());
        QCOMPARE(model.rowCount(), 6);
        QVERIFY(model.apply());
        QVERIFY(!model.isModified());
        QCOMPARE(readScale(*ws)->size(), 6);
        ws->undoStack()->undo();
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(1, ScaleModel::LabelColumn).data().toString(), QStringLiteral("Shadowing"));
        QCOMPARE(model.index(4, ScaleModel::ColorColumn).data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::white));
        QCOMPARE(model.index(0, ScaleModel::ColorColumn).data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::black));
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
