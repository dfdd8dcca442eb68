// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/agenda.h"

#include "render/pdffile.h"

#include <QFileInfo>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>
#include <functional>
#include <cmath>

namespace coe::render {

namespace {

// Layout works in tenths of a point: the painter is scaled so one unit is 0.1 pt, and fonts
// get pixel sizes in those units, so metrics are the same on every device (PDF, printer).
constexpr qreal kUnitsPerPoint = 10;
constexpr qreal u(qreal points) { return points * kUnitsPerPoint; }

const QColor kInk(0x22, 0x22, 0x22);
const QColor kGrey(0x66, 0x66, 0x66);
const QColor kRule(0xbb, 0xbb, 0xbb);
const QColor kBreakFill(0xee, 0xee, 0xee);
const QColor kPlenaryFill(0xfb, 0xf1, 0xdc);
const QColor kPlenaryEdge(0xc8, 0x9b, 0x3c);

QFont font(qreal points, QFont::Weight weight = QFont::Normal, bool italic = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(1, qRound(u(points))));
    f.setWeight(weight);
    f.setItalic(italic);
    return f;
}

/// @p color mixed with white: pastel fills that print light and keep black text readable.
QColor tint(const QColor& color, qreal amount)
{
    return QColor::fromRgbF(float(1 - (1 - color.redF()) * amount), float(1 - (1 - color.greenF()) * amount),
                            float(1 - (1 - color.blueF()) * amount));
}

QString clock(const QTime& t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

QString clock(int minutes)
{
    return clock(QTime(minutes / 60 % 24, minutes % 60));
}

/// A run of text in one font and colour, laid out with word wrap.
struct Para
{
    QString text;
    QFont font;
    QColor color = kInk;
};

struct Line
{
    int para;
    int start;
    int length;
    qreal height;
    qreal ascent;
};

/// Wraps @p paras into @p width; every line, in order.
QList<Line> wrap(const QList<Para>& paras, qreal width)
{
    QList<Line> lines;
    for (int p = 0; p < paras.size(); ++p) {
        if (paras.at(p).text.isEmpty())
            continue;
        QTextLayout layout(paras.at(p).text, paras.at(p).font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            lines.append({p, line.textStart(), line.textLength(), line.height(), line.ascent()});
        }
        layout.endLayout();
    }
    return lines;
}

qreal heightOf(const QList<Line>& lines)
{
    qreal h = 0;
    for (const Line& l : lines)
        h += l.height;
    return h;
}

/// Draws @p paras into @p box: at full size when they fit, else smaller (down to 62 %), else
/// as many lines as fit with the last one ellipsized. Text never leaves the box.
void fitText(QPainter* painter, const QRectF& box, QList<Para> paras)
{
    QList<Line> lines;
    const QList<Para> base = paras;
    for (qreal scale : {1.0, 0.92, 0.85, 0.78, 0.7, 0.62}) {
        paras = base;
        for (Para& p : paras)
            p.font.setPixelSize(std::max(1, qRound(p.font.pixelSize() * scale)));
        lines = wrap(paras, box.width());
        if (heightOf(lines) <= box.height())
            break;
    }
    if (!painter)
        return;
    painter->save();
    painter->setClipRect(box);
    qreal y = box.top();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line& line = lines.at(i);
        const Para& para = paras.at(line.para);
        const bool lastThatFits = i + 1 < lines.size() && y + line.height + lines.at(i + 1).height > box.bottom() + 0.01;
        if (y + line.height > box.bottom() + 0.01)
            break;
        painter->setFont(para.font);
        painter->setPen(para.color);
        QString text = para.text.mid(line.start, line.length);
        if (lastThatFits)
            text = QFontMetricsF(para.font).elidedText(para.text.mid(line.start).simplified() + QStringLiteral(" …"), Qt::ElideRight, box.width());
        if (lastThatFits && text.endsWith(QStringLiteral(" …")) && para.text.mid(line.start).simplified().size() == text.size() - 2)
            text.chop(2); // the rest fitted after all: no ellipsis
        painter->drawText(QPointF(box.left(), y + line.ascent), text.trimmed());
        y += line.height;
        if (lastThatFits)
            break;
    }
    painter->restore();
}

struct Placed
{
    const SummitItem* item;
    const Slot* slot;
    int room; ///< column
    int start; ///< minutes from midnight
    int end;
};

/// The pages of a document, counted in a first pass (no painter) and drawn in a second, so
/// every footer can say "page x of y".
class Document
{
public:
    Document(QPagedPaintDevice* device, const Summit& summit, const Agenda::Options& options, int totalPages)
        : m_device(device)
        , m_summit(summit)
        , m_options(options)
        , m_total(totalPages)
    {
        const QPageLayout layout(QPageSize(options.paper), Agenda::orientation(summit, options), QMarginsF());
        const QSizeF points = layout.fullRectPoints().size();
        m_page = QSizeF(u(points.width()), u(points.height()));
        m_margin = u(34);
        if (device) {
            m_painter.begin(device);
            m_painter.setRenderHint(QPainter::Antialiasing);
            m_painter.setRenderHint(QPainter::TextAntialiasing);
            const qreal scale = device->logicalDpiX() / 72.0 / kUnitsPerPoint;
            m_painter.scale(scale, scale);
        }
    }

