// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/transferedits.h"

#include "commands/batch.h"
#include "commands/workspaceedits.h"
#include "core/timezone.h"
#include "domain/phasename.h"
#include "storage/matrixdata.h"
#include "storage/rowstore.h"
#include "storage/workspacesettings.h"

namespace coe::commands {

namespace {

QVariant personOrNull(Id id)
{
    return id ? QVariant(id) : QVariant();
}

/// The first line of prose of @p markdown: the default Apply task.
QString firstLine(const QString& markdown)
{
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        QString text = line.trimmed();
        if (text.startsWith(QLatin1Char('#')))
            continue; // headings name the part, not the task
        while (text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('*')))
            text = text.mid(1).trimmed();
        if (!text.isEmpty() && !text.startsWith(QLatin1String("```")))
            return text;
    }
    return {};
}

} // namespace

Result<Id> TransferEdits::saveEngagement(Workspace& ws, const Engagement& e, const Engagement* before)
{
    if (e.name.trimmed().isEmpty())
        return Error{Error::Invalid, tr("Give the engagement a name.")};
    if (!e.teamId)
        return Error{Error::Invalid, tr("Choose the team the engagement hands over to.")};
    if (!e.startsOn.isValid() || !e.rollOffOn.isValid() || e.rollOffOn < e.startsOn)
        return Error{Error::Invalid, tr("The roll-off date must be on or after the start.")};
    const Row values{{QStringLiteral("name"), e.name.trimmed()},
                     {QStringLiteral("team_id"), e.teamId},
                     {QStringLiteral("starts_on"), e.startsOn.toString(Qt::ISODate)},
                     {QStringLiteral("roll_off_on"), e.rollOffOn.toString(Qt::ISODate)}};
    const bool adding = !before || e.id == 0;
    Batch batch(adding ? tr("Add engagement “%1”").arg(e.name) : tr("Edit engagement “%1”").arg(e.name));
    if (adding) {
        batch.insert(QStringLiteral("engagement"), values);
        for (Id person : e.consultantIds)
            batch.insert(QStringLiteral("engagement_consultant"),
                         {{QStringLiteral("engagement_id"), Batch::idOf(0)}, {QStringLiteral("person_id"), person}});
    } else {
        batch.update(QStringLiteral("engagement"), e.id, values, before->version);
        if (e.consultantIds != before->consultantIds) {
            QList<Row> rows;
            for (Id person : e.consultantIds)
                rows.append({{QStringLiteral("engagement_id"), e.id}, {QStringLiteral("person_id"), person}});
            batch.replaceRows(QStringLiteral("engagement_consultant"), QStringLiteral("engagement_id"), e.id, rows);
        }
    }
    auto ids = run(ws, std::move(batch));
    if (!ids)
        return ids.error();
    return adding ? ids->first() : e.id;
}

Result<void> TransferEdits::deleteEngagement(Workspace& ws, const Engagement& e)
{
    Batch batch(tr("Delete engagement “%1”").arg(e.name));
    batch.remove(QStringLiteral("engagement"), {e.id});
    return runBatch(ws, std::move(batch));
}

Result<Id> TransferEdits::saveCapability(Workspace& ws, const Capability& c, const Capability* before)
{
    if (c.name.trimmed().isEmpty())
        return Error{Error::Invalid, tr("Name the capability, e.g. “Roll back a release”.")};
    const Row values{{QStringLiteral("name"), c.name.trimmed()},
                     {QStringLiteral("description"), c.description.trimmed()},
                     {QStringLiteral("owner_id"), personOrNull(c.ownerId)},
                     {QStringLiteral("expert_id"), personOrNull(c.expertId)}};
    const bool adding = !before || c.id == 0;
    Batch batch(adding ? tr("Add capability “%1”").arg(c.name) : tr("Edit capability “%1”").arg(c.name));
    if (adding) {
        Row row = values;
        row.insert(QStringLiteral("engagement_id"), c.engagementId);
        batch.insert(QStringLiteral("capability"), row);
        for (Id skill : c.skillIds)
            batch.insert(QStringLiteral("capability_skill"),
                         {{QStringLiteral("capability_id"), Batch::idOf(0)}, {QStringLiteral("skill_id"), skill}});
        batch.insert(QStringLiteral("capability_phase"),
                     {{QStringLiteral("capability_id"), Batch::idOf(0)},
                      {QStringLiteral("phase"), int(Phase::ExpertLeads)},
                      {QStringLiteral("changed_on"), QDate::currentDate().toString(Qt::ISODate)},
                      {QStringLiteral("note"), tr("Planned")}});
    } else {
        batch.update(QStringLiteral("capability"), c.id, values, before->version);
        if (c.skillIds != before->skillIds) {
            QList<Row> rows;
            for (Id skill : c.skillIds)
                rows.append({{QStringLiteral("capability_id"), c.id}, {QStringLiteral("skill_id"), skill}});
            batch.replaceRows(QStringLiteral("capability_skill"), QStringLiteral("capability_id"), c.id, rows);
        }
    }
    auto ids = run(ws, std::move(batch));
    if (!ids)
        return ids.error();
    return adding ? ids->first() : c.id;
}

