// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/timetable.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDrag>
#include <QHelpEvent>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextLayout>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace coe::ui {

namespace {

constexpr int kHeader = 44;
constexpr int kLead = 12; ///< room above the first hour, so its label is not under the room names
constexpr int kAxis = 58;
constexpr int kMinimumColumn = 150;
constexpr int kEdge = 6; ///< pixels at an item's bottom that resize it

QColor tint(const QColor& color, qreal amount, const QColor& base)
{
    return QColor::fromRgbF(float(base.redF() + (color.redF() - base.redF()) * amount),
                            float(base.greenF() + (color.greenF() - base.greenF()) * amount),
                            float(base.blueF() + (color.blueF() - base.blueF()) * amount));
}

QString clock(int minutes)
{
    return QTime(minutes / 60 % 24, minutes % 60).toString(QStringLiteral("HH:mm"));
}

/// Draws @p lines (text, font, colour) into @p box, wrapping; the last line that fits is
/// elided. Nothing is drawn outside the box.
void drawLines(QPainter& p, const QRect& box, const QList<std::tuple<QString, QFont, QColor>>& lines)
{
    p.save();
    p.setClipRect(box);
    qreal y = box.top();
    for (const auto& [text, font, color] : lines) {
        if (text.isEmpty())
            continue;
        QTextLayout layout(text, font);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine())
            line.setLineWidth(box.width());
        layout.endLayout();
        p.setFont(font);
        p.setPen(color);
        for (int i = 0; i < layout.lineCount(); ++i) {
            const QTextLine line = layout.lineAt(i);
            if (y + line.height() > box.bottom() + 1 && y > box.top())
                break; // the first line is drawn even when cut: a short item still shows its title
            const bool last =
                i + 1 < layout.lineCount() && y + line.height() + layout.lineAt(i + 1).height() > box.bottom() + 1;
            QString part = text.mid(line.textStart(), last ? -1 : line.textLength());
            if (last)
                part = QFontMetrics(font).elidedText(part.simplified(), Qt::ElideRight, box.width());
            p.drawText(QPointF(box.left(), y + line.ascent()), part.trimmed());
            y += line.height();
            if (last)
                break;
        }
    }
    p.restore();
}

} // namespace

TimetableWidget::TimetableWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("timetable"));
    setAcceptDrops(true);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void TimetableWidget::setSchedule(const Summit* summit, const QDate& day, const QList<Room>& rooms, Id track,
                                  const QHash<Id, QString>& people, const QList<SummitWarning>& warnings)
{
    m_summit = summit;
    m_day = day;
    m_rooms = rooms;
    m_track = track;
    m_people = people;
    m_warningsBySlot.clear();
    for (const SummitWarning& w : warnings)
        if (!w.acknowledged)
            for (Id slot : w.slotIds)
                m_warningsBySlot[slot].append(w.message);
    relayout();
}

