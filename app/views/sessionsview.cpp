// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sessionsview.h"

#include "commands/transferedits.h"
#include "core/changenotifier.h"
#include "models/matrixdata.h"
#include "planning/transfer.h"
#include "render/handout.h"
#include "render/markdown.h"
#include "storage/catalog.h"
#include "storage/planrepository.h"
#include "storage/workspace.h"
#include "ui/prompter.h"
#include "widgets/flowlayout.h"
#include "widgets/pairbox.h"
#include "widgets/formhelpers.h"
#include "widgets/namepicker.h"
#include "widgets/weekview.h"

#include <QCompleter>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace coe::ui {

namespace {

const char* const kPartTitles[] = {QT_TRANSLATE_NOOP("coe::ui::SessionsView", "Learn"), QT_TRANSLATE_NOOP("coe::ui::SessionsView", "See it applied"),
                                   QT_TRANSLATE_NOOP("coe::ui::SessionsView", "Apply")};

} // namespace

SessionsView::SessionsView(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("sessionsView"));

    // Left: the calendar and the list.
    auto* left = new QWidget(this);
    auto* previous = new QToolButton(left);
    previous->setObjectName(QStringLiteral("calendarPrevious"));
    previous->setText(QStringLiteral("‹"));
    previous->setToolTip(tr("Earlier"));
    auto* next = new QToolButton(left);
    next->setObjectName(QStringLiteral("calendarNext"));
    next->setText(QStringLiteral("›"));
    next->setToolTip(tr("Later"));
    auto* today = new QToolButton(left);
    today->setText(tr("Today"));
    today->setObjectName(QStringLiteral("calendarToday"));
    m_weekLabel = new QLabel(left);
    m_weekLabel->setObjectName(QStringLiteral("calendarLabel"));
    m_weekLabel->setMinimumWidth(fontMetrics().averageCharWidth() * 12);
    auto* weekBar = new QHBoxLayout;
    weekBar->addWidget(previous);
    weekBar->addWidget(next);
    weekBar->addWidget(today);
    weekBar->addWidget(m_weekLabel, 1, Qt::AlignCenter);
    const char* const spanNames[] = {QT_TR_NOOP("Day"), QT_TR_NOOP("Week"), QT_TR_NOOP("Month")};
    for (int span = WeekView::Day; span <= WeekView::Month; ++span) {
        auto* button = new QToolButton(left);
        button->setText(tr(spanNames[span]));
        button->setObjectName(QStringLiteral("calendarSpan%1").arg(span));
        button->setCheckable(true);
        button->setChecked(span == WeekView::Week);
        button->setAutoExclusive(true);
        weekBar->addWidget(button);
        m_spans << button;
    }
    m_week = new WeekView(left);
    m_week->setObjectName(QStringLiteral("weekView"));
    m_week->setDate(QDate::currentDate());
    m_list = new QListWidget(left);
    m_list->setObjectName(QStringLiteral("sessionList"));
    auto* add = new QPushButton(tr("New session"), left);
    add->setObjectName(QStringLiteral("newSessionButton"));
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(weekBar);
    leftLayout->addWidget(m_week, 3);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(add);

    // Right: the editor and the review queue.
    m_editor = new QWidget(this);
    m_save = new QPushButton(tr("Save"), m_editor);
    m_save->setObjectName(QStringLiteral("saveSession"));
    m_save->setToolTip(tr("Save (Ctrl+S)"));
    m_revert = new QPushButton(tr("Revert"), m_editor);
    auto* remove = new QPushButton(tr("Delete"), m_editor);
    auto* handout = new QToolButton(m_editor);
    handout->setObjectName(QStringLiteral("handoutButton"));
    handout->setText(tr("Handout"));
    handout->setToolTip(tr("Print the session's handout or save it as PDF"));
    handout->setPopupMode(QToolButton::InstantPopup);
    handout->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* handoutMenu = new QMenu(handout);
    QAction* print = handoutMenu->addAction(tr("Print handout…"));
    QAction* exportPdf = handoutMenu->addAction(tr("Handout as PDF…"));
    handout->setMenu(handoutMenu);
    m_state = new QLabel(m_editor);
    m_state->setForegroundRole(QPalette::PlaceholderText);
    // Wraps rather than widening the window in a wordier language; the state last, in what
    // is left of the row.
    auto* actions = new FlowLayout;
    actions->setContentsMargins(0, 0, 0, 0);
    actions->addWidget(m_save);
    actions->addWidget(m_revert);
    actions->addWidget(handout);
    actions->addWidget(remove);
    actions->addWidget(m_state, true);

    m_title = new QLineEdit(m_editor);
    m_title->setObjectName(QStringLiteral("sessionTitle"));
    m_instructor = new QComboBox(m_editor);
    m_instructor->setObjectName(QStringLiteral("instructorBox"));
    m_start = new QDateTimeEdit(m_editor);
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_duration = new QSpinBox(m_editor);
    m_duration->setRange(15, 90);
    m_duration->setSingleStep(5);
    m_duration->setValue(45);
    m_duration->setSuffix(tr(" min"));
    m_location = new QLineEdit(m_editor);
    m_location->setPlaceholderText(tr("Room"));
    m_link = new QLineEdit(m_editor);
    m_link->setPlaceholderText(tr("https://… (video call)"));
    m_instructor->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_instructor->setMinimumContentsLength(28);
    const QFontMetrics metrics = fontMetrics();
    m_location->setMinimumWidth(metrics.averageCharWidth() * 14);
    m_link->setMinimumWidth(metrics.horizontalAdvance(QStringLiteral("https://meet.example.com/coe-00")) + metrics.averageCharWidth() * 2);
    auto* when = new QHBoxLayout;
    when->addWidget(m_start);
    when->addWidget(m_duration);
    when->addStretch(1);
    auto* where = new QHBoxLayout;
    where->addWidget(m_location, 1);
    where->addWidget(m_link, 2);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(buddyLabel(tr("&When:"), m_start), when);
    form->addRow(buddyLabel(tr("Whe&re:"), m_location), where);
    form->addRow(tr("&Instructor:"), m_instructor);

    auto* skillsBox = new QWidget(m_editor);
    auto* attendeesBox = new QWidget(m_editor);
    auto* skillsLayout = new QVBoxLayout(skillsBox);
    skillsLayout->setContentsMargins(0, 0, 0, 0);
    skillsLayout->addWidget(new QLabel(tr("<b>Skills</b>"), skillsBox));
    m_skills = new NamePicker({}, tr("Type a skill and press Enter"), skillsBox);
    m_skills->setObjectName(QStringLiteral("sessionSkills"));
    skillsLayout->addWidget(m_skills);
    connect(m_skills, &NamePicker::changed, this, [this] {
        if (m_filling)
            return;
        setDirty(true);
        fillInstructors();
    });
    auto* attendeesLayout = new QVBoxLayout(attendeesBox);
    attendeesLayout->setContentsMargins(0, 0, 0, 0);
    m_attendees = new QListWidget(attendeesBox);
    m_attendees->setObjectName(QStringLiteral("attendeeList"));
    m_attendees->setToolTip(tr("Tick those who attended"));
    m_attendees->setMaximumHeight(fontMetrics().height() * 7);
    auto* attendeeName = new QLineEdit(attendeesBox);
    attendeeName->setObjectName(QStringLiteral("attendeeName"));
    attendeeName->setPlaceholderText(tr("Add someone by name"));
    attendeeName->setMinimumWidth(metrics.horizontalAdvance(attendeeName->placeholderText()) + metrics.averageCharWidth() * 3);
    auto* suggest = new QPushButton(tr("Suggest"), attendeesBox);
    suggest->setObjectName(QStringLiteral("suggestAttendees"));
    suggest->setToolTip(tr("Add the people with the largest gaps in these skills, and the keenest"));
    auto* removeAttendee = new QPushButton(tr("Remove"), attendeesBox);
    // Wraps rather than widening the editor in a wordier language.
    auto* attendeeRow = new FlowLayout;
    attendeeRow->setContentsMargins(0, 0, 0, 0);
    attendeeRow->addWidget(attendeeName);
    attendeeRow->addWidget(suggest);
    attendeeRow->addWidget(removeAttendee);
    attendeesLayout->addWidget(new QLabel(tr("<b>Attendees</b> (ticked: attended)"), attendeesBox));
    attendeesLayout->addWidget(m_attendees);
    attendeesLayout->addLayout(attendeeRow);
    // The form spans the width; skills and attendees share the row beneath it, so every
    // field keeps room for its content at ordinary widths.
    auto* pickers = new PairBox(skillsBox, attendeesBox, m_editor);
    pickers->setObjectName(QStringLiteral("sessionPickers"));
    pickers->polish();
    auto* top = new QVBoxLayout;
    top->addLayout(form);
    top->addWidget(pickers);

    m_parts = new QTabWidget(m_editor);
    m_parts->setObjectName(QStringLiteral("sessionParts"));
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    for (int part = 0; part < 3; ++part) {
        auto* split = new QSplitter(m_parts);
        auto* editor = new QPlainTextEdit(split);
        editor->setObjectName(QStringLiteral("partEditor%1").arg(part));
        QFont mono(QStringLiteral("DejaVu Sans Mono"));
        mono.setStyleHint(QFont::Monospace);
        editor->setFont(mono);
        editor->setTabChangesFocus(false);
        editor->setPlaceholderText(tr("Markdown. Fence code with ```yaml, ```hcl, ```dockerfile, ```bash, ```python …"));
        auto* preview = new QTextBrowser(split);
        preview->setObjectName(QStringLiteral("partPreview%1").arg(part));
        preview->setOpenExternalLinks(true);
        split->addWidget(editor);
        split->addWidget(preview);
        m_parts->addTab(split, tr(kPartTitles[part]));
        m_editors << editor;
        m_previews << preview;
        m_highlighters << new render::MarkdownHighlighter(editor->document(), false);
        connect(editor, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_filling)
                setDirty(true);
            m_previewTimer->start();
        });
    }
    connect(m_previewTimer, &QTimer::timeout, this, [this] { updatePreview(m_parts->currentIndex()); });
    connect(m_parts, &QTabWidget::currentChanged, this, &SessionsView::updatePreview);

    m_tasks = new QTableWidget(0, 5, m_editor);
    m_tasks->setObjectName(QStringLiteral("taskTable"));
    m_tasks->setHorizontalHeaderLabels({tr("Attendee"), tr("Apply task"), tr("Due"), tr("Done"), tr("Outcome")});
    m_tasks->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tasks->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_tasks->verticalHeader()->hide();
    m_tasks->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_tasks->setToolTip(tr("Double-click a task or its due date (YYYY-MM-DD) to change it"));
    m_tasks->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tasks->setSelectionMode(QAbstractItemView::SingleSelection);
    auto* done = new QPushButton(tr("Mark done…"), m_editor);
    done->setObjectName(QStringLiteral("markTaskDone"));
    done->setToolTip(tr("Record the outcome; this proposes the attendee's next level in the session's skills"));
    auto* tasksBox = new QWidget(m_editor);
    auto* tasksLayout = new QVBoxLayout(tasksBox);
    tasksLayout->setContentsMargins(0, 0, 0, 0);
    auto* tasksHead = new QHBoxLayout;
    tasksHead->addWidget(new QLabel(tr("<b>Apply tasks</b>"), tasksBox), 1);
    tasksHead->addWidget(done);
    tasksLayout->addLayout(tasksHead);
    tasksLayout->addWidget(m_tasks);

    auto* upper = new QWidget(m_editor);
    auto* upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addLayout(actions);
    upperLayout->addLayout(top);
    auto* vertical = new QSplitter(Qt::Vertical, m_editor);
    vertical->addWidget(upper);
    vertical->addWidget(m_parts);
    vertical->addWidget(tasksBox);
    vertical->setStretchFactor(1, 1);
    auto* editorLayout = new QVBoxLayout(m_editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(vertical);

    auto* queue = new QWidget(this);
    m_proposals = new QTableWidget(0, 6, queue);
    m_proposals->setObjectName(QStringLiteral("proposalTable"));
    m_proposals->setHorizontalHeaderLabels({tr("Person"), tr("Skill"), tr("From → to"), tr("Session"), tr("Task outcome"), tr("Date")});
    m_proposals->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_proposals->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_proposals->verticalHeader()->hide();
    m_proposals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_proposals->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_proposals->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_proposals->setWordWrap(false);
    m_proposals->setSortingEnabled(false);
    m_proposalsEmpty = new QLabel(tr("No level proposals wait for you. Mark an Apply task done on the Session tab to propose one."), queue);
    m_proposalsEmpty->setObjectName(QStringLiteral("proposalsEmpty"));
    m_proposalsEmpty->setWordWrap(true);
    m_proposalsEmpty->setForegroundRole(QPalette::PlaceholderText);
    m_accept = new QPushButton(tr("Accept"), queue);
    m_accept->setObjectName(QStringLiteral("acceptProposal"));
    m_accept->setToolTip(tr("Record the new levels as the lead's assessments, noting the session"));
    m_reject = new QPushButton(tr("Reject…"), queue);
    m_reject->setObjectName(QStringLiteral("rejectProposal"));
    m_reject->setToolTip(tr("Reject the selected proposals with a reason the attendees see"));
    auto* queueButtons = new QHBoxLayout;
    queueButtons->addWidget(m_proposalsEmpty, 1);
    queueButtons->addWidget(m_accept);
    queueButtons->addWidget(m_reject);
    auto* queueLayout = new QVBoxLayout(queue);
    auto* queueHint = new QLabel(tr("Finished Apply tasks propose a level change. Select one or several, then accept them (undoable) "
                                    "or reject them with a reason."),
                                 queue);
    queueHint->setWordWrap(true);
    queueLayout->addWidget(queueHint);
    queueLayout->addWidget(m_proposals, 1);
    queueLayout->addLayout(queueButtons);
    connect(m_proposals->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SessionsView::updateProposalButtons);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_editor, tr("Session"));
    m_tabs->addTab(queue, tr("Level proposals"));

    // The calendar takes the spare width; the editor keeps what its form needs.
    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("sessionsSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    // Wiring.
    connect(previous, &QToolButton::clicked, this, [this] {
        m_week->step(-1);
        showCalendar();
    });
    connect(next, &QToolButton::clicked, this, [this] {
        m_week->step(1);
        showCalendar();
    });
    connect(today, &QToolButton::clicked, this, [this] {
        m_week->setDate(QDate::currentDate());
        showCalendar();
    });
    for (int span = WeekView::Day; span <= WeekView::Month; ++span)
        connect(m_spans.at(span), &QToolButton::clicked, this, [this, span] {
            m_week->setSpan(WeekView::Span(span));
            showCalendar();
        });
    connect(m_week, &WeekView::sessionClicked, this, &SessionsView::selectSession);
    connect(m_week, &WeekView::dayClicked, this, [this](const QDate& day) {
        m_week->setDate(day);
        m_week->setSpan(WeekView::Day);
        m_spans.at(WeekView::Day)->setChecked(true);
        showCalendar();
    });
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) { selectSession(item->data(Qt::UserRole).toLongLong()); });
    connect(add, &QPushButton::clicked, this, &SessionsView::newSession);
    connect(m_save, &QPushButton::clicked, this, &SessionsView::save);
    connect(m_revert, &QPushButton::clicked, this, &SessionsView::revert);
    connect(remove, &QPushButton::clicked, this, &SessionsView::deleteSession);
    connect(print, &QAction::triggered, this, &SessionsView::printHandout);
    connect(exportPdf, &QAction::triggered, this, &SessionsView::exportHandout);
    connect(done, &QPushButton::clicked, this, &SessionsView::markTaskDone);
    connect(m_accept, &QPushButton::clicked, this, &SessionsView::acceptProposal);
    connect(m_reject, &QPushButton::clicked, this, &SessionsView::rejectProposal);
    connect(suggest, &QPushButton::clicked, this, &SessionsView::addSuggestedAttendees);
    connect(removeAttendee, &QPushButton::clicked, this, [this] {
        if (m_attendees->selectedItems().isEmpty())
            return;
        qDeleteAll(m_attendees->selectedItems());
        setDirty(true);
    });
    connect(attendeeName, &QLineEdit::returnPressed, this, [this, attendeeName] {
        for (auto it = m_people.cbegin(); it != m_people.cend(); ++it) {
            if (it.value().compare(attendeeName->text().trimmed(), Qt::CaseInsensitive) != 0)
                continue;
            for (int i = 0; i < m_attendees->count(); ++i)
                if (m_attendees->item(i)->data(Qt::UserRole).toLongLong() == it.key())
                    return attendeeName->clear();
            auto* row = new QListWidgetItem(it.value(), m_attendees);
            row->setData(Qt::UserRole, it.key());
            row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
            row->setCheckState(Qt::Unchecked);
            attendeeName->clear();
            setDirty(true);
            return;
        }
        attendeeName->selectAll();
    });
    connect(m_tasks, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        const Session* s = current();
        if (m_filling || !s || (item->column() != 1 && item->column() != 2))
            return;
        const Id taskId = m_tasks->item(item->row(), 0)->data(Qt::UserRole).toLongLong();
        const auto task = std::find_if(s->tasks.cbegin(), s->tasks.cend(), [taskId](const ApplyTask& t) { return t.id == taskId; });
        if (task == s->tasks.cend())
            return;
        const ApplyTask copy = *task;
        const QString due = m_tasks->item(item->row(), 2)->text().trimmed();
        const QDate date = QDate::fromString(due, Qt::ISODate);
        Result<void> edited = !due.isEmpty() && !date.isValid()
                                  ? Result<void>(Error{Error::Invalid, tr("The due date is YYYY-MM-DD, not “%1”.").arg(due)})
                                  : commands::TransferEdits::editTask(m_workspace, copy, m_tasks->item(item->row(), 1)->text(), date);
        if (edited)
            Q_EMIT statusMessage(tr("Saved %1's Apply task.").arg(m_people.value(copy.personId)));
        if (!edited) {
            Prompter::current()->error(this, tr("Apply task"), edited.error().message);
            // Put the cell back to what is saved; the rest of the editor keeps its changes.
            const bool filling = m_filling;
            m_filling = true;
            item->setText(item->column() == 1 ? copy.description : copy.dueOn.toString(Qt::ISODate));
            m_filling = filling;
        }
    });
    connect(m_attendees, &QListWidget::itemChanged, this, [this] {
        if (!m_filling)
            setDirty(true);
    });
    for (QLineEdit* edit : {m_title, m_location, m_link})
        connect(edit, &QLineEdit::textEdited, this, [this] { setDirty(true); });
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (!m_filling)
            setDirty(true);
    });
    connect(m_duration, &QSpinBox::valueChanged, this, [this] {
        if (!m_filling)
            setDirty(true);
    });
    connect(m_instructor, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            setDirty(true);
    });
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &SessionsView::save);
    connect(workspace.notifier(), &ChangeNotifier::changed, this, [this](const Change& change) {
        // Levels, targets and names feed the suggestions: read them again only when they change.
        if (MatrixData::dependsOn(change.entity))
            m_levels.reset();
        if (change.entity == Entity::Session || change.entity == Entity::Person || change.entity == Entity::Skill
            || change.entity == Entity::Assessment || change.entity == Entity::Everything)
            reload();
    });
    reload();
    // Open on the next session to come, else the latest.
    Id upcoming = 0;
    for (const Session& s : std::as_const(m_sessions))
        if (!upcoming && s.startsAt >= QDateTime::currentDateTime())
            upcoming = s.id;
    if (!upcoming && !m_sessions.isEmpty())
        upcoming = m_sessions.last().id;
    if (upcoming)
        selectSession(upcoming);
}

