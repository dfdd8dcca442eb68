// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/agendapage.h"

#include "core/timezone.h"

#include <QLocale>
#include <QTextLayout>

#include <algorithm>

namespace coe::render::detail {

QFont font(qreal points, QFont::Weight weight, bool italic)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(1, qRound(u(points))));
    f.setWeight(weight);
    f.setItalic(italic);
    return f;
}

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
        const bool lastThatFits =
            i + 1 < lines.size() && y + line.height + lines.at(i + 1).height > box.bottom() + 0.01;
        if (y + line.height > box.bottom() + 0.01)
            break;
        painter->setFont(para.font);
        painter->setPen(para.color);
        QString text = para.text.mid(line.start, line.length);
        if (lastThatFits)
            text = QFontMetricsF(para.font).elidedText(para.text.mid(line.start).simplified() + QStringLiteral(" …"),
                                                       Qt::ElideRight, box.width());
        if (lastThatFits && text.endsWith(QStringLiteral(" …")) &&
            para.text.mid(line.start).simplified().size() == text.size() - 2)
            text.chop(2); // the rest fitted after all: no ellipsis
        painter->drawText(QPointF(box.left(), y + line.ascent), text.trimmed());
        y += line.height;
        if (lastThatFits)
            break;
    }
    painter->restore();
}

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
            const auto room =
                std::find_if(rooms.cbegin(), rooms.cend(), [&slot](const Room& r) { return r.id == slot.roomId; });
            if (room == rooms.cend())
                continue;
            const int start = slot.startsAt.time().msecsSinceStartOfDay() / 60000;
            const int end = int(start + wallMinutes(slot.endsAt) - wallMinutes(slot.startsAt));
            list.append({&item, &slot, int(room - rooms.cbegin()), start, end});
        }
    std::sort(list.begin(), list.end(), [](const Placed& a, const Placed& b) {
        return std::tie(a.start, a.room, a.end) < std::tie(b.start, b.room, b.end);
    });
    return list;
}

QString speakersOf(const SummitItem& item, const Agenda::Options& options)
{
    QStringList names;
    for (Id id : item.speakerIds)
        names << options.people.value(id, Agenda::tr("Person %1").arg(id));
    return names.join(QStringLiteral(", "));
}

Document::Document(QPagedPaintDevice* device, const Summit& summit, const Agenda::Options& options, int totalPages)
    : m_device(device), m_summit(summit), m_options(options), m_total(totalPages)
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

QRectF Document::newPage(const QString& subtitle)
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
        const QString release = m_options.release > 0 ? Agenda::tr("Release %1").arg(m_options.release)
                                                      : Agenda::tr("Draft — not released");
        const qreal releaseWidth = QFontMetricsF(font(9, QFont::DemiBold)).horizontalAdvance(release) + u(12);
        p->drawText(QRectF(title.left(), title.top(), title.width() - releaseWidth, title.height()),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetricsF(p->font()).elidedText(m_summit.name, Qt::ElideRight, title.width() - releaseWidth));
        p->setFont(font(9, QFont::DemiBold));
        p->setPen(m_options.release > 0 ? kGrey : QColor(0xb0, 0x3a, 0x2e));
        p->drawText(title, Qt::AlignRight | Qt::AlignVCenter, release);
        p->setFont(font(10));
        p->setPen(kGrey);
        p->drawText(sub, Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetricsF(p->font()).elidedText(subtitle, Qt::ElideRight, sub.width()));
        p->setPen(QPen(kRule, u(0.6)));
        p->drawLine(QPointF(m_margin, sub.bottom() + u(5)), QPointF(m_margin + width, sub.bottom() + u(5)));
        p->setFont(font(7.5));
        p->setPen(kGrey);
        p->drawText(
            footer, Qt::AlignLeft | Qt::AlignVCenter,
            Agenda::tr("CoE Studio · %1 · printed %2")
                .arg(m_options.release > 0 ? Agenda::tr("release %1").arg(m_options.release) : Agenda::tr("draft"),
                     QLocale().toString(m_options.printedOn, QLocale::ShortFormat)));
        p->drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                    Agenda::tr("Page %1 of %2").arg(m_pageNumber).arg(std::max(m_total, m_pageNumber)));
    }
    return QRectF(m_margin, sub.bottom() + u(14), width, footer.top() - u(10) - (sub.bottom() + u(14)));
}

QString Document::dayTitle(int index, const QDate& day) const
{
    QStringList parts{Agenda::tr("Day %1").arg(index), QLocale().toString(day, QLocale::LongFormat)};
    parts << Agenda::tr("times in %1").arg(TimeZones::name(m_summit.zone()));
    if (!m_summit.venue.isEmpty())
        parts << m_summit.venue;
    return parts.join(QStringLiteral(" · "));
}

} // namespace coe::render::detail