void TimetableWidget::relayout()
{
    m_placed.clear();
    m_from = 9 * 60;
    m_to = 18 * 60;
    if (m_summit) {
        m_from = m_summit->dayStarts.msecsSinceStartOfDay() / 60000;
        m_to = m_summit->dayEnds.msecsSinceStartOfDay() / 60000;
        for (const SummitItem& item : m_summit->items) {
            for (const Slot& slot : item.slots) {
                if (slot.startsAt.date() != m_day)
                    continue;
                const auto column = std::find_if(m_rooms.cbegin(), m_rooms.cend(),
                                                 [&slot](const Room& r) { return r.id == slot.roomId; });
                if (column == m_rooms.cend())
                    continue;
                const int start = slot.startsAt.time().msecsSinceStartOfDay() / 60000;
                const int end = int(start + wallMinutes(slot.endsAt) - wallMinutes(slot.startsAt));
                m_placed.append({&item, &slot, int(column - m_rooms.cbegin()), start, end});
                m_from = std::min(m_from, start);
                m_to = std::max(m_to, end);
            }
        }
    }
    // Lanes: within a column, items that overlap are drawn side by side.
    std::sort(m_placed.begin(), m_placed.end(), [](const Placed& a, const Placed& b) {
        return std::tie(a.column, a.start, a.end) < std::tie(b.column, b.start, b.end);
    });
    for (qsizetype i = 0; i < m_placed.size();) {
        // A cluster: items of one column connected by overlaps.
        qsizetype j = i;
        int clusterEnd = m_placed[i].end;
        QList<int> laneEnds;
        for (; j < m_placed.size() && m_placed[j].column == m_placed[i].column &&
               (j == i || m_placed[j].start < clusterEnd);
             ++j) {
            Placed& p = m_placed[j];
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds[lane] > p.start)
                ++lane;
            if (lane == laneEnds.size())
                laneEnds.append(p.end);
            else
                laneEnds[lane] = p.end;
            p.lane = lane;
            clusterEnd = std::max(clusterEnd, p.end);
        }
        for (qsizetype k = i; k < j; ++k)
            m_placed[k].lanes = int(laneEnds.size());
        i = j;
    }
    m_from = std::max(0, m_from / 60 * 60 - 30);
    m_to = std::min(24 * 60, (m_to + 59) / 60 * 60 + 30);
    if (!placed(m_selected))
        m_selected = 0;
    updateGeometry();
    update();
}

QSize TimetableWidget::sizeHint() const
{
    return QSize(kAxis + int(std::max<qsizetype>(1, m_rooms.size())) * kMinimumColumn,
                 kHeader + kLead + int(std::ceil((m_to - m_from) * m_zoom)) + 12);
}

void TimetableWidget::setSnap(int minutes)
{
    m_snap = std::clamp(minutes, 1, 60);
}

void TimetableWidget::setZoom(double pixelsPerMinute)
{
    m_zoom = std::clamp(pixelsPerMinute, 0.6, 6.0);
    relayout();
}

int TimetableWidget::columnWidth() const
{
    return std::max(kMinimumColumn, (width() - kAxis) / int(std::max<qsizetype>(1, m_rooms.size())));
}

int TimetableWidget::compactHeight() const
{
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    small.setBold(true);
    return QFontMetrics(small).height() + 2;
}

int TimetableWidget::yAt(int minute) const
{
    return kHeader + kLead + int(std::lround((minute - m_from) * m_zoom));
}

int TimetableWidget::minuteAt(int y) const
{
    return m_from + int(std::floor((y - kHeader - kLead) / m_zoom));
}

QRect TimetableWidget::rectOf(const Placed& p) const
{
    const int lane = (columnWidth() - 6) / std::max(1, p.lanes);
    const int x = kAxis + p.column * columnWidth() + 3 + p.lane * lane;
    // A short item (ten minutes) is still one line tall: its time, title and speakers.
    return QRect(x, yAt(p.start) + 1, lane - (p.lanes > 1 ? 2 : 0),
                 std::max(compactHeight(), yAt(p.end) - yAt(p.start) - 2));
}

const TimetableWidget::Placed* TimetableWidget::placed(Id slot) const
{
    for (const Placed& p : m_placed)
        if (p.slot->id == slot)
            return &p;
    return nullptr;
}

const TimetableWidget::Placed* TimetableWidget::placedAt(const QPoint& point, bool* onBottomEdge) const
{
    if (point.y() < headerTop() + kHeader)
        return nullptr;
    // The last drawn wins: search backwards.
    for (auto it = m_placed.crbegin(); it != m_placed.crend(); ++it) {
        const QRect r = rectOf(*it);
        if (r.contains(point)) {
            if (onBottomEdge)
                *onBottomEdge = point.y() >= r.bottom() - kEdge && r.height() > 2 * kEdge;
            return &*it;
        }
    }
    return nullptr;
}

QRect TimetableWidget::slotRect(Id slot) const
{
    const Placed* p = placed(slot);
    return p ? rectOf(*p) : QRect();
}

