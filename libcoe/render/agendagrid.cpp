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
        for (int c : std::as_const(cuts))
            if (c > start && c <= start + capacity && !crosses(c))
                cut = c; // the latest that fits
        if (cut < 0)
            for (int c : std::as_const(cuts))
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

// A page of the grid, in units: the legend and room headers above it, the time axis on its left,
// and the heights a minute may take.
constexpr qreal kLegendHeight = u(16);
constexpr qreal kHeaderHeight = u(24);
constexpr qreal kAxis = u(34);
constexpr qreal kMinimumScale = u(1.15); // per minute: a 30-minute talk is about 35 pt tall
constexpr qreal kMaximumScale = u(2.2);

/// One page of a day's grid: where its parts are drawn and the minutes it shows.
struct GridPage
{
    QPainter* p;
    QRectF page;  ///< the page's body: legend, room headers, time axis and grid
    QRectF grid;  ///< the rooms' columns, from the first minute shown to the last
    int start;    ///< minutes from midnight: the first shown
    int end;      ///< the last shown
    qreal scale;  ///< units per minute
    qreal column; ///< the width of one room

    qreal yAt(int minute) const { return grid.top() + (minute - start) * scale; }
};

/// One box per run of adjacent rooms holding the same item at the same time; items that
/// clash in one room share its width, each in a lane of its own.
struct Box
{
    const Placed* first;
    int firstRoom;
    int lastRoom;
    int lane = 0;
    int lanes = 1;
};

/// The minutes a day's grid shows, [from, to): the venue's hours widened to every item of the
/// day, on half hours.
std::pair<int, int> shownMinutes(const Summit& summit, const QList<Placed>& items)
{
    int from = summit.dayStarts.msecsSinceStartOfDay() / 60000;
    int to = summit.dayEnds.msecsSinceStartOfDay() / 60000;
    for (const Placed& p : items) {
        from = std::min(from, p.start);
        to = std::max(to, p.end);
    }
    return {from / 30 * 30, (to + 29) / 30 * 30};
}

/// The height of the grid on a page: the body, measured on a probe page, less the legend and
/// the room headers.
qreal gridHeightOf(const Summit& summit, const Agenda::Options& options)
{
    Document probe(nullptr, summit, options, 0);
    const QRectF body = probe.newPage(QString());
    return body.height() - kLegendHeight - kHeaderHeight;
}

/// The page's subtitle: the day, and the part of it when the day takes several pages.
QString partTitle(const Document& doc, int dayIndex, const QDate& day, const QList<std::pair<int, int>>& ranges,
                  qsizetype part)
{
    QString subtitle = doc.dayTitle(dayIndex, day);
    if (ranges.size() > 1)
        subtitle += Agenda::tr(" · %1–%2 (part %3 of %4)")
                        .arg(clock(ranges.at(part).first), clock(ranges.at(part).second))
                        .arg(part + 1)
                        .arg(ranges.size());
    return subtitle;
}

/// The layout of a page of the grid in @p page, showing the minutes [start, end].
GridPage gridPage(QPainter* p, const QRectF& page, qreal gridHeight, int start, int end, qsizetype rooms)
{
    const QRectF grid(page.left() + kAxis, page.top() + kLegendHeight + kHeaderHeight, page.width() - kAxis,
                      gridHeight);
    const qreal scale = std::min(kMaximumScale, grid.height() / std::max(1, end - start));
    const qreal column = grid.width() / std::max<qsizetype>(1, rooms);
    return {p, page, grid, start, end, scale, column};
}

/// Each room's name and seats above its column.
void roomHeaders(const GridPage& g, const QList<Room>& rooms)
{
    for (qsizetype c = 0; c < rooms.size(); ++c) {
        const QRectF head(g.grid.left() + c * g.column + u(3), g.grid.top() - kHeaderHeight, g.column - u(6),
                          kHeaderHeight - u(4));
        QList<Para> paras{{rooms.at(c).name, font(9.5, QFont::Bold)}};
        if (rooms.at(c).capacity > 0)
            paras.append({Agenda::tr("%1 seats").arg(rooms.at(c).capacity), font(7), kGrey});
        fitText(g.p, head, paras);
    }
}

