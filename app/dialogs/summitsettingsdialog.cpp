// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/summitsettingsdialog.h"

#include "core/timezone.h"
#include "ui/theme.h"
#include "widgets/formhelpers.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTabWidget>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace coe::ui {

namespace {

QTableWidget* table(QWidget* parent, const QString& objectName, const QStringList& headers)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    return t;
}

/// A table with Add and Remove buttons under it.
QWidget* withButtons(QWidget* parent, QTableWidget* t, const std::function<void()>& add)
{
    auto* page = new QWidget(parent);
    auto* addButton = new QPushButton(SummitSettingsDialog::tr("Add"), page);
    auto* removeButton = new QPushButton(SummitSettingsDialog::tr("Remove"), page);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(removeButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(t);
    layout->addLayout(buttons);
    QObject::connect(addButton, &QPushButton::clicked, page, add);
    QObject::connect(removeButton, &QPushButton::clicked, page, [t] {
        QList<int> rows;
        const QModelIndexList selected = t->selectionModel()->selectedRows();
        for (const QModelIndex& index : selected)
            rows << index.row();
        std::sort(rows.rbegin(), rows.rend());
        for (int row : std::as_const(rows))
            t->removeRow(row);
    });
    return page;
}

QString cell(const QTableWidget* t, int row, int column)
{
    const QTableWidgetItem* item = t->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

SummitSettingsDialog::SummitSettingsDialog(const Summit& summit, const QHash<Id, QString>& people, QWidget* parent)
    : QDialog(parent), m_summit(summit), m_people(people)
{
    setObjectName(QStringLiteral("summitSettingsDialog"));
    setWindowTitle(tr("Summit settings — %1").arg(summit.name));
    auto* tabs = new QTabWidget(this);

    auto* details = new QWidget(tabs);
    auto* form = new QFormLayout(details);
    m_name = new QLineEdit(summit.name, details);
    m_name->setObjectName(QStringLiteral("summitName"));
    form->addRow(tr("&Name:"), m_name);
    m_venue = new QLineEdit(summit.venue, details);
    form->addRow(tr("&Venue:"), m_venue);
    m_zone = new QComboBox(details);
    m_zone->setObjectName(QStringLiteral("summitZone"));
    m_zone->setEditable(true);
    // A fixed offset ("UTC+01:00", as an imported schedule may have) is listed as it is, not changed.
    if (TimeZones::isFixedOffset(summit.timeZone))
        m_zone->addItem(summit.timeZone);
    const QList<QByteArray> zoneIds = QTimeZone::availableTimeZoneIds();
    for (const QByteArray& id : zoneIds)
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->setCurrentText(summit.timeZone);
    form->addRow(tr("&Time zone:"), m_zone);
    m_starts = new QDateEdit(summit.startsOn, details);
    m_ends = new QDateEdit(summit.endsOn, details);
    for (QDateEdit* e : {m_starts, m_ends}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto* days = new QHBoxLayout;
    days->addWidget(m_starts);
    days->addWidget(new QLabel(tr("to"), details));
    days->addWidget(m_ends);
    days->addStretch();
    form->addRow(buddyLabel(tr("&Days:"), m_starts), days);
    m_opens = new QTimeEdit(summit.dayStarts, details);
    m_closes = new QTimeEdit(summit.dayEnds, details);
    for (QTimeEdit* e : {m_opens, m_closes})
        e->setDisplayFormat(QStringLiteral("HH:mm"));
    auto* hours = new QHBoxLayout;
    hours->addWidget(m_opens);
    hours->addWidget(new QLabel(tr("to"), details));
    hours->addWidget(m_closes);
    hours->addStretch();
    form->addRow(buddyLabel(tr("Venue &hours:"), m_opens), hours);
    m_gap = new QSpinBox(details);
    m_gap->setRange(0, 120);
    m_gap->setSuffix(tr(" min"));
    m_gap->setValue(summit.minSpeakerGapMinutes);
    m_gap->setToolTip(tr("Warn when a speaker has less time than this between items in different rooms."));
    form->addRow(tr("Speaker &gap:"), m_gap);
    tabs->addTab(details, tr("Details"));

    m_rooms = table(tabs, QStringLiteral("roomsTable"), {tr("Room"), tr("Seats"), tr("Equipment (comma-separated)")});
    QList<Room> rooms = summit.rooms;
    std::stable_sort(rooms.begin(), rooms.end(), [](const Room& a, const Room& b) { return a.position < b.position; });
    for (const Room& r : std::as_const(rooms))
        addRoom(r);
    tabs->addTab(
        withButtons(tabs, m_rooms, [this] { addRoom({0, tr("Room %1").arg(m_rooms->rowCount() + 1), 0, {}, 0, 0}); }),
        tr("Rooms"));

    m_tracks = table(tabs, QStringLiteral("tracksTable"), {tr("Track"), tr("Colour")});
    for (const Track& t : summit.tracks)
        addTrack(t);
    tabs->addTab(withButtons(tabs, m_tracks,
                             [this] {
                                 addTrack({0, tr("Track %1").arg(m_tracks->rowCount() + 1),
                                           Track::paletteColor(m_tracks->rowCount()), 0});
                             }),
                 tr("Tracks"));
    connect(m_tracks, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (column != 1)
            return;
        const QColor chosen =
            QColorDialog::getColor(m_tracks->item(row, 1)->background().color(), this, tr("Track colour"));
        if (chosen.isValid()) {
            m_tracks->item(row, 1)->setBackground(chosen);
            m_tracks->item(row, 1)->setText(chosen.name());
        }
    });

    m_availability = table(tabs, QStringLiteral("availabilityTable"), {tr("Speaker"), tr("Day"), tr("From"), tr("To")});
    for (const SpeakerAvailability& a : summit.availability)
        addAvailability(a);
    tabs->addTab(
        withButtons(tabs, m_availability,
                    [this] { addAvailability({0, 0, m_summit.startsOn, m_summit.dayStarts, m_summit.dayEnds}); }),
        tr("Speaker availability"));

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("settingsProblem"));
    m_problem->setWordWrap(true);
    Theme::markAsWarning(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QTableWidget* t : {m_rooms, m_tracks, m_availability}) {
        connect(t, &QTableWidget::itemChanged, this, &SummitSettingsDialog::validate);
        connect(t->model(), &QAbstractItemModel::rowsRemoved, this, &SummitSettingsDialog::validate);
        connect(t->model(), &QAbstractItemModel::rowsInserted, this, &SummitSettingsDialog::validate);
    }
    connect(m_name, &QLineEdit::textChanged, this, &SummitSettingsDialog::validate);
    connect(m_zone, &QComboBox::currentTextChanged, this, &SummitSettingsDialog::validate);
    connect(m_starts, &QDateEdit::dateChanged, this, &SummitSettingsDialog::validate);
    connect(m_ends, &QDateEdit::dateChanged, this, &SummitSettingsDialog::validate);
    connect(m_opens, &QTimeEdit::timeChanged, this, &SummitSettingsDialog::validate);
    connect(m_closes, &QTimeEdit::timeChanged, this, &SummitSettingsDialog::validate);
    validate();
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 30);
}

