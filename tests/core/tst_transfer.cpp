// SPDX-License-Identifier: GPL-3.0-or-later
// Knowledge transfer on a hand-built workspace: phase changes and their history, the two
// warnings, instructor and attendee suggestions, apply tasks, proposals accepted and rejected,
// each with undo.
#include "commands/transferedits.h"
#include "models/matrixdata.h"
#include "planning/transfer.h"
#include "storage/planrepository.h"
#include "support/testbackend.h"

#include <QTest>
#include <QUndoStack>

using namespace coe;

namespace {

qint64 insert(Workspace& ws, const QString& sql)
{
    return test::insertReturningId(ws, sql);
}

void exec(Workspace& ws, const QString& sql)
{
    QSqlQuery q = ws.prepare(sql);
    if (!ws.exec(q))
        qFatal("%s", qPrintable(sql));
}

QStringList names(const QList<PersonSuggestion>& list)
{
    QStringList out;
    for (const PersonSuggestion& s : list)
        out << s.name;
    return out;
}

} // namespace

class TestTransfer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 ana = 0, bo = 0, cy = 0, di = 0, terraform = 0, helm = 0, rollBack = 0, rotate = 0;
    const QDate today = QDate::currentDate();

    Capability capability(Id id)
    {
        const QList<Engagement> engagements = PlanRepository(*m_ws).engagements().take();
        for (const Engagement& e : engagements)
            for (const Capability& c : e.capabilities)
                if (c.id == id)
                    return c;
        qFatal("no capability %lld", id);
    }

    Session session(Id id)
    {
        const QList<Session> sessions = PlanRepository(*m_ws).sessions().take();
        for (const Session& s : sessions)
            if (s.id == id)
                return s;
        qFatal("no session %lld", id);
    }

    QList<LevelProposal> proposals() { return PlanRepository(*m_ws).proposals().take(); }

    MatrixData levels()
    {
        MatrixData data;
        if (!data.load(*m_ws))
            qFatal("matrix");
        return data;
    }

