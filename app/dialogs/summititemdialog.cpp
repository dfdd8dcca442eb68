// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/summititemdialog.h"

#include "ui/theme.h"
#include "widgets/formhelpers.h"
#include "widgets/namepicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace coe::ui {

SummitItemDialog::SummitItemDialog(const Summit& summit, const SummitItem& item, const QHash<Id, QString>& people,
                                   const QHash<Id, QString>& skills, QWidget* parent)
    : QDialog(parent), m_summit(summit), m_item(item)
{
    setObjectName(QStringLiteral("summitItemDialog"));
    setWindowTitle(item.id ? tr("Edit “%1”").arg(item.title) : tr("New summit item"));
    auto* form = new QFormLayout;
    m_title = new QLineEdit(item.title, this);
    m_title->setObjectName(QStringLiteral("itemTitle"));
    m_title->setPlaceholderText(tr("What the programme calls it"));
    form->addRow(tr("&Title:"), m_title);
    m_kind = new QComboBox(this);
    for (int k = SummitItem::Talk; k <= SummitItem::Break; ++k)
        m_kind->addItem(SummitItem::kindLabel(SummitItem::Kind(k)), k);
    m_kind->setCurrentIndex(m_kind->findData(int(item.kind)));
    form->addRow(tr("&Kind:"), m_kind);
    m_track = new QComboBox(this);
    m_track->addItem(tr("No track"), Id(0));
    for (const Track& t : summit.tracks) {
        QPixmap swatch(12, 12);
        swatch.fill(t.color);
        m_track->addItem(QIcon(swatch), t.name, t.id);
    }
    m_track->setCurrentIndex(std::max(0, m_track->findData(item.trackId)));
    form->addRow(tr("T&rack:"), m_track);
    m_duration = new QSpinBox(this);
    // An item may last as long as the summit's days allow (a hackathon over the whole summit).
    const qint64 summitMinutes = summit.startsOn.isValid() && summit.endsOn.isValid()
                                     ? (summit.startsOn.daysTo(summit.endsOn) + 1) * 24 * 60
                                     : qint64(24) * 60;
    m_duration->setRange(
        5, int(std::clamp<qint64>(std::max<qint64>(summitMinutes, item.durationMinutes), 5, qint64(366) * 24 * 60)));
    m_duration->setSingleStep(5);
    m_duration->setSuffix(tr(" min"));
    m_duration->setValue(item.durationMinutes);
    form->addRow(tr("&Duration:"), m_duration);

    // Where: a day of the summit (or the pool), a room, a start within the venue's hours.
    m_day = new QComboBox(this);
    m_day->setObjectName(QStringLiteral("itemDay"));
    m_day->addItem(tr("Not scheduled (in the pool)"), QDate());
    int index = 1;
    for (QDate d = summit.startsOn; d.isValid() && d <= summit.endsOn; d = d.addDays(1), ++index)
        m_day->addItem(tr("Day %1 · %2").arg(index).arg(QLocale().toString(d, QStringLiteral("ddd d MMM"))), d);
    m_room = new QComboBox(this);
    m_room->setObjectName(QStringLiteral("itemRoom"));
    QList<Room> rooms = summit.rooms;
    std::stable_sort(rooms.begin(), rooms.end(), [](const Room& a, const Room& b) { return a.position < b.position; });
    for (const Room& r : rooms)
        m_room->addItem(r.capacity > 0 ? tr("%1 (%2 seats)").arg(r.name).arg(r.capacity) : r.name, r.id);
    m_start = new QTimeEdit(this);
    m_start->setObjectName(QStringLiteral("itemStart"));
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_start->setTime(summit.dayStarts.isValid() ? summit.dayStarts : QTime(9, 0));
    if (!item.slots.isEmpty()) {
        const Slot& first = item.slots.first();
        m_day->setCurrentIndex(std::max(0, m_day->findData(first.startsAt.date())));
        m_room->setCurrentIndex(std::max(0, m_room->findData(first.roomId)));
        m_start->setTime(first.startsAt.time());
        if (item.slots.size() > 1) {
            m_room->setEnabled(false);
            m_room->setToolTip(
                tr("In %n room(s) at once: a new day or start moves them all.", nullptr, int(item.slots.size())));
        }
    }
    auto* where = new QHBoxLayout;
    where->addWidget(m_day, 2);
    where->addWidget(m_room, 2);
    where->addWidget(new QLabel(tr("at"), this));
    where->addWidget(m_start);
    form->addRow(buddyLabel(tr("&Where and when:"), m_day), where);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("itemProblem"));
    m_problem->setWordWrap(true);
    Theme::markAsWarning(m_problem);
    form->addRow(QString(), m_problem);
    m_audience = new QSpinBox(this);
    m_audience->setRange(0, 100000);
    m_audience->setSpecialValueText(tr("not known"));
    m_audience->setValue(item.expectedAudience);
    form->addRow(tr("Expected &audience:"), m_audience);
    m_equipment = new QLineEdit(item.equipment.join(QStringLiteral(", ")), this);
    m_equipment->setPlaceholderText(tr("e.g. projector, workstations"));
    form->addRow(tr("&Equipment needed:"), m_equipment);

    m_speakers = new NamePicker(people, tr("Type a name and press Enter"), this);
    m_speakers->setObjectName(QStringLiteral("itemSpeakers"));
    m_speakers->setChosen(item.speakerIds);
    form->addRow(tr("&Speakers:"), m_speakers);
    m_skills = new NamePicker(skills, tr("Type a skill and press Enter"), this);
    m_skills->setObjectName(QStringLiteral("itemSkills"));
    m_skills->setChosen(item.skillIds);
    form->addRow(tr("S&kills taught:"), m_skills);
    m_abstract = new QPlainTextEdit(item.abstract, this);
    m_abstract->setPlaceholderText(tr("Printed in the track lists and calendar entries"));
    form->addRow(tr("A&bstract:"), m_abstract);

    m_buttons = okCancel(this, form);
    connect(m_title, &QLineEdit::textChanged, this, &SummitItemDialog::validate);
    connect(m_day, &QComboBox::currentIndexChanged, this, &SummitItemDialog::validate);
    connect(m_room, &QComboBox::currentIndexChanged, this, &SummitItemDialog::validate);
    connect(m_start, &QTimeEdit::timeChanged, this, &SummitItemDialog::validate);
    connect(m_duration, &QSpinBox::valueChanged, this, &SummitItemDialog::validate);
    validate();
    resize(sizeHint().width() * 5 / 4, sizeHint().height());
}

