// SPDX-License-Identifier: GPL-3.0-or-later
// SessionsView: the review side — suggested attendees, Apply tasks marked done, the level
// proposals queue — and the session handout on paper or as PDF.
#include "views/sessionsview.h"

#include "commands/transferedits.h"
#include "models/matrixdata.h"
#include "planning/transfer.h"
#include "render/handout.h"
#include "storage/workspace.h"
#include "ui/prompter.h"
#include "widgets/namepicker.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTableWidget>

namespace coe::ui {

void SessionsView::fillProposals()
{
    m_proposals->clear();
    QHash<Id, std::pair<const Session*, const ApplyTask*>> tasks;
    for (const Session& s : std::as_const(m_sessions))
        for (const ApplyTask& t : s.tasks)
            tasks.insert(t.id, {&s, &t});
    const MatrixData* data = levels();
    const auto label = [&](std::optional<int> level) {
        if (!level)
            return tr("not assessed");
        if (data)
            for (const ScaleLevel& l : data->scale())
                if (l.level == *level)
                    return l.label;
        return QString::number(*level);
    };
    for (int i = 0; i < m_pending.size(); ++i) {
        const LevelProposal& p = m_pending.at(i);
        const auto [session, task] = tasks.value(p.applyTaskId);
        if (!session || !task)
            continue;
        auto* item = new QListWidgetItem(tr("%1: %2 %3 → %4, from session “%5”")
                                             .arg(m_people.value(task->personId), m_skillNames.value(p.skillId), label(p.fromLevel), label(p.toLevel), session->title),
                                         m_proposals);
        item->setData(Qt::UserRole, i);
        item->setToolTip(tr("Outcome: %1").arg(task->outcome));
    }
    m_tabs->setTabText(1, m_pending.isEmpty() ? tr("Level proposals") : tr("Level proposals (%1)").arg(m_pending.size()));
}

void SessionsView::addSuggestedAttendees()
{
    const MatrixData* data = levels();
    if (!data)
        return;
    const QList<PersonSuggestion> suggestions = Transfer::attendees(*data, m_skills->chosen(), m_instructor->currentData().toLongLong());
    int added = 0;
    for (const PersonSuggestion& s : suggestions) {
        if (added == 6)
            break;
        bool present = false;
        for (int i = 0; i < m_attendees->count(); ++i)
            present = present || m_attendees->item(i)->data(Qt::UserRole).toLongLong() == s.person;
        if (present)
            continue;
        auto* row = new QListWidgetItem(s.name, m_attendees);
        row->setData(Qt::UserRole, s.person);
        row->setToolTip(s.reason);
        row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
        row->setCheckState(Qt::Unchecked);
        ++added;
    }
    if (added)
        setDirty(true);
    Q_EMIT statusMessage(added ? tr("Added %n suggested attendee(s); hover for why.", nullptr, added)
                               : tr("Nobody else has a gap or interest in these skills."));
}

void SessionsView::markTaskDone()
{
    const Session* s = current();
    const int row = m_tasks->currentRow();
    if (!s || row < 0 || s->id == 0)
        return;
    const Id taskId = m_tasks->item(row, 0)->data(Qt::UserRole).toLongLong();
    const auto task = std::find_if(s->tasks.cbegin(), s->tasks.cend(), [taskId](const ApplyTask& t) { return t.id == taskId; });
    if (task == s->tasks.cend())
        return;
    const QString outcome = Prompter::current()->text(this, tr("Apply task done"), tr("What did %1 do, and how did it go?").arg(m_people.value(task->personId)), QString());
    if (outcome.trimmed().isEmpty())
        return;
    const MatrixData* data = levels();
    if (!data)
        return;
    const Session session = *s;
    const ApplyTask copy = *task;
    auto made = commands::TransferEdits::completeTask(m_workspace, session, copy, QDate::currentDate(), outcome, *data);
    if (!made) {
        Prompter::current()->error(this, tr("Apply task done"), made.error().message);
        return;
    }
    Q_EMIT statusMessage(tr("%n level proposal(s) wait in the review queue.", nullptr, made.value()));
}

void SessionsView::acceptProposal()
{
    QListWidgetItem* item = m_proposals->currentItem();
    if (!item)
        return;
    const LevelProposal p = m_pending.at(item->data(Qt::UserRole).toInt());
    for (const Session& s : std::as_const(m_sessions))
        for (const ApplyTask& t : s.tasks)
            if (t.id == p.applyTaskId) {
                const Id person = t.personId;
                const QString title = s.title;
                const QString outcome = t.outcome;
                if (auto done = commands::TransferEdits::accept(m_workspace, p, person, title, outcome); !done)
                    Prompter::current()->error(this, tr("Accept proposal"), done.error().message);
                else
                    Q_EMIT statusMessage(tr("Accepted: %1's level is recorded as the lead's assessment.").arg(m_people.value(person)));
                return;
            }
}

void SessionsView::rejectProposal()
{
    QListWidgetItem* item = m_proposals->currentItem();
    if (!item)
        return;
    const LevelProposal p = m_pending.at(item->data(Qt::UserRole).toInt());
    const QString reason = Prompter::current()->text(this, tr("Reject proposal"), tr("Why not yet? The attendee will see this."), QString());
    if (reason.trimmed().isEmpty())
        return;
    if (auto done = commands::TransferEdits::reject(m_workspace, p, reason); !done)
        Prompter::current()->error(this, tr("Reject proposal"), done.error().message);
}

void SessionsView::printHandout()
{
    const Session* s = current();
    if (!s)
        return;
    const Session session = edited();
    render::Handout::Options options;
    options.people = m_people;
    options.skills = m_skillNames;
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    printer.setPageMargins(QMarginsF(), QPageLayout::Point);
    printer.setDocName(session.title);
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(QStringLiteral("handoutPreview"));
    preview.setWindowTitle(tr("Print handout — %1").arg(session.title));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter* target) {
        options.paper = QPageSize::id(target->pageLayout().pageSize().sizePoints(), QPageSize::FuzzyMatch) == QPageSize::Letter ? QPageSize::Letter : QPageSize::A4;
        render::Handout::paint(*target, session, options);
    });
    Prompter::current()->exec(&preview);
}

void SessionsView::exportHandout()
{
    const Session* s = current();
    if (!s)
        return;
    const Session session = edited();
    QString path = Prompter::current()->saveFile(this, tr("Export handout"), QDir::home().filePath(session.title + QStringLiteral(".pdf")), tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    render::Handout::Options options;
    options.people = m_people;
    options.skills = m_skillNames;
    auto pages = render::Handout::writePdf(session, options, path);
    if (!pages)
        Prompter::current()->error(this, tr("Export handout"), pages.error().message);
    else
        Q_EMIT statusMessage(tr("Wrote %1 (%n page(s)).", nullptr, pages.value()).arg(QDir::toNativeSeparators(path)));
}

} // namespace coe::ui