SessionsView::~SessionsView() = default;

const MatrixData* SessionsView::levels()
{
    if (!m_levels) {
        auto data = std::make_unique<MatrixData>();
        if (!data->load(m_workspace))
            return nullptr;
        m_levels = std::move(data);
    }
    return m_levels.get();
}

const Session* SessionsView::current() const
{
    if (m_currentId == 0)
        return m_draft.title.isEmpty() ? nullptr : &m_draft;
    for (const Session& s : m_sessions)
        if (s.id == m_currentId)
            return &s;
    return nullptr;
}

QPlainTextEdit* SessionsView::partEditor(int part) const
{
    return m_editors.value(part);
}

QTextBrowser* SessionsView::partPreview(int part) const
{
    return m_previews.value(part);
}

bool SessionsView::darkPalette() const
{
    return palette().color(QPalette::Base).lightness() < 128;
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

void SessionsView::showCalendar()
{
    const QLocale locale;
    switch (m_week->span()) {
    case WeekView::Day:
        m_weekLabel->setText(locale.toString(m_week->date(), QLocale::LongFormat));
        break;
    case WeekView::Week:
        m_weekLabel->setText(tr("Week of %1").arg(locale.toString(m_week->monday(), QStringLiteral("d MMM yyyy"))));
        break;
    case WeekView::Month:
        m_weekLabel->setText(locale.toString(m_week->date(), QStringLiteral("MMMM yyyy")));
        break;
    }
    m_week->update();
}

void SessionsView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_highlighters.isEmpty()) {
        // Re-highlighting changes formats, which QPlainTextEdit reports as a text change.
        const bool filling = m_filling;
        m_filling = true;
        for (render::MarkdownHighlighter* h : std::as_const(m_highlighters))
            h->setDark(darkPalette());
        m_filling = filling;
        for (int part = 0; part < 3; ++part)
            updatePreview(part);
    }
}

