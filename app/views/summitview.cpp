// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/summitview.h"

#include "commands/batch.h"
#include "commands/summitedits.h"
#include "core/changenotifier.h"
#include "dialogs/summititemdialog.h"
#include "dialogs/summitreviewdialogs.h"
#include "dialogs/summitsettingsdialog.h"
#include "models/matrixdata.h"
#include "planning/programme.h"
#include "planning/releases.h"
#include "widgets/flowlayout.h"
#include "render/agenda.h"
#include "storage/catalog.h"
#include "storage/planrepository.h"
#include "storage/workspace.h"
#include "ui/prompter.h"
#include "widgets/timetable.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace coe::ui {

namespace {

/// The unscheduled pool: its rows can be dragged onto the timetable.
class PoolList : public QListWidget
{
public:
    using QListWidget::QListWidget;

protected:
    QStringList mimeTypes() const override { return {QString::fromLatin1(TimetableWidget::kItemMimeType)}; }
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override
    {
        if (items.isEmpty())
            return nullptr;
        auto* data = new QMimeData;
        data->setData(QString::fromLatin1(TimetableWidget::kItemMimeType), QByteArray::number(items.first()->data(Qt::UserRole).toLongLong()));
        data->setText(items.first()->text());
        return data;
    }
};



} // namespace