void SummitSettingsDialog::addRoom(const Room& room)
{
    const int row = m_rooms->rowCount();
    m_rooms->insertRow(row);
    auto* name = new QTableWidgetItem(room.name);
    name->setData(Qt::UserRole, room.id);
    m_rooms->setItem(row, 0, name);
    auto* seats = new QTableWidgetItem;
    seats->setData(Qt::EditRole, room.capacity);
    m_rooms->setItem(row, 1, seats);
    m_rooms->setItem(row, 2, new QTableWidgetItem(room.equipment.join(QStringLiteral(", "))));
}

void SummitSettingsDialog::addTrack(const Track& track)
{
    const int row = m_tracks->rowCount();
    m_tracks->insertRow(row);
    auto* name = new QTableWidgetItem(track.name);
    name->setData(Qt::UserRole, track.id);
    m_tracks->setItem(row, 0, name);
    auto* colour = new QTableWidgetItem(track.color.name());
    colour->setBackground(track.color);
    colour->setFlags(colour->flags() & ~Qt::ItemIsEditable);
    colour->setToolTip(tr("Double-click to choose the colour"));
    m_tracks->setItem(row, 1, colour);
}

void SummitSettingsDialog::addAvailability(const SpeakerAvailability& a)
{
    const int row = m_availability->rowCount();
    m_availability->insertRow(row);
    auto* who = new QTableWidgetItem(m_people.value(a.personId));
    who->setData(Qt::UserRole, a.id);
    who->setToolTip(tr("A person's name, as in People & teams"));
    m_availability->setItem(row, 0, who);
    m_availability->setItem(row, 1, new QTableWidgetItem(a.day.toString(Qt::ISODate)));
    m_availability->setItem(row, 2, new QTableWidgetItem(a.from.toString(QStringLiteral("HH:mm"))));
    m_availability->setItem(row, 3, new QTableWidgetItem(a.to.toString(QStringLiteral("HH:mm"))));
}

