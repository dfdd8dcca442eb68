// SPDX-License-Identifier: GPL-3.0-or-later
// The list kinds of the print pack: track lists, run sheets, room signs and the changelog.
#include "render/agendapage.h"

#include <QLocale>

#include <algorithm>

namespace coe::render::detail {

namespace {

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
        const qreal height =
            std::max(heightOf(wrap(block.left, leftWidth)), heightOf(wrap(block.right, rightWidth))) + u(10);
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
            fitText(p, QRectF(m_body.left(), m_y, m_body.width(), u(20)),
                    {{text, font(9.5, QFont::Normal, true), kGrey}});
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
            p->drawText(QRectF(m_body.left() + (m_color.isValid() ? u(11) : 0), m_y, m_body.width(), u(22)),
                        Qt::AlignLeft | Qt::AlignVCenter, text);
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

} // namespace

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
        for (const QDate& day : wanted) {
            const QList<Placed> placed = placedOn(summit, rooms, day);
            for (const Placed& p : placed)
                if (p.item->trackId == g.track && p.item->kind != SummitItem::Break)
                    items.append(p);
        }
        if (items.isEmpty())
            continue;
        any = true;
        list.section(Agenda::tr("Programme by track"), g.name, g.color, false);
        for (const Placed& p : std::as_const(items)) {
            Block block;
            block.left = {
                {QLocale().toString(p.slot->startsAt.date(), QStringLiteral("ddd d MMM")), font(8.5, QFont::DemiBold)},
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
    for (const QDate& day : wanted) {
        const QList<Placed> placed = placedOn(summit, rooms, day);
        for (const Placed& p : placed)
            for (Id person : p.item->speakerIds)
                bySpeaker[person].append(p);
    }
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
        list.section(Agenda::tr("Speakers' run sheet"),
                     options.people.value(person, Agenda::tr("Person %1").arg(person)), QColor(), true);
        const QList<Placed> runs = bySpeaker.value(person);
        for (const Placed& p : runs) {
            const Room& room = rooms.at(p.room);
            Block block;
            block.left = {
                {QLocale().toString(p.slot->startsAt.date(), QStringLiteral("ddd d MMM")), font(9, QFont::DemiBold)},
                {QStringLiteral("%1–%2").arg(clock(p.start), clock(p.end)), font(9)},
                {room.name, font(9, QFont::Bold)}};
            block.right = {{p.item->title, font(10.5, QFont::Bold)},
                           {Agenda::tr("%1 · %2 min · be in the room by %3")
                                .arg(SummitItem::kindLabel(p.item->kind))
                                .arg(p.end - p.start)
                                .arg(clock(std::max(0, p.start - 10))),
                            font(8.5), kGrey}};
            QStringList others;
            for (Id id : p.item->speakerIds)
                if (id != person)
                    others << options.people.value(id);
            if (!others.isEmpty())
                block.right.append(
                    {Agenda::tr("With %1").arg(others.join(QStringLiteral(", "))), font(9, QFont::Normal, true)});
            QStringList missing;
            for (const QString& e : p.item->equipment)
                if (std::none_of(room.equipment.cbegin(), room.equipment.cend(),
                                 [&e](const QString& r) { return r.compare(e, Qt::CaseInsensitive) == 0; }))
                    missing << e;
            if (!p.item->equipment.isEmpty())
                block.right.append(
                    {Agenda::tr("Needs: %1").arg(p.item->equipment.join(QStringLiteral(", "))), font(9)});
            block.right.append({room.equipment.isEmpty()
                                    ? Agenda::tr("Room equipment: none listed")
                                    : Agenda::tr("Room equipment: %1").arg(room.equipment.join(QStringLiteral(", "))),
                                font(9), kGrey});
            if (!missing.isEmpty())
                block.right.append({Agenda::tr("Missing in this room: %1 — talk to the organisers")
                                        .arg(missing.join(QStringLiteral(", "))),
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
            fitText(p, QRectF(body.left(), body.top(), body.width(), u(64)),
                    {{rooms.at(r).name, font(44, QFont::Bold)}});
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
                return heightOf(wrap({{QStringLiteral("00:00"), font(20 * scale, QFont::Bold)},
                                      {QStringLiteral("00:00"), font(12 * scale)}},
                                     timeWidth));
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
                    total += std::max(heightOf(wrap(row, list.width() - timeWidth * scale)), timeHeight(scale)) +
                             u(14 * scale);
                }
                if (total > list.height() && scale > 0.36)
                    continue;
                qreal y = list.top();
                for (qsizetype i = 0; i < here.size(); ++i) {
                    const qreal h =
                        std::max(heightOf(wrap(rows.at(i), list.width() - timeWidth * scale)), timeHeight(scale));
                    const Track* track = summit.track(here.at(i).item->trackId);
                    if (track)
                        p->fillRect(QRectF(list.left(), y + u(3 * scale), u(4), h - u(6 * scale)), track->color);
                    fitText(p, QRectF(list.left() + u(10), y, timeWidth * scale, h),
                            {{clock(here.at(i).start), font(20 * scale, QFont::Bold)},
                             {clock(here.at(i).end), font(12 * scale), kGrey}});
                    fitText(p,
                            QRectF(list.left() + timeWidth * scale + u(10), y, list.width() - timeWidth * scale - u(10),
                                   std::min(h, list.bottom() - y)),
                            rows.at(i));
                    y += h + u(14 * scale);
                    if (y > list.bottom())
                        break;
                }
                break;
            }
        }
    }
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
    const QString headings[] = {Agenda::tr("Added"), Agenda::tr("Moved"), Agenda::tr("Changed"),
                                Agenda::tr("Cancelled")};
    const QColor colors[] = {QColor(0x2c, 0x7f, 0xb8), QColor(0xc8, 0x9b, 0x3c), QColor(0x80, 0x7d, 0xba),
                             QColor(0xb0, 0x3a, 0x2e)};
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
            block.left = {{c.at.isValid() ? QLocale().toString(c.at.date(), QStringLiteral("ddd d MMM")) : QString(),
                           font(8.5, QFont::DemiBold)},
                          {c.at.isValid() ? clock(c.at.time()) : QString(), font(8.5)}};
            block.right = {{c.title, font(10.5, c.kind == ScheduleChange::Cancelled ? QFont::Normal : QFont::Bold)}};
            if (!c.before.isEmpty())
                block.right.append(
                    {(c.kind == ScheduleChange::Cancelled ? Agenda::tr("Was: %1") : Agenda::tr("Before: %1"))
                         .arg(c.before),
                     font(9), kGrey});
            if (!c.after.isEmpty())
                block.right.append(
                    {(c.kind == ScheduleChange::Added ? Agenda::tr("At: %1") : Agenda::tr("Now: %1")).arg(c.after),
                     font(9)});
            list.add(block);
        }
    }
}

} // namespace coe::render::detail
