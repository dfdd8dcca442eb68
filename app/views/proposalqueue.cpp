// SPDX-License-Identifier: GPL-3.0-or-later
// Its texts keep the SessionsView context (SessionsView::tr), so the translations still apply.
#include "views/proposalqueue.h"

#include "commands/transferedits.h"
#include "models/matrixdata.h"
#include "ui/prompter.h"
#include "views/sessionscontext.h"
#include "views/sessionsview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace coe::ui {

ProposalQueue::ProposalQueue(SessionsContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("proposalTable"));
    m_table->setHorizontalHeaderLabels({SessionsView::tr("Person"), SessionsView::tr("Skill"),
                                        SessionsView::tr("From → to"), SessionsView::tr("Session"),
                                        SessionsView::tr("Task outcome"), SessionsView::tr("Date")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(false);
    m_empty = new QLabel(
        SessionsView::tr("No level proposals wait for you. Mark an Apply task done on the Session tab to propose one."),
        this);
    m_empty->setObjectName(QStringLiteral("proposalsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_accept = new QPushButton(SessionsView::tr("Accept"), this);
    m_accept->setObjectName(QStringLiteral("acceptProposal"));
    m_accept->setToolTip(SessionsView::tr("Record the new levels as the lead's assessments, noting the session"));
    m_reject = new QPushButton(SessionsView::tr("Reject…"), this);
    m_reject->setObjectName(QStringLiteral("rejectProposal"));
    m_reject->setToolTip(SessionsView::tr("Reject the selected proposals with a reason the attendees see"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_empty, 1);
    buttons->addWidget(m_accept);
    buttons->addWidget(m_reject);
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(
        SessionsView::tr(
            "Finished Apply tasks propose a level change. Select one or several, then accept them (undoable) "
            "or reject them with a reason."),
        this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ProposalQueue::updateButtons);
    connect(m_accept, &QPushButton::clicked, this, &ProposalQueue::acceptSelected);
    connect(m_reject, &QPushButton::clicked, this, &ProposalQueue::rejectSelected);
}

void ProposalQueue::fill()
{
    // Keep the selection across a reload: by proposal id.
    // (The context's pending list is already the new one: read the ids the rows were made with.)
    QSet<Id> selected;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(0);
    for (const QModelIndex& row : rows)
        if (const QTableWidgetItem* item = m_table->item(row.row(), 0))
            selected.insert(item->data(Qt::UserRole + 1).toLongLong());
    const QSignalBlocker blocker(m_table->selectionModel());
    m_table->clearContents();
    m_table->setRowCount(0);
    QHash<Id, std::pair<const Session*, const ApplyTask*>> tasks;
    for (const Session& s : m_context.sessions())
        for (const ApplyTask& t : s.tasks)
            tasks.insert(t.id, {&s, &t});
    const MatrixData* data = m_context.levels();
    const auto label = [&](std::optional<int> level) {
        if (!level)
            return SessionsView::tr("not assessed");
        if (data)
            for (const ScaleLevel& l : data->scale())
                if (l.level == *level)
                    return Scale::shown(l.label);
        return QString::number(*level);
    };
    const QList<LevelProposal>& pending = m_context.pending();
    for (int i = 0; i < pending.size(); ++i) {
        const LevelProposal& p = pending.at(i);
        const auto [session, task] = tasks.value(p.applyTaskId);
        if (!session || !task)
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString cells[] = {m_context.people().value(task->personId),
                                 m_context.skillNames().value(p.skillId),
                                 SessionsView::tr("%1 → %2").arg(label(p.fromLevel), label(p.toLevel)),
                                 session->title,
                                 task->outcome,
                                 task->doneOn.isValid() ? QLocale().toString(task->doneOn, QLocale::ShortFormat)
                                                        : QString()};
        for (int column = 0; column < 6; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            if (column == 0) {
                item->setData(Qt::UserRole, i);
                item->setData(Qt::UserRole + 1, p.id);
            }
            m_table->setItem(row, column, item);
        }
        if (selected.contains(p.id))
            m_table->selectRow(row);
    }
    m_table->setVisible(m_table->rowCount() > 0);
    m_empty->setVisible(m_table->rowCount() == 0);
    updateButtons();
}

QList<int> ProposalQueue::selected() const
{
    QList<int> indexes;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(0);
    for (const QModelIndex& row : rows)
        if (const QTableWidgetItem* item = m_table->item(row.row(), 0))
            indexes << item->data(Qt::UserRole).toInt();
    std::sort(indexes.begin(), indexes.end());
    return indexes;
}

void ProposalQueue::updateButtons()
{
    const qsizetype n = selected().size();
    m_accept->setEnabled(n > 0);
    m_reject->setEnabled(n > 0);
    m_accept->setText(n > 1 ? SessionsView::tr("Accept %n", nullptr, int(n)) : SessionsView::tr("Accept"));
    m_reject->setText(n > 1 ? SessionsView::tr("Reject %n…", nullptr, int(n)) : SessionsView::tr("Reject…"));
}

void ProposalQueue::acceptSelected()
{
    QList<commands::ProposalDecision> decisions;
    QStringList who;
    const QList<int> chosen = selected();
    for (int i : chosen) {
        const LevelProposal p = m_context.pending().value(i);
        for (const Session& s : m_context.sessions())
            for (const ApplyTask& t : s.tasks)
                if (t.id == p.applyTaskId) {
                    decisions.append({p, t.personId, s.title, t.outcome});
                    if (!who.contains(m_context.people().value(t.personId)))
                        who << m_context.people().value(t.personId);
                }
    }
    if (decisions.isEmpty())
        return;
    if (auto done = commands::TransferEdits::acceptAll(m_context.workspace(), decisions); !done)
        Prompter::current()->error(this, SessionsView::tr("Accept proposal"), done.error().message);
    else
        Q_EMIT statusMessage(
            SessionsView::tr("Accepted %n level proposal(s) for %1: recorded as the lead's assessment.", nullptr,
                             int(decisions.size()))
                .arg(QLocale().createSeparatedList(who)));
}

void ProposalQueue::rejectSelected()
{
    QList<LevelProposal> proposals;
    const QList<int> chosen = selected();
    for (int i : chosen)
        proposals << m_context.pending().value(i);
    if (proposals.isEmpty())
        return;
    const QString reason =
        Prompter::current()->text(this, SessionsView::tr("Reject proposal"),
                                  SessionsView::tr("Why not yet? The attendee will see this."), QString());
    if (reason.trimmed().isEmpty())
        return;
    if (auto done = commands::TransferEdits::rejectAll(m_context.workspace(), proposals, reason); !done)
        Prompter::current()->error(this, SessionsView::tr("Reject proposal"), done.error().message);
    else
        Q_EMIT statusMessage(SessionsView::tr("Rejected %n level proposal(s).", nullptr, int(proposals.size())));
}

} // namespace coe::ui
