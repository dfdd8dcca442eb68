// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sessionsview.h"

#include "commands/transferedits.h"
#include "core/changenotifier.h"
#include "models/matrixdata.h"
#include "render/handout.h"
#include "storage/workspace.h"
#include "ui/paper.h"
#include "ui/prompter.h"
#include "views/proposalqueue.h"
#include "views/sessioncalendar.h"
#include "views/sessioneditor.h"
#include "widgets/namepicker.h"

#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace coe::ui {

SessionsView::SessionsView(Workspace& workspace, QWidget* parent) : QWidget(parent), m_context(workspace)
{
    setObjectName(QStringLiteral("sessionsView"));

    // Left: the calendar and the list. Right: the editor and the review queue.
    m_calendar = new SessionCalendar(this);
    m_editor = new SessionEditor(m_context, this);
    m_queue = new ProposalQueue(m_context, this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_editor, tr("Session"));
    m_tabs->addTab(m_queue, tr("Level proposals"));

    // The calendar takes the spare width; the editor keeps what its form needs.
    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("sessionsSplitter"));
    m_splitter->addWidget(m_calendar);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    connect(m_calendar, &SessionCalendar::sessionChosen, this, &SessionsView::selectSession);
    connect(m_calendar, &SessionCalendar::newSessionRequested, this, &SessionsView::newSession);
    connect(m_editor, &SessionEditor::changed, this, [this] { setDirty(true); });
    connect(m_editor, &SessionEditor::saveRequested, this, &SessionsView::save);
    connect(m_editor, &SessionEditor::revertRequested, this, &SessionsView::revert);
    connect(m_editor, &SessionEditor::deleteRequested, this, &SessionsView::deleteSession);
    connect(m_editor, &SessionEditor::printRequested, this, &SessionsView::printHandout);
    connect(m_editor, &SessionEditor::exportRequested, this, &SessionsView::exportHandout);
    connect(m_editor, &SessionEditor::statusMessage, this, &SessionsView::statusMessage);
    connect(m_queue, &ProposalQueue::statusMessage, this, &SessionsView::statusMessage);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &SessionsView::save);
    connect(workspace.notifier(), &ChangeNotifier::changed, this, [this](const Change& change) {
        // Levels, targets and names feed the suggestions: read them again only when they change.
        if (MatrixData::dependsOn(change.entity))
            m_context.forgetLevels();
        if (change.entity == Entity::Session || change.entity == Entity::Person || change.entity == Entity::Skill ||
            change.entity == Entity::Assessment || change.entity == Entity::Everything)
            reload();
    });
    reload();
    selectUpcoming();
}

SessionsView::~SessionsView() = default;

void SessionsView::selectUpcoming()
{
    Id upcoming = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Session& s : m_context.sessions())
        if (!upcoming && s.startInstant(m_context.workspaceZone()) >= now)
            upcoming = s.id;
    if (!upcoming && !m_context.sessions().isEmpty())
        upcoming = m_context.sessions().last().id;
    if (upcoming)
        selectSession(upcoming);
}

QLineEdit* SessionsView::titleEdit() const
{
    return m_editor->titleEdit();
}

QComboBox* SessionsView::instructorBox() const
{
    return m_editor->instructorBox();
}

NamePicker* SessionsView::skillPicker() const
{
    return m_editor->skillPicker();
}

QListWidget* SessionsView::attendeeList() const
{
    return m_editor->attendeeList();
}

QListWidget* SessionsView::sessionList() const
{
    return m_calendar->list();
}

QTableWidget* SessionsView::proposalTable() const
{
    return m_queue->table();
}

QPushButton* SessionsView::acceptButton() const
{
    return m_queue->acceptButton();
}

QPushButton* SessionsView::rejectButton() const
{
    return m_queue->rejectButton();
}

WeekView* SessionsView::calendar() const
{
    return m_calendar->week();
}

QTableWidget* SessionsView::taskTable() const
{
    return m_editor->taskTable();
}

QPlainTextEdit* SessionsView::partEditor(int part) const
{
    return m_editor->partEditor(part);
}

QTextBrowser* SessionsView::partPreview(int part) const
{
    return m_editor->partPreview(part);
}

void SessionsView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (m_sized || width() < 200)
        return;
    // The first real width: the editor gets what its form needs (up to a comfortable width),
    // the calendar the rest; later the calendar takes what the window gains.
    m_sized = true;
    const int em = fontMetrics().averageCharWidth();
    const int editor = std::clamp(width() * 11 / 20, std::max(m_tabs->minimumSizeHint().width(), em * 96), em * 130);
    m_splitter->setSizes({std::max(em * 40, width() - editor), editor});
}

void SessionsView::reload()
{
    if (!m_context.read()) {
        Q_EMIT statusMessage(tr("Could not read the sessions."));
        return;
    }
    m_editor->skillPicker()->setNames(m_context.skillNames());
    if (const QString problem = m_context.workspaceZoneProblem(); !problem.isEmpty())
        Q_EMIT statusMessage(problem);
    m_calendar->setSessions(m_context, m_context.currentId());
    m_queue->fill();
    const qsizetype pending = m_context.pending().size();
    m_tabs->setTabText(1, pending == 0 ? tr("Level proposals") : tr("Level proposals (%1)").arg(pending));
    if (!m_dirty)
        fillEditor();
}

