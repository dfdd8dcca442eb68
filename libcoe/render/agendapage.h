// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the print pack's kinds (agenda.cpp, agendagrid.cpp, agendalists.cpp): units,
// colours, text that fits a box, the paged Document with header and footer, and the summit's
// rooms, days and placed items. Internal to render/.
#pragma once

#include "domain/summit.h"
#include "render/agenda.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRectF>

namespace coe::render::detail {

// Layout works in tenths of a point: the painter is scaled so one unit is 0.1 pt, and fonts
// get pixel sizes in those units, so metrics are the same on every device (PDF, printer).
constexpr qreal kUnitsPerPoint = 10;
constexpr qreal u(qreal points)
{
    return points * kUnitsPerPoint;
}

inline const QColor kInk(0x22, 0x22, 0x22);
inline const QColor kGrey(0x66, 0x66, 0x66);
inline const QColor kRule(0xbb, 0xbb, 0xbb);
inline const QColor kBreakFill(0xee, 0xee, 0xee);
inline const QColor kPlenaryFill(0xfb, 0xf1, 0xdc);
inline const QColor kPlenaryEdge(0xc8, 0x9b, 0x3c);

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

struct Placed
{
    const SummitItem* item;
    const Slot* slot;
    int room;  ///< column
    int start; ///< minutes from midnight
    int end;
};

/// The pages of a document, counted in a first pass (no painter) and drawn in a second, so
/// every footer can say "page x of y".
class Document
{
public:
    Document(QPagedPaintDevice* device, const Summit& summit, const Agenda::Options& options, int totalPages);

    QPainter* painter() { return m_device ? &m_painter : nullptr; }
    int pages() const { return m_pageNumber; }
    const QSizeF& page() const { return m_page; }

    /// Starts a page with the header (summit, @p subtitle) and footer; returns the body.
    QRectF newPage(const QString& subtitle);

    QString dayTitle(int index, const QDate& day) const;

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

QFont font(qreal points, QFont::Weight weight = QFont::Normal, bool italic = false);

/// @p color mixed with white: pastel fills that print light and keep black text readable.
QColor tint(const QColor& color, qreal amount);

QString clock(const QTime& t);

QString clock(int minutes);

/// Wraps @p paras into @p width; every line, in order.
QList<Line> wrap(const QList<Para>& paras, qreal width);

qreal heightOf(const QList<Line>& lines);

/// Draws @p paras into @p box: at full size when they fit, else smaller (down to 62 %), else
/// as many lines as fit with the last one ellipsized. Text never leaves the box.
void fitText(QPainter* painter, const QRectF& box, QList<Para> paras);

QList<Room> roomsInOrder(const Summit& summit);

QList<QDate> days(const Summit& summit, const Agenda::Options& options);

QList<Placed> placedOn(const Summit& summit, const QList<Room>& rooms, const QDate& day);

QString speakersOf(const SummitItem& item, const Agenda::Options& options);

/// One day of the agenda grid (rooms across, time down), over as many pages as it needs.
void gridDay(Document& doc, const Summit& summit, const Agenda::Options& options, int dayIndex, const QDate& day);
/// Per track: every item with time, room, speakers and the full abstract.
void trackLists(Document& doc, const Summit& summit, const Agenda::Options& options);
/// Per room and day: the timed running order with speakers and equipment.
void runSheets(Document& doc, const Summit& summit, const Agenda::Options& options);
/// Per room and day: a large sign for the door.
void roomSigns(Document& doc, const Summit& summit, const Agenda::Options& options);
/// The changes between two releases, by kind.
void changelog(Document& doc, const QList<ScheduleChange>& changes, const QString& between);

} // namespace coe::render::detail