/// The time axis: hour lines solid, half hours light; labels on the left.
void timeAxis(const GridPage& g)
{
    QPainter* p = g.p;
    for (int m = (g.start + 29) / 30 * 30; m <= g.end; m += 30) {
        const qreal y = g.yAt(m);
        p->setPen(QPen(m % 60 == 0 ? kRule : QColor(0xe2, 0xe2, 0xe2), u(m % 60 == 0 ? 0.6 : 0.4)));
        p->drawLine(QPointF(g.grid.left() - u(4), y), QPointF(g.grid.right(), y));
        p->setFont(font(m % 60 == 0 ? 8 : 7, m % 60 == 0 ? QFont::DemiBold : QFont::Normal));
        p->setPen(m % 60 == 0 ? kInk : kGrey);
        p->drawText(QRectF(g.page.left(), y - u(6), kAxis - u(7), u(12)), Qt::AlignRight | Qt::AlignVCenter, clock(m));
    }
}

/// The rules between the rooms' columns, from the headers down.
void columnRules(const GridPage& g, qsizetype rooms)
{
    g.p->setPen(QPen(kRule, u(0.6)));
    for (qsizetype c = 0; c <= rooms; ++c)
        g.p->drawLine(QPointF(g.grid.left() + c * g.column, g.grid.top() - kHeaderHeight + u(2)),
                      QPointF(g.grid.left() + c * g.column, g.yAt(g.end)));
}

/// The boxes of the items that lie within [start, end]: by item, start and room, with the
/// same item at the same time in adjacent rooms joined into one box.
QList<Box> boxesOn(const QList<Placed>& items, int start, int end)
{
    QList<Box> boxes;
    QList<const Placed*> onPage;
    for (const Placed& pl : items)
        if (pl.start >= start && pl.end <= end)
            onPage << &pl;
    std::sort(onPage.begin(), onPage.end(), [](const Placed* a, const Placed* b) {
        return std::tie(a->item->id, a->start, a->room) < std::tie(b->item->id, b->start, b->room);
    });
    for (const Placed* pl : std::as_const(onPage)) {
        if (!boxes.isEmpty() && boxes.last().first->item == pl->item && boxes.last().first->start == pl->start &&
            boxes.last().first->end == pl->end && boxes.last().lastRoom + 1 == pl->room)
            boxes.last().lastRoom = pl->room;
        else
            boxes.append({pl, pl->room, pl->room});
    }
    return boxes;
}

/// Gives each box that clashes with an earlier one in the same columns the next lane, and
/// each box the number of lanes its clashes need.
void assignLanes(QList<Box>& boxes)
{
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        for (qsizetype j = 0; j < i; ++j) {
            const bool sameColumns = boxes[i].firstRoom <= boxes[j].lastRoom && boxes[j].firstRoom <= boxes[i].lastRoom;
            const bool sameTime =
                boxes[i].first->start < boxes[j].first->end && boxes[j].first->start < boxes[i].first->end;
            if (sameColumns && sameTime && boxes[j].lane == boxes[i].lane)
                boxes[i].lane = boxes[j].lane + 1;
        }
    }
    for (Box& b : boxes)
        for (const Box& other : std::as_const(boxes))
            if (b.firstRoom <= other.lastRoom && other.firstRoom <= b.lastRoom && b.first->start < other.first->end &&
                other.first->start < b.first->end)
                b.lanes = std::max(b.lanes, other.lane + 1);
}

/// The height of one line of a short item's text.
qreal compactLineHeight()
{
    return QFontMetricsF(font(7, QFont::Bold)).height();
}