Result<void> TransferEdits::deleteCapability(Workspace& ws, const Capability& c)
{
    Batch batch(tr("Delete capability “%1”").arg(c.name));
    batch.remove(QStringLiteral("capability"), {c.id});
    return runBatch(ws, std::move(batch));
}

Result<void> TransferEdits::editTask(Workspace& ws, const ApplyTask& task, const QString& description, const QDate& due)
{
    if (description.trimmed().isEmpty())
        return Error{Error::Invalid, tr("Say what the attendee should do.")};
    Batch batch(tr("Edit Apply task"));
    batch.update(QStringLiteral("apply_task"), task.id,
                 {{QStringLiteral("description"), description.trimmed()},
                  {QStringLiteral("due_on"), due.isValid() ? QVariant(due.toString(Qt::ISODate)) : QVariant()}},
                 task.version);
    return runBatch(ws, std::move(batch));
}

Result<void> TransferEdits::changePhase(Workspace& ws, const Capability& capability, Phase phase, const QDate& on,
                                        Id confirmedBy, const QString& note)
{
    if (phase == capability.phase() && !capability.history.isEmpty())
        return Error{Error::Invalid, tr("%1 is already at %2.").arg(capability.name, PhaseName::of(phase))};
    const bool backwards = int(phase) < int(capability.phase());
    if (backwards && note.trimmed().isEmpty())
        return Error{Error::Invalid,
                     tr("Moving %1 back to %2 needs a reason.").arg(capability.name, PhaseName::of(phase))};
    if (!on.isValid())
        return Error{Error::Invalid, tr("Give the date of the change.")};
    if (!capability.history.isEmpty() && on < capability.history.last().changedOn)
        return Error{Error::Invalid, tr("%1 moved to %2 on %3; a later change cannot be dated before it.")
                                         .arg(capability.name, PhaseName::of(capability.phase()),
                                              capability.history.last().changedOn.toString(Qt::ISODate))};
    Batch batch(backwards ? tr("Move %1 back to %2").arg(capability.name, PhaseName::of(phase))
                          : tr("Move %1 to %2").arg(capability.name, PhaseName::of(phase)));
    batch.insert(QStringLiteral("capability_phase"), {{QStringLiteral("capability_id"), capability.id},
                                                      {QStringLiteral("phase"), int(phase)},
                                                      {QStringLiteral("changed_on"), on.toString(Qt::ISODate)},
                                                      {QStringLiteral("confirmed_by"), personOrNull(confirmedBy)},
                                                      {QStringLiteral("note"), note.trimmed()}});
    return runBatch(ws, std::move(batch));
}

