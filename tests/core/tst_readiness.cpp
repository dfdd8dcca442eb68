// SPDX-License-Identifier: GPL-3.0-or-later
// Readiness on a hand-built workspace where every value is worked out by hand below.
#include "analytics/readiness.h"
#include "commands/batch.h"
#include "commands/edits.h"
#include "commands/workspaceedits.h"
#include "storage/workspacesettings.h"
#include "support/testbackend.h"

#include <QTest>
#include <QUndoStack>

using namespace coe;
using commands::Batch;
using commands::Edits;

namespace {
const QDate kJan10(2026, 1, 10);
}

/*
 Team Ops: Ana and Bo (internal), Cy (external member); Eve consults on Ops' engagement; Dee is
 in another team. Ops requires three skills:
   K8s  min 2, Teacher required:  Ana lead 3 (exactly Independent), Bo self 4 (Teacher)
                                  → independent 2, coverage 1, teacher 1
   TF   min 2:                    Ana lead 2, Bo lead 3 → independent 1, coverage 0.5, single
                                  point of failure
   PG   min 1, Teacher required:  Ana lead 1, Cy lead 4, Eve consultant 3, Dee lead 4 (other
                                  team) → independent 0, coverage 0, teacher 0, consultant-
                                  dependent
   mean coverage (1 + 0.5 + 0) / 3 = 0.5; mean teacher (1 + 0) / 2 = 0.5
 Capabilities: C1 Expert leads on 1 Jan, Staff leads on 1 Mar; C2 Expert leads on 1 Jan,
 Handed over on 1 Feb. On 1 Apr: handover (2/3 + 1) / 2 = 5/6.
 index = 100 × (0.5 × 0.5 + 0.2 × 0.5 + 0.3 × 5/6) = 60.
*/
class TestReadiness : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    Id m_ops = 0, m_ext = 0, m_empty = 0, m_idle = 0;
    Id m_ana = 0, m_bo = 0, m_cy = 0, m_dee = 0, m_eve = 0;
    Id m_k8s = 0, m_tf = 0, m_pg = 0;

    void assess(Id person, Id skill, Source source, int level, const QDate& on, std::optional<int> interest = {})
    {
        QVERIFY(test::assess(*m_ws, person, skill, source, level, on, interest));
    }
    void require(Id team, Id skill, int min, bool teacher)
    {
        QVERIFY(commands::run(*m_ws, std::move(Batch(QStringLiteral("r"))
                                                   .insert(QStringLiteral("team_requirement"),
                                                           {{QStringLiteral("team_id"), team},
                                                            {QStringLiteral("skill_id"), skill},
                                                            {QStringLiteral("min_independent"), min},
                                                            {QStringLiteral("teacher_required"), teacher ? 1 : 0}}))));
    }
    Readiness load()
    {
        auto r = Readiness::load(*m_ws);
        if (!r)
            qFatal("%s", qPrintable(r.error().message));
        return r.take();
    }