void SessionsView::updatePreview(int part)
{
    if (part < 0 || part >= m_editors.size())
        return;
    render::MarkdownOptions options;
    options.dark = darkPalette();
    options.pointSize = font().pointSizeF() > 0 ? font().pointSizeF() : 10;
    render::renderMarkdown(m_previews.at(part)->document(), m_editors.at(part)->toPlainText(), options);
}

void SessionsView::reload()
{
    auto sessions = PlanRepository(m_workspace).sessions();
    auto proposals = PlanRepository(m_workspace).proposals();
    Catalog catalog(m_workspace);
    auto people = catalog.people();
    auto skills = catalog.skills();
    if (!sessions || !proposals || !people || !skills) {
        Q_EMIT statusMessage(tr("Could not read the sessions."));
        return;
    }
    m_sessions = sessions.take();
    std::sort(m_sessions.begin(), m_sessions.end(), [](const Session& a, const Session& b) { return a.startsAt < b.startsAt; });
    m_pending.clear();
    for (const LevelProposal& p : proposals.value())
        if (p.status == LevelProposal::Pending)
            m_pending << p;
    m_people.clear();
    for (const Person& p : people.value())
        m_people.insert(p.id, p.name);
    m_skillNames.clear();
    for (const Skill& s : skills.value())
        m_skillNames.insert(s.id, s.name);
    m_skills->setNames(m_skillNames);

    m_list->clear();
    const QDate today = QDate::currentDate();
    for (const Session& s : std::as_const(m_sessions)) {
        auto* item = new QListWidgetItem(QStringLiteral("%1  %2").arg(QLocale().toString(s.startsAt, QStringLiteral("ddd d MMM HH:mm")), s.title), m_list);
        item->setData(Qt::UserRole, s.id);
        if (s.startsAt.date() < today)
            item->setForeground(palette().color(QPalette::PlaceholderText));
        if (s.id == m_currentId)
            item->setSelected(true);
    }
    m_week->setSessions(&m_sessions, m_currentId);
    showCalendar();
    fillProposals();
    if (!m_dirty)
        fillEditor();
}

