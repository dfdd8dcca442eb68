// SPDX-License-Identifier: GPL-3.0-or-later
// The agenda grid: rooms across, time down, a day over as many pages as it needs.
#include "render/agendapage.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace coe::render::detail {

namespace {

/// Minutes [from, to) of one page: cut only where no item runs across.
QList<std::pair<int, int>> pageRanges(const QList<Placed>& items, int from, int to, int capacity)
{
    QList<std::pair<int, int>> ranges;
    QList<int> cuts{to};
    for (const Placed& p : items)
        cuts << p.start << p.end;
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    const auto crosses = [&items](int t) {
        return std::any_of(items.cbegin(), items.cend(), [t](const Placed& p) { return p.start < t && t < p.end; });
    };
    int start = from;
    while (start < to) {
        if (to - start <= capacity) {
            ranges.append({start, to});
            break;
        }
        int cut = -1;
        for (int c : cuts)
            if (c > start && c <= start + capacity && !crosses(c))
                cut = c; // the latest that fits
        if (cut < 0)
            for (int c : cuts)
                if (c > start + capacity && !crosses(c)) {
                    cut = c; // one long item: this page gets squeezed
                    break;
                }
        if (cut < 0)
            cut = to;
        ranges.append({start, cut});
        start = cut;
    }
    return ranges;
}

void legend(QPainter* p, const Summit& summit, const QRectF& area)
{
    if (!p)
        return;
    qreal x = area.left();
    const qreal y = area.top();
    const auto swatch = [&](const QColor& fill, const QColor& edge, const QString& name) {
        const QFont f = font(8);
        const qreal w = QFontMetricsF(f).horizontalAdvance(name);
        if (x + u(14) + w > area.right())
            return;
        p->setPen(QPen(edge, u(0.6)));
        p->setBrush(fill);
        p->drawRect(QRectF(x, y + u(1.5), u(10), u(8)));
        p->fillRect(QRectF(x, y + u(1.5), u(2.5), u(8)), edge);
        p->setFont(f);
        p->setPen(kInk);
        p->drawText(QPointF(x + u(13), y + u(8.5)), name);
        x += u(13) + w + u(14);
    };
    for (const Track& t : summit.tracks)
        swatch(tint(t.color, 0.3), t.color, t.name);
    swatch(kPlenaryFill, kPlenaryEdge, Agenda::tr("Plenary"));
    swatch(kBreakFill, kRule, Agenda::tr("Break"));
}

} // namespace