SummitView::SummitView(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("summitView"));

    // Top: which summit, day, rooms and tracks; snapping and zoom; the menus.
    m_summitBox = new QComboBox(this);
    m_summitBox->setObjectName(QStringLiteral("summitBox"));
    m_summitBox->setMinimumContentsLength(18);
    m_dayBox = new QComboBox(this);
    m_dayBox->setObjectName(QStringLiteral("dayBox"));
    m_roomBox = new QComboBox(this);
    m_roomBox->setObjectName(QStringLiteral("roomBox"));
    m_roomBox->setToolTip(tr("Show one room only"));
    m_trackBox = new QComboBox(this);
    m_trackBox->setObjectName(QStringLiteral("trackBox"));
    m_trackBox->setToolTip(tr("Highlight one track; the others fade"));
    m_snapBox = new QComboBox(this);
    m_snapBox->setObjectName(QStringLiteral("snapBox"));
    for (int minutes : {5, 10, 15, 30})
        m_snapBox->addItem(tr("Snap %1 min").arg(minutes), minutes);
    m_snapBox->setCurrentIndex(0);
    auto* zoomOut = new QToolButton(this);
    zoomOut->setText(QStringLiteral("−"));
    zoomOut->setToolTip(tr("Zoom out (Ctrl+wheel)"));
    auto* zoomIn = new QToolButton(this);
    zoomIn->setText(QStringLiteral("+"));
    zoomIn->setToolTip(tr("Zoom in (Ctrl+wheel)"));

    auto* summitButton = new QPushButton(tr("Summit"), this);
    summitButton->setObjectName(QStringLiteral("summitMenuButton"));
    auto* summitMenu = new QMenu(summitButton);
    summitMenu->addAction(tr("New summit…"), this, &SummitView::newSummit);
    summitMenu->addAction(tr("Settings: days, rooms, tracks, availability…"), this, &SummitView::editSettings);
    summitMenu->addSeparator();
    summitMenu->addAction(tr("Suggest programme…"), this, &SummitView::suggestProgramme);
    summitMenu->addSeparator();
    summitMenu->addAction(tr("Release schedule…"), this, &SummitView::releaseSchedule);
    summitMenu->addAction(tr("Changes since the last release…"), this, &SummitView::showChangelog);
    summitMenu->addSeparator();
    summitMenu->addAction(tr("Export calendar (iCalendar)…"), this, &SummitView::exportCalendar);
    summitMenu->addAction(tr("Export schedule (frab XML or JSON)…"), this, &SummitView::exportSchedule);
    summitMenu->addAction(tr("Import schedule…"), this, &SummitView::importSchedule);
    summitButton->setMenu(summitMenu);

    auto* printButton = new QPushButton(tr("Print"), this);
    printButton->setObjectName(QStringLiteral("printMenuButton"));
    auto* printMenu = new QMenu(printButton);
    for (int kind = render::Agenda::Grid; kind <= render::Agenda::RunSheet; ++kind)
        printMenu->addAction(tr("%1…").arg(printTitle(kind)), this, [this, kind] { print(kind); });
    printMenu->addSeparator();
    for (int kind = render::Agenda::Grid; kind <= render::Agenda::RunSheet; ++kind)
        printMenu->addAction(tr("Export %1 as PDF…").arg(printTitle(kind).toLower()), this, [this, kind] { exportPdf(kind); });
    printButton->setMenu(printMenu);

    // Two groups that wrap onto a second row in a narrow window (or a wordier language)
    // instead of forcing the window wider: what is shown, and what is done with it.
    const auto group = [this](std::initializer_list<QWidget*> widgets) {
        auto* box = new QWidget(this);
        auto* row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        for (QWidget* w : widgets)
            row->addWidget(w);
        return box;
    };
    auto* top = new FlowLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(group({m_summitBox, m_dayBox, m_roomBox, m_trackBox}), true);
    top->addWidget(group({m_snapBox, zoomOut, zoomIn, printButton, summitButton}));

    // Left: the unscheduled pool.
    auto* poolBox = new QWidget(this);
    auto* poolTitle = new QLabel(tr("<b>Unscheduled</b>"), poolBox);
    m_pool = new PoolList(poolBox);
    m_pool->setObjectName(QStringLiteral("unscheduledPool"));
    m_pool->setDragEnabled(true);
    m_pool->setDragDropMode(QAbstractItemView::DragOnly);
    m_pool->setWordWrap(true);
    m_poolHint = new QLabel(tr("Drag an item onto the timetable to schedule it."), poolBox);
    m_poolHint->setWordWrap(true);
    m_poolHint->setForegroundRole(QPalette::PlaceholderText);
    auto* addItem = new QPushButton(tr("New item…"), poolBox);
    addItem->setObjectName(QStringLiteral("newItemButton"));
    auto* poolLayout = new QVBoxLayout(poolBox);
    poolLayout->setContentsMargins(0, 0, 0, 0);
    poolLayout->addWidget(poolTitle);
    poolLayout->addWidget(m_pool, 1);
    poolLayout->addWidget(m_poolHint);
    poolLayout->addWidget(addItem);

    // Middle: the grid.
    m_timetable = new TimetableWidget;
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_timetable);
    m_scroll->setWidgetResizable(true); // fills the width; never smaller than its size hint
    m_scroll->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    // Right: warnings.
    auto* warningBox = new QWidget(this);
    m_warningTitle = new QLabel(warningBox);
    m_warningTitle->setObjectName(QStringLiteral("warningTitle"));
    m_warnings = new QListWidget(warningBox);
    m_warnings->setObjectName(QStringLiteral("warningsList"));
    m_warnings->setWordWrap(true);
    m_warnings->setAlternatingRowColors(true);
    m_showAcknowledged = new QCheckBox(tr("Show acknowledged"), warningBox);
    m_acknowledge = new QPushButton(tr("Acknowledge…"), warningBox);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeButton"));
    m_acknowledge->setToolTip(tr("Mark the selected warning as fine, with a note, so it stops nagging"));
    auto* warningLayout = new QVBoxLayout(warningBox);
    warningLayout->setContentsMargins(0, 0, 0, 0);
    warningLayout->addWidget(m_warningTitle);
    warningLayout->addWidget(m_warnings, 1);
    auto* warningButtons = new QHBoxLayout;
    warningButtons->addWidget(m_showAcknowledged);
    warningButtons->addStretch();
    warningButtons->addWidget(m_acknowledge);
    warningLayout->addLayout(warningButtons);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("summitSplitter"));
    splitter->addWidget(poolBox);
    splitter->addWidget(m_scroll);
    splitter->addWidget(warningBox);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    const int em = fontMetrics().averageCharWidth();
    splitter->setSizes({em * 30, em * 100, em * 38});

    m_body = new QWidget(this);
    auto* bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addLayout(top);
    bodyLayout->addWidget(splitter, 1);

    m_empty = new QLabel(tr("<h2>No summit yet</h2><p>Plan an internal conference: rooms, tracks, a timetable that warns about every clash, "
                            "and printed agendas.</p><p><a href='new'>New summit…</a> &nbsp; or &nbsp; <a href='import'>import a schedule</a> "
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

    connect(m_summitBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_reloading)
            return;
        m_summitId = m_summitBox->currentData().toLongLong();
        showSummit();
    });
    connect(m_dayBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_reloading)
            showDay();
    });
    connect(m_roomBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_reloading)
            showDay();
    });
    connect(m_trackBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_reloading)
            showDay();
    });
    connect(m_snapBox, &QComboBox::currentIndexChanged, this, [this] { m_timetable->setSnap(m_snapBox->currentData().toInt()); });
    connect(zoomIn, &QToolButton::clicked, this, [this] { m_timetable->setZoom(m_timetable->zoom() * 1.25); });
    connect(zoomOut, &QToolButton::clicked, this, [this] { m_timetable->setZoom(m_timetable->zoom() / 1.25); });
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, m_timetable, qOverload<>(&QWidget::update));
    connect(addItem, &QPushButton::clicked, this, &SummitView::newItem);
    connect(m_pool, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* row) { editItem(row->data(Qt::UserRole).toLongLong()); });
    m_pool->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* editPooled = new QAction(tr("Edit item…"), m_pool);
    auto* deletePooled = new QAction(tr("Delete item"), m_pool);
    deletePooled->setShortcut(QKeySequence::Delete);
    deletePooled->setShortcutContext(Qt::WidgetShortcut);
    m_pool->addActions({editPooled, deletePooled});
    connect(editPooled, &QAction::triggered, this, [this] {
        if (QListWidgetItem* row = m_pool->currentItem())
            editItem(row->data(Qt::UserRole).toLongLong());
    });
    connect(deletePooled, &QAction::triggered, this, [this] {
        if (QListWidgetItem* row = m_pool->currentItem())
            deleteItem(row->data(Qt::UserRole).toLongLong());
    });
    connect(m_warnings, &QListWidget::currentRowChanged, this, &SummitView::showWarning);
    connect(m_showAcknowledged, &QCheckBox::toggled, this, &SummitView::refreshWarnings);
    connect(m_acknowledge, &QPushButton::clicked, this, &SummitView::acknowledgeSelected);

    connect(m_timetable, &TimetableWidget::slotMoved, this, [this](Id id, Id room, const QDateTime& start, const QDateTime& end) {
        const Slot* s = slot(id);
        if (!s)
            return;
        const Summit summit = *currentSummit();
        const Slot copy = *s;
        if (report(commands::SummitEdits::moveSlot(m_workspace, summit, copy, room, start, end)))
            Q_EMIT statusMessage(commands::SummitEdits::moveText(summit, copy, room, start, end, true));
    });
    connect(m_timetable, &TimetableWidget::itemDropped, this, [this](Id item, Id room, const QDateTime& start) {
        const Summit* summit = currentSummit();
        if (const SummitItem* i = summit ? summit->item(item) : nullptr) {
            const SummitItem copy = *i;
            const Room* r = summit->room(room);
            const QString where = r ? r->name : QString();
            auto done = commands::SummitEdits::schedule(m_workspace, copy, room, start);
            if (!done) {
                report(done.error());
                return;
            }
            m_timetable->selectSlot(done.value());
            Q_EMIT statusMessage(tr("Scheduled “%1” in %2, %3–%4.")
                                     .arg(copy.title, where, start.toString(QStringLiteral("HH:mm")),
                                          start.addSecs(qint64(copy.durationMinutes) * 60).toString(QStringLiteral("HH:mm"))));
        }
    });
    connect(m_timetable, &TimetableWidget::unscheduleRequested, this, [this](Id id) {
        if (const Slot* s = slot(id)) {
            const QString title = currentSummit()->item(s->itemId)->title;
            if (report(commands::SummitEdits::unschedule(m_workspace, *s, title)))
                Q_EMIT statusMessage(tr("Unscheduled “%1”: it is back in the pool.").arg(title));
        }
    });
    connect(m_timetable, &TimetableWidget::copyToAllRoomsRequested, this, [this](Id id) {
        if (const Slot* s = slot(id)) {
            auto added = commands::SummitEdits::copyToAllRooms(m_workspace, *currentSummit(), *s);
            if (!added)
                report(added.error());
            else
                Q_EMIT statusMessage(tr("Added to %n more room(s).", nullptr, added.value()));
        }
    });
    connect(m_timetable, &TimetableWidget::editRequested, this, &SummitView::editItem);

    connect(workspace.notifier(), &ChangeNotifier::changed, this, [this](const Change& change) {
        if (change.entity == Entity::Summit || change.entity == Entity::Person || change.entity == Entity::Everything)
            reload();
    });
    reload();
}