std::pair<Id, QDateTime> TimetableWidget::cellAt(const QPoint& point) const
{
    if (m_rooms.isEmpty())
        return {0, {}};
    const int column = std::clamp((point.x() - kAxis) / columnWidth(), 0, int(m_rooms.size()) - 1);
    int minute = minuteAt(point.y());
    minute = std::clamp(minute / m_snap * m_snap, 0, 24 * 60 - m_snap);
    return {m_rooms.at(column).id, QDateTime(m_day, QTime(minute / 60, minute % 60))};
}

int TimetableWidget::headerTop() const
{
    // Inside a scroll area the room names stay at the top of what is visible.
    return std::max(0, visibleRegion().boundingRect().top());
}

void TimetableWidget::selectSlot(Id slot)
{
    m_selected = placed(slot) ? slot : 0;
    if (const Placed* p = placed(m_selected)) {
        // Scroll it into view when inside a scroll area.
        for (QWidget* w = parentWidget(); w; w = w->parentWidget())
            if (auto* area = qobject_cast<QScrollArea*>(w)) {
                const QRect r = rectOf(*p);
                area->ensureVisible(r.center().x(), r.center().y(), r.width() / 2 + 20, r.height() / 2 + kHeader + 20);
                break;
            }
    }
    update();
}

/// What one paint pass shares: the painter, the palette's colours, the fonts and the columns.
struct TimetableWidget::Paint
{
    QPainter& p;
    const QPalette& pal;
    QColor base;
    QColor text;
    QColor mid;   ///< hour lines, column rules, a break's or a faded item's edge
    QColor faint; ///< quarter hours, a break's or a faded item's fill
    QFont small;
    QFont bold;
    QFont italic;
    int cw;    ///< one room's column
    int right; ///< the right edge of the last column
};

void TimetableWidget::paintEvent(QPaintEvent* event)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    QFont bold = font();
    bold.setBold(true);
    QFont italic = small;
    italic.setItalic(true);
    const int cw = columnWidth();
    const Paint pt{
        .p = painter,
        .pal = pal,
        .base = base,
        .text = text,
        .mid = tint(text, 0.18, base),
        .faint = tint(text, 0.08, base),
        .small = small,
        .bold = bold,
        .italic = italic,
        .cw = cw,
        .right = kAxis + cw * int(m_rooms.size()),
    };

    painter.fillRect(event->rect(), base);
    paintVenueHours(pt);
    paintGrid(pt);
    for (const Placed& pl : std::as_const(m_placed))
        if (const QRect r = rectOf(pl); r.intersects(event->rect()))
            paintItem(pt, pl, r);
    paintGhost(pt);
    paintRoomNames(pt);
    if (m_rooms.isEmpty()) {
        painter.setPen(tint(text, 0.6, base));
        painter.drawText(rect().adjusted(kAxis, kHeader, 0, 0), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("This summit has no rooms yet. Add them in Summit ▸ Settings."));
    }
}

void TimetableWidget::paintVenueHours(const Paint& pt) const
{
    if (!m_summit)
        return;
    const QColor closed = tint(pt.text, 0.04, pt.base);
    const int open = yAt(m_summit->dayStarts.msecsSinceStartOfDay() / 60000);
    const int shut = yAt(m_summit->dayEnds.msecsSinceStartOfDay() / 60000);
    pt.p.fillRect(QRect(kAxis, kHeader, pt.right - kAxis, open - kHeader), closed);
    pt.p.fillRect(QRect(kAxis, shut, pt.right - kAxis, height() - shut), closed);
}

