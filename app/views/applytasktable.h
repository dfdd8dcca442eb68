// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/transfer.h"

#include <QWidget>

class QTableWidget;
class QTableWidgetItem;

namespace coe::ui {

class SessionsContext;

/// The Apply tasks of the session shown, one per attendee: what and by when (edited in place,
/// each change saved as one undo step), and Mark done, whose outcome proposes the attendee's
/// next level in the session's skills.
class ApplyTaskTable : public QWidget
{
    Q_OBJECT

public:
    ApplyTaskTable(SessionsContext& context, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    void setTasks(const QList<ApplyTask>& tasks);
    /// Asks for the outcome of the current row's task and records it.
    void markDone();

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    /// The task of the session shown that @p row holds, or nullptr.
    const ApplyTask* task(int row) const;
    /// Saves a changed description or due date; a refused one goes back to what is saved.
    void save(QTableWidgetItem* item);

    SessionsContext& m_context;
    QTableWidget* m_table = nullptr;
    bool m_filling = false;
};

} // namespace coe::ui