void SessionsView::fillInstructors()
{
    const Id chosen = m_instructor->currentData().toLongLong() ? m_instructor->currentData().toLongLong() : (current() ? current()->instructorId : 0);
    const bool filling = m_filling;
    m_filling = true;
    m_instructor->clear();
    m_instructor->addItem(tr("(to be named)"), Id(0));
    QList<PersonSuggestion> suggested;
    if (const MatrixData* data = levels())
        suggested = Transfer::instructors(*data, m_skills->chosen());
    QSet<Id> listed;
    for (const PersonSuggestion& s : std::as_const(suggested)) {
        m_instructor->addItem(QStringLiteral("%1 — %2").arg(s.name, s.reason), s.person);
        m_instructor->setItemData(m_instructor->count() - 1, s.reason, Qt::ToolTipRole);
        listed.insert(s.person);
    }
    if (!suggested.isEmpty())
        m_instructor->insertSeparator(m_instructor->count());
    QList<Id> others = m_people.keys();
    std::sort(others.begin(), others.end(), [this](Id a, Id b) { return m_people.value(a).compare(m_people.value(b), Qt::CaseInsensitive) < 0; });
    for (Id id : std::as_const(others))
        if (!listed.contains(id))
            m_instructor->addItem(m_people.value(id), id);
    m_instructor->setCurrentIndex(std::max(0, m_instructor->findData(chosen)));
    m_filling = filling;
}

