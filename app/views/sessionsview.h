// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/transfer.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QTimer;
class QToolButton;

namespace coe {
class MatrixData;
class Workspace;
namespace render {
class MarkdownHighlighter;
}
}

namespace coe::ui {

class NamePicker;
class WeekView;

/// Sessions: a calendar (day, week or month) and a list on the left, given the spare width; the selected session's editor on the
/// right (skills, instructor with Teachers suggested first, time, place, attendees suggested
/// from gaps and interest, attendance), its three parts as Markdown beside a live preview with
/// highlighted code in the palette's light or dark theme, the attendees' Apply tasks, and the
/// review queue of level proposals. Saving is one undo step.
class SessionsView : public QWidget
{
    Q_OBJECT

public:
    explicit SessionsView(Workspace& workspace, QWidget* parent = nullptr);
    ~SessionsView() override;

    const Session* current() const;
    void selectSession(Id id);
    void newSession();
    bool save();
    void revert();
    void deleteSession();
    void addSuggestedAttendees();
    void markTaskDone();
    void acceptProposal();
    void rejectProposal();
    void printHandout();
    void exportHandout();

    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* instructorBox() const { return m_instructor; }
    NamePicker* skillPicker() const { return m_skills; }
    QListWidget* attendeeList() const { return m_attendees; }
    QListWidget* sessionList() const { return m_list; }
    /// The pending level proposals: person, skill, from → to, session, outcome, date.
    QTableWidget* proposalTable() const { return m_proposals; }
    QPushButton* acceptButton() const { return m_accept; }
    QPushButton* rejectButton() const { return m_reject; }
    WeekView* calendar() const { return m_week; }
    QTableWidget* taskTable() const { return m_tasks; }
    QPlainTextEdit* partEditor(int part) const;
    QTextBrowser* partPreview(int part) const;
    QTabWidget* tabs() const { return m_tabs; }
    bool isDirty() const { return m_dirty; }

Q_SIGNALS:
    void statusMessage(const QString& message);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void reload();
    void fillEditor();
    void fillInstructors();
    void fillProposals();
    /// The selected rows of the proposals table, as indexes into m_pending.
    QList<int> selectedProposals() const;
    void updateProposalButtons();
    void showCalendar();
    void setDirty(bool dirty);
    void updatePreview(int part);
    Session edited() const;
    bool darkPalette() const;
    /// The matrix's levels and targets, read once and kept until something they hold changes.
    const MatrixData* levels();

    Workspace& m_workspace;
    QList<Session> m_sessions;
    QList<LevelProposal> m_pending;
    QHash<Id, QString> m_people;
    QHash<Id, QString> m_skillNames;
    std::unique_ptr<MatrixData> m_levels;
    Id m_currentId = 0;
    bool m_dirty = false;
    bool m_filling = false;
    Session m_draft; ///< a new session not saved yet (id 0)

    WeekView* m_week = nullptr;
    QLabel* m_weekLabel = nullptr;
    QListWidget* m_list = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_title = nullptr;
    NamePicker* m_skills = nullptr;
    QComboBox* m_instructor = nullptr;
    QDateTimeEdit* m_start = nullptr;
    QSpinBox* m_duration = nullptr;
    QLineEdit* m_location = nullptr;
    QLineEdit* m_link = nullptr;
    QListWidget* m_attendees = nullptr;
    QTabWidget* m_parts = nullptr;
    QList<QPlainTextEdit*> m_editors;
    QList<QTextBrowser*> m_previews;
    QList<render::MarkdownHighlighter*> m_highlighters;
    QTimer* m_previewTimer = nullptr;
    QTableWidget* m_tasks = nullptr;
    QTableWidget* m_proposals = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_reject = nullptr;
    QLabel* m_proposalsEmpty = nullptr;
    QList<QToolButton*> m_spans;
    bool m_sized = false; ///< the splitter got its first sizes
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
    QLabel* m_state = nullptr;
    QWidget* m_editor = nullptr;
    QSplitter* m_splitter = nullptr;
};

} // namespace coe::ui
