// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/weekview.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QTextLayout>
#include <QToolTip>

#include <algorithm>

namespace coe::ui {

namespace {

const QColor kAccent(0x2c, 0x7f, 0xb8);
const QColor kInk(0x10, 0x20, 0x30);

QDate mondayOf(const QDate& date)
{
    return date.addDays(1 - date.dayOfWeek());
}

QString clock(const QDateTime& at)
{
    return at.toString(QStringLiteral("HH:mm"));
}

/// Draws @p text wrapped in @p box from its top; the last line that fits is elided.
void drawWrapped(QPainter& p, const QRectF& box, const QString& text, const QFont& font)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine())
        line.setLineWidth(box.width());
    layout.endLayout();
    p.setFont(font);
    qreal y = box.top();
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        if (i > 0 && y + line.height() > box.bottom() + 1)
            break;
        const bool last =
            i + 1 < layout.lineCount() && y + line.height() + layout.lineAt(i + 1).height() > box.bottom() + 1;
        QString part = text.mid(line.textStart(), last ? -1 : line.textLength()).trimmed();
        if (last || i == 0)
            part = QFontMetricsF(font).elidedText(part, Qt::ElideRight, box.width());
        p.drawText(QPointF(box.left(), y + line.ascent()), part);
        y += line.height();
        if (last)
            break;
    }
}

} // namespace

QString WeekView::distinctTitle(const QString& title, const QStringList& all)
{
    QString rest = title.trimmed();
    // What every title starts with, cut back to a word boundary.
    if (all.size() >= 2) {
        QString shared = all.first().trimmed();
        for (const QString& other : all) {
            const QString t = other.trimmed();
            qsizetype n = 0;
            while (n < shared.size() && n < t.size() && shared.at(n) == t.at(n))
                ++n;
            shared.truncate(n);
        }
        while (!shared.isEmpty() && !shared.endsWith(QLatin1Char(' ')))
            shared.chop(1);
        if (!shared.isEmpty() && rest.size() > shared.size())
            rest = rest.mid(shared.size()).trimmed();
    }
    // A short label before a colon: "Bite-size: Terraform state" reads "Terraform state".
    const qsizetype colon = rest.indexOf(QLatin1String(": "));
    if (colon > 0 && colon <= 24 && QStringView(rest).left(colon).count(QLatin1Char(' ')) <= 2 &&
        colon + 2 < rest.size())
        rest = rest.mid(colon + 2).trimmed();
    return rest.isEmpty() ? title : rest;
}

void WeekView::setSpan(Span span)
{
    m_span = span;
    refit();
    update();
}

void WeekView::setDate(const QDate& date)
{
    if (!date.isValid())
        return;
    m_date = date;
    refit();
    update();
}

void WeekView::step(int steps)
{
    switch (m_span) {
    case Day:
        setDate(m_date.addDays(steps));
        break;
    case Week:
        setDate(m_date.addDays(qint64(7) * steps));
        break;
    case Month:
        setDate(QDate(m_date.year(), m_date.month(), 1).addMonths(steps));
        break;
    }
}

QDate WeekView::firstDay() const
{
    switch (m_span) {
    case Day:
        return m_date;
    case Week:
        return mondayOf(m_date);
    case Month:
        return mondayOf(QDate(m_date.year(), m_date.month(), 1));
    }
    return m_date;
}

QDate WeekView::lastDay() const
{
    switch (m_span) {
    case Day:
        return m_date;
    case Week:
        return mondayOf(m_date).addDays(6);
    case Month: {
        const QDate last(m_date.year(), m_date.month(), m_date.daysInMonth());
        return mondayOf(last).addDays(6);
    }
    }
    return m_date;
}

int WeekView::weeksShown() const
{
    return int(firstDay().daysTo(lastDay()) + 1) / 7;
}

QList<QDate> WeekView::columns() const
{
    QList<QDate> days;
    if (m_span == Day)
        return {m_date};
    const QDate monday = m_span == Week ? mondayOf(m_date) : firstDay();
    for (int d = 0; d < 7; ++d)
        if (d < 5 || m_weekend || m_span == Month)
            days << monday.addDays(d);
    return days;
}

void WeekView::setSessions(const QList<Session>* sessions, Id selected)
{
    m_sessions = sessions;
    m_selected = selected;
    m_titles.clear();
    if (sessions) {
        QStringList all;
        for (const Session& s : *sessions)
            all << s.title;
        for (const Session& s : *sessions)
            m_titles.insert(s.id, distinctTitle(s.title, all));
    }
    refit();
    update();
}