const Summit* SummitView::currentSummit() const
{
    for (const Summit& s : m_summits)
        if (s.id == m_summitId)
            return &s;
    return nullptr;
}

const Slot* SummitView::slot(Id id) const
{
    if (const Summit* s = currentSummit())
        for (const SummitItem& item : s->items)
            for (const Slot& sl : item.slots)
                if (sl.id == id)
                    return &sl;
    return nullptr;
}

bool SummitView::report(const Result<void>& result)
{
    if (result)
        return true;
    Prompter::current()->error(this, tr("CoE Studio"), result.error().message);
    return false;
}

void SummitView::reload()
{
    auto summits = PlanRepository(m_workspace).summits();
    auto people = Catalog(m_workspace).people();
    if (!summits || !people) {
        Q_EMIT statusMessage(!summits ? summits.error().message : people.error().message);
        return;
    }
    m_summits = summits.take();
    m_people.clear();
    for (const Person& p : people.value())
        m_people.insert(p.id, p.name);
    if (!currentSummit())
        m_summitId = m_summits.isEmpty() ? 0 : m_summits.first().id;
    m_reloading = true;
    m_summitBox->clear();
    for (const Summit& s : std::as_const(m_summits))
        m_summitBox->addItem(s.name, s.id);
    m_summitBox->setCurrentIndex(std::max(0, m_summitBox->findData(m_summitId)));
    m_reloading = false;
    m_body->setVisible(!m_summits.isEmpty());
    m_empty->setVisible(m_summits.isEmpty());
    showSummit();
}