    QPainter* painter() { return m_device ? &m_painter : nullptr; }
    int pages() const { return m_pageNumber; }
    const QSizeF& page() const { return m_page; }

    /// Starts a page with the header (summit, @p subtitle) and footer; returns the body.
    QRectF newPage(const QString& subtitle)
    {
        if (m_pageNumber > 0 && m_device)
            m_device->newPage();
        ++m_pageNumber;
        const qreal width = m_page.width() - 2 * m_margin;
        const QRectF title(m_margin, m_margin, width, u(22));
        const QRectF sub(m_margin, title.bottom(), width, u(14));
        const QRectF footer(m_margin, m_page.height() - m_margin - u(10), width, u(10));
        if (QPainter* p = painter()) {
            p->setPen(kInk);
            p->setFont(font(16, QFont::Bold));
            const QString release = m_options.release > 0 ? Agenda::tr("Release %1").arg(m_options.release) : Agenda::tr("Draft — not released");
            const qreal releaseWidth = QFontMetricsF(font(9, QFont::DemiBold)).horizontalAdvance(release) + u(12);
            p->drawText(QRectF(title.left(), title.top(), title.width() - releaseWidth, title.height()), Qt::AlignLeft | Qt::AlignVCenter,
                        QFontMetricsF(p->font()).elidedText(m_summit.name, Qt::ElideRight, title.width() - releaseWidth));
            p->setFont(font(9, QFont::DemiBold));
            p->setPen(m_options.release > 0 ? kGrey : QColor(0xb0, 0x3a, 0x2e));
            p->drawText(title, Qt::AlignRight | Qt::AlignVCenter, release);
            p->setFont(font(10));
            p->setPen(kGrey);
            p->drawText(sub, Qt::AlignLeft | Qt::AlignVCenter, QFontMetricsF(p->font()).elidedText(subtitle, Qt::ElideRight, sub.width()));
            p->setPen(QPen(kRule, u(0.6)));
            p->drawLine(QPointF(m_margin, sub.bottom() + u(5)), QPointF(m_margin + width, sub.bottom() + u(5)));
            p->setFont(font(7.5));
            p->setPen(kGrey);
            p->drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                        Agenda::tr("CoE Studio · %1 · printed %2")
                            .arg(m_options.release > 0 ? Agenda::tr("release %1").arg(m_options.release) : Agenda::tr("draft"),
                                 QLocale().toString(m_options.printedOn, QLocale::ShortFormat)));
            p->drawText(footer, Qt::AlignRight | Qt::AlignVCenter, Agenda::tr("Page %1 of %2").arg(m_pageNumber).arg(std::max(m_total, m_pageNumber)));
        }
        return QRectF(m_margin, sub.bottom() + u(14), width, footer.top() - u(10) - (sub.bottom() + u(14)));
    }