void WeekView::setNotes(const QHash<Id, QString>& notes)
{
    m_notes = notes;
    update();
}

QSize WeekView::sizeHint() const
{
    return QSize(fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 22);
}

QSize WeekView::minimumSizeHint() const
{
    return QSize(fontMetrics().averageCharWidth() * 40, fontMetrics().height() * 12);
}

QRectF WeekView::area() const
{
    const QFontMetrics fm(font());
    const qreal axis = m_span == Month ? 2 : fm.horizontalAdvance(QStringLiteral("00:00")) + 10;
    const qreal head = fm.height() + 8;
    return QRectF(axis, head, width() - axis - 2, height() - head - 2);
}

bool WeekView::shown(const Session& s) const
{
    const QDate day = s.startsAt.date();
    if (day < firstDay() || day > lastDay())
        return false;
    return m_span == Month || columns().contains(day);
}

void WeekView::refit()
{
    m_first = 8;
    m_last = 19;
    m_weekend = false;
    if (!m_sessions)
        return;
    const QDate monday = mondayOf(m_date);
    for (const Session& s : *m_sessions) {
        const QDate day = s.startsAt.date();
        if (m_span == Week && day >= monday.addDays(5) && day <= monday.addDays(6))
            m_weekend = true;
    }
    for (const Session& s : *m_sessions) {
        if (!shown(s))
            continue;
        m_first = std::min(m_first, s.startsAt.time().hour());
        const QTime end = s.startsAt.addSecs(qint64(s.durationMinutes) * 60).time();
        m_last = std::max(m_last, std::min(24, end.hour() + (end.minute() > 0 ? 1 : 0)));
    }
}

QRectF WeekView::dayCell(const QDate& day) const
{
    const QRectF a = area();
    const int weeks = std::max(1, weeksShown());
    const qreal w = a.width() / 7;
    const qreal h = a.height() / weeks;
    const qint64 index = firstDay().daysTo(day);
    const qint64 week = index / 7; // the row, counted in whole weeks
    return QRectF(a.left() + qreal(index % 7) * w, a.top() + qreal(week) * h, w, h);
}

QList<WeekView::Block> WeekView::blocks() const
{
    QList<Block> out;
    if (!m_sessions)
        return out;
    const QRectF a = area();
    if (m_span == Month) {
        const qreal line = QFontMetricsF(font()).height() * 0.9 + 2;
        QHash<QDate, int> used;
        QList<const Session*> ordered;
        for (const Session& s : *m_sessions)
            if (shown(s))
                ordered << &s;
        std::stable_sort(ordered.begin(), ordered.end(),
                         [](const Session* x, const Session* y) { return x->startsAt < y->startsAt; });
        for (const Session* s : std::as_const(ordered)) {
            const QRectF cell = dayCell(s->startsAt.date());
            const int n = used[s->startsAt.date()]++;
            const QRectF r(cell.left() + 2, cell.top() + line + 2 + n * line, cell.width() - 4, line - 1);
            if (r.bottom() <= cell.bottom())
                out.append({s, r});
        }
        return out;
    }
    const QList<QDate> days = columns();
    const qreal day = a.width() / std::max<qsizetype>(1, days.size());
    const qreal hour = a.height() / hours();
    for (int c = 0; c < days.size(); ++c) {
        // Sessions of one day that overlap share its width.
        QList<const Session*> today;
        for (const Session& s : *m_sessions)
            if (s.startsAt.date() == days.at(c))
                today << &s;
        std::stable_sort(today.begin(), today.end(),
                         [](const Session* x, const Session* y) { return x->startsAt < y->startsAt; });
        QList<QDateTime> laneEnds;
        QList<int> lanes;
        for (const Session* s : std::as_const(today)) {
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.at(lane) > s->startsAt)
                ++lane;
            const QDateTime end = s->startsAt.addSecs(qint64(s->durationMinutes) * 60);
            if (lane == laneEnds.size())
                laneEnds << end;
            else
                laneEnds[lane] = end;
            lanes << lane;
        }
        const int laneCount = std::max<int>(1, int(laneEnds.size()));
        for (int i = 0; i < today.size(); ++i) {
            const Session* s = today.at(i);
            const qreal width = (day - 4) / laneCount;
            const qreal top = a.top() + (s->startsAt.time().msecsSinceStartOfDay() / 3600000.0 - m_first) * hour;
            out.append({s, QRectF(a.left() + c * day + 2 + lanes.at(i) * width, std::max(a.top(), top), width - 1,
                                  std::max(8.0, s->durationMinutes / 60.0 * hour - 1))});
        }
    }
    return out;
}