void SummitView::showSummit()
{
    const Summit* s = currentSummit();
    m_reloading = true;
    const int day = m_dayBox->currentIndex();
    const Id room = m_roomBox->currentData().toLongLong();
    const Id track = m_trackBox->currentData().toLongLong();
    m_dayBox->clear();
    m_roomBox->clear();
    m_trackBox->clear();
    m_roomBox->addItem(tr("All rooms"), Id(0));
    m_trackBox->addItem(tr("All tracks"), Id(0));
    if (s) {
        int index = 1;
        for (QDate d = s->startsOn; d.isValid() && d <= s->endsOn; d = d.addDays(1), ++index)
            m_dayBox->addItem(tr("Day %1 · %2").arg(index).arg(QLocale().toString(d, QStringLiteral("ddd d MMM"))), d);
        QList<Room> rooms = s->rooms;
        std::stable_sort(rooms.begin(), rooms.end(), [](const Room& a, const Room& b) { return a.position < b.position; });
        for (const Room& r : rooms)
            m_roomBox->addItem(r.name, r.id);
        for (const Track& t : s->tracks) {
            QPixmap swatch(12, 12);
            swatch.fill(t.color);
            m_trackBox->addItem(QIcon(swatch), t.name, t.id);
        }
    }
    m_dayBox->setCurrentIndex(std::clamp(day, 0, m_dayBox->count() - 1));
    m_roomBox->setCurrentIndex(std::max(0, m_roomBox->findData(room)));
    m_trackBox->setCurrentIndex(std::max(0, m_trackBox->findData(track)));
    m_reloading = false;
    m_warningList = s ? Conflicts::find(*s, m_people) : QList<SummitWarning>();
    fillPool();
    refreshWarnings();
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
    const Id only = m_roomBox->currentData().toLongLong();
    if (only)
        rooms.removeIf([only](const Room& r) { return r.id != only; });
    return rooms;
}

