// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/transfer.h"
#include "views/sessionscontext.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

namespace coe {
class Workspace;
}

namespace coe::ui {

class NamePicker;
class ProposalQueue;
class SessionCalendar;
class SessionEditor;
class WeekView;

/// Sessions: a calendar (day, week or month) and a list on the left, given the spare width; the
/// selected session's editor on the right (SessionEditor: skills, instructor with Teachers
/// suggested first, time, place, attendees suggested from gaps and interest, attendance, its
/// three parts as Markdown beside a live preview, the attendees' Apply tasks), and the review
/// queue of level proposals (ProposalQueue). This class ties them together: which session is
/// shown, whether it has unsaved changes, saving (one undo step), deleting and the handout.
/// Its parts translate their texts in this class's context.
class SessionsView : public QWidget
{
    Q_OBJECT

public:
    explicit SessionsView(Workspace& workspace, QWidget* parent = nullptr);
    ~SessionsView() override;

    const Session* current() const { return m_context.current(); }
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

    QLineEdit* titleEdit() const;
    QComboBox* instructorBox() const;
    NamePicker* skillPicker() const;
    QListWidget* attendeeList() const;
    QListWidget* sessionList() const;
    /// The pending level proposals: person, skill, from → to, session, outcome, date.
    QTableWidget* proposalTable() const;
    QPushButton* acceptButton() const;
    QPushButton* rejectButton() const;
    WeekView* calendar() const;
    QTableWidget* taskTable() const;
    QPlainTextEdit* partEditor(int part) const;
    QTextBrowser* partPreview(int part) const;
    QTabWidget* tabs() const { return m_tabs; }
    bool isDirty() const { return m_dirty; }

Q_SIGNALS:
    void statusMessage(const QString& message);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void reload();
    void fillEditor();
    void setDirty(bool dirty);
    /// Asks whether to drop unsaved changes; true when there are none, or they may go.
    bool mayDiscard();
    /// Opens on the next session to come, else the latest.
    void selectUpcoming();

    SessionsContext m_context;
    bool m_dirty = false;
    bool m_sized = false; ///< the splitter got its first sizes

    SessionCalendar* m_calendar = nullptr;
    SessionEditor* m_editor = nullptr;
    ProposalQueue* m_queue = nullptr;
    QTabWidget* m_tabs = nullptr;
    QSplitter* m_splitter = nullptr;
};

} // namespace coe::ui