Result<Id> TransferEdits::saveSession(Workspace& ws, const Session& s, const Session* before)
{
    if (s.title.trimmed().isEmpty())
        return Error{Error::Invalid, tr("Give the session a title.")};
    if (s.durationMinutes < 15 || s.durationMinutes > 90)
        return Error{Error::Invalid, tr("A session lasts 15 to 90 minutes, not %1.").arg(s.durationMinutes)};
    if (!s.startsAt.isValid())
        return Error{Error::Invalid, tr("Give the session a start.")};
    const QString zone = s.timeZone.trimmed(); // '' = the workspace's zone
    if (!zone.isEmpty() && !TimeZones::fromId(zone).isValid())
        return Error{Error::Invalid, tr("Session “%1”: “%2” is not a time zone this system knows (e.g. Europe/Berlin, "
                                        "UTC+01:00, or none for the workspace's zone).")
                                         .arg(s.title.trimmed(), zone)};
    const Row values{{QStringLiteral("title"), s.title.trimmed()},
                     {QStringLiteral("instructor_id"), personOrNull(s.instructorId)},
                     {QStringLiteral("starts_at"), s.startsAt.toString(QStringLiteral("yyyy-MM-ddTHH:mm"))},
                     {QStringLiteral("time_zone"), zone},
                     {QStringLiteral("duration_min"), s.durationMinutes},
                     {QStringLiteral("location"), s.location},
                     {QStringLiteral("link"), s.link},
                     {QStringLiteral("learn_md"), s.learnMarkdown},
                     {QStringLiteral("see_md"), s.seeMarkdown},
                     {QStringLiteral("apply_md"), s.applyMarkdown}};
    const bool adding = !before || s.id == 0;
    Batch batch(adding ? tr("Add session “%1”").arg(s.title) : tr("Edit session “%1”").arg(s.title));
    QVariant id = s.id;
    if (adding) {
        batch.insert(QStringLiteral("kt_session"), values);
        id = Batch::idOf(0);
    } else {
        batch.update(QStringLiteral("kt_session"), s.id, values, before->version);
    }
    if (adding || s.skillIds != before->skillIds) {
        if (adding) {
            for (Id skill : s.skillIds)
                batch.insert(QStringLiteral("kt_session_skill"),
                             {{QStringLiteral("session_id"), id}, {QStringLiteral("skill_id"), skill}});
        } else {
            QList<Row> rows;
            for (Id skill : s.skillIds)
                rows.append({{QStringLiteral("session_id"), s.id}, {QStringLiteral("skill_id"), skill}});
            batch.replaceRows(QStringLiteral("kt_session_skill"), QStringLiteral("session_id"), s.id, rows);
        }
    }
    const QString task = firstLine(s.applyMarkdown).isEmpty()
                             ? tr("Apply “%1” to a task in your real work.").arg(s.title)
                             : firstLine(s.applyMarkdown);
    const QDate due = s.startsAt.date().addDays(14);
    for (const Attendee& a : s.attendees) {
        const Attendee* old = nullptr;
        if (before)
            for (const Attendee& b : before->attendees)
                if (b.personId == a.personId)
                    old = &b;
        const QVariant attended = a.attended ? QVariant(*a.attended ? 1 : 0) : QVariant();
        if (!old || adding) {
            batch.insert(QStringLiteral("kt_attendee"), {{QStringLiteral("session_id"), id},
                                                         {QStringLiteral("person_id"), a.personId},
                                                         {QStringLiteral("attended"), attended}});
            batch.insert(QStringLiteral("apply_task"), {{QStringLiteral("session_id"), id},
                                                        {QStringLiteral("person_id"), a.personId},
                                                        {QStringLiteral("description"), task},
                                                        {QStringLiteral("due_on"), due.toString(Qt::ISODate)}});
        } else if (old->attended != a.attended) {
            batch.updateLink(QStringLiteral("kt_attendee"),
                             {{QStringLiteral("session_id"), s.id}, {QStringLiteral("person_id"), a.personId}},
                             {{QStringLiteral("attended"), attended}});
        }
    }
    if (before && !adding) {
        for (const Attendee& b : before->attendees) {
            const bool kept = std::any_of(s.attendees.cbegin(), s.attendees.cend(),
                                          [&b](const Attendee& a) { return a.personId == b.personId; });
            if (kept)
                continue;
            QList<qint64> tasks;
            for (const ApplyTask& t : before->tasks)
                if (t.personId == b.personId)
                    tasks << t.id;
            if (!tasks.isEmpty())
                batch.remove(QStringLiteral("apply_task"), tasks); // with their proposals, restored by undo
            batch.removeLink(QStringLiteral("kt_attendee"),
                             {{QStringLiteral("session_id"), s.id}, {QStringLiteral("person_id"), b.personId}});
        }
    }
    auto ids = run(ws, std::move(batch));
    if (!ids)
        return ids.error();
    return adding ? ids->first() : s.id;
}

Result<void> TransferEdits::deleteSession(Workspace& ws, const Session& session)
{
    Batch batch(tr("Delete session “%1”").arg(session.title));
    batch.remove(QStringLiteral("kt_session"), {session.id});
    return runBatch(ws, std::move(batch));
}

Result<void> TransferEdits::setWorkspaceZone(Workspace& ws, const QString& zone)
{
    const WorkspaceSettings before = readWorkspaceSettings(ws);
    WorkspaceSettings after = before;
    after.timeZone = zone.trimmed();
    if (after.timeZone.isEmpty())
        return Error{Error::Invalid, tr("Name the workspace's time zone, such as Europe/Berlin or UTC+01:00.")};
    return WorkspaceEdits::saveSettings(ws, before, after);
}