void WeekView::paintHours(QPainter& p)
{
    const QRectF a = area();
    const QList<QDate> days = columns();
    const qreal day = a.width() / std::max<qsizetype>(1, days.size());
    const qreal hour = a.height() / hours();
    const QColor text = palette().color(QPalette::Text);
    QFont bold = font();
    bold.setBold(true);
    for (int d = 0; d < days.size(); ++d) {
        const QDate date = days.at(d);
        const QRectF head(a.left() + d * day, 0, day, a.top() - 2);
        const bool today = date == QDate::currentDate();
        if (today)
            p.fillRect(QRectF(a.left() + d * day, a.top(), day, a.height()), palette().color(QPalette::AlternateBase));
        p.setPen(text);
        p.setFont(today ? bold : font());
        const QString wide =
            QLocale().toString(date, m_span == Day ? QStringLiteral("dddd d MMMM yyyy") : QStringLiteral("ddd d MMM"));
        const QString name = QFontMetricsF(p.font()).horizontalAdvance(wide) < day - 4
                                 ? wide
                                 : QLocale().toString(date, QStringLiteral("ddd d"));
        p.drawText(head, Qt::AlignCenter, name);
    }
    p.setFont(font());
    const QColor line = palette().color(QPalette::Mid);
    const bool everyHour = hour >= QFontMetricsF(font()).height() + 2;
    for (int h = 0; h <= hours(); ++h) {
        const qreal y = a.top() + h * hour;
        p.setPen(QPen(line, 0.5));
        p.drawLine(QPointF(a.left(), y), QPointF(a.right(), y));
        if ((everyHour || (m_first + h) % 2 == 0) && h < hours()) {
            p.setPen(text);
            p.drawText(QRectF(0, y - 9, a.left() - 5, 18), Qt::AlignRight | Qt::AlignVCenter,
                       QStringLiteral("%1:00").arg(m_first + h, 2, 10, QLatin1Char('0')));
        }
    }
    p.setPen(QPen(line, 0.5));
    for (int d = 0; d <= days.size(); ++d)
        p.drawLine(QPointF(a.left() + d * day, a.top()), QPointF(a.left() + d * day, a.bottom()));

    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    const QList<Block> visible = blocks();
    for (const Block& b : visible) {
        const Session& s = *b.session;
        const bool selected = s.id == m_selected;
        const QColor accent = selected ? palette().color(QPalette::Highlight) : kAccent;
        p.setPen(QPen(accent.darker(110), 1));
        p.setBrush(selected ? accent : accent.lighter(170));
        p.drawRoundedRect(b.rect, 3, 3);
        p.setPen(selected ? palette().color(QPalette::HighlightedText) : kInk);
        const QRectF inner = b.rect.adjusted(4, 2, -3, -2);
        p.save();
        p.setClipRect(b.rect);
        const qreal lineHeight = QFontMetricsF(bold).height();
        if (inner.height() < QFontMetricsF(small).height() + 2 * lineHeight) {
            // Short: the time runs into the title, which may wrap.
            drawWrapped(p, inner, label(s.id), bold);
        } else {
            QString when =
                clock(s.startsAt) + QStringLiteral("–") + clock(s.startsAt.addSecs(qint64(s.durationMinutes) * 60));
            if (m_notes.contains(s.id))
                when += QStringLiteral(" ◷");
            if (m_span == Day && !s.location.isEmpty())
                when += QStringLiteral(" · ") + s.location;
            p.setFont(small);
            p.drawText(QRectF(inner.left(), inner.top(), inner.width(), QFontMetricsF(small).height()),
                       Qt::AlignLeft | Qt::AlignTop,
                       QFontMetricsF(small).elidedText(when, Qt::ElideRight, inner.width()));
            drawWrapped(p, inner.adjusted(0, QFontMetricsF(small).height(), 0, 0), m_titles.value(s.id, s.title), bold);
        }
        p.restore();
    }
}

