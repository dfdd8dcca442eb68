// SPDX-License-Identifier: GPL-3.0-or-later
// Its texts keep the SessionsView context (SessionsView::tr), so the translations still apply.
#include "views/applytasktable.h"

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

ApplyTaskTable::ApplyTaskTable(SessionsContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("taskTable"));
    m_table->setHorizontalHeaderLabels({SessionsView::tr("Attendee"), SessionsView::tr("Apply task"),
                                        SessionsView::tr("Due"), SessionsView::tr("Done"),
                                        SessionsView::tr("Outcome")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setToolTip(SessionsView::tr("Double-click a task or its due date (YYYY-MM-DD) to change it"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    auto* done = new QPushButton(SessionsView::tr("Mark done…"), this);
    done->setObjectName(QStringLiteral("markTaskDone"));
    done->setToolTip(
        SessionsView::tr("Record the outcome; this proposes the attendee's next level in the session's skills"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* head = new QHBoxLayout;
    head->addWidget(new QLabel(SessionsView::tr("<b>Apply tasks</b>"), this), 1);
    head->addWidget(done);
    layout->addLayout(head);
    layout->addWidget(m_table);

    connect(done, &QPushButton::clicked, this, &ApplyTaskTable::markDone);
    connect(m_table, &QTableWidget::itemChanged, this, &ApplyTaskTable::save);
}

void ApplyTaskTable::setTasks(const QList<ApplyTask>& tasks)
{
    const bool filling = m_filling;
    m_filling = true;
    m_table->setRowCount(0);
    const auto readOnly = [](const QString& text) {
        auto* item = new QTableWidgetItem(text);
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        return item;
    };
    for (const ApplyTask& t : tasks) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QTableWidgetItem* who = readOnly(m_context.people().value(t.personId));
        who->setData(Qt::UserRole, t.id);
        m_table->setItem(row, 0, who);
        m_table->setItem(row, 1, new QTableWidgetItem(t.description));
        m_table->setItem(row, 2, new QTableWidgetItem(t.dueOn.toString(Qt::ISODate)));
        m_table->setItem(row, 3,
                         readOnly(t.doneOn.isValid() ? QLocale().toString(t.doneOn, QLocale::ShortFormat) : QString()));
        m_table->setItem(row, 4, readOnly(t.outcome));
    }
    m_filling = filling;
}

const ApplyTask* ApplyTaskTable::task(int row) const
{
    const Session* s = m_context.current();
    if (!s)
        return nullptr;
    const Id taskId = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    const auto task =
        std::find_if(s->tasks.cbegin(), s->tasks.cend(), [taskId](const ApplyTask& t) { return t.id == taskId; });
    return task == s->tasks.cend() ? nullptr : &*task;
}

void ApplyTaskTable::save(QTableWidgetItem* item)
{
    if (m_filling || !m_context.current() || (item->column() != 1 && item->column() != 2))
        return;
    const ApplyTask* task = this->task(item->row());
    if (!task)
        return;
    const ApplyTask copy = *task;
    const QString due = m_table->item(item->row(), 2)->text().trimmed();
    const QDate date = QDate::fromString(due, Qt::ISODate);
    Result<void> edited =
        !due.isEmpty() && !date.isValid()
            ? Result<void>(Error{Error::Invalid, SessionsView::tr("The due date is YYYY-MM-DD, not “%1”.").arg(due)})
            : commands::TransferEdits::editTask(m_context.workspace(), copy, m_table->item(item->row(), 1)->text(),
                                                date);
    if (edited)
        Q_EMIT statusMessage(SessionsView::tr("Saved %1's Apply task.").arg(m_context.people().value(copy.personId)));
    if (!edited) {
        Prompter::current()->error(this, SessionsView::tr("Apply task"), edited.error().message);
        // Put the cell back to what is saved; the rest of the editor keeps its changes.
        const bool filling = m_filling;
        m_filling = true;
        item->setText(item->column() == 1 ? copy.description : copy.dueOn.toString(Qt::ISODate));
        m_filling = filling;
    }
}

void ApplyTaskTable::markDone()
{
    const Session* s = m_context.current();
    const int row = m_table->currentRow();
    if (!s || row < 0 || s->id == 0)
        return;
    const ApplyTask* task = this->task(row);
    if (!task)
        return;
    // Copies: a reload while the question is open replaces the sessions s and task point into.
    const Session session = *s;
    const ApplyTask copy = *task;
    const QString outcome = Prompter::current()->text(
        this, SessionsView::tr("Apply task done"),
        SessionsView::tr("What did %1 do, and how did it go?").arg(m_context.people().value(copy.personId)), QString());
    if (outcome.trimmed().isEmpty())
        return;
    const MatrixData* data = m_context.levels();
    if (!data)
        return;
    auto made = commands::TransferEdits::completeTask(m_context.workspace(), session, copy, QDate::currentDate(),
                                                      outcome, *data);
    if (!made) {
        Prompter::current()->error(this, SessionsView::tr("Apply task done"), made.error().message);
        return;
    }
    Q_EMIT statusMessage(SessionsView::tr("%n level proposal(s) wait in the review queue.", nullptr, made.value()));
}

} // namespace coe::ui