void SummitView::showDay()
{
    const Id selected = m_timetable->selectedSlot();
    m_timetable->setSchedule(currentSummit(), m_dayBox->currentData().toDate(), visibleRooms(), m_trackBox->currentData().toLongLong(), m_people,
                             m_warningList);
    m_timetable->selectSlot(selected);
}

void SummitView::fillPool()
{
    m_pool->clear();
    const Summit* s = currentSummit();
    if (!s)
        return;
    for (const SummitItem& item : s->items) {
        if (!item.slots.isEmpty())
            continue;
        QStringList speakers;
        for (Id id : item.speakerIds)
            speakers << m_people.value(id);
        auto* row = new QListWidgetItem(QStringLiteral("%1\n%2 · %3 min%4")
                                            .arg(item.title, SummitItem::kindLabel(item.kind))
                                            .arg(item.durationMinutes)
                                            .arg(speakers.isEmpty() ? QString() : QStringLiteral(" · ") + speakers.join(QStringLiteral(", "))),
                                        m_pool);
        row->setData(Qt::UserRole, item.id);
        if (const Track* t = s->track(item.trackId)) {
            QPixmap swatch(10, 28);
            swatch.fill(t->color);
            row->setIcon(QIcon(swatch));
        }
    }
    m_poolHint->setText(m_pool->count() == 0 ? tr("Everything is scheduled. New items land here first.")
                                             : tr("Drag an item onto the timetable to schedule it; double-click to edit."));
}

void SummitView::refreshWarnings()
{
    const QSignalBlocker blocker(m_warnings);
    m_warnings->clear();
    int open = 0;
    for (int i = 0; i < m_warningList.size(); ++i) {
        const SummitWarning& w = m_warningList.at(i);
        if (!w.acknowledged)
            ++open;
        if (w.acknowledged && !m_showAcknowledged->isChecked())
            continue;
        auto* row = new QListWidgetItem(w.acknowledged ? tr("%1\nAcknowledged: %2").arg(w.message, w.note.isEmpty() ? tr("(no note)") : w.note) : w.message,
                                        m_warnings);
        row->setData(Qt::UserRole, i);
        row->setToolTip(w.key);
        if (w.acknowledged) {
            QFont f = row->font();
            f.setItalic(true);
            row->setFont(f);
            row->setForeground(palette().color(QPalette::PlaceholderText));
        } else {
            row->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        }
    }
    m_warningTitle->setText(open == 0 ? tr("<b>No warnings</b>") : tr("<b>%n warning(s)</b>", nullptr, open));
    m_acknowledge->setEnabled(open > 0);
}

void SummitView::showWarning(int row)
{
    QListWidgetItem* item = m_warnings->item(row);
    if (!item)
        return;
    const SummitWarning& w = m_warningList.at(item->data(Qt::UserRole).toInt());
    if (w.slotIds.isEmpty())
        return;
    const Slot* s = slot(w.slotIds.first());
    if (!s)
        return;
    const int day = m_dayBox->findData(s->startsAt.date());
    if (day >= 0 && day != m_dayBox->currentIndex())
        m_dayBox->setCurrentIndex(day);
    if (m_roomBox->currentData().toLongLong() && m_roomBox->currentData().toLongLong() != s->roomId)
        m_roomBox->setCurrentIndex(0);
    m_timetable->selectSlot(s->id);
}