Result<int> TransferEdits::completeTask(Workspace& ws, const Session& session, const ApplyTask& task,
                                        const QDate& doneOn, const QString& outcome, const MatrixData& levels)
{
    if (outcome.trimmed().isEmpty())
        return Error{Error::Invalid, tr("Say what came out of it: the outcome is what the lead reviews.")};
    if (task.doneOn.isValid())
        return Error{Error::Invalid,
                     tr("This task was already marked done on %1.").arg(task.doneOn.toString(Qt::ISODate))};
    int top = 0;
    for (const ScaleLevel& l : levels.scale())
        top = std::max(top, l.level);
    Batch batch(tr("Apply task done: %1").arg(session.title));
    batch.update(
        QStringLiteral("apply_task"), task.id,
        {{QStringLiteral("done_on"), doneOn.toString(Qt::ISODate)}, {QStringLiteral("outcome"), outcome.trimmed()}},
        task.version);
    int proposals = 0;
    const int person = levels.personIndex(task.personId);
    for (Id skillId : session.skillIds) {
        const int skill = levels.skillIndex(skillId);
        const std::optional<int> from = person >= 0 && skill >= 0 ? levels.effectiveLevel(person, skill) : std::nullopt;
        const int to = from.value_or(-1) + 1;
        if (to > top)
            continue; // already at the top of the scale
        batch.insert(QStringLiteral("level_proposal"),
                     {{QStringLiteral("apply_task_id"), task.id},
                      {QStringLiteral("skill_id"), skillId},
                      {QStringLiteral("from_level"), from ? QVariant(*from) : QVariant()},
                      {QStringLiteral("to_level"), std::max(0, to)}});
        ++proposals;
    }
    if (auto done = runBatch(ws, std::move(batch)); !done)
        return done.error();
    return proposals;
}

Result<void> TransferEdits::accept(Workspace& ws, const LevelProposal& proposal, Id person, const QString& sessionTitle,
                                   const QString& outcome)
{
    return acceptAll(ws, {ProposalDecision{proposal, person, sessionTitle, outcome}});
}

Result<void> TransferEdits::acceptAll(Workspace& ws, const QList<ProposalDecision>& decisions)
{
    if (decisions.isEmpty())
        return Error{Error::Invalid, tr("Select the proposals to accept.")};
    const QDate today = QDate::currentDate();
    Batch batch(decisions.size() == 1 ? tr("Accept level proposal")
                                      : tr("Accept %n level proposal(s)", nullptr, int(decisions.size())));
    for (const ProposalDecision& d : decisions) {
        if (d.proposal.status != LevelProposal::Pending)
            return Error{Error::Invalid, tr("This proposal was already decided.")};
        QString note = tr("From session “%1”").arg(d.sessionTitle);
        if (!d.outcome.trimmed().isEmpty())
            note += QStringLiteral(": ") + d.outcome.trimmed();
        const int assessment = batch.size();
        batch.insert(QStringLiteral("assessment"), {{QStringLiteral("person_id"), d.person},
                                                    {QStringLiteral("skill_id"), d.proposal.skillId},
                                                    {QStringLiteral("source"), QStringLiteral("lead")},
                                                    {QStringLiteral("level"), d.proposal.toLevel},
                                                    {QStringLiteral("assessed_on"), today.toString(Qt::ISODate)},
                                                    {QStringLiteral("note"), note}});
        batch.update(QStringLiteral("level_proposal"), d.proposal.id,
                     {{QStringLiteral("status"), QStringLiteral("accepted")},
                      {QStringLiteral("decided_on"), today.toString(Qt::ISODate)},
                      {QStringLiteral("assessment_id"), Batch::idOf(assessment)}},
                     d.proposal.version);
    }
    return runBatch(ws, std::move(batch));
}

Result<void> TransferEdits::reject(Workspace& ws, const LevelProposal& proposal, const QString& reason)
{
    return rejectAll(ws, {proposal}, reason);
}

Result<void> TransferEdits::rejectAll(Workspace& ws, const QList<LevelProposal>& proposals, const QString& reason)
{
    if (proposals.isEmpty())
        return Error{Error::Invalid, tr("Select the proposals to reject.")};
    if (reason.trimmed().isEmpty())
        return Error{Error::Invalid, tr("Say why: the attendee sees the reason.")};
    Batch batch(proposals.size() == 1 ? tr("Reject level proposal")
                                      : tr("Reject %n level proposal(s)", nullptr, int(proposals.size())));
    for (const LevelProposal& proposal : proposals) {
        if (proposal.status != LevelProposal::Pending)
            return Error{Error::Invalid, tr("This proposal was already decided.")};
        batch.update(QStringLiteral("level_proposal"), proposal.id,
                     {{QStringLiteral("status"), QStringLiteral("rejected")},
                      {QStringLiteral("reason"), reason.trimmed()},
                      {QStringLiteral("decided_on"), QDate::currentDate().toString(Qt::ISODate)}},
                     proposal.version);
    }
    return runBatch(ws, std::move(batch));
}

} // namespace coe::commands
