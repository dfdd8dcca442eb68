// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/transfer.h"

#include <QWidget>

namespace coe::ui {

/// The sessions on a calendar: one day, a week (Monday to Friday, the weekend only when a
/// session falls on it) or a month overview. Day and week show 08:00–19:00 widened to fit
/// every session, each block with its time and the distinctive part of its title (a prefix
/// every title shares, or a "Bite-size:" style label, is left off); the month lists each day's
/// sessions. Clicking one selects it, clicking a day of the month opens that day, hovering a
/// session tells its day, time, whole title and attendees.
class WeekView : public QWidget
{
    Q_OBJECT

public:
    enum Span
    {
        Day,   ///< one day
        Week,  ///< the week of the date
        Month, ///< the month of the date, a row per week
    };
    Q_ENUM(Span)

    using QWidget::QWidget;

    void setSpan(Span span);
    Span span() const { return m_span; }
    /// Shows the day, week or month holding @p date.
    void setDate(const QDate& date);
    QDate date() const { return m_date; }
    /// Kept for callers that think in weeks: the week of @p monday.
    void setWeek(const QDate& monday) { setDate(monday); }
    QDate monday() const { return m_date.addDays(1 - m_date.dayOfWeek()); }
    /// The first and last day shown.
    QDate firstDay() const;
    QDate lastDay() const;
    /// Moves by one span (a day, a week, a month) forwards (@p steps > 0) or back.
    void step(int steps);
    /// The days drawn as columns (day and week spans).
    QList<QDate> columns() const;
    /// @p sessions must outlive the view or be set again.
    void setSessions(const QList<Session>* sessions, Id selected);
    /// A line for a session's tooltip, such as its time in its own zone; the session's time
    /// then carries a small mark (◷) that says there is more to hover for.
    void setNotes(const QHash<Id, QString>& notes);
    /// Where session @p id is drawn (empty when it is not shown).
    QRectF sessionRect(Id id) const;
    /// The text drawn for session @p id: its start and its distinctive title.
    QString label(Id id) const;
    /// The tooltip at @p pos: day and time, the whole title, attendees; empty off the sessions.
    QString toolTipAt(const QPointF& pos) const;
    /// @p title without what it shares with every title of @p all and without a short
    /// "Label:" prefix; the whole title when nothing would be left.
    static QString distinctTitle(const QString& title, const QStringList& all);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void sessionClicked(coe::Id id);
    /// A day of the month overview was clicked away from its sessions.
    void dayClicked(const QDate& day);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    struct Block
    {
        const Session* session;
        QRectF rect;
    };
    QRectF area() const;
    bool shown(const Session& s) const;
    void refit();
    int hours() const { return std::max(1, m_last - m_first); }
    /// Where each shown session is drawn, for the current size.
    QList<Block> blocks() const;
    QRectF dayCell(const QDate& day) const;
    int weeksShown() const;
    void paintHours(QPainter& p);
    void paintMonth(QPainter& p);

    Span m_span = Week;
    QDate m_date = QDate::currentDate();
    const QList<Session>* m_sessions = nullptr;
    QHash<Id, QString> m_titles; ///< the distinctive part of each title
    QHash<Id, QString> m_notes;  ///< a tooltip line per session, see setNotes()
    Id m_selected = 0;
    int m_first = 8;        ///< first hour shown
    int m_last = 19;        ///< hour the view ends
    bool m_weekend = false; ///< the week shows Saturday and Sunday
};

} // namespace coe::ui