private Q_SLOTS:
    void init()
    {
        m_ws = test::createWorkspace(m_dir);
        Workspace& w = *m_ws;
        const qint64 team = insert(w, QStringLiteral("INSERT INTO team (name) VALUES ('Platform')"));
        const qint64 role = insert(w, QStringLiteral("INSERT INTO role (name) VALUES ('Engineer')"));
        const qint64 category = insert(w, QStringLiteral("INSERT INTO skill_category (name) VALUES ('Delivery')"));
        terraform =
            insert(w, QStringLiteral("INSERT INTO skill (category_id, name) VALUES (%1, 'Terraform')").arg(category));
        helm = insert(
            w, QStringLiteral("INSERT INTO skill (category_id, name, position) VALUES (%1, 'Helm', 1)").arg(category));
        exec(w, QStringLiteral("INSERT INTO role_target (role_id, skill_id, level) VALUES (%1, %2, 3), (%1, %3, 3)")
                    .arg(role)
                    .arg(terraform)
                    .arg(helm));
        const auto person = [&](const char* name, bool external) {
            return insert(
                w, QStringLiteral("INSERT INTO person (name, external, team_id, role_id) VALUES ('%1', %2, %3, %4)")
                       .arg(QLatin1String(name))
                       .arg(external ? 1 : 0)
                       .arg(team)
                       .arg(role));
        };
        ana = person("Ana", false);
        bo = person("Bo", false);
        cy = person("Cy", true);
        di = person("Di", false);
        const QDate on = today.addDays(-30);
        for (const auto& [who, skill, level, interest] :
             {std::tuple{ana, terraform, 2, 3}, std::tuple{bo, terraform, 4, -1}, std::tuple{cy, terraform, 4, -1},
              std::tuple{cy, helm, 4, -1}, std::tuple{di, terraform, 1, 1}, std::tuple{ana, helm, 3, -1},
              std::tuple{di, helm, 0, -1}, std::tuple{bo, helm, 3, -1}})
            QVERIFY(test::assess(w, who, skill, Source::Lead, level, on,
                                 interest >= 0 ? std::optional<int>(interest) : std::nullopt));
        const auto engagement = [&](const char* name, int daysLeft) {
            const qint64 id = insert(
                w, QStringLiteral(
                       "INSERT INTO engagement (name, team_id, starts_on, roll_off_on) VALUES ('%1', %2, '%3', '%4')")
                       .arg(QLatin1String(name))
                       .arg(team)
                       .arg(today.addDays(-90).toString(Qt::ISODate), today.addDays(daysLeft).toString(Qt::ISODate)));
            exec(w, QStringLiteral("INSERT INTO engagement_consultant (engagement_id, person_id) VALUES (%1, %2)")
                        .arg(id)
                        .arg(cy));
            return id;
        };
        const qint64 soon = engagement("Platform build", 20);
        const qint64 later = engagement("Observability", 60);
        const auto cap = [&](qint64 e, const char* name, qint64 owner, const QList<qint64>& skills, int phase) {
            const qint64 id = insert(
                w, QStringLiteral(
                       "INSERT INTO capability (engagement_id, name, owner_id, expert_id) VALUES (%1, '%2', %3, %4)")
                       .arg(e)
                       .arg(QLatin1String(name))
                       .arg(owner)
                       .arg(cy));
            for (qint64 s : skills)
                exec(w, QStringLiteral("INSERT INTO capability_skill (capability_id, skill_id) VALUES (%1, %2)")
                            .arg(id)
                            .arg(s));
            exec(w,
                 QStringLiteral("INSERT INTO capability_phase (capability_id, phase, changed_on) VALUES (%1, %2, '%3')")
                     .arg(id)
                     .arg(phase)
                     .arg(today.addDays(-60).toString(Qt::ISODate)));
            return id;
        };
        rollBack = cap(soon, "Roll back a release", ana, {terraform, helm}, 0);
        rotate = cap(soon, "Rotate secrets", di, {helm}, 1);
        cap(later, "Restore a database", bo, {terraform}, 0);
        m_ws->undoStack()->clear();
    }

    void cleanup() { m_ws.reset(); }

    void warnings()
    {
        const QList<TransferWarning> list =
            Transfer::warnings(PlanRepository(*m_ws).engagements().take(), levels(), today);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).kind, TransferWarning::ExpertLeadsNearRollOff);
        QCOMPARE(list.at(0).capabilityId, rollBack);
        QCOMPARE(
            list.at(0).message,
            QStringLiteral("Roll back a release is still at Expert leads, 20 days before Platform build rolls off."));
        QCOMPARE(list.at(1).kind, TransferWarning::OwnerBelowCoached);
        QCOMPARE(list.at(1).capabilityId, rotate);
        QCOMPARE(list.at(1).skillId, helm);
        QVERIFY2(list.at(1).message.startsWith(QLatin1String("Di owns Rotate secrets but is ")),
                 qPrintable(list.at(1).message));
        // Exactly 30 days before still warns; 31 does not; past roll-off does.
        QList<Engagement> engagements = PlanRepository(*m_ws).engagements().take();
        QCOMPARE(Transfer::warnings(engagements, levels(), today.addDays(-10)).size(), 2);
        QCOMPARE(Transfer::warnings(engagements, levels(), today.addDays(-11)).size(), 1);
        QVERIFY(Transfer::warnings(engagements, levels(), today.addDays(25))
                    .constFirst()
                    .message.contains(QLatin1String("rolled off 5 days ago")));
    }

    void suggestions()
    {
        const MatrixData data = levels();
        const QList<PersonSuggestion> teachers = Transfer::instructors(data, {terraform, helm});
        QCOMPARE(names(teachers), (QStringList{QStringLiteral("Cy"), QStringLiteral("Bo"), QStringLiteral("Ana")}));
        QCOMPARE(teachers.at(0).reason, QStringLiteral("Teacher in Terraform, Helm (external)"));
        QCOMPARE(teachers.at(1).reason, QStringLiteral("Teacher in Terraform; Independent in Helm"));
        const QList<PersonSuggestion> attendees = Transfer::attendees(data, {terraform, helm}, cy);
        QCOMPARE(names(attendees), (QStringList{QStringLiteral("Di"), QStringLiteral("Ana")}));
        QVERIFY2(
            attendees.at(1).reason.contains(QLatin1String("Terraform: Coached (target Independent), wants to lead")),
            qPrintable(attendees.at(1).reason));
        // The instructor is never suggested as an attendee.
        QVERIFY(!names(Transfer::attendees(data, {terraform}, di)).contains(QStringLiteral("Di")));
    }

    void phaseChangesAndHistory()
    {
        QVERIFY(commands::TransferEdits::changePhase(*m_ws, capability(rollBack), Phase::Pairing, today, bo,
                                                     QStringLiteral("Ana drove it twice")));
        Capability c = capability(rollBack);
        QCOMPARE(c.history.size(), 2);
        QCOMPARE(c.phase(), Phase::Pairing);
        QCOMPARE(c.history.last().confirmedBy, bo);
        QCOMPARE(c.history.last().note, QStringLiteral("Ana drove it twice"));
        // Backwards needs a reason, and writes nothing without one.
        auto refused =
            commands::TransferEdits::changePhase(*m_ws, c, Phase::ExpertLeads, today, bo, QStringLiteral("  "));
        QVERIFY(!refused);
        QCOMPARE(refused.error().message,
                 QStringLiteral("Moving Roll back a release back to Expert leads needs a reason."));
        QCOMPARE(capability(rollBack).history.size(), 2);
        QVERIFY(!commands::TransferEdits::changePhase(*m_ws, c, Phase::StaffLeads, today.addDays(-1), bo,
                                                      {})); // before the last change
        QVERIFY(!commands::TransferEdits::changePhase(*m_ws, c, Phase::Pairing, today, bo, {})); // no change
        QVERIFY(commands::TransferEdits::changePhase(*m_ws, c, Phase::ExpertLeads, today, bo,
                                                     QStringLiteral("Rollback failed in staging")));
        QCOMPARE(capability(rollBack).phase(), Phase::ExpertLeads);
        QCOMPARE(capability(rollBack).history.size(), 3);
        m_ws->undoStack()->undo();
        QCOMPARE(capability(rollBack).phase(), Phase::Pairing);
        m_ws->undoStack()->undo();
        QCOMPARE(capability(rollBack).history.size(), 1);
        m_ws->undoStack()->redo();
        QCOMPARE(capability(rollBack).phase(), Phase::Pairing);
    }

    void applyTasksProposalsAcceptAndReject()
    {
        Session s;
        s.title = QStringLiteral("Terraform modules");
        s.instructorId = bo;
        s.startsAt = QDateTime(today.addDays(-3), QTime(10, 0));
        s.durationMinutes = 45;
        s.skillIds = {terraform};
        s.applyMarkdown = QStringLiteral("## Apply\nRefactor one of your stacks into a module.\n");
        s.attendees = {{ana, std::nullopt}, {di, std::nullopt}};
        auto id = commands::TransferEdits::saveSession(*m_ws, s, nullptr);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        Session saved = session(id.value());
        QCOMPARE(saved.attendees.size(), 2);
        QCOMPARE(saved.tasks.size(), 2);
        QCOMPARE(saved.tasks.first().description, QStringLiteral("Refactor one of your stacks into a module."));
        QCOMPARE(saved.tasks.first().dueOn, today.addDays(11));

        // Attendance, then Ana finishes her task: one proposal, Coached → Independent.
        Session edited = saved;
        edited.attendees[0].attended = true;
        QVERIFY(commands::TransferEdits::saveSession(*m_ws, edited, &saved));
        saved = session(id.value());
        QCOMPARE(saved.attendees.at(0).attended, std::optional<bool>(true));
        const ApplyTask task = *std::find_if(saved.tasks.cbegin(), saved.tasks.cend(),
                                             [this](const ApplyTask& t) { return t.personId == ana; });
        QVERIFY(!commands::TransferEdits::completeTask(*m_ws, saved, task, today, QStringLiteral(" "),
                                                       levels())); // outcome required
        auto made = commands::TransferEdits::completeTask(*m_ws, saved, task, today,
                                                          QStringLiteral("Network stack is a module now"), levels());
        QVERIFY(made);
        QCOMPARE(made.value(), 1);
        QList<LevelProposal> list = proposals();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().fromLevel, std::optional<int>(2));
        QCOMPARE(list.first().toLevel, 3);
        QCOMPARE(list.first().status, LevelProposal::Pending);

        // Accept: a lead assessment at 3 with the session in its note; undo takes both back.
        QVERIFY(commands::TransferEdits::accept(*m_ws, list.first(), ana, saved.title,
                                                QStringLiteral("Network stack is a module now")));
        list = proposals();
        QCOMPARE(list.first().status, LevelProposal::Accepted);
        QVERIFY(list.first().assessmentId != 0);
        QCOMPARE(levels().effectiveLevel(levels().personIndex(ana), levels().skillIndex(terraform)),
                 std::optional<int>(3));
        QSqlQuery note = m_ws->prepare(
            QStringLiteral("SELECT note, source FROM assessment WHERE id = %1").arg(list.first().assessmentId));
        QVERIFY(m_ws->exec(note) && note.next());
        QCOMPARE(note.value(0).toString(),
                 QStringLiteral("From session “Terraform modules”: Network stack is a module now"));
        QCOMPARE(note.value(1).toString(), QStringLiteral("lead"));
        QVERIFY(!commands::TransferEdits::accept(*m_ws, list.first(), ana, saved.title, {})); // decided already
        m_ws->undoStack()->undo();
        QCOMPARE(proposals().constFirst().status, LevelProposal::Pending);
        QCOMPARE(levels().effectiveLevel(levels().personIndex(ana), levels().skillIndex(terraform)),
                 std::optional<int>(2));

        // Reject needs a reason; undo makes it pending again.
        QVERIFY(!commands::TransferEdits::reject(*m_ws, proposals().constFirst(), QString()));
        QVERIFY(commands::TransferEdits::reject(*m_ws, proposals().constFirst(),
                                                QStringLiteral("Do one more module first")));
        QCOMPARE(proposals().constFirst().status, LevelProposal::Rejected);
        QCOMPARE(proposals().constFirst().reason, QStringLiteral("Do one more module first"));
        m_ws->undoStack()->undo();
        QCOMPARE(proposals().constFirst().status, LevelProposal::Pending);

        // Removing an attendee removes their task (and its proposals); undo restores them.
        saved = session(id.value());
        Session fewer = saved;
        fewer.attendees.removeIf([this](const Attendee& a) { return a.personId == ana; });
        QVERIFY(commands::TransferEdits::saveSession(*m_ws, fewer, &saved));
        QCOMPARE(session(id.value()).tasks.size(), 1);
        QCOMPARE(proposals().size(), 0);
        m_ws->undoStack()->undo();
        QCOMPARE(session(id.value()).tasks.size(), 2);
        QCOMPARE(session(id.value()).attendees.at(0).attended, std::optional<bool>(true));
        QCOMPARE(proposals().size(), 1);
    }
    void sessionZoneIsSavedAndChecked()
    {
        Session s;
        s.title = QStringLiteral("Zones");
        s.startsAt = QDateTime(today, QTime(9, 0));
        s.durationMinutes = 30;
        s.timeZone = QStringLiteral("America/New_York");
        auto id = commands::TransferEdits::saveSession(*m_ws, s, nullptr);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        Session saved = session(id.value());
        QCOMPARE(saved.timeZone, QStringLiteral("America/New_York"));

        // A fixed offset is a zone too; '' goes back to the workspace's zone.
        Session fixed = saved;
        fixed.timeZone = QStringLiteral("UTC+05:30");
        QVERIFY(commands::TransferEdits::saveSession(*m_ws, fixed, &saved));
        saved = session(id.value());
        QCOMPARE(saved.timeZone, QStringLiteral("UTC+05:30"));
        Session none = saved;
        none.timeZone.clear();
        QVERIFY(commands::TransferEdits::saveSession(*m_ws, none, &saved));
        saved = session(id.value());
        QCOMPARE(saved.timeZone, QString());
        m_ws->undoStack()->undo();
        QCOMPARE(session(id.value()).timeZone, QStringLiteral("UTC+05:30"));

        // An unknown zone is refused with its name, and nothing is written.
        saved = session(id.value());
        Session bad = saved;
        bad.timeZone = QStringLiteral("Mars/Olympus_Mons");
        auto refused = commands::TransferEdits::saveSession(*m_ws, bad, &saved);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(
                     QStringLiteral("“Mars/Olympus_Mons” is not a time zone this system knows")),
                 qPrintable(refused.error().message));
        QCOMPARE(session(id.value()).timeZone, QStringLiteral("UTC+05:30"));
    }
    void workspaceZoneIsSetCheckedAndUndone()
    {
        Session s;
        s.title = QStringLiteral("Follows the workspace");
        s.startsAt = QDateTime(today, QTime(9, 0));
        auto id = commands::TransferEdits::saveSession(*m_ws, s, nullptr);
        QVERIFY(id);
        const QTimeZone before = PlanRepository(*m_ws).workspaceZone().take();
        const int steps = m_ws->undoStack()->index();

        // Unknown, empty: refused, nothing written, no undo step.
        for (const QString& zone : {QStringLiteral("Mars/Olympus"), QStringLiteral("  ")}) {
            auto refused = commands::TransferEdits::setWorkspaceZone(*m_ws, zone);
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, Error::Invalid);
            QVERIFY2(refused.error().message.contains(zone.trimmed()), qPrintable(refused.error().message));
        }
        QCOMPARE(m_ws->undoStack()->index(), steps);

        // Set (a new setting), then changed (the same setting): sessions that name none follow.
        const QTimeZone berlin("Europe/Berlin");
        QVERIFY(commands::TransferEdits::setWorkspaceZone(*m_ws, QStringLiteral(" Europe/Berlin ")));
        QCOMPARE(PlanRepository(*m_ws).workspaceZone().take(), berlin);
        QCOMPARE(session(id.value()).startInstant(berlin), QDateTime(today, QTime(9, 0), berlin));
        QVERIFY(commands::TransferEdits::setWorkspaceZone(*m_ws, QStringLiteral("UTC+05:30")));
        QCOMPARE(TimeZones::name(PlanRepository(*m_ws).workspaceZone().take()), QStringLiteral("UTC+05:30"));
        QVERIFY(commands::TransferEdits::setWorkspaceZone(*m_ws, QStringLiteral("UTC+05:30"))); // no change, no step
        QCOMPARE(m_ws->undoStack()->index(), steps + 2);

        // Undo goes back through both, to no setting at all; redo brings them back.
        m_ws->undoStack()->undo();
        QCOMPARE(PlanRepository(*m_ws).workspaceZone().take(), berlin);
        m_ws->undoStack()->undo();
        QCOMPARE(PlanRepository(*m_ws).workspaceZone().take(), before);
        m_ws->undoStack()->redo();
        m_ws->undoStack()->redo();
        QCOMPARE(TimeZones::name(PlanRepository(*m_ws).workspaceZone().take()), QStringLiteral("UTC+05:30"));
        auto problems = m_ws->check();
        QVERIFY(problems && problems->isEmpty());
    }

    void engagementsCapabilitiesAndTasksAreEditable()
    {
        Engagement e;
        e.name = QStringLiteral("Data platform");
        QVERIFY(!commands::TransferEdits::saveEngagement(*m_ws, e, nullptr)); // no team
        e.teamId = PlanRepository(*m_ws).engagements().take().first().teamId;
        e.startsOn = today;
        e.rollOffOn = today.addDays(-1);
        QVERIFY(!commands::TransferEdits::saveEngagement(*m_ws, e, nullptr)); // rolls off before it starts
        e.rollOffOn = today.addMonths(4);
        e.consultantIds = {cy};
        auto id = commands::TransferEdits::saveEngagement(*m_ws, e, nullptr);
        QVERIFY(id);
        Capability c;
        c.engagementId = id.value();
        c.name = QStringLiteral("Scale the cluster");
        c.ownerId = bo;
        c.expertId = cy;
        c.skillIds = {helm};
        auto capabilityId = commands::TransferEdits::saveCapability(*m_ws, c, nullptr);
        QVERIFY(capabilityId);
        Capability saved = capability(capabilityId.value());
        QCOMPARE(saved.phase(), Phase::ExpertLeads); // starts with the expert
        QCOMPARE(saved.history.size(), 1);
        QCOMPARE(saved.skillIds, QList<Id>{helm});
        Capability renamed = saved;
        renamed.name = QStringLiteral("Scale the clusters");
        renamed.skillIds = {helm, terraform};
        QVERIFY(commands::TransferEdits::saveCapability(*m_ws, renamed, &saved));
        QCOMPARE(capability(capabilityId.value()).skillIds.size(), 2);
        m_ws->undoStack()->undo();
        QCOMPARE(capability(capabilityId.value()).name, QStringLiteral("Scale the cluster"));
        // Deleting the engagement takes its capabilities; undo brings both back with their ids.
        Engagement loaded;
        const QList<Engagement> engagements = PlanRepository(*m_ws).engagements().take();
        for (const Engagement& x : engagements)
            if (x.id == id.value())
                loaded = x;
        QVERIFY(commands::TransferEdits::deleteEngagement(*m_ws, loaded));
        QCOMPARE(PlanRepository(*m_ws).engagements().take().size(), 2);
        m_ws->undoStack()->undo();
        QCOMPARE(capability(capabilityId.value()).history.size(), 1);

        // Apply tasks: what and when can change.
        Session s;
        s.title = QStringLiteral("Helm basics");
        s.startsAt = QDateTime(today, QTime(14, 0));
        s.attendees = {{di, std::nullopt}};
        auto sessionId = commands::TransferEdits::saveSession(*m_ws, s, nullptr);
        QVERIFY(sessionId);
        const ApplyTask task = session(sessionId.value()).tasks.first();
        QCOMPARE(task.description, QStringLiteral("Apply “Helm basics” to a task in your real work."));
        QVERIFY(!commands::TransferEdits::editTask(*m_ws, task, QStringLiteral("  "), task.dueOn));
        QVERIFY(commands::TransferEdits::editTask(*m_ws, task, QStringLiteral("Package the billing service as a chart"),
                                                  today.addDays(30)));
        QCOMPARE(session(sessionId.value()).tasks.first().dueOn, today.addDays(30));
        m_ws->undoStack()->undo();
        QCOMPARE(session(sessionId.value()).tasks.first().dueOn, today.addDays(14));
    }
};

QTEST_GUILESS_MAIN(TestTransfer)
#include "tst_transfer.moc"