void TimetableWidget::paintGrid(const Paint& pt) const
{
    QPainter& p = pt.p;
    for (int m = (m_from + 14) / 15 * 15; m <= m_to; m += 15) {
        const int y = yAt(m);
        p.setPen(QPen(m % 60 == 0 ? pt.mid : pt.faint, 1));
        p.drawLine(QPoint(m % 60 == 0 ? kAxis - 6 : kAxis, y), QPoint(pt.right, y));
        if (m % 30 == 0) {
            p.setFont(m % 60 == 0 ? font() : pt.small);
            p.setPen(m % 60 == 0 ? pt.text : tint(pt.text, 0.6, pt.base));
            p.drawText(QRect(0, y - 10, kAxis - 10, 20), Qt::AlignRight | Qt::AlignVCenter, clock(m));
        }
    }
    p.setPen(QPen(pt.mid, 1));
    for (int c = 0; c <= m_rooms.size(); ++c)
        p.drawLine(QPoint(kAxis + c * pt.cw, kHeader), QPoint(kAxis + c * pt.cw, height()));
}

void TimetableWidget::paintItem(const Paint& pt, const Placed& pl, const QRect& r) const
{
    const SummitItem& item = *pl.item;
    const Track* track = m_summit->track(item.trackId);
    const bool faded = m_track != 0 && item.trackId != m_track && item.kind != SummitItem::Break;
    const bool selected = pl.slot->id == m_selected;
    const bool warned = m_warningsBySlot.contains(pl.slot->id);
    paintItemFrame(pt, r, item, track, faded, selected, warned);
    if (warned)
        paintWarningBadge(pt, r);

    const QColor ink = faded ? tint(pt.text, 0.5, pt.base) : pt.text;
    QStringList speakers;
    for (Id id : item.speakerIds)
        speakers << m_people.value(id);
    const bool oneLine = r.height() < QFontMetrics(pt.bold).height() + 6;
    QRect box = oneLine ? r.adjusted(9, 0, warned ? -20 : -4, 0) : r.adjusted(9, 3, warned ? -20 : -4, -3);
    if (oneLine && !speakers.isEmpty())
        box.setRight(paintSpeakersAtRight(pt, box, speakers.join(QStringLiteral(", ")), ink));
    drawLines(pt.p, box, itemLines(pt, pl, track, speakers, r, ink));
    if (selected && r.height() > 2 * kEdge) {
        // The handle that resizes it.
        pt.p.setPen(QPen(pt.pal.color(QPalette::Highlight), 2));
        pt.p.drawLine(QPoint(r.center().x() - 10, r.bottom() - 3), QPoint(r.center().x() + 10, r.bottom() - 3));
    }
}

void TimetableWidget::paintItemFrame(const Paint& pt, const QRect& r, const SummitItem& item, const Track* track,
                                     bool faded, bool selected, bool warned) const
{
    QColor edge = track ? track->color : QColor(0xc8, 0x9b, 0x3c);
    if (item.kind == SummitItem::Break)
        edge = pt.mid;
    QColor fill = item.kind == SummitItem::Break ? pt.faint : tint(edge, 0.3, pt.base);
    if (faded) {
        fill = pt.faint;
        edge = pt.mid;
    }
    QPainterPath path;
    path.addRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    pt.p.fillPath(path, fill);
    pt.p.fillRect(QRect(r.left(), r.top() + 1, 4, r.height() - 2), edge);
    pt.p.setPen(QPen(warned     ? QColor(0xd0, 0x3b, 0x2e)
                     : selected ? pt.pal.color(QPalette::Highlight)
                                : edge.darker(120),
                     warned || selected ? 2 : 1));
    pt.p.drawPath(path);
}

void TimetableWidget::paintWarningBadge(const Paint& pt, const QRect& r) const
{
    const QRect badge(r.right() - 17, r.top() + 3, 14, 14);
    pt.p.setBrush(QColor(0xd0, 0x3b, 0x2e));
    pt.p.setPen(Qt::NoPen);
    pt.p.drawEllipse(badge);
    pt.p.setPen(Qt::white);
    pt.p.setFont(pt.bold);
    pt.p.drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
    pt.p.setBrush(Qt::NoBrush);
}