QString SummitItemDialog::problem() const
{
    if (m_title->text().trimmed().isEmpty())
        return tr("Give the item a title.");
    const QDate day = m_day->currentData().toDate();
    if (!day.isValid())
        return {};
    if (m_room->count() == 0)
        return tr("The summit has no rooms yet: add them in Summit ▸ Settings.");
    const QTime start = m_start->time();
    // Where it already is stays allowed, even outside the hours (an imported schedule).
    if (!m_item.slots.isEmpty() && m_item.slots.first().startsAt == QDateTime(day, start) &&
        m_item.slots.first().roomId == m_room->currentData().toLongLong() &&
        m_duration->value() == m_item.durationMinutes)
        return {};
    const int from = start.msecsSinceStartOfDay() / 60000;
    const int to = from + m_duration->value();
    const auto clock = [](const QTime& t) {
        return t.toString(QStringLiteral("HH:mm"));
    };
    if (m_summit.dayStarts.isValid() && start < m_summit.dayStarts)
        return tr("The venue opens at %1: start at %1 or later.").arg(clock(m_summit.dayStarts));
    const int closes = m_summit.dayEnds.isValid() ? m_summit.dayEnds.msecsSinceStartOfDay() / 60000 : 24 * 60;
    if (to > closes)
        return tr("%1 + %2 min ends at %3, after the venue closes at %4.")
            .arg(clock(start))
            .arg(m_duration->value())
            .arg(clock(QTime(0, 0).addSecs(qint64(to) * 60 % 86400)), clock(m_summit.dayEnds));
    return {};
}

void SummitItemDialog::validate()
{
    const bool scheduled = m_day->currentData().toDate().isValid();
    m_room->setEnabled(scheduled && m_item.slots.size() <= 1);
    m_start->setEnabled(scheduled);
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

commands::Placement SummitItemDialog::placement() const
{
    commands::Placement place;
    const QDate day = m_day->currentData().toDate();
    if (!day.isValid() || m_room->count() == 0)
        return place;
    place.room = m_room->currentData().toLongLong();
    place.start = QDateTime(day, QTime(m_start->time().hour(), m_start->time().minute()));
    if (const Room* room = m_summit.room(place.room))
        place.roomName = room->name;
    return place;
}

SummitItem SummitItemDialog::item() const
{
    SummitItem item = m_item;
    item.title = m_title->text().trimmed();
    item.kind = SummitItem::Kind(m_kind->currentData().toInt());
    item.trackId = m_track->currentData().toLongLong();
    item.durationMinutes = m_duration->value();
    item.expectedAudience = m_audience->value();
    item.equipment.clear();
    const QStringList given = m_equipment->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& e : given)
        if (!e.trimmed().isEmpty())
            item.equipment << e.trimmed();
    item.speakerIds = m_speakers->chosen();
    item.skillIds = m_skills->chosen();
    item.abstract = m_abstract->toPlainText().trimmed();
    return item;
}

} // namespace coe::ui
