// SPDX-License-Identifier: GPL-3.0-or-later
// Its texts keep the SessionsView context (SessionsView::tr), so the translations still apply.
#include "views/sessioneditor.h"

#include "core/timezone.h"
#include "models/matrixdata.h"
#include "planning/transfer.h"
#include "views/applytasktable.h"
#include "views/sessionattendees.h"
#include "views/sessionpartseditor.h"
#include "views/sessionscontext.h"
#include "views/sessionsview.h"
#include "widgets/flowlayout.h"
#include "widgets/formhelpers.h"
#include "widgets/namepicker.h"
#include "widgets/pairbox.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace coe::ui {

SessionEditor::SessionEditor(SessionsContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    m_save = new QPushButton(SessionsView::tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveSession"));
    m_save->setToolTip(SessionsView::tr("Save (Ctrl+S)"));
    m_revert = new QPushButton(SessionsView::tr("Revert"), this);
    auto* remove = new QPushButton(SessionsView::tr("Delete"), this);
    auto* handout = new QToolButton(this);
    handout->setObjectName(QStringLiteral("handoutButton"));
    handout->setText(SessionsView::tr("Handout"));
    handout->setToolTip(SessionsView::tr("Print the session's handout or save it as PDF"));
    handout->setPopupMode(QToolButton::InstantPopup);
    handout->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* handoutMenu = new QMenu(handout);
    QAction* print = handoutMenu->addAction(SessionsView::tr("Print handout…"));
    QAction* exportPdf = handoutMenu->addAction(SessionsView::tr("Handout as PDF…"));
    handout->setMenu(handoutMenu);
    m_state = new QLabel(this);
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

    QLayout* form = makeForm();
    auto* skillsBox = new QWidget(this);
    auto* skillsLayout = new QVBoxLayout(skillsBox);
    skillsLayout->setContentsMargins(0, 0, 0, 0);
    skillsLayout->addWidget(new QLabel(SessionsView::tr("<b>Skills</b>"), skillsBox));
    m_skills = new NamePicker({}, SessionsView::tr("Type a skill and press Enter"), skillsBox);
    m_skills->setObjectName(QStringLiteral("sessionSkills"));
    skillsLayout->addWidget(m_skills);
    m_attendees = new SessionAttendees(context, this);
    // The form spans the width; skills and attendees share the row beneath it, so every
    // field keeps room for its content at ordinary widths.
    auto* pickers = new PairBox(skillsBox, m_attendees, this);
    pickers->setObjectName(QStringLiteral("sessionPickers"));
    pickers->polish();
    auto* top = new QVBoxLayout;
    top->addLayout(form);
    top->addWidget(pickers);

    m_parts = new SessionPartsEditor(this);
    m_tasks = new ApplyTaskTable(context, this);
    auto* upper = new QWidget(this);
    auto* upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addLayout(actions);
    upperLayout->addLayout(top);
    // The form scrolls rather than setting the window's minimum height: with the toolbar, a
    // German or French form would otherwise push the window past a 1,024 x 700 screen.
    auto* upperScroll = new QScrollArea(this);
    upperScroll->setObjectName(QStringLiteral("sessionFormScroll"));
    upperScroll->setWidget(upper);
    upperScroll->setWidgetResizable(true);
    upperScroll->setFrameShape(QFrame::NoFrame);
    upperScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    upperScroll->setMinimumWidth(upper->minimumSizeHint().width());
    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(upperScroll);
    vertical->addWidget(m_parts);
    vertical->addWidget(m_tasks);
    vertical->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(vertical);

    connect(m_save, &QPushButton::clicked, this, &SessionEditor::saveRequested);
    connect(m_revert, &QPushButton::clicked, this, &SessionEditor::revertRequested);
    connect(remove, &QPushButton::clicked, this, &SessionEditor::deleteRequested);
    connect(print, &QAction::triggered, this, &SessionEditor::printRequested);
    connect(exportPdf, &QAction::triggered, this, &SessionEditor::exportRequested);
    connect(m_skills, &NamePicker::changed, this, [this] {
        if (m_filling)
            return;
        Q_EMIT changed();
        fillInstructors();
    });
    connect(m_attendees, &SessionAttendees::changed, this, &SessionEditor::changed);
    connect(m_attendees, &SessionAttendees::suggestRequested, this, &SessionEditor::addSuggestedAttendees);
    connect(m_parts, &SessionPartsEditor::changed, this, &SessionEditor::changed);
    connect(m_tasks, &ApplyTaskTable::statusMessage, this, &SessionEditor::statusMessage);
}

QLayout* SessionEditor::makeForm()
{
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("sessionTitle"));
    m_instructor = new QComboBox(this);
    m_instructor->setObjectName(QStringLiteral("instructorBox"));
    m_start = new QDateTimeEdit(this);
    m_start->setObjectName(QStringLiteral("sessionStart"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(
        QStringLiteral("ddd d MMM yyyy HH:mm")); // as the calendar writes it, in the user's language
    m_duration = new QSpinBox(this);
    m_duration->setRange(15, 90);
    m_duration->setSingleStep(5);
    m_duration->setValue(45);
    m_duration->setSuffix(SessionsView::tr(" min"));
    m_zone = new QComboBox(this);
    m_zone->setObjectName(QStringLiteral("sessionZone"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_zone->setMinimumContentsLength(22);
    const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
    for (const QByteArray& id : ids)
        m_zone->addItem(QString::fromUtf8(id));
    // "berlin" finds Europe/Berlin: the completer matches anywhere in the id, in any case.
    auto* zones = new QCompleter(m_zone->model(), m_zone);
    zones->setCaseSensitivity(Qt::CaseInsensitive);
    zones->setFilterMode(Qt::MatchContains);
    zones->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->setCompleter(zones);
    m_yourTime = new QLabel(this);
    m_yourTime->setObjectName(QStringLiteral("sessionYourTime"));
    m_yourTime->setForegroundRole(QPalette::PlaceholderText);
    m_yourTime->setWordWrap(true);
    m_yourTime->hide();
    m_location = new QLineEdit(this);
    m_location->setPlaceholderText(SessionsView::tr("Room"));
    m_link = new QLineEdit(this);
    m_link->setPlaceholderText(SessionsView::tr("https://… (video call)"));
    m_instructor->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_instructor->setMinimumContentsLength(28);
    const QFontMetrics metrics = fontMetrics();
    m_location->setMinimumWidth(metrics.averageCharWidth() * 14);
    m_link->setMinimumWidth(metrics.horizontalAdvance(QStringLiteral("https://meet.example.com/coe-00")) +
                            metrics.averageCharWidth() * 2);
    auto* when = new QHBoxLayout;
    when->addWidget(m_start);
    when->addWidget(m_duration);
    when->addStretch(1);
    auto* where = new QHBoxLayout;
    where->addWidget(m_location, 1);
    where->addWidget(m_link, 2);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(SessionsView::tr("&Title:"), m_title);
    form->addRow(buddyLabel(SessionsView::tr("&When:"), m_start), when);
    // The user's time beneath the zone takes no room while it is hidden.
    auto* zoneBox = new QVBoxLayout;
    zoneBox->addWidget(m_zone);
    zoneBox->addWidget(m_yourTime);
    form->addRow(buddyLabel(SessionsView::tr("Time &zone:"), m_zone), zoneBox);
    form->addRow(buddyLabel(SessionsView::tr("Whe&re:"), m_location), where);
    form->addRow(SessionsView::tr("&Instructor:"), m_instructor);

    for (QLineEdit* edit : {m_title, m_location, m_link})
        connect(edit, &QLineEdit::textEdited, this, &SessionEditor::changed);
    const auto changedByUser = [this] {
        if (!m_filling)
            Q_EMIT changed();
    };
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, changedByUser);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &SessionEditor::showYourTime);
    connect(m_zone, &QComboBox::currentTextChanged, this, [this, changedByUser] {
        changedByUser();
        zoneChosen();
    });
    connect(m_duration, &QSpinBox::valueChanged, this, changedByUser);
    connect(m_instructor, &QComboBox::currentIndexChanged, this, changedByUser);
    return form;
}

QListWidget* SessionEditor::attendeeList() const
{
    return m_attendees->list();
}

QTableWidget* SessionEditor::taskTable() const
{
    return m_tasks->table();
}

QPlainTextEdit* SessionEditor::partEditor(int part) const
{
    return m_parts->editor(part);
}

QTextBrowser* SessionEditor::partPreview(int part) const
{
    return m_parts->preview(part);
}

void SessionEditor::fillInstructors()
{
    const Session* current = m_context.current();
    const Id chosen = m_instructor->currentData().toLongLong() ? m_instructor->currentData().toLongLong()
                                                               : (current ? current->instructorId : 0);
    const bool filling = m_filling;
    m_filling = true;
    m_instructor->clear();
    m_instructor->addItem(SessionsView::tr("(to be named)"), Id(0));
    QList<PersonSuggestion> suggested;
    if (const MatrixData* data = m_context.levels())
        suggested = Transfer::instructors(*data, m_skills->chosen());
    QSet<Id> listed;
    for (const PersonSuggestion& s : std::as_const(suggested)) {
        m_instructor->addItem(QStringLiteral("%1 — %2").arg(s.name, s.reason), s.person);
        m_instructor->setItemData(m_instructor->count() - 1, s.reason, Qt::ToolTipRole);
        listed.insert(s.person);
    }
    if (!suggested.isEmpty())
        m_instructor->insertSeparator(m_instructor->count());
    const QHash<Id, QString>& people = m_context.people();
    QList<Id> others = people.keys();
    std::sort(others.begin(), others.end(),
              [&people](Id a, Id b) { return people.value(a).compare(people.value(b), Qt::CaseInsensitive) < 0; });
    for (Id id : std::as_const(others))
        if (!listed.contains(id))
            m_instructor->addItem(people.value(id), id);
    m_instructor->setCurrentIndex(std::max(0, m_instructor->findData(chosen)));
    m_filling = filling;
}

void SessionEditor::fill()
{
    const Session* s = m_context.current();
    setEnabled(s != nullptr);
    m_filling = true;
    const Session empty;
    const Session& from = s ? *s : empty;
    m_title->setText(from.title);
    m_skills->setChosen(from.skillIds);
    m_instructor->clear();
    m_instructor->addItem(QString(), from.instructorId);
    m_instructor->setCurrentIndex(0);
    // The start is edited on its zone's clock: the session's own, else the workspace's.
    const QTimeZone zone = from.zone(m_context.workspaceZone());
    m_filledZone = from.timeZone.trimmed().isEmpty() ? TimeZones::name(m_context.workspaceZone()) : from.timeZone;
    if (m_zone->findText(m_filledZone) < 0)
        m_zone->insertItem(0, m_filledZone); // a fixed offset, or an id this list lacks, as it is
    m_zone->setCurrentText(m_filledZone);
    m_zone->setToolTip(SessionsView::tr("The zone the session is planned in; its start is on this zone's clock. "
                                        "New sessions get the workspace's zone, %1.")
                           .arg(TimeZones::name(m_context.workspaceZone())));
    const QDateTime wall =
        from.startsAt.isValid() ? from.startsAt : QDateTime(QDate::currentDate().addDays(1), QTime(10, 0));
    m_start->setTimeZone(zone);
    m_start->setDateTime(QDateTime(wall.date(), wall.time(), zone));
    m_duration->setValue(from.durationMinutes);
    m_location->setText(from.location);
    m_link->setText(from.link);
    m_attendees->setAttendees(from.attendees);
    m_parts->setParts(from.learnMarkdown, from.seeMarkdown, from.applyMarkdown);
    m_tasks->setTasks(from.tasks);
    m_filling = false;
    fillInstructors();
    showYourTime();
    m_parts->updatePreviews();
}

void SessionEditor::showState(bool dirty, bool canRevert)
{
    m_save->setEnabled(dirty);
    m_revert->setEnabled(canRevert);
    m_state->setText(dirty ? SessionsView::tr("Unsaved changes") : QString());
}

Session SessionEditor::edited() const
{
    Session s = m_context.current() ? *m_context.current() : Session();
    s.title = m_title->text().trimmed();
    s.skillIds = m_skills->chosen();
    s.instructorId = m_instructor->currentData().toLongLong();
    // The zone as fill() showed it keeps what was stored: '' stays the workspace's zone.
    const QString zone = m_zone->currentText().trimmed();
    s.timeZone = zone == m_filledZone ? s.timeZone : zone;
    const QDateTime start = m_start->dateTime();
    s.startsAt = QDateTime(start.date(), start.time());
    s.durationMinutes = m_duration->value();
    s.location = m_location->text().trimmed();
    s.link = m_link->text().trimmed();
    s.learnMarkdown = m_parts->markdown(0);
    s.seeMarkdown = m_parts->markdown(1);
    s.applyMarkdown = m_parts->markdown(2);
    s.attendees = m_attendees->attendees(m_context.shownStart(s).date() <= QDate::currentDate());
    return s;
}

QTimeZone SessionEditor::chosenZone() const
{
    const QString text = m_zone->currentText().trimmed();
    return text.isEmpty() ? m_context.workspaceZone() : TimeZones::fromId(text);
}

void SessionEditor::zoneChosen()
{
    const QTimeZone zone = chosenZone();
    if (zone.isValid() && zone != m_start->timeZone()) {
        const bool filling = m_filling;
        m_filling = true;
        const QDateTime wall = m_start->dateTime();
        m_start->setTimeZone(zone);
        m_start->setDateTime(QDateTime(wall.date(), wall.time(), zone));
        m_filling = filling;
    }
    showYourTime();
}

void SessionEditor::showYourTime()
{
    const QTimeZone zone = chosenZone();
    QString note;
    if (!zone.isValid()) {
        note = SessionsView::tr("“%1” is not a time zone this system knows; choose one from the list, such as "
                                "Europe/Berlin.")
                   .arg(m_zone->currentText().trimmed());
    } else {
        const QDateTime wall = m_start->dateTime();
        const QDateTime instant = TimeZones::atWallClock(wall, zone);
        const QTimeZone yours = SessionsContext::userZone();
        if (zone.offsetFromUtc(instant) != yours.offsetFromUtc(instant))
            note = SessionsView::tr("That is %1 in your zone, %2.")
                       .arg(QLocale().toString(TimeZones::wallClock(instant, yours), QStringLiteral("ddd d MMM HH:mm")),
                            TimeZones::name(yours));
    }
    m_yourTime->setText(note);
    m_yourTime->setVisible(!note.isEmpty());
}

void SessionEditor::addSuggestedAttendees()
{
    const MatrixData* data = m_context.levels();
    if (!data)
        return;
    const int added = m_attendees->addSuggestions(
        Transfer::attendees(*data, m_skills->chosen(), m_instructor->currentData().toLongLong()));
    if (added)
        Q_EMIT changed();
    Q_EMIT statusMessage(added ? SessionsView::tr("Added %n suggested attendee(s); hover for why.", nullptr, added)
                               : SessionsView::tr("Nobody else has a gap or interest in these skills."));
}

void SessionEditor::markTaskDone()
{
    m_tasks->markDone();
}

} // namespace coe::ui