int TimetableWidget::paintSpeakersAtRight(const Paint& pt, const QRect& box, const QString& names,
                                          const QColor& ink) const
{
    // One line: the speakers keep the right end (up to half of it), the title the rest.
    QFont who = pt.small;
    who.setItalic(true);
    const int width = std::min(QFontMetrics(who).horizontalAdvance(names), box.width() / 2);
    pt.p.save();
    pt.p.setClipRect(box);
    pt.p.setFont(who);
    pt.p.setPen(ink);
    pt.p.drawText(QRect(box.right() - width, box.top(), width, box.height()), Qt::AlignRight | Qt::AlignVCenter,
                  QFontMetrics(who).elidedText(names, Qt::ElideRight, width));
    pt.p.restore();
    return box.right() - width - 6;
}

QList<std::tuple<QString, QFont, QColor>> TimetableWidget::itemLines(const Paint& pt, const Placed& pl,
                                                                     const Track* track, const QStringList& speakers,
                                                                     const QRect& r, const QColor& ink) const
{
    const SummitItem& item = *pl.item;
    if (r.height() < 3 * QFontMetrics(pt.bold).height()) {
        QFont compact = pt.small;
        compact.setBold(true);
        const bool tiny = r.height() < QFontMetrics(pt.bold).height() + 6;
        QList<std::tuple<QString, QFont, QColor>> lines{
            {clock(pl.start) + QStringLiteral("  ") + item.title, tiny ? compact : pt.bold, ink}};
        if (!speakers.isEmpty() && !tiny)
            lines.append({speakers.join(QStringLiteral(", ")), pt.italic, ink});
        return lines;
    }
    QString meta = QStringLiteral("%1–%2").arg(clock(pl.start), clock(pl.end));
    if (track)
        meta += QStringLiteral(" · ") + track->name;
    return {{meta, pt.small, tint(ink, 0.7, pt.base)},
            {item.title, pt.bold, ink},
            {speakers.join(QStringLiteral(", ")), pt.italic, ink}};
}

