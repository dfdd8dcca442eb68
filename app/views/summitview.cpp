// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/summitview.h"

#include "commands/summitedits.h"
#include "core/changenotifier.h"
#include "dialogs/summititemdialog.h"
#include "dialogs/summitsettingsdialog.h"
#include "storage/workspace.h"
#include "ui/prompter.h"
#include "views/summitbar.h"
#include "views/summitfiles.h"
#include "views/summitpool.h"
#include "views/summitreview.h"
#include "views/summittimetableedits.h"
#include "views/summitwarnings.h"
#include "widgets/timetable.h"

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>

namespace coe::ui {

static_assert(SummitView::Changelog == SummitFiles::Changelog);

SummitView::SummitView(Workspace& workspace, QWidget* parent) : QWidget(parent), m_context(workspace, this)
{
    setObjectName(QStringLiteral("summitView"));
    m_files = new SummitFiles(m_context, this);
    m_review = new SummitReview(m_context, *m_files, this);

    // Top: which summit, day, rooms and tracks; snapping and zoom; the menus.
    m_bar = new SummitBar(this);
    fillSummitMenu();
    m_files->addPrintActions(m_bar->printMenu());
    // Left: the unscheduled pool. Middle: the grid. Right: warnings.
    m_pool = new SummitPool(this);
    m_timetable = new TimetableWidget;
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_timetable);
    m_scroll->setWidgetResizable(true); // fills the width; never smaller than its size hint
    m_scroll->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_warnings = new SummitWarnings(this);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("summitSplitter"));
    splitter->addWidget(m_pool);
    splitter->addWidget(m_scroll);
    splitter->addWidget(m_warnings);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    const int em = fontMetrics().averageCharWidth();
    splitter->setSizes({em * 30, em * 100, em * 38});

    m_body = new QWidget(this);
    auto* bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_bar);
    bodyLayout->addWidget(splitter, 1);

    m_empty = new QLabel(tr("<h2>No summit yet</h2><p>Plan an internal conference: rooms, tracks, a timetable that "
                            "warns about every clash, "
                            "and printed agendas.</p><p><a href='new'>New summit…</a> &nbsp; or &nbsp; <a "
                            "href='import'>import a schedule</a> "
                            "(frab XML or JSON, as pretalx exports it).</p>"),
                         this);
    m_empty->setObjectName(QStringLiteral("summitEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    connect(m_empty, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link == QLatin1String("new"))
            newSummit();
        else
            importSchedule();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_empty, 1);

    connect(m_bar, &SummitBar::summitChosen, this, [this](Id summit) {
        m_context.setCurrent(summit);
        showSummit();
    });
    connect(m_bar, &SummitBar::filterChanged, this, &SummitView::showDay);
    connect(m_bar, &SummitBar::snapChanged, m_timetable, &TimetableWidget::setSnap);
    connect(m_bar, &SummitBar::zoomRequested, this, [this](int step) {
        m_timetable->setZoom(step > 0 ? m_timetable->zoom() * 1.25 : m_timetable->zoom() / 1.25);
    });
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, m_timetable, qOverload<>(&QWidget::update));
    connect(m_pool, &SummitPool::newItemRequested, this, &SummitView::newItem);
    connect(m_pool, &SummitPool::editRequested, this, &SummitView::editItem);
    connect(m_pool, &SummitPool::deleteRequested, this, &SummitView::deleteItem);
    connect(m_warnings, &SummitWarnings::warningSelected, this, &SummitView::showWarning);
    connect(m_warnings, &SummitWarnings::acknowledgeRequested, this, &SummitView::acknowledgeSelected);
    auto* edits = new SummitTimetableEdits(m_context, m_timetable, this);
    connect(edits, &SummitTimetableEdits::statusMessage, this, &SummitView::statusMessage);
    connect(m_timetable, &TimetableWidget::editRequested, this, &SummitView::editItem);
    connect(m_files, &SummitFiles::imported, this, &SummitView::reload);
    connect(m_files, &SummitFiles::statusMessage, this, &SummitView::statusMessage);
    connect(m_review, &SummitReview::statusMessage, this, &SummitView::statusMessage);
    connect(workspace.notifier(), &ChangeNotifier::changed, this, [this](const Change& change) {
        if (change.entity == Entity::Summit || change.entity == Entity::Person || change.entity == Entity::Everything)
            reload();
    });
    reload();
}