void SessionsView::fillEditor()
{
    const Session* s = current();
    m_editor->setEnabled(s != nullptr);
    m_filling = true;
    const Session empty;
    const Session& from = s ? *s : empty;
    m_title->setText(from.title);
    m_skills->setChosen(from.skillIds);
    m_instructor->clear();
    m_instructor->addItem(QString(), from.instructorId);
    m_instructor->setCurrentIndex(0);
    m_start->setDateTime(from.startsAt.isValid() ? from.startsAt : QDateTime(QDate::currentDate().addDays(1), QTime(10, 0)));
    m_duration->setValue(from.durationMinutes);
    m_location->setText(from.location);
    m_link->setText(from.link);
    m_attendees->clear();
    for (const Attendee& a : from.attendees) {
        auto* row = new QListWidgetItem(m_people.value(a.personId), m_attendees);
        row->setData(Qt::UserRole, a.personId);
        row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
        row->setCheckState(a.attended.value_or(false) ? Qt::Checked : Qt::Unchecked);
    }
    const QString parts[] = {from.learnMarkdown, from.seeMarkdown, from.applyMarkdown};
    for (int part = 0; part < 3; ++part)
        m_editors.at(part)->setPlainText(parts[part]);
    m_tasks->setRowCount(0);
    for (const ApplyTask& t : from.tasks) {
        const int row = m_tasks->rowCount();
        m_tasks->insertRow(row);
        const auto readOnly = [](const QString& text) {
            auto* item = new QTableWidgetItem(text);
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            return item;
        };
        QTableWidgetItem* who = readOnly(m_people.value(t.personId));
        who->setData(Qt::UserRole, t.id);
        m_tasks->setItem(row, 0, who);
        m_tasks->setItem(row, 1, new QTableWidgetItem(t.description));
        m_tasks->setItem(row, 2, new QTableWidgetItem(t.dueOn.toString(Qt::ISODate)));
        m_tasks->setItem(row, 3, readOnly(t.doneOn.isValid() ? QLocale().toString(t.doneOn, QLocale::ShortFormat) : QString()));
        m_tasks->setItem(row, 4, readOnly(t.outcome));
    }
    m_filling = false;
    fillInstructors();
    for (int part = 0; part < 3; ++part)
        updatePreview(part);
    setDirty(s && s->id == 0);
}