void SessionsView::fillEditor()
{
    m_editor->fill();
    const Session* s = current();
    setDirty(s && s->id == 0);
}

void SessionsView::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_editor->showState(dirty, dirty && m_context.currentId() != 0);
}

bool SessionsView::mayDiscard()
{
    return !m_dirty ||
           Prompter::current()->confirm(this, tr("Unsaved changes"),
                                        tr("Discard the changes to “%1”?").arg(titleEdit()->text()), tr("Discard"));
}

void SessionsView::selectSession(Id id)
{
    if (id == m_context.currentId() && !m_dirty)
        return;
    if (id != m_context.currentId() && !mayDiscard())
        return;
    m_context.setCurrent(id);
    m_dirty = false;
    for (const Session& s : m_context.sessions())
        if (s.id == id)
            m_calendar->reveal(m_context.shownStart(s).date());
    reload();
    fillEditor();
    m_tabs->setCurrentIndex(0);
}

void SessionsView::newSession()
{
    if (!mayDiscard())
        return;
    Session draft;
    draft.title = tr("New session");
    draft.startsAt = QDateTime(QDate::currentDate().addDays(7), QTime(10, 0));
    draft.durationMinutes = 45;
    draft.learnMarkdown = tr("## The idea\n\n");
    draft.seeMarkdown = tr("## Watch it done\n\n");
    draft.applyMarkdown = tr("## Your turn\n\n");
    m_context.setDraft(draft);
    m_dirty = false;
    fillEditor();
    titleEdit()->setFocus();
    titleEdit()->selectAll();
}

bool SessionsView::save()
{
    const Session* before = current();
    if (!before)
        return false;
    const Session original = *before;
    auto saved = commands::TransferEdits::saveSession(m_context.workspace(), m_editor->edited(),
                                                      original.id ? &original : nullptr);
    if (!saved) {
        Prompter::current()->error(this, tr("Save session"), saved.error().message);
        return false;
    }
    m_context.setCurrent(saved.value());
    m_dirty = false;
    reload();
    fillEditor();
    Q_EMIT statusMessage(tr("Saved “%1”.").arg(titleEdit()->text()));
    return true;
}

void SessionsView::revert()
{
    m_dirty = false;
    fillEditor();
}

void SessionsView::deleteSession()
{
    const Session* s = current();
    if (!s)
        return;
    if (s->id == 0) {
        m_context.setCurrent(0);
        m_dirty = false;
        fillEditor();
        return;
    }
    const Session copy = *s;
    if (!Prompter::current()->confirm(
            this, tr("Delete session"),
            tr("Delete “%1” with its attendees and Apply tasks? Undo brings it back.").arg(copy.title), tr("Delete")))
        return;
    if (auto done = commands::TransferEdits::deleteSession(m_context.workspace(), copy); !done)
        Prompter::current()->error(this, tr("Delete session"), done.error().message);
    else
        Q_EMIT statusMessage(tr("Deleted “%1”; undo brings it back.").arg(copy.title));
    m_context.setCurrent(0);
    m_dirty = false;
    reload();
    fillEditor();
}

void SessionsView::addSuggestedAttendees()
{
    m_editor->addSuggestedAttendees();
}

void SessionsView::markTaskDone()
{
    m_editor->markTaskDone();
}

void SessionsView::acceptProposal()
{
    m_queue->acceptSelected();
}

void SessionsView::rejectProposal()
{
    m_queue->rejectSelected();
}

void SessionsView::printHandout()
{
    if (!current())
        return;
    const Session session = m_editor->edited();
    render::Handout::Options options;
    options.people = m_context.people();
    options.skills = m_context.skillNames();
    options.workspaceZone = m_context.workspaceZone();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(preferredPaper()));
    printer.setFullPage(true);
    printer.setPageMargins(QMarginsF(), QPageLayout::Point);
    printer.setDocName(session.title);
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(QStringLiteral("handoutPreview"));
    preview.setWindowTitle(tr("Print handout — %1").arg(session.title));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter* target) {
        options.paper =
            QPageSize::id(target->pageLayout().pageSize().sizePoints(), QPageSize::FuzzyMatch) == QPageSize::Letter
                ? QPageSize::Letter
                : QPageSize::A4;
        render::Handout::paint(*target, session, options);
    });
    Prompter::current()->exec(&preview);
}

void SessionsView::exportHandout()
{
    if (!current())
        return;
    const Session session = m_editor->edited();
    QString path = Prompter::current()->saveFile(this, tr("Export handout"),
                                                 QDir::home().filePath(session.title + QStringLiteral(".pdf")),
                                                 tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    render::Handout::Options options;
    options.people = m_context.people();
    options.skills = m_context.skillNames();
    options.workspaceZone = m_context.workspaceZone();
    options.paper = preferredPaper();
    auto pages = render::Handout::writePdf(session, options, path);
    if (!pages)
        Prompter::current()->error(this, tr("Export handout"), pages.error().message);
    else
        Q_EMIT statusMessage(tr("Wrote %1 (%n page(s)).", nullptr, pages.value()).arg(QDir::toNativeSeparators(path)));
}

} // namespace coe::ui