void WeekView::paintMonth(QPainter& p)
{
    const QRectF a = area();
    const QColor text = palette().color(QPalette::Text);
    const qreal w = a.width() / 7;
    for (int d = 0; d < 7; ++d) {
        p.setPen(text);
        p.drawText(QRectF(a.left() + d * w, 0, w, a.top() - 2), Qt::AlignCenter,
                   QLocale().standaloneDayName(d + 1, QLocale::ShortFormat));
    }
    QFont bold = font();
    bold.setBold(true);
    const QList<Block> placed = blocks();
    for (QDate day = firstDay(); day <= lastDay(); day = day.addDays(1)) {
        const QRectF cell = dayCell(day);
        const bool inMonth = day.month() == m_date.month();
        if (day == QDate::currentDate())
            p.fillRect(cell, palette().color(QPalette::AlternateBase));
        p.setPen(QPen(palette().color(QPalette::Mid), 0.5));
        p.setBrush(Qt::NoBrush);
        p.drawRect(cell);
        p.setFont(day == QDate::currentDate() ? bold : font());
        p.setPen(inMonth ? text : palette().color(QPalette::PlaceholderText));
        p.drawText(cell.adjusted(4, 1, -4, 0), Qt::AlignLeft | Qt::AlignTop, QString::number(day.day()));
        int hidden = 0;
        for (const Session& s : m_sessions ? *m_sessions : QList<Session>())
            if (s.startsAt.date() == day)
                hidden +=
                    std::none_of(placed.cbegin(), placed.cend(), [&s](const Block& b) { return b.session->id == s.id; })
                        ? 1
                        : 0;
        if (hidden > 0) {
            p.setPen(palette().color(QPalette::PlaceholderText));
            p.drawText(cell.adjusted(4, 1, -4, 0), Qt::AlignRight | Qt::AlignTop, tr("+%1 more").arg(hidden));
        }
    }
    for (const Block& b : placed) {
        const bool selected = b.session->id == m_selected;
        p.setPen(Qt::NoPen);
        p.setBrush(selected ? palette().color(QPalette::Highlight) : kAccent.lighter(170));
        p.drawRoundedRect(b.rect, 2, 2);
        p.setPen(selected ? palette().color(QPalette::HighlightedText) : kInk);
        p.setFont(font());
        // Narrow days keep the title and leave the time to the tooltip.
        const QFontMetricsF metrics(font());
        const QString full = label(b.session->id);
        const QString shown = metrics.horizontalAdvance(full) <= b.rect.width() - 5
                                  ? full
                                  : m_titles.value(b.session->id, b.session->title);
        p.drawText(b.rect.adjusted(3, 0, -2, 0), Qt::AlignLeft | Qt::AlignVCenter,
                   metrics.elidedText(shown, Qt::ElideRight, b.rect.width() - 5));
    }
}

void WeekView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().color(QPalette::Base));
    if (m_span == Month)
        paintMonth(p);
    else
        paintHours(p);
}

QString WeekView::label(Id id) const
{
    if (m_sessions)
        for (const Session& s : *m_sessions)
            if (s.id == id)
                return clock(s.startsAt) + (m_notes.contains(s.id) ? QStringLiteral("◷ ") : QStringLiteral(" ")) +
                       m_titles.value(s.id, s.title);
    return {};
}

QRectF WeekView::sessionRect(Id id) const
{
    const QList<Block> visible = blocks();
    for (const Block& b : visible)
        if (b.session->id == id)
            return b.rect;
    return {};
}

QString WeekView::toolTipAt(const QPointF& pos) const
{
    const QList<Block> visible = blocks();
    for (const Block& b : visible) {
        if (!b.rect.contains(pos))
            continue;
        const Session& s = *b.session;
        const QDateTime end = s.startsAt.addSecs(qint64(s.durationMinutes) * 60);
        const QString tip = tr("%1, %2–%3\n%4\n%n attendee(s)", nullptr, int(s.attendees.size()))
                                .arg(QLocale().toString(s.startsAt.date(), QStringLiteral("ddd d MMM")),
                                     clock(s.startsAt), clock(end), s.title);
        return m_notes.contains(s.id) ? tip + QLatin1Char('\n') + m_notes.value(s.id) : tip;
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
    const QList<Block> visible = blocks();
    for (const Block& b : visible)
        if (b.rect.contains(event->position())) {
            Q_EMIT sessionClicked(b.session->id);
            return;
        }
    if (m_span == Month && area().contains(event->position()))
        for (QDate day = firstDay(); day <= lastDay(); day = day.addDays(1))
            if (dayCell(day).contains(event->position())) {
                Q_EMIT dayClicked(day);
                return;
            }
}

} // namespace coe::ui