/// Where @p b is drawn: its lane of its rooms' columns, from its start to its end; a short
/// item (a 10-minute lightning talk) is at least one readable line tall.
QRectF boxRect(const GridPage& g, const Box& b)
{
    const qreal laneWidth = (g.column * (b.lastRoom - b.firstRoom + 1)) / b.lanes;
    return QRectF(g.grid.left() + b.firstRoom * g.column + b.lane * laneWidth + u(2.5), g.yAt(b.first->start) + u(1.2),
                  laneWidth - u(5),
                  std::max((b.first->end - b.first->start) * g.scale - u(2.4), compactLineHeight() + u(1.5)));
}

/// The box's frame in its track's colour, plenary colours without a track, grey for a break.
void drawFrame(QPainter* p, const QRectF& rect, const SummitItem& item, const Track* track)
{
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
}

/// The box's text: its time (and track or kind), title and speakers on their own lines, or,
/// when the box is too short for that, in one line led by the time and title.
void drawBoxText(QPainter* p, const QRectF& rect, const Placed& placed, const Track* track,
                 const Agenda::Options& options)
{
    const SummitItem& item = *placed.item;
    QRectF text = rect.adjusted(u(6), u(2.5), -u(3), -u(2));
    QString meta = QStringLiteral("%1–%2").arg(clock(placed.start), clock(placed.end));
    if (track)
        meta += QStringLiteral(" · ") + track->name;
    else if (item.kind != SummitItem::Break && item.kind != SummitItem::Talk)
        meta += QStringLiteral(" · ") + SummitItem::kindLabel(item.kind);
    QList<Para> paras;
    const qreal oneLine = QFontMetricsF(font(8.5, QFont::Bold)).height();
    if (text.height() < 2.6 * oneLine) {
        // Too short for time, title and speakers on their own lines: the title leads.
        QString compact = clock(placed.start) + QStringLiteral("  ") + item.title;
        const QString speakers = speakersOf(item, options);
        if (!speakers.isEmpty())
            compact += QStringLiteral(" — ") + speakers;
        const bool tiny = text.height() < compactLineHeight();
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

/// One item's box: its frame and its text.
void drawBox(const GridPage& g, const Box& b, const Summit& summit, const Agenda::Options& options)
{
    const QRectF rect = boxRect(g, b);
    const Track* track = summit.track(b.first->item->trackId);
    drawFrame(g.p, rect, *b.first->item, track);
    drawBoxText(g.p, rect, *b.first, track, options);
}

} // namespace

void gridDay(Document& doc, const Summit& summit, const Agenda::Options& options, int dayIndex, const QDate& day)
{
    const QList<Room> rooms = roomsInOrder(summit);
    const QList<Placed> items = placedOn(summit, rooms, day);
    const auto [from, to] = shownMinutes(summit, items);
    // The body is measured once to know how many minutes a page holds at a readable scale.
    const qreal gridHeight = gridHeightOf(summit, options);
    const int capacity = std::max(30, int(gridHeight / kMinimumScale));

    const QList<std::pair<int, int>> ranges = pageRanges(items, from, to, capacity);
    for (qsizetype r = 0; r < ranges.size(); ++r) {
        const QRectF page = doc.newPage(partTitle(doc, dayIndex, day, ranges, r));
        QPainter* p = doc.painter();
        if (!p)
            continue;
        legend(p, summit, QRectF(page.left(), page.top(), page.width(), kLegendHeight));
        const GridPage g = gridPage(p, page, gridHeight, ranges.at(r).first, ranges.at(r).second, rooms.size());
        roomHeaders(g, rooms);
        timeAxis(g);
        columnRules(g, rooms.size());
        QList<Box> boxes = boxesOn(items, g.start, g.end);
        assignLanes(boxes);
        for (const Box& b : std::as_const(boxes))
            drawBox(g, b, summit, options);
        if (items.isEmpty()) {
            p->setFont(font(11, QFont::Normal, true));
            p->setPen(kGrey);
            p->drawText(g.grid, Qt::AlignCenter, Agenda::tr("Nothing is scheduled on this day yet."));
        }
    }
}

} // namespace coe::render::detail