void SummitView::fillSummitMenu()
{
    QMenu* menu = m_bar->summitMenu();
    menu->addAction(tr("New summit…"), this, &SummitView::newSummit);
    menu->addAction(tr("Settings: days, rooms, tracks, availability…"), this, &SummitView::editSettings);
    menu->addSeparator();
    menu->addAction(tr("Suggest programme…"), this, &SummitView::suggestProgramme);
    menu->addSeparator();
    menu->addAction(tr("Release schedule…"), this, &SummitView::releaseSchedule);
    menu->addAction(tr("Changes since the last release…"), this, &SummitView::showChangelog);
    menu->addSeparator();
    menu->addAction(tr("Export calendar (iCalendar)…"), this, &SummitView::exportCalendar);
    menu->addAction(tr("Export schedule (frab XML or JSON)…"), this, &SummitView::exportSchedule);
    menu->addAction(tr("Import schedule…"), this, &SummitView::importSchedule);
}

QListWidget* SummitView::pool() const
{
    return m_pool->list();
}

QListWidget* SummitView::warningsList() const
{
    return m_warnings->list();
}

QComboBox* SummitView::summitBox() const
{
    return m_bar->summitBox();
}

QComboBox* SummitView::dayBox() const
{
    return m_bar->dayBox();
}

QComboBox* SummitView::roomBox() const
{
    return m_bar->roomBox();
}

QComboBox* SummitView::trackBox() const
{
    return m_bar->trackBox();
}

void SummitView::reload()
{
    if (auto read = m_context.read(); !read) {
        Q_EMIT statusMessage(read.error().message);
        return;
    }
    m_bar->setSummits(m_context.summits(), m_context.currentId());
    m_body->setVisible(!m_context.summits().isEmpty());
    m_empty->setVisible(m_context.summits().isEmpty());
    showSummit();
}

void SummitView::showSummit()
{
    const Summit* s = currentSummit();
    m_bar->setSummit(s);
    m_context.findWarnings();
    m_pool->fill(s, m_context.people());
    m_warnings->setWarnings(&m_context.warnings());
    showDay();
}

QList<Room> SummitView::visibleRooms() const
{
    QList<Room> rooms;
    const Summit* s = currentSummit();
    if (!s)
        return rooms;
    rooms = s->rooms;
    std::stable_sort(rooms.begin(), rooms.end(), [](const Room& a, const Room& b) { return a.position < b.position; });
    const Id only = m_bar->room();
    if (only)
        rooms.removeIf([only](const Room& r) { return r.id != only; });
    return rooms;
}

void SummitView::showDay()
{
    const Id selected = m_timetable->selectedSlot();
    m_timetable->setSchedule(currentSummit(), m_bar->day(), visibleRooms(), m_bar->track(), m_context.people(),
                             m_context.warnings());
    m_timetable->selectSlot(selected);
}

void SummitView::showWarning(int row)
{
    const SummitWarning* w = m_warnings->warningAt(row);
    if (!w || w->slotIds.isEmpty())
        return;
    const Slot* s = m_context.slot(w->slotIds.first());
    if (!s)
        return;
    m_bar->showDay(s->startsAt.date());
    m_bar->showRoom(s->roomId);
    m_timetable->selectSlot(s->id);
}

void SummitView::revealItem(Id summit, Id item)
{
    QComboBox* summits = summitBox();
    const int index = summits->findData(summit);
    if (index < 0)
        return;
    summits->setCurrentIndex(index); // shows that summit when it was not shown yet
    const Summit* s = currentSummit();
    if (!s || s->id != summit)
        return;
    for (const SummitItem& i : s->items) {
        if (i.id != item)
            continue;
        if (!i.slots.isEmpty()) {
            const Slot& first = i.slots.first();
            m_bar->showDay(first.startsAt.date());
            m_bar->showRoom(first.roomId);
            m_timetable->selectSlot(first.id);
            m_timetable->setFocus();
            return;
        }
        QListWidget* unscheduled = pool();
        for (int row = 0; row < unscheduled->count(); ++row) {
            if (unscheduled->item(row)->data(Qt::UserRole).toLongLong() == item) {
                unscheduled->setCurrentRow(row);
                unscheduled->scrollToItem(unscheduled->item(row));
                unscheduled->setFocus();
                return;
            }
        }
    }
}

void SummitView::acknowledgeSelected()
{
    const SummitWarning* selected = m_warnings->selectedOrFirst();
    if (!selected || !currentSummit())
        return;
    const SummitWarning w = *selected;
    if (w.acknowledged)
        return;
    const QString note = Prompter::current()->text(this, tr("Acknowledge warning"),
                                                   tr("%1\n\nWhy is this fine?").arg(w.message), QString());
    if (note.isEmpty())
        return;
    if (m_context.report(commands::SummitEdits::acknowledge(m_context.workspace(), currentSummit()->id, w.key, note)))
        Q_EMIT statusMessage(tr("Acknowledged: it will not be counted again."));
}