private Q_SLOTS:
    void init()
    {
        m_ws = test::createWorkspace(m_dir);
        m_ops = Edits::addTeam(*m_ws, {0, QStringLiteral("Ops"), {}, 0}).value();
        const Id other = Edits::addTeam(*m_ws, {0, QStringLiteral("Other"), {}, 0}).value();
        m_ext = Edits::addTeam(*m_ws, {0, QStringLiteral("Ext"), {}, 0}).value();
        m_empty = Edits::addTeam(*m_ws, {0, QStringLiteral("NoRequirements"), {}, 0}).value();
        m_idle = Edits::addTeam(*m_ws, {0, QStringLiteral("Idle"), {}, 0}).value();
        m_ana = Edits::addPerson(*m_ws, {0, QStringLiteral("Ana Lima"), {}, false, m_ops, 0, {}, 0}).value();
        m_bo = Edits::addPerson(*m_ws, {0, QStringLiteral("Bo Berg"), {}, false, m_ops, 0, {}, 0}).value();
        m_cy = Edits::addPerson(*m_ws, {0, QStringLiteral("Cy Cole"), {}, true, m_ops, 0, {}, 0}).value();
        m_dee = Edits::addPerson(*m_ws, {0, QStringLiteral("Dee Dunn"), {}, false, other, 0, {}, 0}).value();
        m_eve = Edits::addPerson(*m_ws, {0, QStringLiteral("Eve Expert"), {}, true, 0, 0, {}, 0}).value();
        const Id x1 = Edits::addPerson(*m_ws, {0, QStringLiteral("X One"), {}, true, m_ext, 0, {}, 0}).value();
        const Id cat = Edits::addCategory(*m_ws, {0, 0, QStringLiteral("Platform"), 0, 0}).value();
        m_k8s = Edits::addSkill(*m_ws, {0, cat, QStringLiteral("K8s"), {}, 0, 0}).value();
        m_tf = Edits::addSkill(*m_ws, {0, cat, QStringLiteral("TF"), {}, 1, 0}).value();
        m_pg = Edits::addSkill(*m_ws, {0, cat, QStringLiteral("PG"), {}, 2, 0}).value();
        require(m_ops, m_k8s, 2, true);
        require(m_ops, m_tf, 2, false);
        require(m_ops, m_pg, 1, true);
        require(m_ext, m_k8s, 2, false);
        assess(m_ana, m_k8s, Source::Lead, 3, kJan10);
        assess(m_bo, m_k8s, Source::Self, 4, kJan10);
        assess(m_ana, m_tf, Source::Lead, 2, kJan10, 3);
        assess(m_bo, m_tf, Source::Lead, 3, kJan10);
        assess(m_ana, m_pg, Source::Lead, 1, kJan10, 2);
        assess(m_cy, m_pg, Source::Lead, 4, kJan10);
        assess(m_eve, m_pg, Source::Consultant, 3, kJan10);
        assess(m_dee, m_pg, Source::Lead, 4, kJan10);
        assess(x1, m_k8s, Source::Lead, 4, kJan10);
        // The engagement, its consultant and two capabilities with phase history.
        Batch engagement(QStringLiteral("engagement"));
        engagement.insert(QStringLiteral("engagement"),
                          {{QStringLiteral("name"), QStringLiteral("Ops hand-over")},
                           {QStringLiteral("team_id"), m_ops},
                           {QStringLiteral("starts_on"), QStringLiteral("2025-12-01")},
                           {QStringLiteral("roll_off_on"), QStringLiteral("2026-09-30")}});
        engagement.insert(QStringLiteral("engagement_consultant"),
                          {{QStringLiteral("engagement_id"), Batch::idOf(0)}, {QStringLiteral("person_id"), m_eve}});
        engagement.insert(QStringLiteral("capability"), {{QStringLiteral("engagement_id"), Batch::idOf(0)},
                                                         {QStringLiteral("name"), QStringLiteral("C1")}});
        engagement.insert(QStringLiteral("capability"), {{QStringLiteral("engagement_id"), Batch::idOf(0)},
                                                         {QStringLiteral("name"), QStringLiteral("C2")}});
        for (const auto& [capability, phase, on] : {std::tuple{2, 0, "2026-01-01"}, std::tuple{2, 2, "2026-03-01"},
                                                    std::tuple{3, 0, "2026-01-01"}, std::tuple{3, 3, "2026-02-01"}})
            engagement.insert(QStringLiteral("capability_phase"),
                              {{QStringLiteral("capability_id"), Batch::idOf(capability)},
                               {QStringLiteral("phase"), phase},
                               {QStringLiteral("changed_on"), QString::fromLatin1(on)}});
        // A team without requirements but with a capability: the index is hand-over alone.
        engagement.insert(QStringLiteral("engagement"),
                          {{QStringLiteral("name"), QStringLiteral("Side")},
                           {QStringLiteral("team_id"), m_empty},
                           {QStringLiteral("starts_on"), QStringLiteral("2025-12-01")},
                           {QStringLiteral("roll_off_on"), QStringLiteral("2026-12-31")}});
        engagement.insert(QStringLiteral("capability"), {{QStringLiteral("engagement_id"), Batch::idOf(8)},
                                                         {QStringLiteral("name"), QStringLiteral("C3")}});
        engagement.insert(QStringLiteral("capability_phase"),
                          {{QStringLiteral("capability_id"), Batch::idOf(9)},
                           {QStringLiteral("phase"), 1},
                           {QStringLiteral("changed_on"), QStringLiteral("2026-01-01")}});
        QVERIFY(commands::run(*m_ws, std::move(engagement)));
    }
    void cleanup() { m_ws.reset(); }

    void everyDefinitionOnOps()
    {
        const Readiness readiness = load();
        const TeamReadiness r = readiness.compute(m_ops, QDate(2026, 4, 1));
        QCOMPARE(r.skills.size(), 3);
        const auto skill = [&r](const char* name) {
            for (const SkillReadiness& s : r.skills)
                if (s.skill == QLatin1String(name))
                    return s;
            return SkillReadiness();
        };
        QCOMPARE(skill("K8s").independent, 2); // Ana exactly at Independent counts
        QCOMPARE(skill("K8s").coverage, 1.0);
        QVERIFY(skill("K8s").hasTeacher);
        QCOMPARE(skill("TF").independent, 1);
        QCOMPARE(skill("TF").coverage, 0.5);
        QVERIFY(skill("TF").singlePointOfFailure);
        QCOMPARE(skill("PG").independent, 0); // Cy is external; Dee is in another team
        QCOMPARE(skill("PG").coverage, 0.0);
        QVERIFY(skill("PG").consultantDependent);
        QVERIFY(!skill("PG").hasTeacher);
        QCOMPARE(*r.coverage, 0.5);
        QCOMPARE(*r.teacher, 0.5);
        QCOMPARE(*r.handover, 5.0 / 6.0);
        QVERIFY(qFuzzyCompare(*r.index, 60.0));
        QCOMPARE(r.singlePointsOfFailure, QStringList{QStringLiteral("TF")});
        QCOMPARE(r.consultantDependent, QStringList{QStringLiteral("PG")});
    }

    void nextActionsAreRankedByGainWithCandidates()
    {
        const TeamReadiness r = load().compute(m_ops, QDate(2026, 4, 1));
        QCOMPARE(r.nextActions.size(), 3);
        // PG one more Independent: coverage +1/3 → +100 × 0.5 / 3 = 16.67
        QVERIFY(qFuzzyCompare(r.nextActions.at(0).gain, 50.0 / 3.0));
        QCOMPARE(
            r.nextActions.at(0).text,
            QStringLiteral("PG: one more Independent needed; candidates Ana (Shadowing, keen), Bo (not assessed)"));
        // PG Teacher: teacher +1/2 → +100 × 0.2 / 2 = 10; nobody internal is Independent in PG.
        QVERIFY(qFuzzyCompare(r.nextActions.at(1).gain, 10.0));
        QCOMPARE(r.nextActions.at(1).text,
                 QStringLiteral("PG: a Teacher is needed; nobody in the team yet; look wider or hire"));
        // TF one more Independent: coverage +0.5/3 → +8.33 (C1's next phase would add only 5).
        QVERIFY(qFuzzyCompare(r.nextActions.at(2).gain, 25.0 / 3.0));
        QCOMPARE(r.nextActions.at(2).text,
                 QStringLiteral("TF: one more Independent needed; candidates Ana (Coached, wants to lead)"));
    }

    void asOfADateBeforeTheAssessments()
    {
        const TeamReadiness r = load().compute(m_ops, QDate(2026, 1, 5));
        QCOMPARE(*r.coverage, 0.0);
        QCOMPARE(*r.teacher, 0.0);
        QCOMPARE(*r.handover, 0.0);
        QCOMPARE(*r.index, 0.0);
        QVERIFY(r.consultantDependent.isEmpty());
        // Before any capability existed, hand-over drops out of the index.
        const TeamReadiness earlier = load().compute(m_ops, QDate(2025, 12, 15));
        QVERIFY(!earlier.handover);
        QCOMPARE(*earlier.index, 0.0);
    }

    void edgeCases()
    {
        const Readiness readiness = load();
        // All external: no internal Independent, the externals make it consultant-dependent.
        const TeamReadiness ext = readiness.compute(m_ext, QDate(2026, 4, 1));
        QCOMPARE(*ext.coverage, 0.0);
        QVERIFY(!ext.teacher); // nothing requires a Teacher: the component drops out
        QVERIFY(!ext.handover);
        QCOMPARE(*ext.index, 0.0);
        QCOMPARE(ext.consultantDependent, QStringList{QStringLiteral("K8s")});
        // No requirements: the index is hand-over alone (Pairing = 1/3).
        const TeamReadiness none = readiness.compute(m_empty, QDate(2026, 4, 1));
        QVERIFY(!none.coverage);
        QVERIFY(qFuzzyCompare(*none.index, 100.0 / 3.0));
        // Nothing at all: no index.
        QVERIFY(!readiness.compute(m_idle, QDate(2026, 4, 1)).index);
    }

    void weightsComeFromTheWorkspace()
    {
        QVERIFY(m_ws->setMeta(QStringLiteral("readiness.weights"), QStringLiteral("1,0,0")));
        QCOMPARE(*load().compute(m_ops, QDate(2026, 4, 1)).index, 50.0);
        // Weights that do not add up to 1 are not the workspace's: the defaults hold.
        QVERIFY(m_ws->setMeta(QStringLiteral("readiness.weights"), QStringLiteral("1,1,0")));
        QCOMPARE(load().weights(), Readiness::Weights());
    }

    void weightsAreChangedAsOneUndoStep()
    {
        const WorkspaceSettings before = readWorkspaceSettings(*m_ws);
        QCOMPARE(before.weights, ReadinessWeights());
        const double standard = *load().compute(m_ops, QDate(2026, 4, 1)).index;
        const int steps = m_ws->undoStack()->index();

        // Refused, with nothing written: out of range, or not adding up to 100 %.
        for (const ReadinessWeights& wrong :
             {ReadinessWeights{0.6, 0.2, 0.3}, ReadinessWeights{1.5, -0.5, 0.0}, ReadinessWeights{0.0, 0.0, 0.0}}) {
            WorkspaceSettings after = before;
            after.weights = wrong;
            const auto refused = commands::WorkspaceEdits::saveSettings(*m_ws, before, after);
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, Error::Invalid);
        }
        QCOMPARE(m_ws->undoStack()->index(), steps);
        QVERIFY(m_ws->meta(QStringLiteral("readiness.weights")).isEmpty());

        WorkspaceSettings after = before;
        after.weights = {1.0, 0.0, 0.0};
        QVERIFY(commands::WorkspaceEdits::saveSettings(*m_ws, before, after));
        QCOMPARE(m_ws->undoStack()->index(), steps + 1);
        QCOMPARE(m_ws->undoStack()->text(steps), QStringLiteral("Change the readiness weights"));
        QCOMPARE(readWorkspaceSettings(*m_ws), after);
        QCOMPARE(*load().compute(m_ops, QDate(2026, 4, 1)).index, 50.0);
        // Saving what is there already adds no step.
        QVERIFY(commands::WorkspaceEdits::saveSettings(*m_ws, after, after));
        QCOMPARE(m_ws->undoStack()->index(), steps + 1);

        m_ws->undoStack()->undo();
        QCOMPARE(readWorkspaceSettings(*m_ws), before);
        QVERIFY(m_ws->meta(QStringLiteral("readiness.weights")).isEmpty());
        QCOMPARE(*load().compute(m_ops, QDate(2026, 4, 1)).index, standard);
        m_ws->undoStack()->redo();
        QCOMPARE(readWorkspaceSettings(*m_ws), after);

        // Zone and weights together: one step named for both.
        WorkspaceSettings both = after;
        both.timeZone = QStringLiteral("Europe/Lisbon");
        both.weights = {0.4, 0.3, 0.3};
        QVERIFY(commands::WorkspaceEdits::saveSettings(*m_ws, after, both));
        QCOMPARE(m_ws->undoStack()->text(steps + 1), QStringLiteral("Change the workspace settings"));
        QCOMPARE(readWorkspaceSettings(*m_ws), both);
    }

    void trendAndForecast()
    {
        const Readiness readiness = load();
        // Month ends: Jan 35 (hand-over 0), Feb 50 (C2 handed over), Mar and Apr 60 (C1 Staff leads).
        const auto points = readiness.trend(m_ops, QDate(2026, 4, 30), 4);
        QCOMPARE(points.size(), 4);
        QCOMPARE(points.at(0).first, QDate(2026, 1, 31));
        QVERIFY(qFuzzyCompare(points.at(0).second, 35.0));
        QVERIFY(qFuzzyCompare(points.at(1).second, 50.0));
        QVERIFY(qFuzzyCompare(points.at(2).second, 60.0));
        QVERIFY(qFuzzyCompare(points.at(3).second, 60.0));
        // A line through (0, 10), (10, 20), (20, 30) is y = 10 + x: 40 at day 30.
        QCOMPARE(*Readiness::project({{QDate(2026, 1, 1), 10}, {QDate(2026, 1, 11), 20}, {QDate(2026, 1, 21), 30}},
                                     QDate(2026, 1, 31)),
                 40.0);
        QVERIFY(!Readiness::project({{QDate(2026, 1, 1), 10}}, QDate(2026, 2, 1)));
        const TeamReadiness r = readiness.compute(m_ops, QDate(2026, 4, 30));
        QCOMPARE(r.forecasts.size(), 1);
        QCOMPARE(r.forecasts.first().rollOff, QDate(2026, 9, 30));
        QCOMPARE(r.forecasts.first().index, 100.0); // rising 25 points in three months: clamped at 100
    }
};

QTEST_GUILESS_MAIN(TestReadiness)
#include "tst_readiness.moc"
