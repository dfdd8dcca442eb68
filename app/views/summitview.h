// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "domain/summit.h"
#include "planning/conflicts.h"
#include "views/summitcontext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QScrollArea;

namespace coe {
class Workspace;
}

namespace coe::ui {

class SummitBar;
class SummitFiles;
class SummitPool;
class SummitReview;
class SummitWarnings;
class TimetableWidget;

/// Summits: the timetable of one day (rooms × time) with the unscheduled pool on the left and
/// the live warnings on the right. Drag items in from the pool, move and resize them, copy a
/// break across all rooms; every change is one undo step. The Summit menu holds settings,
/// releases, printing, calendars, schedule exchange and the programme suggestions.
/// This class ties its parts together and edits items and settings through their dialogs;
/// SummitBar, SummitPool, SummitWarnings, SummitTimetableEdits (the grid's gestures),
/// SummitFiles (paper and files) and SummitReview (suggestions and releases) do the rest,
/// translating their texts in this class's context.
class SummitView : public QWidget
{
    Q_OBJECT

public:
    explicit SummitView(Workspace& workspace, QWidget* parent = nullptr);

    TimetableWidget* timetable() const { return m_timetable; }
    QListWidget* pool() const;
    QListWidget* warningsList() const;
    QComboBox* summitBox() const;
    QComboBox* dayBox() const;
    QComboBox* roomBox() const;
    QComboBox* trackBox() const;
    const Summit* currentSummit() const { return m_context.current(); }
    const QList<SummitWarning>& warnings() const { return m_context.warnings(); }

    void newSummit();
    void editSettings();
    void editItem(Id id);
    void newItem();
    /// Deletes an item (after asking), with its slots; undo brings it back.
    void deleteItem(Id id);
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
    /// Shows @p item of @p summit: its first slot selected on the grid (switching summit and
    /// day as needed), or its row in the unscheduled pool.
    void revealItem(Id summit, Id item);
    /// Selects the warning's first slot on the grid (switching day when needed).
    void showWarning(int row);

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    /// The Summit menu's entries, each handled here or by the files and review parts.
    void fillSummitMenu();
    void reload();
    void showSummit();
    void showDay();
    QList<Room> visibleRooms() const;

    SummitContext m_context;
    SummitFiles* m_files = nullptr;
    SummitReview* m_review = nullptr;
    SummitBar* m_bar = nullptr;
    SummitPool* m_pool = nullptr;
    QScrollArea* m_scroll = nullptr;
    TimetableWidget* m_timetable = nullptr;
    SummitWarnings* m_warnings = nullptr;
    QLabel* m_empty = nullptr;
    QWidget* m_body = nullptr;
};

} // namespace coe::ui
