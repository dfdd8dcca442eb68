// SPDX-License-Identifier: GPL-3.0-or-later
// SkillMatrixModel on a small hand-made workspace where every value is known.
#include "commands/batch.h"
#include "commands/edits.h"
#include "models/skillmatrixmodel.h"
#include "support/testbackend.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace coe;
using commands::Edits;

class TestSkillMatrixModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    Id m_ana = 0, m_bo = 0, m_cy = 0;
    Id m_terraform = 0, m_ansible = 0, m_docker = 0;
    Id m_platform = 0, m_data = 0;

    void assess(Id person, Id skill, Source source, int level, const QDate& on, std::optional<int> interest = {})
    {
        QVERIFY(test::assess(*m_ws, person, skill, source, level, on, interest));
    }

private Q_SLOTS:
    void init()
    {
        m_ws = test::createWorkspace(m_dir);
        m_platform = Edits::addTeam(*m_ws, {0, QStringLiteral("Platform"), {}, 0}).value();
        m_data = Edits::addTeam(*m_ws, {0, QStringLiteral("Data"), {}, 0}).value();
        const Id engineer = Edits::addRole(*m_ws, {0, QStringLiteral("Engineer"), {}, 0}).value();
        m_ana = Edits::addPerson(
                    *m_ws, {0, QStringLiteral("Ana"), QStringLiteral("ana@x.org"), false, m_platform, engineer, {}, 0})
                    .value();
        m_bo = Edits::addPerson(*m_ws, {0, QStringLiteral("Bo"), {}, false, m_data, 0, {}, 0}).value();
        m_cy = Edits::addPerson(*m_ws, {0, QStringLiteral("Cy"), {}, true, m_platform, 0, {}, 0}).value();
        const Id iac = Edits::addCategory(*m_ws, {0, 0, QStringLiteral("IaC"), 0, 0}).value();
        const Id containers = Edits::addCategory(*m_ws, {0, 0, QStringLiteral("Containers"), 1, 0}).value();
        m_terraform = Edits::addSkill(*m_ws, {0, iac, QStringLiteral("Terraform"), {}, 0, 0}).value();
        m_ansible = Edits::addSkill(*m_ws, {0, iac, QStringLiteral("Ansible"), {}, 1, 0}).value();
        m_docker = Edits::addSkill(*m_ws, {0, containers, QStringLiteral("Docker"), {}, 0, 0}).value();
        QVERIFY(commands::run(
            *m_ws, std::move(commands::Batch(QStringLiteral("targets"))
                                 .insert(QStringLiteral("role_target"), {{QStringLiteral("role_id"), engineer},
                                                                         {QStringLiteral("skill_id"), m_terraform},
                                                                         {QStringLiteral("level"), 3}})
                                 .insert(QStringLiteral("person_target"), {{QStringLiteral("person_id"), m_ana},
                                                                           {QStringLiteral("skill_id"), m_docker},
                                                                           {QStringLiteral("level"), 2}}))));
        // Ana / Terraform: self 4 (old), lead 2 (newer), consultant 3 → effective 2 (lead wins).
        assess(m_ana, m_terraform, Source::Self, 4, QDate(2026, 1, 10), 3);
        assess(m_ana, m_terraform, Source::Lead, 1, QDate(2026, 1, 5));
        assess(m_ana, m_terraform, Source::Lead, 2, QDate(2026, 2, 1));
        assess(m_ana, m_terraform, Source::Consultant, 3, QDate(2026, 3, 1));
        // Bo / Terraform: self only → effective 1. Bo / Docker: consultant 4.
        assess(m_bo, m_terraform, Source::Self, 1, QDate(2026, 1, 1));
        assess(m_bo, m_docker, Source::Consultant, 4, QDate(2026, 2, 2));
        // Cy / Ansible: lead 3.
        assess(m_cy, m_ansible, Source::Lead, 3, QDate(2026, 4, 4));
        m_ws->undoStack()->clear();
    }
    void cleanup() { m_ws.reset(); }

    void cellsFollowTheRules()
    {
        SkillMatrixModel model(*m_ws);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(0, Qt::Vertical, Qt::DisplayRole).toString(), QStringLiteral("Ana"));
        QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Terraform"));
        QCOMPARE(model.headerData(2, Qt::Horizontal, SkillMatrixModel::CategoryNameRole).toString(),
                 QStringLiteral("Containers"));
        const QModelIndex anaTf = model.index(0, 0);
        QCOMPARE(anaTf.data(SkillMatrixModel::EffectiveLevelRole).toInt(), 2);
        QCOMPARE(anaTf.data(SkillMatrixModel::SelfLevelRole).toInt(), 4);
        QCOMPARE(anaTf.data(SkillMatrixModel::ConsultantLevelRole).toInt(), 3);
        QCOMPARE(anaTf.data(SkillMatrixModel::TargetRole).toInt(), 3);
        QCOMPARE(anaTf.data(SkillMatrixModel::GapRole).toInt(), 1);
        QCOMPARE(anaTf.data(SkillMatrixModel::InterestRole).toInt(), 3);
        QCOMPARE(anaTf.data(SkillMatrixModel::LastAssessedRole).toDate(), QDate(2026, 3, 1));
        QVERIFY(anaTf.data(SkillMatrixModel::DisagreementRole).toBool()); // self 4 vs lead 2
        QCOMPARE(anaTf.data(Qt::BackgroundRole).value<QColor>(), QColor(0x41, 0xb6, 0xc4));
        QCOMPARE(model.index(1, 0).data().toInt(), 1);                          // Bo: self only
        QCOMPARE(model.index(1, 2).data().toInt(), 4);                          // Bo / Docker: consultant
        QVERIFY(!model.index(1, 1).data().isValid());                           // never assessed
        QCOMPARE(model.index(0, 2).data(SkillMatrixModel::GapRole).toInt(), 2); // override target 2, none yet
        QVERIFY(!model.index(1, 0).data(SkillMatrixModel::TargetRole).isValid());
        // The history names the date in the user's format.
        QVERIFY(model.index(0, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLocale().toString(QDate(2026, 2, 1), QLocale::ShortFormat) +
                              QStringLiteral(" · lead · Coached")));
        // What a screen reader announces: person, skill, level, and the target where one is set.
        QCOMPARE(anaTf.data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("Ana, Terraform, Coached, target Independent"));
        QCOMPARE(model.index(1, 1).data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("Bo, Ansible, not assessed"));
    }

    void theNewestAssessmentWinsAndLaterEntriesOfOlderDatesDoNot()
    {
        assess(m_bo, m_ansible, Source::Lead, 1, QDate(2026, 5, 5));
        assess(m_bo, m_ansible, Source::Lead, 3, QDate(2026, 5, 5)); // same day, entered later
        assess(m_bo, m_ansible, Source::Lead, 0, QDate(2026, 4, 1)); // entered later, dated earlier
        SkillMatrixModel model(*m_ws);
        QCOMPARE(model.index(1, 1).data(SkillMatrixModel::LeadLevelRole).toInt(), 3);
        QCOMPARE(model.index(1, 1).data(SkillMatrixModel::LastAssessedRole).toDate(), QDate(2026, 5, 5));
        // The single-cell refresh after an edit follows the same rules.
        assess(m_bo, m_ansible, Source::Lead, 2, QDate(2026, 3, 3));
        QCOMPARE(model.index(1, 1).data(SkillMatrixModel::LeadLevelRole).toInt(), 3);
        assess(m_bo, m_ansible, Source::Lead, 4, QDate(2026, 5, 5));
        QCOMPARE(model.index(1, 1).data(SkillMatrixModel::LeadLevelRole).toInt(), 4);
    }

    void viewsShowEachSource()
    {
        SkillMatrixModel model(*m_ws);
        model.setView(SkillMatrixModel::View::Self);
        QCOMPARE(model.index(0, 0).data().toInt(), 4);
        QCOMPARE(model.editSource(), Source::Self);
        model.setView(SkillMatrixModel::View::Consultant);
        QCOMPARE(model.index(0, 0).data().toInt(), 3);
        model.setView(SkillMatrixModel::View::SelfVersusLead);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("4·2"));
        QVERIFY(model.index(0, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
    }

    void filtersAndSorting()
    {
        SkillMatrixModel model(*m_ws);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SkillMatrixModel::Filter filter;
        filter.teamId = m_platform;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 2);
        filter.external = 1;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.headerData(0, Qt::Vertical, Qt::DisplayRole).toString(), QStringLiteral("Cy"));
        filter = {};
        filter.text = QStringLiteral("X.ORG");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        filter = {};
        filter.onlyGaps = true;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1); // only Ana has targets
        filter = {};
        model.setFilter(filter);
        model.sort(0, Qt::DescendingOrder); // Terraform: Ana 2, Bo 1, Cy none
        QCOMPARE(model.headerData(0, Qt::Vertical, Qt::DisplayRole).toString(), QStringLiteral("Ana"));
        QCOMPARE(model.headerData(2, Qt::Vertical, Qt::DisplayRole).toString(), QStringLiteral("Cy"));
        model.sort(2, Qt::DescendingOrder); // Docker: Bo 4 first
        QCOMPARE(model.headerData(0, Qt::Vertical, Qt::DisplayRole).toString(), QStringLiteral("Bo"));
    }

    void collapsedCategoryShowsTheAverage()
    {
        SkillMatrixModel model(*m_ws);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Id iac = model.matrix().categories().first().id;
        model.setCategoryCollapsed(iac, true);
        QCOMPARE(model.columnCount(), 2);
        QVERIFY(model.headerData(0, Qt::Horizontal, SkillMatrixModel::IsCategoryRole).toBool());
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("2.0")); // Ana: Terraform 2 only
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("3.0")); // Cy: Ansible 3
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
        SkillMatrixModel::Filter filter;
        filter.categoryId = iac;
        model.setCategoryCollapsed(iac, false);
        model.setFilter(filter);
        QCOMPARE(model.columnCount(), 2);
    }

    void editsAreAssessmentsUndoneOneStepAtATime()
    {
        SkillMatrixModel model(*m_ws);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(1, 1), QStringLiteral("independent"), Qt::EditRole)); // a label, any case
        QCOMPARE(model.index(1, 1).data().toInt(), 3);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(resets.count(), 0);
        QVERIFY(!model.setData(model.index(1, 1), QStringLiteral("expert"), Qt::EditRole));
        QVERIFY(model.setLevels({{model.index(0, 1), 1}, {model.index(2, 2), 2}, {model.index(0, 0), std::nullopt}},
                                QStringLiteral("Paste")));
        QCOMPARE(m_ws->undoStack()->count(), 2);
        QCOMPARE(model.index(0, 1).data().toInt(), 1);
        QCOMPARE(model.index(0, 0).data(SkillMatrixModel::LeadLevelRole).isValid(), false); // lead cleared
        QCOMPARE(model.index(0, 0).data().toInt(), 3); // effective falls back to the consultant
        m_ws->undoStack()->undo();
        QCOMPARE(model.index(0, 0).data().toInt(), 2);
        QVERIFY(!model.index(0, 1).data().isValid());
        m_ws->undoStack()->undo();
        QVERIFY(!model.index(1, 1).data().isValid());
        QCOMPARE(resets.count(), 0);
    }

    void sortFollowsItsSkillWhileCategoriesFold()
    {
        SkillMatrixModel model(*m_ws);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int docker = model.skillColumn(m_docker);
        model.sort(docker, Qt::DescendingOrder); // Docker: Bo 4 first
        QCOMPARE(model.sortColumn(), docker);
        const Id iac = model.matrix().categories().first().id;
        model.setCategoryCollapsed(iac, true); // Terraform and Ansible become one column
        QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("IaC (average)"));
        QCOMPARE(model.sortColumn(), model.skillColumn(m_docker));
        QCOMPARE(model.headerData(0, Qt::Vertical, Qt::DisplayRole).toString(), QStringLiteral("Bo"));
        const Id containers = model.matrix().categories().at(1).id;
        model.setCategoryCollapsed(containers, true); // the sorted skill folds: its average shows the sort
        QCOMPARE(model.sortColumn(), 1);
        QCOMPARE(model.headerData(0, Qt::Vertical, Qt::DisplayRole).toString(), QStringLiteral("Bo"));
        bool ok = false;
        QCOMPARE(model.parseLevel(QStringLiteral("3.0"), &ok), std::optional<int>(3));
        QVERIFY(ok);
        model.parseLevel(QStringLiteral("2.5"), &ok);
        QVERIFY(!ok);
    }

    void clearingSourcesAndNotesAreOneStepEach()
    {
        SkillMatrixModel model(*m_ws);
        const QModelIndex ana = model.index(0, model.skillColumn(m_terraform)); // self 4, lead 2, consultant 3
        QCOMPARE(model.shownSource(ana), std::optional<Source>(Source::Lead));
        const int steps = m_ws->undoStack()->count();
        QVERIFY(model.clearSources({ana}, {Source::Lead}, QStringLiteral("Clear lead")));
        QCOMPARE(model.shownSource(ana), std::optional<Source>(Source::Consultant));
        QCOMPARE(ana.data().toInt(), 3);
        QVERIFY(
            model.clearSources({ana}, {Source::Lead, Source::Consultant, Source::Self}, QStringLiteral("Clear all")));
        QVERIFY(!ana.data().isValid());
        QCOMPARE(m_ws->undoStack()->count(), steps + 2);
        m_ws->undoStack()->undo();
        QCOMPARE(ana.data().toInt(), 3);

        // A note keeps the level it is written beside.
        QVERIFY(!model.note(ana));
        QVERIFY(model.addNote(ana, QStringLiteral("  Leads the module migration  "), QStringLiteral("Note")));
        QCOMPARE(model.note(ana)->text, QStringLiteral("Leads the module migration"));
        QCOMPARE(model.note(ana)->source, Source::Consultant); // the lead has none now: the shown source
        QCOMPARE(ana.data().toInt(), 3);
        QVERIFY(ana.data(SkillMatrixModel::HasNoteRole).toBool());
        QVERIFY(!model.addNote(ana, QStringLiteral("  "), QStringLiteral("Note")));
        m_ws->undoStack()->undo();
        QVERIFY(!ana.data(SkillMatrixModel::HasNoteRole).toBool());
    }
};

QTEST_GUILESS_MAIN(TestSkillMatrixModel)
#include "tst_skillmatrixmodel.moc"
