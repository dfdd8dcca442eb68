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
#include <QHeaderView>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableWidget>

namespace coe::ui {

void SessionsView::fillProposals()
{
    // Keep the selection across a reload: by proposal id.
    // (m_pending is already the new list: read the ids the rows were made with.)
    QSet<Id> selected;
    for (const QModelIndex& row : m_proposals->selectionModel()->selectedRows(0))
        if (const QTableWidgetItem* item = m_proposals->item(row.row(), 0))
            selected.insert(item->data(Qt::UserRole + 1).toLongLong());
    const QSignalBlocker blocker(m_proposals->selectionModel());
    m_proposals->clearContents();
    m_proposals->setRowCount(0);
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
        const int row = m_proposals->rowCount();
        m_proposals->insertRow(row);
        const QString cells[] = {m_people.value(task->personId),
                                 m_skillNames.value(p.skillId),
                                 tr("%1 → %2").arg(label(p.fromLevel), label(p.toLevel)),
                                 session->title,
                                 task->outcome,
                                 task->doneOn.isValid() ? QLocale().toString(task->doneOn, QLocale::ShortFormat) : QString()};
        for (int column = 0; column < 6; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            if (column == 0) {
                item->setData(Qt::UserRole, i);
                item->setData(Qt::UserRole + 1, p.id);
            }
            m_proposals->setItem(row, column, item);
        }
        if (selected.contains(p.id))
            m_proposals->selectRow(row);
    }
    m_proposals->setVisible(m_proposals->rowCount() > 0);
    m_proposalsEmpty->setVisible(m_proposals->rowCount() == 0);
    m_tabs->setTabText(1, m_pending.isEmpty() ? tr("Level proposals") : tr("Level proposals (%1)").arg(m_pending.size()));
    updateProposalButtons();
}

QList<int> SessionsView::selectedProposals() const
{
    QList<int> indexes;
    for (const QModelIndex& row : m_proposals->selectionModel()->selectedRows(0))
        if (const QTableWidgetItem* item = m_proposals->item(row.row(), 0))
            indexes << item->data(Qt::UserRole).toInt();
    std::sort(indexes.begin(), indexes.end());
    return indexes;
}

void SessionsView::updateProposalButtons()
{
    const qsizetype n = selectedProposals().size();
    m_accept->setEnabled(n > 0);
    m_reject->setEnabled(n > 0);
    m_accept->setText(n > 1 ? tr("Accept %n", nullptr, int(n)) : tr("Accept"));
    m_reject->setText(n > 1 ? tr("Reject %n…", nullptr, int(n)) : tr("Reject…"));
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
    QList<commands::ProposalDecision> decisions;
    QStringList who;
    for (int i : selectedProposals()) {
        const LevelProposal p = m_pending.value(i);
        for (const Session& s : std::as_const(m_sessions))
            for (const ApplyTask& t : s.tasks)
                if (t.id == p.applyTaskId) {
                    decisions.append({p, t.personId, s.title, t.outcome});
                    if (!who.contains(m_people.value(t.personId)))
                        who << m_people.value(t.personId);
                }
    }
    if (decisions.isEmpty())
        return;
    if (auto done = commands::TransferEdits::acceptAll(m_workspace, decisions); !done)
        Prompter::current()->error(this, tr("Accept proposal"), done.error().message);
    else
        Q_EMIT statusMessage(tr("Accepted %n level proposal(s) for %1: recorded as the lead's assessment.", nullptr, int(decisions.size()))
                                 .arg(QLocale().createSeparatedList(who)));
}

void SessionsView::rejectProposal()
{
    QList<LevelProposal> proposals;
    for (int i : selectedProposals())
        proposals << m_pending.value(i);
    if (proposals.isEmpty())
        return;
    const QString reason = Prompter::current()->text(this, tr("Reject proposal"), tr("Why not yet? The attendee will see this."), QString());
    if (reason.trimmed().isEmpty())
        return;
    if (auto done = commands::TransferEdits::rejectAll(m_workspace, proposals, reason); !done)
        Prompter::current()->error(this, tr("Reject proposal"), done.error().message);
    else
        Q_EMIT statusMessage(tr("Rejected %n level proposal(s).", nullptr, int(proposals.size())));
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
