// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/transfer.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QToolButton;

namespace coe::ui {

class SessionsContext;
class WeekView;

/// The left of the Sessions view: a calendar of a day, a week or a month with buttons to turn
/// it, the list of every session, and the button that starts a new one. Times are on the
/// user's clock; a session planned in a zone whose clock differs shows its own time too.
class SessionCalendar : public QWidget
{
    Q_OBJECT

public:
    explicit SessionCalendar(QWidget* parent = nullptr);

    WeekView* week() const { return m_week; }
    QListWidget* list() const { return m_list; }
    /// Lists the context's sessions, on the user's clock, with @p current selected.
    void setSessions(const SessionsContext& context, Id current);
    /// Turns the calendar to @p day when the span shown does not hold it.
    void reveal(const QDate& day);

Q_SIGNALS:
    void sessionChosen(coe::Id id);
    void newSessionRequested();

private:
    void showCalendar();

    WeekView* m_week = nullptr;
    QLabel* m_weekLabel = nullptr;
    QLabel* m_zone = nullptr; ///< names the user's zone when a session's own differs
    QList<Session> m_shown;   ///< the sessions with their starts on the user's clock
    QListWidget* m_list = nullptr;
    QList<QToolButton*> m_spans;
};

} // namespace coe::ui
