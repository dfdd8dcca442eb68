// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/summit.h"
#include "planning/conflicts.h"

#include <QWidget>

#include <tuple>

namespace coe::ui {

/// One day of a summit as a grid: rooms as columns, time as rows, items in their track
/// colours. Items are moved by dragging (across rooms too) and resized at their bottom edge,
/// snapping to the chosen minutes; items from the unscheduled pool are dropped onto it. The
/// widget only proposes changes through signals: the view writes them as undoable edits.
class TimetableWidget : public QWidget
{
    Q_OBJECT

public:
    static constexpr auto kItemMimeType = "application/x-coe-summit-item";

    explicit TimetableWidget(QWidget* parent = nullptr);

    /// What to show. @p rooms: the visible columns in order; @p track: only its items are
    /// drawn in full (others are faded); @p warnings: of the whole summit.
    void setSchedule(const Summit* summit, const QDate& day, const QList<Room>& rooms, Id track,
                     const QHash<Id, QString>& people, const QList<SummitWarning>& warnings);
    void setSnap(int minutes);
    int snap() const { return m_snap; }
    void setZoom(double pixelsPerMinute);
    double zoom() const { return m_zoom; }

    void selectSlot(Id slot);
    Id selectedSlot() const { return m_selected; }
    /// The rectangle of @p slot in widget coordinates (empty when not shown).
    QRect slotRect(Id slot) const;
    /// Where a drop or move at @p point would land: the room and the snapped start.
    std::pair<Id, QDateTime> cellAt(const QPoint& point) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

Q_SIGNALS:
    void slotSelected(coe::Id slot, coe::Id item);
    void slotMoved(coe::Id slot, coe::Id room, const QDateTime& start, const QDateTime& end);
    void itemDropped(coe::Id item, coe::Id room, const QDateTime& start);
    void unscheduleRequested(coe::Id slot);
    void copyToAllRoomsRequested(coe::Id slot);
    void editRequested(coe::Id item);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Placed
    {
        const SummitItem* item;
        const Slot* slot;
        int column;
        int start; ///< minutes from midnight
        int end;
        int lane = 0; ///< items that clash in one room share its width
        int lanes = 1;
    };
    enum class Drag
    {
        None,
        Move,
        Resize
    };

    void relayout();
    int columnWidth() const;
    int yAt(int minute) const;
    /// The least height an item is drawn with: one line of small bold text.
    int compactHeight() const;
    int minuteAt(int y) const;
    QRect rectOf(const Placed& p) const;
    const Placed* placedAt(const QPoint& point, bool* onBottomEdge = nullptr) const;
    const Placed* placed(Id slot) const;
    void proposeMove(const Placed& p, int column, int start, int end);
    int headerTop() const;

    // The steps of paintEvent(), in the order they paint.
    struct Paint;
    /// Shades the grid outside the venue's hours.
    void paintVenueHours(const Paint& pt) const;
    /// The time axis (lines every quarter hour, labels every half hour) and the columns' rules.
    void paintGrid(const Paint& pt) const;
    /// One item at @p r: its frame, warning badge, text and, when selected, its resize handle.
    void paintItem(const Paint& pt, const Placed& pl, const QRect& r) const;
    /// An item's frame in its track's colour, faded when another track is shown, outlined when
    /// selected or warned.
    void paintItemFrame(const Paint& pt, const QRect& r, const SummitItem& item, const Track* track, bool faded,
                        bool selected, bool warned) const;
    /// The red "!" in the top right corner of a warned item.
    void paintWarningBadge(const Paint& pt, const QRect& r) const;
    /// Draws @p names at the right end of @p box (up to half of it); returns the right edge left
    /// for the title.
    int paintSpeakersAtRight(const Paint& pt, const QRect& box, const QString& names, const QColor& ink) const;
    /// An item's text: time and track, title and speakers, or time and title in one line when
    /// the item is short.
    QList<std::tuple<QString, QFont, QColor>> itemLines(const Paint& pt, const Placed& pl, const Track* track,
                                                        const QStringList& speakers, const QRect& r,
                                                        const QColor& ink) const;
    /// Where a move, resize or drop would land.
    void paintGhost(const Paint& pt) const;
    /// The room names and facts, kept at the top of the visible area.
    void paintRoomNames(const Paint& pt) const;

    const Summit* m_summit = nullptr;
    QDate m_day;
    QList<Room> m_rooms;
    Id m_track = 0;
    QHash<Id, QString> m_people;
    QHash<Id, QStringList> m_warningsBySlot; ///< unacknowledged warnings' messages
    QList<Placed> m_placed;
    int m_from = 9 * 60;
    int m_to = 18 * 60;
    int m_snap = 5;
    double m_zoom = 1.6;
    Id m_selected = 0;

    Drag m_drag = Drag::None;
    QPoint m_pressAt;
    int m_grabOffsetMinutes = 0;
    bool m_dragStarted = false;
    struct Proposal
    {
        int column = 0;
        int start = 0;
        int end = 0;
    } m_proposal;        ///< the move or resize being dragged
    QRect m_ghost;       ///< where a move, resize or drop would land
    QString m_ghostText; ///< its times
};

} // namespace coe::ui