void TimetableWidget::paintGhost(const Paint& pt) const
{
    if (m_ghost.isNull())
        return;
    const QColor highlight = pt.pal.color(QPalette::Highlight);
    pt.p.setPen(QPen(highlight, 2, Qt::DashLine));
    pt.p.setBrush(tint(highlight, 0.15, pt.base));
    pt.p.drawRoundedRect(QRectF(m_ghost).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    pt.p.setFont(pt.bold);
    pt.p.setPen(highlight);
    pt.p.drawText(m_ghost.adjusted(8, 2, -4, -2), Qt::AlignLeft | Qt::AlignTop, m_ghostText);
    pt.p.setBrush(Qt::NoBrush);
}

void TimetableWidget::paintRoomNames(const Paint& pt) const
{
    QPainter& p = pt.p;
    const int top = headerTop();
    p.fillRect(QRect(0, top, width(), kHeader), pt.pal.color(QPalette::Window));
    p.setPen(QPen(pt.mid, 1));
    p.drawLine(QPoint(0, top + kHeader - 1), QPoint(width(), top + kHeader - 1));
    for (int c = 0; c < m_rooms.size(); ++c) {
        const Room& room = m_rooms.at(c);
        const QRect cell(kAxis + c * pt.cw + 8, top + 4, pt.cw - 16, kHeader - 8);
        p.setFont(pt.bold);
        p.setPen(pt.pal.color(QPalette::WindowText));
        p.drawText(cell, Qt::AlignLeft | Qt::AlignTop,
                   QFontMetrics(pt.bold).elidedText(room.name, Qt::ElideRight, cell.width()));
        QStringList facts;
        if (room.capacity > 0)
            facts << tr("%1 seats").arg(room.capacity);
        if (!room.equipment.isEmpty())
            facts << room.equipment.join(QStringLiteral(", "));
        p.setFont(pt.small);
        p.setPen(tint(pt.pal.color(QPalette::WindowText), 0.6, pt.pal.color(QPalette::Window)));
        p.drawText(cell, Qt::AlignLeft | Qt::AlignBottom,
                   QFontMetrics(pt.small).elidedText(facts.join(QStringLiteral(" · ")), Qt::ElideRight, cell.width()));
    }
}

bool TimetableWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        if (const Placed* p = placedAt(help->pos())) {
            QStringList speakers;
            for (Id id : p->item->speakerIds)
                speakers << m_people.value(id).toHtmlEscaped();
            QString html = QStringLiteral("<b>%1</b><br>%2–%3 · %4")
                               .arg(p->item->title.toHtmlEscaped(), clock(p->start), clock(p->end),
                                    m_rooms.at(p->column).name.toHtmlEscaped());
            if (!speakers.isEmpty())
                html += QStringLiteral("<br><i>%1</i>").arg(speakers.join(QStringLiteral(", ")));
            const QStringList slotWarnings = m_warningsBySlot.value(p->slot->id);
            for (const QString& w : slotWarnings)
                html += QStringLiteral("<br><span style='color:#d03b2e'>⚠ %1</span>").arg(w.toHtmlEscaped());
            QToolTip::showText(help->globalPos(), html, this, rectOf(*p));
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

void TimetableWidget::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    bool edge = false;
    const Placed* p = placedAt(event->position().toPoint(), &edge);
    m_drag = Drag::None;
    m_dragStarted = false;
    if (!p) {
        m_selected = 0;
        update();
        return;
    }
    m_selected = p->slot->id;
    Q_EMIT slotSelected(p->slot->id, p->item->id);
    m_drag = edge ? Drag::Resize : Drag::Move;
    m_pressAt = event->position().toPoint();
    m_grabOffsetMinutes = minuteAt(m_pressAt.y()) - p->start;
    update();
}

void TimetableWidget::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint at = event->position().toPoint();
    if (m_drag == Drag::None) {
        bool edge = false;
        const Placed* p = placedAt(at, &edge);
        setCursor(p ? (edge ? Qt::SizeVerCursor : Qt::OpenHandCursor) : Qt::ArrowCursor);
        return;
    }
    if (!m_dragStarted && (at - m_pressAt).manhattanLength() < QApplication::startDragDistance())
        return;
    m_dragStarted = true;
    const Placed* p = placed(m_selected);
    if (!p)
        return;
    const int duration = p->end - p->start;
    int column = p->column;
    int start = p->start;
    int end = p->end;
    if (m_drag == Drag::Move) {
        setCursor(Qt::ClosedHandCursor);
        column = std::clamp((at.x() - kAxis) / columnWidth(), 0, int(m_rooms.size()) - 1);
        start = std::clamp(int(std::lround(double(minuteAt(at.y()) - m_grabOffsetMinutes) / m_snap)) * m_snap, 0,
                           24 * 60 - duration);
        end = start + duration;
    } else {
        const double moved = (at.y() - m_pressAt.y()) / m_zoom;
        end = std::clamp(int(std::lround((p->end + moved) / m_snap)) * m_snap, start + std::max(5, m_snap), 24 * 60);
    }
    m_ghost = rectOf({p->item, p->slot, column, start, end});
    m_ghostText = QStringLiteral("%1–%2").arg(clock(start), clock(end));
    m_proposal = {column, start, end};
    update();
}

void TimetableWidget::mouseReleaseEvent(QMouseEvent* event)
{
    const Drag drag = m_drag;
    const bool moved = m_dragStarted;
    m_drag = Drag::None;
    m_dragStarted = false;
    m_ghost = QRect();
    unsetCursor();
    update();
    const Placed* p = placed(m_selected);
    if (moved && p && drag != Drag::None && event->button() == Qt::LeftButton)
        proposeMove(*p, m_proposal.column, m_proposal.start, m_proposal.end);
}

void TimetableWidget::proposeMove(const Placed& p, int column, int start, int end)
{
    if (column == p.column && start == p.start && end == p.end)
        return;
    if (start < 0 || end > 24 * 60 || end <= start)
        return;
    Q_EMIT slotMoved(p.slot->id, m_rooms.at(column).id, QDateTime(m_day, QTime(start / 60, start % 60)),
                     end == 24 * 60 ? QDateTime(m_day.addDays(1), QTime(0, 0))
                                    : QDateTime(m_day, QTime(end / 60, end % 60)));
}

