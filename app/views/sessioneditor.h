// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/transfer.h"

#include <QTimeZone>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTextBrowser;

namespace coe::ui {

class ApplyTaskTable;
class NamePicker;
class SessionAttendees;
class SessionPartsEditor;
class SessionsContext;

/// The Session tab: the shown session's Save, Revert, Handout and Delete, its title, time and
/// time zone (the start is edited on the clock of the zone beside it, and shown on the user's
/// too when that differs), place and instructor (Teachers of its skills first), its skills and
/// attendees, its three parts and its attendees' Apply tasks. It shows and edits; the view saves.
class SessionEditor : public QWidget
{
    Q_OBJECT

public:
    SessionEditor(SessionsContext& context, QWidget* parent = nullptr);

    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* instructorBox() const { return m_instructor; }
    /// The session's time zone: an editable list of IANA ids, completing what is typed.
    QComboBox* zoneBox() const { return m_zone; }
    QDateTimeEdit* startEdit() const { return m_start; }
    /// The start on the user's clock, shown when the session's zone shows another time.
    QLabel* yourTimeLabel() const { return m_yourTime; }
    NamePicker* skillPicker() const { return m_skills; }
    QListWidget* attendeeList() const;
    QTableWidget* taskTable() const;
    QPlainTextEdit* partEditor(int part) const;
    QTextBrowser* partPreview(int part) const;

    /// Shows the context's current session, or nothing (disabled) when there is none.
    void fill();
    /// The current session with what the fields hold now.
    Session edited() const;
    /// Shows whether there are unsaved changes, and whether Revert can bring back a saved session.
    void showState(bool dirty, bool canRevert);
    /// Adds up to six people with the largest gaps or the keenest interest in the chosen skills.
    void addSuggestedAttendees();
    void markTaskDone();

Q_SIGNALS:
    /// The user changed a field.
    void changed();
    void saveRequested();
    void revertRequested();
    void deleteRequested();
    void printRequested();
    void exportRequested();
    void statusMessage(const QString& message);

private:
    /// The form: title, when, where and instructor.
    QLayout* makeForm();
    /// Offers Teachers of the chosen skills first, then everybody, keeping the choice.
    void fillInstructors();
    /// The zone typed or picked; the workspace's when none is; invalid when unknown here.
    QTimeZone chosenZone() const;
    /// The start's clock follows a newly chosen zone; the start keeps its wall clock.
    void zoneChosen();
    /// Says when the start is on the user's clock, or that the zone typed is unknown.
    void showYourTime();

    SessionsContext& m_context;
    bool m_filling = false;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
    QLabel* m_state = nullptr;
    QLineEdit* m_title = nullptr;
    QComboBox* m_instructor = nullptr;
    QDateTimeEdit* m_start = nullptr;
    QComboBox* m_zone = nullptr;
    QLabel* m_yourTime = nullptr;
    QString m_filledZone; ///< the zone text fill() showed: unchanged, the stored zone is kept
    QSpinBox* m_duration = nullptr;
    QLineEdit* m_location = nullptr;
    QLineEdit* m_link = nullptr;
    NamePicker* m_skills = nullptr;
    SessionAttendees* m_attendees = nullptr;
    SessionPartsEditor* m_parts = nullptr;
    ApplyTaskTable* m_tasks = nullptr;
};

} // namespace coe::ui