void SummitView::acknowledgeSelected()
{
    QListWidgetItem* item = m_warnings->currentItem();
    if (!item)
        item = m_warnings->item(0);
    if (!item || !currentSummit())
        return;
    const SummitWarning w = m_warningList.at(item->data(Qt::UserRole).toInt());
    if (w.acknowledged)
        return;
    const QString note = Prompter::current()->text(this, tr("Acknowledge warning"), tr("%1\n\nWhy is this fine?").arg(w.message), QString());
    if (note.isEmpty())
        return;
    if (report(commands::SummitEdits::acknowledge(m_workspace, currentSummit()->id, w.key, note)))
        Q_EMIT statusMessage(tr("Acknowledged: it will not be counted again."));
}

void SummitView::newSummit()
{
    const QString name = Prompter::current()->text(this, tr("New summit"), tr("Name:"), tr("CoE Summit %1").arg(QDate::currentDate().addMonths(1).year()));
    if (name.trimmed().isEmpty())
        return;
    auto id = commands::SummitEdits::createSummit(m_workspace, name.trimmed());
    if (!id) {
        report(id.error());
        return;
    }
    m_summitId = id.value();
    reload();
    editSettings();
}

void SummitView::editSettings()
{
    const Summit* s = currentSummit();
    if (!s)
        return;
    const Summit before = *s;
    SummitSettingsDialog dialog(before, m_people, this);
    if (Prompter::current()->exec(&dialog) != QDialog::Accepted)
        return;
    if (report(commands::SummitEdits::saveSettings(m_workspace, before, dialog.summit())))
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
    SummitItemDialog dialog(summit, before, m_people, skillNames(), this);
    if (Prompter::current()->exec(&dialog) != QDialog::Accepted)
        return;
    const SummitItem after = dialog.item();
    const commands::Placement place = dialog.placement();
    auto saved = commands::SummitEdits::saveItem(m_workspace, summit.id, after, &before, place);
    if (!saved) {
        report(saved.error());
        return;
    }
    if (!place.start.isValid())
        Q_EMIT statusMessage(before.slots.isEmpty() ? tr("Saved “%1”.").arg(after.title) : tr("Saved “%1”; it is back in the pool.").arg(after.title));
    else
        Q_EMIT statusMessage(tr("Saved “%1”, in %2 on %3 at %4.")
                                 .arg(after.title, place.roomName, QLocale().toString(place.start.date(), QStringLiteral("ddd d MMM")),
                                      place.start.toString(QStringLiteral("HH:mm"))));
    if (place.start.isValid()) {
        const int day = m_dayBox->findData(place.start.date());
        if (day >= 0)
            m_dayBox->setCurrentIndex(day);
    }
}

QHash<Id, QString> SummitView::skillNames() const
{
    QHash<Id, QString> names;
    if (auto skills = Catalog(m_workspace).skills())
        for (const Skill& s : skills.value())
            names.insert(s.id, s.name);
    return names;
}

void SummitView::deleteItem(Id id)
{
    const Summit* s = currentSummit();
    const SummitItem* item = s ? s->item(id) : nullptr;
    if (!item)
        return;
    const SummitItem copy = *item;
    if (!Prompter::current()->confirm(this, tr("Delete item"), tr("Delete “%1” from the summit? Undo brings it back.").arg(copy.title), tr("Delete")))
        return;
    if (report(commands::SummitEdits::deleteItem(m_workspace, copy)))
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
    SummitItemDialog dialog(summit, blank, m_people, skillNames(), this);
    if (Prompter::current()->exec(&dialog) != QDialog::Accepted)
        return;
    const commands::Placement place = dialog.placement();
    auto saved = commands::SummitEdits::saveItem(m_workspace, summit.id, dialog.item(), nullptr, place);
    if (!saved)
        report(saved.error());
    else if (place.start.isValid())
        Q_EMIT statusMessage(tr("Added “%1” in %2 at %3.").arg(dialog.item().title, place.roomName, place.start.toString(QStringLiteral("HH:mm"))));
    else
        Q_EMIT statusMessage(tr("Added to the unscheduled pool: drag it onto the timetable, or give it a day, room and start."));
}

