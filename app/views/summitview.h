// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "domain/summit.h"
#include "planning/conflicts.h"
#include "planning/releases.h"
#include "render/agenda.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;

namespace coe {
class Workspace;
}

namespace coe::ui {

class TimetableWidget;

/// Summits: the timetable of one day (rooms × time) with the unscheduled pool on the left and
/// the live warnings on the right. Drag items in from the pool, move and resize them, copy a
/// break across all rooms; every change is one undo step. The Summit menu holds settings,
/// releases, printing, calendars, schedule exchange and the programme suggestions.
class SummitView : public QWidget
{
    Q_OBJECT

public:
    explicit SummitView(Workspace& workspace, QWidget* parent = nullptr);

    TimetableWidget* timetable() const { return m_timetable; }
    QListWidget* pool() const { return m_pool; }
    QListWidget* warningsList() const { return m_warnings; }
    QComboBox* summitBox() const { return m_summitBox; }
    QComboBox* dayBox() const { return m_dayBox; }
    QComboBox* roomBox() const { return m_roomBox; }
    QComboBox* trackBox() const { return m_trackBox; }
    const Summit* currentSummit() const;
    const QList<SummitWarning>& warnings() const { return m_warningList; }

    void newSummit();
    void editSettings();
    void editItem(Id item);
    void newItem();
    /// Deletes an item (after asking), with its slots; undo brings it back.
    void deleteItem(Id item);
    void releaseSchedule();
    void showChangelog();
    void suggestProgramme();
    /// Print kinds are render::Agenda::Kind, and Changelog for the changes since the release.
    static constexpr int Changelog = 4;
    void print(int kind);
    void exportPdf(int kind);
    void exportCalendar();
    void exportSchedule();
    void importSchedule();
    void acknowledgeSelected();
    /// Selects the warning's first slot on the grid (switching day when needed).
    void showWarning(int row);

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    /// "Agenda", "Track lists", … for a print kind.
    static QString printTitle(int kind);
    void reload();
    void showSummit();
    void showDay();
    void refreshWarnings();
    void fillPool();
    bool report(const Result<void>& result);
    /// The summit's latest release number (0: never released) and, when asked, what changed since.
    struct SinceRelease
    {
        int number = 0;
        QList<ScheduleChange> changes;
    };
    Result<SinceRelease> sinceRelease(const Summit& summit, bool withChanges) const;
    /// Print options for one of the four print kinds (the changelog prints in the list layout).
    render::Agenda::Options printOptions(int kind, int release) const;
    QHash<Id, QString> m_people;
    QList<Room> visibleRooms() const;
    const Slot* slot(Id id) const;
    QHash<Id, QString> skillNames() const;

    Workspace& m_workspace;
    QList<Summit> m_summits;
    QList<SummitWarning> m_warningList;
    Id m_summitId = 0;
    bool m_reloading = false;

    QComboBox* m_summitBox = nullptr;
    QComboBox* m_dayBox = nullptr;
    QComboBox* m_roomBox = nullptr;
    QComboBox* m_trackBox = nullptr;
    QComboBox* m_snapBox = nullptr;
    QListWidget* m_pool = nullptr;
    QLabel* m_poolHint = nullptr;
    QScrollArea* m_scroll = nullptr;
    TimetableWidget* m_timetable = nullptr;
    QLabel* m_warningTitle = nullptr;
    QListWidget* m_warnings = nullptr;
    QCheckBox* m_showAcknowledged = nullptr;
    QPushButton* m_acknowledge = nullptr;
    QLabel* m_empty = nullptr;
    QWidget* m_body = nullptr;
};

} // namespace coe::ui