void gridDay(Document& doc, const Summit& summit, const Agenda::Options& options, int dayIndex, const QDate& day)
{
    const QList<Room> rooms = roomsInOrder(summit);
    const QList<Placed> items = placedOn(summit, rooms, day);
    int from = summit.dayStarts.msecsSinceStartOfDay() / 60000;
    int to = summit.dayEnds.msecsSinceStartOfDay() / 60000;
    for (const Placed& p : items) {
        from = std::min(from, p.start);
        to = std::max(to, p.end);
    }
    from = from / 30 * 30;
    to = (to + 29) / 30 * 30;

    // Measure the body once to know how many minutes a page holds at a readable scale.
    const qreal legendHeight = u(16);
    const qreal headerHeight = u(24);
    const qreal axis = u(34);
    const qreal minimumScale = u(1.15); // per minute: a 30-minute talk is about 35 pt tall
    const qreal maximumScale = u(2.2);
    Document probe(nullptr, summit, options, 0);
    const QRectF body = probe.newPage(QString());
    const qreal gridHeight = body.height() - legendHeight - headerHeight;
    const int capacity = std::max(30, int(gridHeight / minimumScale));

    const QList<std::pair<int, int>> ranges = pageRanges(items, from, to, capacity);
    for (qsizetype r = 0; r < ranges.size(); ++r) {
        const auto [start, end] = ranges.at(r);
        QString subtitle = doc.dayTitle(dayIndex, day);
        if (ranges.size() > 1)
            subtitle +=
                Agenda::tr(" · %1–%2 (part %3 of %4)").arg(clock(start), clock(end)).arg(r + 1).arg(ranges.size());
        const QRectF page = doc.newPage(subtitle);
        QPainter* p = doc.painter();
        if (!p)
            continue;
        legend(p, summit, QRectF(page.left(), page.top(), page.width(), legendHeight));
        const QRectF grid(page.left() + axis, page.top() + legendHeight + headerHeight, page.width() - axis,
                          gridHeight);
        const qreal scale = std::min(maximumScale, grid.height() / std::max(1, end - start));
        const qreal column = grid.width() / std::max<qsizetype>(1, rooms.size());
        const auto yAt = [&](int minute) {
            return grid.top() + (minute - start) * scale;
        };

        // Room headers.
        for (qsizetype c = 0; c < rooms.size(); ++c) {
            const QRectF head(grid.left() + c * column + u(3), grid.top() - headerHeight, column - u(6),
                              headerHeight - u(4));
            QList<Para> paras{{rooms.at(c).name, font(9.5, QFont::Bold)}};
            if (rooms.at(c).capacity > 0)
                paras.append({Agenda::tr("%1 seats").arg(rooms.at(c).capacity), font(7), kGrey});
            fitText(p, head, paras);
        }
        // Time axis: hour lines solid, half hours light; labels on the left.
        for (int m = (start + 29) / 30 * 30; m <= end; m += 30) {
            const qreal y = yAt(m);
            p->setPen(QPen(m % 60 == 0 ? kRule : QColor(0xe2, 0xe2, 0xe2), u(m % 60 == 0 ? 0.6 : 0.4)));
            p->drawLine(QPointF(grid.left() - u(4), y), QPointF(grid.right(), y));
            p->setFont(font(m % 60 == 0 ? 8 : 7, m % 60 == 0 ? QFont::DemiBold : QFont::Normal));
            p->setPen(m % 60 == 0 ? kInk : kGrey);
            p->drawText(QRectF(page.left(), y - u(6), axis - u(7), u(12)), Qt::AlignRight | Qt::AlignVCenter, clock(m));
        }
        p->setPen(QPen(kRule, u(0.6)));
        for (qsizetype c = 0; c <= rooms.size(); ++c)
            p->drawLine(QPointF(grid.left() + c * column, grid.top() - headerHeight + u(2)),
                        QPointF(grid.left() + c * column, yAt(end)));

        // Items: one box per run of adjacent rooms holding the same item at the same time;
        // items that clash in one room share its width.
        struct Box
        {
            const Placed* first;
            int firstRoom;
            int lastRoom;
            int lane = 0;
            int lanes = 1;
        };
        QList<Box> boxes;
        QList<const Placed*> onPage;
        for (const Placed& pl : items)
            if (pl.start >= start && pl.end <= end)
                onPage << &pl;
        std::sort(onPage.begin(), onPage.end(), [](const Placed* a, const Placed* b) {
            return std::tie(a->item->id, a->start, a->room) < std::tie(b->item->id, b->start, b->room);
        });
        for (const Placed* pl : onPage) {
            if (!boxes.isEmpty() && boxes.last().first->item == pl->item && boxes.last().first->start == pl->start &&
                boxes.last().first->end == pl->end && boxes.last().lastRoom + 1 == pl->room)
                boxes.last().lastRoom = pl->room;
            else
                boxes.append({pl, pl->room, pl->room});
        }
        for (qsizetype i = 0; i < boxes.size(); ++i) {
            for (qsizetype j = 0; j < i; ++j) {
                const bool sameColumns =
                    boxes[i].firstRoom <= boxes[j].lastRoom && boxes[j].firstRoom <= boxes[i].lastRoom;
                const bool sameTime =
                    boxes[i].first->start < boxes[j].first->end && boxes[j].first->start < boxes[i].first->end;
                if (sameColumns && sameTime && boxes[j].lane == boxes[i].lane)
                    boxes[i].lane = boxes[j].lane + 1;
            }
        }
        for (Box& b : boxes)
            for (const Box& other : std::as_const(boxes))
                if (b.firstRoom <= other.lastRoom && other.firstRoom <= b.lastRoom &&
                    b.first->start < other.first->end && other.first->start < b.first->end)
                    b.lanes = std::max(b.lanes, other.lane + 1);
        for (const Box& b : std::as_const(boxes)) {
            const SummitItem& item = *b.first->item;
            const qreal laneWidth = (column * (b.lastRoom - b.firstRoom + 1)) / b.lanes;
            // A short item (a 10-minute lightning talk) is at least one readable line tall.
            const qreal compactLine = QFontMetricsF(font(7, QFont::Bold)).height();
            const QRectF rect(grid.left() + b.firstRoom * column + b.lane * laneWidth + u(2.5),
                              yAt(b.first->start) + u(1.2), laneWidth - u(5),
                              std::max((b.first->end - b.first->start) * scale - u(2.4), compactLine + u(1.5)));
            const Track* track = summit.track(item.trackId);
            QColor edge = track ? track->color : kPlenaryEdge;
            QColor fill = track ? tint(track->color, 0.28) : kPlenaryFill;
            if (item.kind == SummitItem::Break) {
                edge = kRule;
                fill = kBreakFill;
            }
            p->setPen(QPen(edge.darker(115), u(0.6)));
            p->setBrush(fill);
            p->drawRoundedRect(rect, u(2), u(2));
            p->fillRect(QRectF(rect.left(), rect.top(), u(3), rect.height()), edge);
            QRectF text = rect.adjusted(u(6), u(2.5), -u(3), -u(2));
            QString meta = QStringLiteral("%1–%2").arg(clock(b.first->start), clock(b.first->end));
            if (track)
                meta += QStringLiteral(" · ") + track->name;
            else if (item.kind != SummitItem::Break && item.kind != SummitItem::Talk)
                meta += QStringLiteral(" · ") + SummitItem::kindLabel(item.kind);
            QList<Para> paras;
            const qreal oneLine = QFontMetricsF(font(8.5, QFont::Bold)).height();
            if (text.height() < 2.6 * oneLine) {
                // Too short for time, title and speakers on their own lines: the title leads.
                QString compact = clock(b.first->start) + QStringLiteral("  ") + item.title;
                const QString speakers = speakersOf(item, options);
                if (!speakers.isEmpty())
                    compact += QStringLiteral(" — ") + speakers;
                const bool tiny = text.height() < compactLine;
                if (tiny)
                    text = rect.adjusted(u(6), u(0.5), -u(3), 0); // less padding, so the line fits
                paras = {{compact, font(tiny ? 7 : 7.5, QFont::Bold), item.kind == SummitItem::Break ? kGrey : kInk}};
            } else if (item.kind == SummitItem::Break) {
                paras = {{item.title, font(8.5, QFont::DemiBold), kGrey}, {meta, font(6.5), kGrey}};
            } else {
                paras = {{meta, font(6.5), kGrey}, {item.title, font(8.5, QFont::Bold)}};
                const QString speakers = speakersOf(item, options);
                if (!speakers.isEmpty())
                    paras.append({speakers, font(7.5, QFont::Normal, true), QColor(0x33, 0x33, 0x33)});
            }
            fitText(p, text, paras);
        }
        if (items.isEmpty()) {
            p->setFont(font(11, QFont::Normal, true));
            p->setPen(kGrey);
            p->drawText(grid, Qt::AlignCenter, Agenda::tr("Nothing is scheduled on this day yet."));
        }
    }
}

} // namespace coe::render::detail
