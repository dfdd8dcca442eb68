// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/transfer.h"

#include <QWidget>

namespace coe::ui {

/// A week, Monday to Sunday, 08:00–19:00 widened to fit every session in it, with the sessions
/// that start in it; clicking one selects it, hovering one tells its time and whole title (a
/// day's column is often narrower than the title).
class WeekView : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    void setWeek(const QDate& monday);
    QDate monday() const { return m_monday; }
    /// @p sessions must outlive the view or be set again.
    void setSessions(const QList<Session>* sessions, Id selected);
    /// Where session @p id is drawn (empty when it is not in this week).
    QRectF sessionRect(Id id) const;
    /// The tooltip at @p pos: day and time, the whole title, attendees; empty off the sessions.
    QString toolTipAt(const QPointF& pos) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void sessionClicked(coe::Id id);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    QRectF area() const;
    bool inWeek(const Session& s) const;
    void fitHours();
    int hours() const { return std::max(1, m_last - m_first); }
    QRectF blockOf(const Session& s) const;

    QDate m_monday;
    const QList<Session>* m_sessions = nullptr;
    Id m_selected = 0;
    int m_first = 8; ///< first hour shown
    int m_last = 19; ///< hour the view ends
};

} // namespace coe::ui