    QString dayTitle(int index, const QDate& day) const
    {
        QStringList parts{Agenda::tr("Day %1").arg(index), QLocale().toString(day, QLocale::LongFormat)};
        if (!m_summit.venue.isEmpty())
            parts << m_summit.venue;
        return parts.join(QStringLiteral(" · "));
    }

private:
    QPagedPaintDevice* m_device;
    QPainter m_painter;
    const Summit& m_summit;
    const Agenda::Options& m_options;
    int m_total;
    int m_pageNumber = 0;
    QSizeF m_page;
    qreal m_margin;
};

QList<Room> roomsInOrder(const Summit& summit)
{
    QList<Room> rooms = summit.rooms;
    std::stable_sort(rooms.begin(), rooms.end(), [](const Room& a, const Room& b) { return a.position < b.position; });
    return rooms;
}

QList<QDate> days(const Summit& summit, const Agenda::Options& options)
{
    QList<QDate> list;
    int index = 1;
    for (QDate d = summit.startsOn; d.isValid() && d <= summit.endsOn; d = d.addDays(1), ++index)
        if (options.day == 0 || options.day == index)
            list << d;
    return list;
}

QList<Placed> placedOn(const Summit& summit, const QList<Room>& rooms, const QDate& day)
{
    QList<Placed> list;
    for (const SummitItem& item : summit.items)
        for (const Slot& slot : item.slots) {
            if (slot.startsAt.date() != day)
                continue;
            const auto room = std::find_if(rooms.cbegin(), rooms.cend(), [&slot](const Room& r) { return r.id == slot.roomId; });
            if (room == rooms.cend())
                continue;
            const int start = slot.startsAt.time().msecsSinceStartOfDay() / 60000;
            const int end = int(start + wallMinutes(slot.endsAt) - wallMinutes(slot.startsAt));
            list.append({&item, &slot, int(room - rooms.cbegin()), start, end});
        }
    std::sort(list.begin(), list.end(), [](const Placed& a, const Placed& b) { return std::tie(a.start, a.room, a.end) < std::tie(b.start, b.room, b.end); });
    return list;
}

QString speakersOf(const SummitItem& item, const Agenda::Options& options)
{
    QStringList names;
    for (Id id : item.speakerIds)
        names << options.people.value(id, Agenda::tr("Person %1").arg(id));
    return names.join(QStringLiteral(", "));
}


// ---- the agenda grid ----------------------------------------------------------------------

