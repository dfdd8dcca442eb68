// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/transfer.h"

#include <QWidget>

namespace coe::ui {

/// A week, Monday to Sunday, 08:00–19:00 widened to fit every session in it, with the sessions
/// that start in it; clicking one selects it.
class WeekView : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    void setWeek(const QDate& monday);
    QDate monday() const { return m_monday; }
    /// @p sessions must outlive the view or be set again.
    void setSessions(const QList<Session>* sessions, Id selected);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void sessionClicked(coe::Id id);

protected:
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