QString SummitSettingsDialog::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Give the summit a name.");
    if (!TimeZones::fromId(m_zone->currentText().trimmed()).isValid())
        return tr("“%1” is not a time zone this system knows (e.g. Europe/Berlin, America/New_York, UTC, UTC+01:00).")
            .arg(m_zone->currentText());
    if (m_ends->date() < m_starts->date())
        return tr("The summit ends before it starts.");
    if (m_closes->time() <= m_opens->time())
        return tr("The venue closes before it opens.");
    QStringList names;
    for (int row = 0; row < m_rooms->rowCount(); ++row) {
        const QString name = cell(m_rooms, row, 0);
        if (name.isEmpty())
            return tr("Room %1 has no name.").arg(row + 1);
        if (names.contains(name, Qt::CaseInsensitive))
            return tr("Two rooms are called “%1”.").arg(name);
        names << name;
        bool ok = false;
        const int seats = cell(m_rooms, row, 1).isEmpty() ? 0 : cell(m_rooms, row, 1).toInt(&ok);
        if ((!ok && !cell(m_rooms, row, 1).isEmpty()) || seats < 0)
            return tr("Room “%1”: seats must be a whole number (0 if not known).").arg(name);
    }
    names.clear();
    for (int row = 0; row < m_tracks->rowCount(); ++row) {
        const QString name = cell(m_tracks, row, 0);
        if (name.isEmpty())
            return tr("Track %1 has no name.").arg(row + 1);
        if (names.contains(name, Qt::CaseInsensitive))
            return tr("Two tracks are called “%1”.").arg(name);
        names << name;
    }
    for (int row = 0; row < m_availability->rowCount(); ++row) {
        const QString who = cell(m_availability, row, 0);
        const bool known = std::any_of(m_people.cbegin(), m_people.cend(),
                                       [&who](const QString& n) { return n.compare(who, Qt::CaseInsensitive) == 0; });
        if (!known)
            return tr("Availability row %1: nobody is called “%2”.").arg(row + 1).arg(who);
        const QDate day = QDate::fromString(cell(m_availability, row, 1), Qt::ISODate);
        if (!day.isValid())
            return tr("Availability row %1: the day is YYYY-MM-DD, not “%2”.")
                .arg(row + 1)
                .arg(cell(m_availability, row, 1));
        const QTime from = QTime::fromString(cell(m_availability, row, 2), QStringLiteral("H:mm"));
        const QTime to = QTime::fromString(cell(m_availability, row, 3), QStringLiteral("H:mm"));
        if (!from.isValid() || !to.isValid() || to <= from)
            return tr("Availability row %1: give a time range such as 09:00 to 12:30.").arg(row + 1);
    }
    return {};
}

void SummitSettingsDialog::validate()
{
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

Summit SummitSettingsDialog::summit() const
{
    Summit s = m_summit;
    s.name = m_name->text().trimmed();
    s.venue = m_venue->text().trimmed();
    s.timeZone = m_zone->currentText().trimmed();
    s.startsOn = m_starts->date();
    s.endsOn = m_ends->date();
    s.dayStarts = m_opens->time();
    s.dayEnds = m_closes->time();
    s.minSpeakerGapMinutes = m_gap->value();
    s.rooms.clear();
    for (int row = 0; row < m_rooms->rowCount(); ++row) {
        QStringList equipment;
        const QStringList given = cell(m_rooms, row, 2).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString& e : given)
            if (!e.trimmed().isEmpty())
                equipment << e.trimmed();
        s.rooms.append({m_rooms->item(row, 0)->data(Qt::UserRole).toLongLong(), cell(m_rooms, row, 0),
                        cell(m_rooms, row, 1).toInt(), equipment, row, 0});
    }
    s.tracks.clear();
    for (int row = 0; row < m_tracks->rowCount(); ++row)
        s.tracks.append({m_tracks->item(row, 0)->data(Qt::UserRole).toLongLong(), cell(m_tracks, row, 0),
                         QColor(cell(m_tracks, row, 1)), 0});
    s.availability.clear();
    for (int row = 0; row < m_availability->rowCount(); ++row) {
        Id person = 0;
        for (auto it = m_people.cbegin(); it != m_people.cend(); ++it)
            if (it.value().compare(cell(m_availability, row, 0), Qt::CaseInsensitive) == 0)
                person = it.key();
        s.availability.append({m_availability->item(row, 0)->data(Qt::UserRole).toLongLong(), person,
                               QDate::fromString(cell(m_availability, row, 1), Qt::ISODate),
                               QTime::fromString(cell(m_availability, row, 2), QStringLiteral("H:mm")),
                               QTime::fromString(cell(m_availability, row, 3), QStringLiteral("H:mm"))});
    }
    return s;
}

} // namespace coe::ui