void TimetableWidget::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (const Placed* p = placedAt(event->position().toPoint()))
        Q_EMIT editRequested(p->item->id);
}

void TimetableWidget::keyPressEvent(QKeyEvent* event)
{
    const Placed* p = placed(m_selected);
    if (!p)
        return QWidget::keyPressEvent(event);
    switch (event->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        Q_EMIT unscheduleRequested(p->slot->id);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        Q_EMIT editRequested(p->item->id);
        return;
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const int step = (event->key() == Qt::Key_Up ? -1 : 1) * m_snap;
        if (event->modifiers() & Qt::ShiftModifier) // Shift: change the length
            proposeMove(*p, p->column, p->start, std::max(p->start + 5, p->end + step));
        else
            proposeMove(*p, p->column, p->start + step, p->end + step);
        return;
    }
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int column = p->column + (event->key() == Qt::Key_Left ? -1 : 1);
        if (column >= 0 && column < m_rooms.size())
            proposeMove(*p, column, p->start, p->end);
        return;
    }
    default:
        QWidget::keyPressEvent(event);
    }
}

void TimetableWidget::contextMenuEvent(QContextMenuEvent* event)
{
    const Placed* p = placedAt(event->pos());
    if (!p)
        return;
    m_selected = p->slot->id;
    Q_EMIT slotSelected(p->slot->id, p->item->id);
    update();
    QMenu menu(this);
    const Id slot = p->slot->id;
    const Id item = p->item->id;
    menu.addAction(tr("Edit item…"), this, [this, item] { Q_EMIT editRequested(item); });
    QAction* copy =
        menu.addAction(tr("Copy to all rooms"), this, [this, slot] { Q_EMIT copyToAllRoomsRequested(slot); });
    copy->setEnabled(p->item->kind == SummitItem::Break || p->item->kind == SummitItem::Plenary);
    copy->setToolTip(tr("Breaks and plenaries can take place in every room at once."));
    menu.addSeparator();
    menu.addAction(tr("Unschedule"), this, [this, slot] { Q_EMIT unscheduleRequested(slot); });
    menu.exec(event->globalPos());
}

void TimetableWidget::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        setZoom(m_zoom * (event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15));
        event->accept();
        return;
    }
    QWidget::wheelEvent(event);
}

void TimetableWidget::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(kItemMimeType)) && !m_rooms.isEmpty())
        event->acceptProposedAction();
}

void TimetableWidget::dragMoveEvent(QDragMoveEvent* event)
{
    const Id id = event->mimeData()->data(QString::fromLatin1(kItemMimeType)).toLongLong();
    const SummitItem* item = m_summit ? m_summit->item(id) : nullptr;
    if (!item) {
        event->ignore();
        return;
    }
    const auto [room, start] = cellAt(event->position().toPoint());
    const int column =
        int(std::find_if(m_rooms.cbegin(), m_rooms.cend(), [room](const Room& r) { return r.id == room; }) -
            m_rooms.cbegin());
    const int from = start.time().msecsSinceStartOfDay() / 60000;
    Slot ghost;
    m_ghost = rectOf({item, &ghost, column, from, from + item->durationMinutes});
    m_ghostText = QStringLiteral("%1–%2  %3").arg(clock(from), clock(from + item->durationMinutes), item->title);
    update();
    event->acceptProposedAction();
}

void TimetableWidget::dragLeaveEvent(QDragLeaveEvent*)
{
    m_ghost = QRect();
    update();
}

void TimetableWidget::dropEvent(QDropEvent* event)
{
    m_ghost = QRect();
    update();
    const Id id = event->mimeData()->data(QString::fromLatin1(kItemMimeType)).toLongLong();
    if (!m_summit || !m_summit->item(id))
        return;
    const auto [room, start] = cellAt(event->position().toPoint());
    if (!room)
        return;
    event->acceptProposedAction();
    Q_EMIT itemDropped(id, room, start);
}

void TimetableWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    update();
}

} // namespace coe::ui
