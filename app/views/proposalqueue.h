// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace coe::ui {

class SessionsContext;

/// The review queue, the Sessions view's second tab: the level changes that finished Apply
/// tasks propose (person, skill, from → to, session, outcome, date), for the lead to accept —
/// recorded as the lead's assessments — or to reject with a reason, one or several at once.
class ProposalQueue : public QWidget
{
    Q_OBJECT

public:
    ProposalQueue(SessionsContext& context, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QPushButton* acceptButton() const { return m_accept; }
    QPushButton* rejectButton() const { return m_reject; }
    /// Lists the context's pending proposals, keeping the selection.
    void fill();
    void acceptSelected();
    void rejectSelected();

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    /// The selected rows, as indexes into the context's pending proposals.
    QList<int> selected() const;
    void updateButtons();

    SessionsContext& m_context;
    QTableWidget* m_table = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_reject = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace coe::ui