void SummitView::newSummit()
{
    const QString name = Prompter::current()->text(this, tr("New summit"), tr("Name:"),
                                                   tr("CoE Summit %1").arg(QDate::currentDate().addMonths(1).year()));
    if (name.trimmed().isEmpty())
        return;
    auto id = commands::SummitEdits::createSummit(m_context.workspace(), name.trimmed());
    if (!id) {
        m_context.report(id.error());
        return;
    }
    m_context.setCurrent(id.value());
    reload();
    editSettings();
}

void SummitView::editSettings()
{
    const Summit* s = currentSummit();
    if (!s)
        return;
    const Summit before = *s;
    SummitSettingsDialog dialog(before, m_context.people(), this);
    if (Prompter::current()->exec(&dialog) != QDialog::Accepted)
        return;
    if (m_context.report(commands::SummitEdits::saveSettings(m_context.workspace(), before, dialog.summit())))
        Q_EMIT statusMessage(tr("Saved the settings of “%1”.").arg(dialog.summit().name));
}

void SummitView::editItem(Id id)
{
    const Summit* s = currentSummit();
    const SummitItem* item = s ? s->item(id) : nullptr;
    if (!item)
        return;
    const Summit summit = *s;
    const SummitItem before = *item;
    SummitItemDialog dialog(summit, before, m_context.people(), m_context.skillNames(), this);
    if (Prompter::current()->exec(&dialog) != QDialog::Accepted)
        return;
    const SummitItem after = dialog.item();
    const commands::Placement place = dialog.placement();
    auto saved = commands::SummitEdits::saveItem(m_context.workspace(), summit.id, after, &before, place);
    if (!saved) {
        m_context.report(saved.error());
        return;
    }
    if (!place.start.isValid())
        Q_EMIT statusMessage(before.slots.isEmpty() ? tr("Saved “%1”.").arg(after.title)
                                                    : tr("Saved “%1”; it is back in the pool.").arg(after.title));
    else
        Q_EMIT statusMessage(tr("Saved “%1”, in %2 on %3 at %4.")
                                 .arg(after.title, place.roomName,
                                      QLocale().toString(place.start.date(), QStringLiteral("ddd d MMM")),
                                      place.start.toString(QStringLiteral("HH:mm"))));
    if (place.start.isValid())
        m_bar->showDay(place.start.date());
}

void SummitView::deleteItem(Id id)
{
    const Summit* s = currentSummit();
    const SummitItem* item = s ? s->item(id) : nullptr;
    if (!item)
        return;
    const SummitItem copy = *item;
    if (!Prompter::current()->confirm(this, tr("Delete item"),
                                      tr("Delete “%1” from the summit? Undo brings it back.").arg(copy.title),
                                      tr("Delete")))
        return;
    if (m_context.report(commands::SummitEdits::deleteItem(m_context.workspace(), copy)))
        Q_EMIT statusMessage(tr("Deleted “%1”; undo brings it back.").arg(copy.title));
}

void SummitView::newItem()
{
    const Summit* s = currentSummit();
    if (!s)
        return;
    const Summit summit = *s;
    SummitItem blank;
    blank.durationMinutes = 45;
    SummitItemDialog dialog(summit, blank, m_context.people(), m_context.skillNames(), this);
    if (Prompter::current()->exec(&dialog) != QDialog::Accepted)
        return;
    const commands::Placement place = dialog.placement();
    auto saved = commands::SummitEdits::saveItem(m_context.workspace(), summit.id, dialog.item(), nullptr, place);
    if (!saved)
        m_context.report(saved.error());
    else if (place.start.isValid())
        Q_EMIT statusMessage(
            tr("Added “%1” in %2 at %3.")
                .arg(dialog.item().title, place.roomName, place.start.toString(QStringLiteral("HH:mm"))));
    else
        Q_EMIT statusMessage(
            tr("Added to the unscheduled pool: drag it onto the timetable, or give it a day, room and start."));
}

void SummitView::releaseSchedule()
{
    m_review->releaseSchedule();
}

void SummitView::showChangelog()
{
    m_review->showChangelog();
}

void SummitView::suggestProgramme()
{
    m_review->suggestProgramme();
}

void SummitView::print(int kind)
{
    m_files->print(kind);
}

void SummitView::exportPdf(int kind)
{
    m_files->exportPdf(kind);
}

void SummitView::exportCalendar()
{
    m_files->exportCalendar();
}

void SummitView::exportSchedule()
{
    m_files->exportSchedule();
}

void SummitView::importSchedule()
{
    m_files->importSchedule();
}

} // namespace coe::ui