void SessionsView::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty && m_currentId != 0);
    m_state->setText(dirty ? tr("Unsaved changes") : QString());
}

Session SessionsView::edited() const
{
    Session s = current() ? *current() : Session();
    s.title = m_title->text().trimmed();
    s.skillIds = m_skills->chosen();
    s.instructorId = m_instructor->currentData().toLongLong();
    s.startsAt = m_start->dateTime();
    s.durationMinutes = m_duration->value();
    s.location = m_location->text().trimmed();
    s.link = m_link->text().trimmed();
    s.learnMarkdown = m_editors.at(0)->toPlainText();
    s.seeMarkdown = m_editors.at(1)->toPlainText();
    s.applyMarkdown = m_editors.at(2)->toPlainText();
    s.attendees.clear();
    const bool past = s.startsAt.date() <= QDate::currentDate();
    for (int i = 0; i < m_attendees->count(); ++i) {
        const QListWidgetItem* row = m_attendees->item(i);
        const bool ticked = row->checkState() == Qt::Checked;
        s.attendees.append({row->data(Qt::UserRole).toLongLong(), ticked ? std::optional<bool>(true) : past ? std::optional<bool>(false) : std::nullopt});
    }
    return s;
}

void SessionsView::selectSession(Id id)
{
    if (id == m_currentId && !m_dirty)
        return;
    if (m_dirty && id != m_currentId
        && !Prompter::current()->confirm(this, tr("Unsaved changes"), tr("Discard the changes to “%1”?").arg(m_title->text()), tr("Discard")))
        return;
    m_currentId = id;
    m_draft = Session();
    m_dirty = false;
    for (const Session& s : std::as_const(m_sessions))
        if (s.id == id && (s.startsAt.date() < m_week->firstDay() || s.startsAt.date() > m_week->lastDay()))
            m_week->setDate(s.startsAt.date());
    reload();
    fillEditor();
    m_tabs->setCurrentIndex(0);
}