void SummitView::releaseSchedule()
{
    const Summit* s = currentSummit();
    if (!s)
        return;
    auto since = sinceRelease(*s, true);
    if (!since) {
        report(since.error());
        return;
    }
    const auto open = std::count_if(m_warningList.cbegin(), m_warningList.cend(), [](const SummitWarning& w) { return !w.acknowledged; });
    QString question = tr("Release version %1 of “%2”? Printed agendas will name it.").arg(since->number + 1).arg(s->name);
    if (since->number > 0)
        question += QLatin1Char('\n') + tr("%n change(s) since version %1.", nullptr, int(since->changes.size())).arg(since->number);
    if (open > 0)
        question += QLatin1Char('\n') + tr("%n warning(s) are still open.", nullptr, int(open));
    if (!Prompter::current()->confirm(this, tr("Release schedule"), question, tr("Release")))
        return;
    auto released = Releases::release(m_workspace, *s, m_people);
    if (!released) {
        report(released.error());
        return;
    }
    Q_EMIT statusMessage(tr("Released version %1.").arg(released->number));
}

void SummitView::showChangelog()
{
    const Summit* s = currentSummit();
    if (!s)
        return;
    auto since = sinceRelease(*s, true);
    if (!since || since->number == 0) {
        Prompter::current()->error(this, tr("Changes"), since ? tr("“%1” has not been released yet: release it first, then changes are listed against it.").arg(s->name)
                                                              : since.error().message);
        return;
    }
    ChangelogDialog dialog(since->changes, since->number, this);
    connect(&dialog, &ChangelogDialog::printRequested, this, [this] { print(Changelog); });
    connect(&dialog, &ChangelogDialog::exportRequested, this, [this] { exportPdf(Changelog); });
    Prompter::current()->exec(&dialog);
}

void SummitView::suggestProgramme()
{
    const Summit* s = currentSummit();
    if (!s)
        return;
    MatrixData data;
    if (!report(data.load(m_workspace)))
        return;
    ProgrammeDialog dialog(Programme::suggest(data, *s, 4), s->name, this);
    if (Prompter::current()->exec(&dialog) != QDialog::Accepted)
        return;
    commands::Batch batch(tr("Add suggested tracks"));
    const QStringList tracks = dialog.checkedTracks();
    for (int i = 0; i < tracks.size(); ++i)
        batch.insert(QStringLiteral("track"), {{QStringLiteral("summit_id"), s->id},
                                               {QStringLiteral("name"), tracks.at(i)},
                                               {QStringLiteral("color"), Track::paletteColor(s->tracks.size() + i).name()}});
    if (batch.isEmpty())
        return;
    const int added = batch.size();
    auto done = commands::run(m_workspace, std::move(batch));
    if (!done)
        report(done.error());
    else
        Q_EMIT statusMessage(tr("Added %n track(s).", nullptr, added));
}

Result<SummitView::SinceRelease> SummitView::sinceRelease(const Summit& summit, bool withChanges) const
{
    auto releases = Releases::list(m_workspace, summit.id);
    if (!releases)
        return releases.error();
    SinceRelease since;
    if (!releases->isEmpty()) {
        since.number = releases->last().number;
        if (withChanges)
            since.changes = Releases::changes(releases->last().snapshot, Releases::snapshot(summit, m_people));
    }
    return since;
}

} // namespace coe::ui
