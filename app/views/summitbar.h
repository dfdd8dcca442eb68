// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/summit.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QMenu;

namespace coe::ui {

/// The row above the timetable: which summit, day, room and track it shows; the snap and the
/// zoom; and the Print and Summit menus, which the view fills. Two groups that wrap onto a
/// second row in a narrow window (or a wordier language) instead of forcing the window wider.
class SummitBar : public QWidget
{
    Q_OBJECT

public:
    explicit SummitBar(QWidget* parent = nullptr);

    QComboBox* summitBox() const { return m_summitBox; }
    QComboBox* dayBox() const { return m_dayBox; }
    QComboBox* roomBox() const { return m_roomBox; }
    QComboBox* trackBox() const { return m_trackBox; }
    QMenu* summitMenu() const { return m_summitMenu; }
    QMenu* printMenu() const { return m_printMenu; }

    /// Offers @p summits with @p current chosen, without announcing it.
    void setSummits(const QList<Summit>& summits, Id current);
    /// Offers the days, rooms and tracks of @p summit (none for nullptr), keeping the day's
    /// index and the room and track chosen where they still exist, without announcing it;
    /// names the summit's zone, which the timetable's times are in (and the user's, if other).
    void setSummit(const Summit* summit);
    QDate day() const;
    /// The one room shown, or 0 for all rooms.
    Id room() const;
    /// The track highlighted, or 0 for none.
    Id track() const;
    /// Turns to @p day when the summit has it.
    void showDay(const QDate& day);
    /// Shows all rooms when only another room than @p room is shown.
    void showRoom(Id room);

Q_SIGNALS:
    void summitChosen(coe::Id summit);
    /// The day, the room or the track changed.
    void filterChanged();
    void snapChanged(int minutes);
    /// Zoom in (1) or out (-1) a step.
    void zoomRequested(int step);

private:
    QComboBox* m_summitBox = nullptr;
    QComboBox* m_dayBox = nullptr;
    QComboBox* m_roomBox = nullptr;
    QComboBox* m_trackBox = nullptr;
    QMenu* m_summitMenu = nullptr;
    QMenu* m_printMenu = nullptr;
    QLabel* m_zone = nullptr;
    bool m_filling = false;
};

} // namespace coe::ui
