// SPDX-License-Identifier: GPL-3.0-or-later
// Engagements, sessions, proposals and summits read back whole from the demo workspace, and
// their deletion cascades and undoes like every other edit.
#include "commands/batch.h"
#include "io/demo.h"
#include "storage/planrepository.h"
#include "storage/schema.h"
#include "support/testbackend.h"

#include <QSet>
#include <QTest>
#include <QUndoStack>

using namespace coe;

class TestPlanRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = test::createWorkspace(m_dir);
        DemoGenerator::Options options;
        options.today = QDate(2026, 6, 1);
        QVERIFY(DemoGenerator::fill(*m_ws, options));
    }
    void cleanupTestCase() { m_ws.reset(); }

    void engagementsHaveCapabilitiesInEveryPhase()
    {
        auto engagements = PlanRepository(*m_ws).engagements();
        QVERIFY(engagements);
        QCOMPARE(engagements->size(), 4);
        QSet<Phase> phases;
        for (const Engagement& e : std::as_const(engagements.value())) {
            QVERIFY(e.rollOffOn > e.startsOn);
            QCOMPARE(e.consultantIds.size(), 2);
            QCOMPARE(e.capabilities.size(), 5);
            for (const Capability& c : e.capabilities) {
                QVERIFY(!c.history.isEmpty());
                QCOMPARE(c.history.first().phase, Phase::ExpertLeads);
                QCOMPARE(c.skillIds.size(), 1);
                phases.insert(c.phase());
                for (int i = 1; i < c.history.size(); ++i)
                    QVERIFY(c.history.at(i).changedOn >= c.history.at(i - 1).changedOn);
            }
        }
        QCOMPARE(phases.size(), 4);
    }

    void sessionsHaveMaterialAttendeesAndTasks()
    {
        auto sessions = PlanRepository(*m_ws).sessions();
        QVERIFY(sessions);
        QVERIFY(sessions->size() >= 4);
        for (const Session& s : std::as_const(sessions.value())) {
            QVERIFY(s.durationMinutes >= 15 && s.durationMinutes <= 90);
            QVERIFY(s.learnMarkdown.contains(QStringLiteral("```hcl")));
            QVERIFY(s.startsAt.isValid());
            QVERIFY(!s.attendees.isEmpty());
            QCOMPARE(s.tasks.size(), s.attendees.size());
        }
        auto proposals = PlanRepository(*m_ws).proposals();
        QVERIFY(!proposals->isEmpty());
        for (const LevelProposal& p : std::as_const(proposals.value())) {
            QCOMPARE(p.status, LevelProposal::Pending);
            QCOMPARE(p.toLevel, p.fromLevel.value_or(-1) + 1);
        }
    }

    void summitHasRoomsTracksAndScheduledItems()
    {
        auto summits = PlanRepository(*m_ws).summits();
        QVERIFY(summits);
        QCOMPARE(summits->size(), 1);
        const Summit& s = summits->first();
        QCOMPARE(s.startsOn.daysTo(s.endsOn), 1);
        QCOMPARE(s.timeZone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(s.rooms.size(), 3);
        QCOMPARE(s.rooms.first().equipment,
                 (QStringList{QStringLiteral("projector"), QStringLiteral("microphone"), QStringLiteral("stream")}));
        QCOMPARE(s.tracks.size(), 3);
        int scheduled = 0;
        int breaks = 0;
        for (const SummitItem& item : s.items) {
            breaks += item.kind == SummitItem::Break ? 1 : 0;
            for (const Slot& slot : item.slots) {
                ++scheduled;
                QCOMPARE(slot.startsAt.secsTo(slot.endsAt), item.durationMinutes * 60);
            }
            if (item.kind != SummitItem::Break)
                QCOMPARE(item.speakerIds.size(), 1);
        }
        QCOMPARE(scheduled, 14);
        QCOMPARE(breaks, 3);
        QCOMPARE(SummitItem::kindFromName(QStringLiteral("Workshop")), std::optional(SummitItem::Workshop));
    }

    void deletingASummitCascadesAndUndoes()
    {
        const QStringList before = test::dump(*m_ws, Schema::tables());
        const Id summit = PlanRepository(*m_ws).summits()->first().id;
        QVERIFY(commands::run(
            *m_ws,
            std::move(commands::Batch(QStringLiteral("Delete summit")).remove(QStringLiteral("summit"), {summit}))));
        QCOMPARE(PlanRepository(*m_ws).summits()->size(), 0);
        QSqlQuery slots = m_ws->prepare(QStringLiteral("SELECT COUNT(*) FROM slot"));
        QVERIFY(slots.exec() && slots.next());
        QCOMPARE(slots.value(0).toInt(), 0);
        m_ws->undoStack()->undo();
        QCOMPARE(test::dump(*m_ws, Schema::tables()), before);
    }
};

QTEST_GUILESS_MAIN(TestPlanRepository)
#include "tst_planrepository.moc"