/// Minutes [from, to) of one page: cut only where no item runs across.
QList<std::pair<int, int>> pageRanges(const QList<Placed>& items, int from, int to, int capacity)
{
    QList<std::pair<int, int>> ranges;
    QList<int> cuts{to};
    for (const Placed& p : items)
        cuts << p.start << p.end;
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    const auto crosses = [&items](int t) { return std::any_of(items.cbegin(), items.cend(), [t](const Placed& p) { return p.start < t && t < p.end; }); };
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
            subtitle += Agenda::tr(" · %1–%2 (part %3 of %4)").arg(clock(start), clock(end)).arg(r + 1).arg(ranges.size());
        const QRectF page = doc.newPage(subtitle);
        QPainter* p = doc.painter();
        if (!p)
            continue;
        legend(p, summit, QRectF(page.left(), page.top(), page.width(), legendHeight));
        const QRectF grid(page.left() + axis, page.top() + legendHeight + headerHeight, page.width() - axis, gridHeight);
        const qreal scale = std::min(maximumScale, grid.height() / std::max(1, end - start));
        const qreal column = grid.width() / std::max<qsizetype>(1, rooms.size());
        const auto yAt = [&](int minute) { return grid.top() + (minute - start) * scale; };

        // Room headers.
        for (qsizetype c = 0; c < rooms.size(); ++c) {
            const QRectF head(grid.left() + c * column + u(3), grid.top() - headerHeight, column - u(6), headerHeight - u(4));
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
            p->drawLine(QPointF(grid.left() + c * column, grid.top() - headerHeight + u(2)), QPointF(grid.left() + c * column, yAt(end)));

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
        std::sort(onPage.begin(), onPage.end(), [](const Placed* a, const Placed* b) { return std::tie(a->item->id, a->start, a->room) < std::tie(b->item->id, b->start, b->room); });
        for (const Placed* pl : onPage) {
            if (!boxes.isEmpty() && boxes.last().first->item == pl->item && boxes.last().first->start == pl->start && boxes.last().first->end == pl->end
                && boxes.last().lastRoom + 1 == pl->room)
                boxes.last().lastRoom = pl->room;
            else
                boxes.append({pl, pl->room, pl->room});
        }
        for (qsizetype i = 0; i < boxes.size(); ++i) {
            for (qsizetype j = 0; j < i; ++j) {
                const bool sameColumns = boxes[i].firstRoom <= boxes[j].lastRoom && boxes[j].firstRoom <= boxes[i].lastRoom;
                const bool sameTime = boxes[i].first->start < boxes[j].first->end && boxes[j].first->start < boxes[i].first->end;
                if (sameColumns && sameTime && boxes[j].lane == boxes[i].lane)
                    boxes[i].lane = boxes[j].lane + 1;
            }
        }
        for (Box& b : boxes)
            for (const Box& other : std::as_const(boxes))
                if (b.firstRoom <= other.lastRoom && other.firstRoom <= b.lastRoom && b.first->start < other.first->end && other.first->start < b.first->end)
                    b.lanes = std::max(b.lanes, other.lane + 1);
        for (const Box& b : std::as_const(boxes)) {
            const SummitItem& item = *b.first->item;
            const qreal laneWidth = (column * (b.lastRoom - b.firstRoom + 1)) / b.lanes;
            const QRectF rect(grid.left() + b.firstRoom * column + b.lane * laneWidth + u(2.5), yAt(b.first->start) + u(1.2), laneWidth - u(5),
                              (b.first->end - b.first->start) * scale - u(2.4));
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
            const QRectF text = rect.adjusted(u(6), u(2.5), -u(3), -u(2));
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
                paras = {{compact, font(7.5, QFont::Bold), item.kind == SummitItem::Break ? kGrey : kInk}};
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

// ---- lists: tracks and run sheets -----------------------------------------------------------

/// A block of a list: a narrow left column (when, where) and a wide one (what, who, about).
struct Block
{
    QList<Para> left;
    QList<Para> right;
};

class ListWriter
{
public:
    ListWriter(Document& doc) : m_doc(doc) {}

    /// Starts a section under a heading: on a new page when @p ownPage (or when less than a
    /// fifth of the page is left), else below the previous one.
    void section(const QString& subtitle, const QString& heading, const QColor& color, bool ownPage)
    {
        m_subtitle = subtitle;
        m_heading = heading;
        m_color = color;
        if (ownPage || m_body.isNull() || m_y > m_body.bottom() - m_body.height() / 5) {
            m_body = m_doc.newPage(subtitle);
            m_y = m_body.top();
        } else {
            m_y += u(14);
        }
        drawHeading(false);
    }

    void add(const Block& block)
    {
        const qreal leftWidth = u(110);
        const qreal gap = u(12);
        const qreal rightWidth = m_body.width() - leftWidth - gap;
        const qreal height = std::max(heightOf(wrap(block.left, leftWidth)), heightOf(wrap(block.right, rightWidth))) + u(10);
        if (m_y + height > m_body.bottom() && m_y > m_body.top() + u(40)) {
            m_body = m_doc.newPage(m_subtitle);
            m_y = m_body.top();
            drawHeading(true);
        }
        if (QPainter* p = m_doc.painter()) {
            const qreal h = std::min(height, m_body.bottom() - m_y); // a block taller than a page is cut at its box
            fitText(p, QRectF(m_body.left(), m_y, leftWidth, h - u(10)), block.left);
            fitText(p, QRectF(m_body.left() + leftWidth + gap, m_y, rightWidth, h - u(10)), block.right);
            p->setPen(QPen(QColor(0xe0, 0xe0, 0xe0), u(0.5)));
            p->drawLine(QPointF(m_body.left(), m_y + h - u(5)), QPointF(m_body.right(), m_y + h - u(5)));
        }
        m_y += height;
    }

    void note(const QString& text)
    {
        if (QPainter* p = m_doc.painter())
            fitText(p, QRectF(m_body.left(), m_y, m_body.width(), u(20)), {{text, font(9.5, QFont::Normal, true), kGrey}});
        m_y += u(20);
    }

private:
    void drawHeading(bool continued)
    {
        const QString text = continued ? Agenda::tr("%1 (continued)").arg(m_heading) : m_heading;
        if (QPainter* p = m_doc.painter()) {
            if (m_color.isValid())
                p->fillRect(QRectF(m_body.left(), m_y + u(3), u(5), u(16)), m_color);
            p->setFont(font(14, QFont::Bold));
            p->setPen(kInk);
            p->drawText(QRectF(m_body.left() + (m_color.isValid() ? u(11) : 0), m_y, m_body.width(), u(22)), Qt::AlignLeft | Qt::AlignVCenter, text);
        }
        m_y += u(32);
    }

    Document& m_doc;
    QString m_subtitle;
    QString m_heading;
    QColor m_color;
    QRectF m_body;
    qreal m_y = 0;
};

void trackLists(Document& doc, const Summit& summit, const Agenda::Options& options)
{
    const QList<Room> rooms = roomsInOrder(summit);
    const QList<QDate> wanted = days(summit, options);
    struct Group
    {
        QString name;
        QColor color;
        Id track;
    };
    QList<Group> groups;
    for (const Track& t : summit.tracks)
        groups.append({t.name, t.color, t.id});
    groups.append({Agenda::tr("Plenaries and other items"), kPlenaryEdge, 0});
    ListWriter list(doc);
    bool any = false;
    for (const Group& g : std::as_const(groups)) {
        QList<Placed> items;
        for (const QDate& day : wanted)
            for (const Placed& p : placedOn(summit, rooms, day))
                if (p.item->trackId == g.track && p.item->kind != SummitItem::Break)
                    items.append(p);
        if (items.isEmpty())
            continue;
        any = true;
        list.section(Agenda::tr("Programme by track"), g.name, g.color, false);
        for (const Placed& p : std::as_const(items)) {
            Block block;
            block.left = {{QLocale().toString(p.slot->startsAt.date(), QStringLiteral("ddd d MMM")), font(8.5, QFont::DemiBold)},
                          {QStringLiteral("%1–%2").arg(clock(p.start), clock(p.end)), font(8.5)},
                          {rooms.at(p.room).name, font(8.5), kGrey}};
            block.right = {{p.item->title, font(10.5, QFont::Bold)}};
            const QString speakers = speakersOf(*p.item, options);
            if (!speakers.isEmpty())
                block.right.append({speakers, font(9, QFont::Normal, true), QColor(0x33, 0x33, 0x33)});
            block.right.append({SummitItem::kindLabel(p.item->kind), font(7.5), kGrey});
            if (!p.item->abstract.trimmed().isEmpty())
                block.right.append({p.item->abstract.trimmed(), font(9)});
            list.add(block);
        }
    }
    if (!any) {
        list.section(Agenda::tr("Programme by track"), Agenda::tr("No scheduled items"), QColor(), true);
        list.note(Agenda::tr("Schedule items on the timetable to list them here."));
    }
}

void runSheets(Document& doc, const Summit& summit, const Agenda::Options& options)
{
    const QList<Room> rooms = roomsInOrder(summit);
    const QList<QDate> wanted = days(summit, options);
    QHash<Id, QList<Placed>> bySpeaker;
    for (const QDate& day : wanted)
        for (const Placed& p : placedOn(summit, rooms, day))
            for (Id person : p.item->speakerIds)
                bySpeaker[person].append(p);
    QList<Id> speakers = bySpeaker.keys();
    std::sort(speakers.begin(), speakers.end(), [&options](Id a, Id b) {
        return options.people.value(a).compare(options.people.value(b), Qt::CaseInsensitive) < 0;
    });
    ListWriter list(doc);
    if (speakers.isEmpty()) {
        list.section(Agenda::tr("Speakers' run sheet"), Agenda::tr("No speakers scheduled"), QColor(), true);
        return;
    }
    for (Id person : std::as_const(speakers)) {
        list.section(Agenda::tr("Speakers' run sheet"), options.people.value(person, Agenda::tr("Person %1").arg(person)), QColor(), true);
        for (const Placed& p : bySpeaker.value(person)) {
            const Room& room = rooms.at(p.room);
            Block block;
            block.left = {{QLocale().toString(p.slot->startsAt.date(), QStringLiteral("ddd d MMM")), font(9, QFont::DemiBold)},
                          {QStringLiteral("%1–%2").arg(clock(p.start), clock(p.end)), font(9)},
                          {room.name, font(9, QFont::Bold)}};
            block.right = {{p.item->title, font(10.5, QFont::Bold)},
                           {Agenda::tr("%1 · %2 min · be in the room by %3").arg(SummitItem::kindLabel(p.item->kind)).arg(p.end - p.start).arg(clock(std::max(0, p.start - 10))),
                            font(8.5), kGrey}};
            QStringList others;
            for (Id id : p.item->speakerIds)
                if (id != person)
                    others << options.people.value(id);
            if (!others.isEmpty())
                block.right.append({Agenda::tr("With %1").arg(others.join(QStringLiteral(", "))), font(9, QFont::Normal, true)});
            QStringList missing;
            for (const QString& e : p.item->equipment)
                if (std::none_of(room.equipment.cbegin(), room.equipment.cend(), [&e](const QString& r) { return r.compare(e, Qt::CaseInsensitive) == 0; }))
                    missing << e;
            if (!p.item->equipment.isEmpty())
                block.right.append({Agenda::tr("Needs: %1").arg(p.item->equipment.join(QStringLiteral(", "))), font(9)});
            block.right.append({room.equipment.isEmpty() ? Agenda::tr("Room equipment: none listed")
                                                         : Agenda::tr("Room equipment: %1").arg(room.equipment.join(QStringLiteral(", "))),
                                font(9), kGrey});
            if (!missing.isEmpty())
                block.right.append({Agenda::tr("Missing in this room: %1 — talk to the organisers").arg(missing.join(QStringLiteral(", "))),
                                    font(9, QFont::Bold), QColor(0xb0, 0x3a, 0x2e)});
            list.add(block);
        }
    }
}

// ---- room signs -----------------------------------------------------------------------------

void roomSigns(Document& doc, const Summit& summit, const Agenda::Options& options)
{
    const QList<Room> rooms = roomsInOrder(summit);
    const QList<QDate> wanted = days(summit, options);
    int dayIndex = 0;
    for (QDate d = summit.startsOn; d.isValid() && d <= summit.endsOn; d = d.addDays(1)) {
        ++dayIndex;
        if (!wanted.contains(d))
            continue;
        const QList<Placed> placed = placedOn(summit, rooms, d);
        for (qsizetype r = 0; r < rooms.size(); ++r) {
            QList<Placed> here;
            for (const Placed& p : placed)
                if (p.room == r)
                    here.append(p);
            const QRectF body = doc.newPage(doc.dayTitle(dayIndex, d));
            QPainter* p = doc.painter();
            if (!p)
                continue;
            fitText(p, QRectF(body.left(), body.top(), body.width(), u(64)), {{rooms.at(r).name, font(44, QFont::Bold)}});
            fitText(p, QRectF(body.left(), body.top() + u(62), body.width(), u(26)),
                    {{QLocale().toString(d, QStringLiteral("dddd d MMMM")), font(18), kGrey}});
            p->setPen(QPen(kInk, u(1.5)));
            p->drawLine(QPointF(body.left(), body.top() + u(96)), QPointF(body.right(), body.top() + u(96)));
            const QRectF list(body.left(), body.top() + u(110), body.width(), body.height() - u(110));
            if (here.isEmpty()) {
                fitText(p, list, {{Agenda::tr("Nothing in this room today."), font(20, QFont::Normal, true), kGrey}});
                continue;
            }
            // Large type, shrunk together until the whole day fits on the sign.
            const qreal timeWidth = u(120);
            const auto timeHeight = [&](qreal scale) {
                return heightOf(wrap({{QStringLiteral("00:00"), font(20 * scale, QFont::Bold)}, {QStringLiteral("00:00"), font(12 * scale)}}, timeWidth));
            };
            for (qreal scale : {1.0, 0.85, 0.72, 0.6, 0.5, 0.42, 0.35}) {
                qreal total = 0;
                QList<QList<Para>> rows;
                for (const Placed& pl : std::as_const(here)) {
                    QList<Para> row{{pl.item->title, font(20 * scale, QFont::Bold)}};
                    const QString speakers = speakersOf(*pl.item, options);
                    if (!speakers.isEmpty())
                        row.append({speakers, font(14 * scale, QFont::Normal, true), QColor(0x33, 0x33, 0x33)});
                    rows.append(row);
                    total += std::max(heightOf(wrap(row, list.width() - timeWidth * scale)), timeHeight(scale)) + u(14 * scale);
                }
                if (total > list.height() && scale > 0.36)
                    continue;
                qreal y = list.top();
                for (qsizetype i = 0; i < here.size(); ++i) {
                    const qreal h = std::max(heightOf(wrap(rows.at(i), list.width() - timeWidth * scale)), timeHeight(scale));
                    const Track* track = summit.track(here.at(i).item->trackId);
                    if (track)
                        p->fillRect(QRectF(list.left(), y + u(3 * scale), u(4), h - u(6 * scale)), track->color);
                    fitText(p, QRectF(list.left() + u(10), y, timeWidth * scale, h),
                            {{clock(here.at(i).start), font(20 * scale, QFont::Bold)}, {clock(here.at(i).end), font(12 * scale), kGrey}});
                    fitText(p, QRectF(list.left() + timeWidth * scale + u(10), y, list.width() - timeWidth * scale - u(10), std::min(h, list.bottom() - y)), rows.at(i));
                    y += h + u(14 * scale);
                    if (y > list.bottom())
                        break;
                }
                break;
            }
        }
    }
}

void paintAll(Document& doc, const Summit& summit, const Agenda::Options& options)
{
    switch (options.kind) {
    case Agenda::Grid: {
        int index = 0;
        const QList<QDate> wanted = days(summit, options);
        for (QDate d = summit.startsOn; d.isValid() && d <= summit.endsOn; d = d.addDays(1)) {
            ++index;
            if (wanted.contains(d))
                gridDay(doc, summit, options, index, d);
        }
        break;
    }
    case Agenda::Tracks:
        trackLists(doc, summit, options);
        break;
    case Agenda::RoomSigns:
        roomSigns(doc, summit, options);
        break;
    case Agenda::RunSheet:
        runSheets(doc, summit, options);
        break;
    }
    if (doc.pages() == 0) // e.g. --day beyond the summit: still one page that says so
        doc.newPage(Agenda::tr("No day %1 in this summit").arg(options.day));
}

void changelog(Document& doc, const QList<ScheduleChange>& changes, const QString& between)
{
    ListWriter list(doc);
    const QString subtitle = Agenda::tr("Changes to the schedule · %1").arg(between);
    if (changes.isEmpty()) {
        list.section(subtitle, Agenda::tr("No changes"), QColor(), true);
        list.note(Agenda::tr("Every item is where and when it was."));
        return;
    }
    const QString headings[] = {Agenda::tr("Added"), Agenda::tr("Moved"), Agenda::tr("Changed"), Agenda::tr("Cancelled")};
    const QColor colors[] = {QColor(0x2c, 0x7f, 0xb8), QColor(0xc8, 0x9b, 0x3c), QColor(0x80, 0x7d, 0xba), QColor(0xb0, 0x3a, 0x2e)};
    bool first = true;
    for (int kind = ScheduleChange::Added; kind <= ScheduleChange::Cancelled; ++kind) {
        QList<ScheduleChange> ofKind;
        for (const ScheduleChange& c : changes)
            if (c.kind == kind)
                ofKind.append(c);
        if (ofKind.isEmpty())
            continue;
        list.section(subtitle, QStringLiteral("%1 (%2)").arg(headings[kind]).arg(ofKind.size()), colors[kind], first);
        first = false;
        for (const ScheduleChange& c : std::as_const(ofKind)) {
            Block block;
            block.left = {{c.at.isValid() ? QLocale().toString(c.at.date(), QStringLiteral("ddd d MMM")) : QString(), font(8.5, QFont::DemiBold)},
                          {c.at.isValid() ? clock(c.at.time()) : QString(), font(8.5)}};
            block.right = {{c.title, font(10.5, c.kind == ScheduleChange::Cancelled ? QFont::Normal : QFont::Bold)}};
            if (!c.before.isEmpty())
                block.right.append({(c.kind == ScheduleChange::Cancelled ? Agenda::tr("Was: %1") : Agenda::tr("Before: %1")).arg(c.before), font(9), kGrey});
            if (!c.after.isEmpty())
                block.right.append({(c.kind == ScheduleChange::Added ? Agenda::tr("At: %1") : Agenda::tr("Now: %1")).arg(c.after), font(9)});
            list.add(block);
        }
    }
}

} // namespace

int Agenda::paintChangelog(QPagedPaintDevice& device, const Summit& summit, const QList<ScheduleChange>& changes, const QString& between,
                           const Options& options)
{
    Options portrait = options;
    portrait.kind = Tracks; // lists are portrait
    Document count(nullptr, summit, portrait, 0);
    changelog(count, changes, between);
    Document doc(&device, summit, portrait, count.pages());
    changelog(doc, changes, between);
    return doc.pages();
}

Result<int> Agenda::writeChangelogPdf(const Summit& summit, const QList<ScheduleChange>& changes, const QString& between, const Options& options,
                                      const QString& path)
{
    return writePdfFile(path, tr("%1 — changes · %2").arg(summit.name, between),
                        QPageLayout(QPageSize(options.paper), QPageLayout::Portrait, QMarginsF()), 600,
                        [&](QPagedPaintDevice& device) { return paintChangelog(device, summit, changes, between, options); });
}

std::optional<Agenda::Kind> Agenda::kindFromName(const QString& name)
{
    for (int k = Grid; k <= RunSheet; ++k)
        if (kindName(Kind(k)) == name.trimmed().toLower())
            return Kind(k);
    return std::nullopt;
}

QString Agenda::kindName(Kind kind)
{
    static const char* const names[] = {"agenda", "track", "room-signs", "run-sheet"};
    return QString::fromLatin1(names[kind]);
}

QPageLayout::Orientation Agenda::orientation(const Summit& summit, const Options& options)
{
    return options.kind == Grid && summit.rooms.size() > 4 ? QPageLayout::Landscape : QPageLayout::Portrait;
}

int Agenda::paint(QPagedPaintDevice& device, const Summit& summit, const Options& options)
{
    Document count(nullptr, summit, options, 0);
    paintAll(count, summit, options);
    Document doc(&device, summit, options, count.pages());
    paintAll(doc, summit, options);
    return doc.pages();
}

Result<int> Agenda::writePdf(const Summit& summit, const Options& options, const QString& path)
{
    return writePdfFile(path, tr("%1 — %2").arg(summit.name, kindName(options.kind)),
                        QPageLayout(QPageSize(options.paper), orientation(summit, options), QMarginsF()), 600,
                        [&](QPagedPaintDevice& device) { return paint(device, summit, options); });
}

} // namespace coe::render