void SessionsView::newSession()
{
    if (m_dirty && !Prompter::current()->confirm(this, tr("Unsaved changes"), tr("Discard the changes to “%1”?").arg(m_title->text()), tr("Discard")))
        return;
    m_currentId = 0;
    m_draft = Session();
    m_draft.title = tr("New session");
    m_draft.startsAt = QDateTime(QDate::currentDate().addDays(7), QTime(10, 0));
    m_draft.durationMinutes = 45;
    m_draft.learnMarkdown = tr("## The idea\n\n");
    m_draft.seeMarkdown = tr("## Watch it done\n\n");
    m_draft.applyMarkdown = tr("## Your turn\n\n");
    m_dirty = false;
    fillEditor();
    m_title->setFocus();
    m_title->selectAll();
}

bool SessionsView::save()
{
    const Session* before = current();
    if (!before)
        return false;
    const Session original = *before;
    auto saved = commands::TransferEdits::saveSession(m_workspace, edited(), original.id ? &original : nullptr);
    if (!saved) {
        Prompter::current()->error(this, tr("Save session"), saved.error().message);
        return false;
    }
    m_currentId = saved.value();
    m_draft = Session();
    m_dirty = false;
    reload();
    fillEditor();
    Q_EMIT statusMessage(tr("Saved “%1”.").arg(m_title->text()));
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
        m_draft = Session();
        m_dirty = false;
        fillEditor();
        return;
    }
    const Session copy = *s;
    if (!Prompter::current()->confirm(this, tr("Delete session"), tr("Delete “%1” with its attendees and Apply tasks? Undo brings it back.").arg(copy.title),
                                      tr("Delete")))
        return;
    if (auto done = commands::TransferEdits::deleteSession(m_workspace, copy); !done)
        Prompter::current()->error(this, tr("Delete session"), done.error().message);
    else
        Q_EMIT statusMessage(tr("Deleted “%1”; undo brings it back.").arg(copy.title));
    m_currentId = 0;
    m_dirty = false;
    reload();
    fillEditor();
}

} // namespace coe::ui

