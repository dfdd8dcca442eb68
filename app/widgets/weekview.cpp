// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/weekview.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace coe::ui {

void WeekView::setWeek(const QDate& monday)
{
    m_monday = monday;
    fitHours();
    update();
}

void WeekView::setSessions(const QList<Session>* sessions, Id selected)
{
    m_sessions = sessions;
    m_selected = selected;
    fitHours();
    update();
}

QSize WeekView::sizeHint() const
{
    return QSize(420, fontMetrics().height() * 16);
}

QSize WeekView::minimumSizeHint() const
{
    return QSize(280, fontMetrics().height() * 12);
}

QRectF WeekView::area() const
{
    return QRectF(34, fontMetrics().height() + 6, width() - 36, height() - fontMetrics().height() - 8);
}

bool WeekView::inWeek(const Session& s) const
{
    const qint64 column = m_monday.daysTo(s.startsAt.date());
    return column >= 0 && column <= 6;
}

void WeekView::fitHours()
{
    m_first = 8;
    m_last = 19;
    if (!m_sessions)
        return;
    for (const Session& s : *m_sessions) {
        if (!inWeek(s))
            continue;
        m_first = std::min(m_first, s.startsAt.time().hour());
        const QTime end = s.startsAt.addSecs(qint64(s.durationMinutes) * 60).time();
        m_last = std::max(m_last, std::min(24, end.hour() + (end.minute() > 0 ? 1 : 0)));
    }
}

QRectF WeekView::blockOf(const Session& s) const
{
    const QRectF a = area();
    const qreal day = a.width() / 7;
    const qreal hour = a.height() / hours();
    const int column = int(m_monday.daysTo(s.startsAt.date()));
    const qreal top = a.top() + (s.startsAt.time().msecsSinceStartOfDay() / 3600000.0 - m_first) * hour;
    return QRectF(a.left() + column * day + 1, std::max(a.top(), top), day - 2, std::max(6.0, s.durationMinutes / 60.0 * hour));
}

void WeekView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF a = area();
    const qreal day = a.width() / 7;
    const qreal hour = a.height() / hours();
    p.fillRect(rect(), palette().color(QPalette::Base));
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    p.setFont(small);
    for (int d = 0; d < 7; ++d) {
        const QDate date = m_monday.addDays(d);
        const QRectF head(a.left() + d * day, 0, day, a.top() - 2);
        if (date == QDate::currentDate())
            p.fillRect(QRectF(a.left() + d * day, a.top(), day, a.height()), palette().color(QPalette::AlternateBase));
        p.setPen(palette().color(QPalette::Text));
        p.drawText(head, Qt::AlignCenter, QLocale().toString(date, QStringLiteral("ddd d")));
    }
    p.setPen(QPen(palette().color(QPalette::Mid), 0.5));
    for (int h = 0; h <= hours(); h += 1) {
        const qreal y = a.top() + h * hour;
        p.drawLine(QPointF(a.left(), y), QPointF(a.right(), y));
        if ((m_first + h) % 2 == 0)
            p.drawText(QRectF(0, y - 8, 30, 16), Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("%1").arg(m_first + h, 2, 10, QLatin1Char('0')));
    }
    for (int d = 0; d <= 7; ++d)
        p.drawLine(QPointF(a.left() + d * day, a.top()), QPointF(a.left() + d * day, a.bottom()));
    if (!m_sessions)
        return;
    for (const Session& s : *m_sessions) {
        if (!inWeek(s))
            continue;
        const QRectF r = blockOf(s);
        const QColor accent = s.id == m_selected ? palette().color(QPalette::Highlight) : QColor(0x2c, 0x7f, 0xb8);
        p.setPen(QPen(accent.darker(110), 1));
        p.setBrush(s.id == m_selected ? accent : accent.lighter(170));
        p.drawRoundedRect(r, 3, 3);
        p.setPen(s.id == m_selected ? palette().color(QPalette::HighlightedText) : QColor(0x10, 0x20, 0x30));
        p.drawText(r.adjusted(3, 1, -2, -1), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, s.title);
    }
}

QRectF WeekView::sessionRect(Id id) const
{
    if (m_sessions) {
        for (const Session& s : *m_sessions)
            if (s.id == id && inWeek(s))
                return blockOf(s);
    }
    return {};
}

QString WeekView::toolTipAt(const QPointF& pos) const
{
    if (!m_sessions)
        return {};
    for (const Session& s : *m_sessions) {
        if (!inWeek(s) || !blockOf(s).contains(pos))
            continue;
        const QDateTime end = s.startsAt.addSecs(qint64(s.durationMinutes) * 60);
        return tr("%1, %2–%3\n%4\n%n attendee(s)", nullptr, int(s.attendees.size()))
            .arg(QLocale().toString(s.startsAt.date(), QStringLiteral("ddd d MMM")), s.startsAt.toString(QStringLiteral("HH:mm")),
                 end.toString(QStringLiteral("HH:mm")), s.title);
    }
    return {};
}

bool WeekView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

void WeekView::mousePressEvent(QMouseEvent* event)
{
    if (!m_sessions)
        return;
    for (const Session& s : *m_sessions)
        if (inWeek(s) && blockOf(s).contains(event->position()))
            Q_EMIT sessionClicked(s.id);
}

} // namespace coe::ui
