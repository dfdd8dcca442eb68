// SPDX-License-Identifier: GPL-3.0-or-later
// Its texts keep the SummitView context (SummitView::tr), so the translations still apply.
#include "views/summitbar.h"

#include "core/timezone.h"
#include "views/summitview.h"
#include "widgets/flowlayout.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>

namespace coe::ui {

SummitBar::SummitBar(QWidget* parent) : QWidget(parent)
{
    m_summitBox = new QComboBox(this);
    m_summitBox->setObjectName(QStringLiteral("summitBox"));
    m_summitBox->setMinimumContentsLength(18);
    m_dayBox = new QComboBox(this);
    m_dayBox->setObjectName(QStringLiteral("dayBox"));
    m_roomBox = new QComboBox(this);
    m_roomBox->setObjectName(QStringLiteral("roomBox"));
    m_roomBox->setToolTip(SummitView::tr("Show one room only"));
    m_trackBox = new QComboBox(this);
    m_trackBox->setObjectName(QStringLiteral("trackBox"));
    m_trackBox->setToolTip(SummitView::tr("Highlight one track; the others fade"));
    // A timetable is read in the venue's time: the grid shows the summit's wall clock and
    // this label names that zone, and the user's when it differs.
    m_zone = new QLabel(this);
    m_zone->setObjectName(QStringLiteral("summitZone"));
    auto* snapBox = new QComboBox(this);
    snapBox->setObjectName(QStringLiteral("snapBox"));
    for (int minutes : {5, 10, 15, 30})
        snapBox->addItem(SummitView::tr("Snap %1 min").arg(minutes), minutes);
    snapBox->setCurrentIndex(0);
    auto* zoomOut = new QToolButton(this);
    zoomOut->setText(QStringLiteral("−"));
    zoomOut->setToolTip(SummitView::tr("Zoom out (Ctrl+wheel)"));
    auto* zoomIn = new QToolButton(this);
    zoomIn->setText(QStringLiteral("+"));
    zoomIn->setToolTip(SummitView::tr("Zoom in (Ctrl+wheel)"));
    auto* summitButton = new QPushButton(SummitView::tr("Summit"), this);
    summitButton->setObjectName(QStringLiteral("summitMenuButton"));
    m_summitMenu = new QMenu(summitButton);
    summitButton->setMenu(m_summitMenu);
    auto* printButton = new QPushButton(SummitView::tr("Print"), this);
    printButton->setObjectName(QStringLiteral("printMenuButton"));
    m_printMenu = new QMenu(printButton);
    printButton->setMenu(m_printMenu);

    // What is shown, and what is done with it.
    const auto group = [this](std::initializer_list<QWidget*> widgets) {
        auto* box = new QWidget(this);
        auto* row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        for (QWidget* w : widgets)
            row->addWidget(w);
        return box;
    };
    auto* layout = new FlowLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(group({m_summitBox, m_dayBox, m_roomBox, m_trackBox}), true);
    layout->addWidget(group({m_zone, snapBox, zoomOut, zoomIn, printButton, summitButton}));

    connect(m_summitBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            Q_EMIT summitChosen(m_summitBox->currentData().toLongLong());
    });
    for (QComboBox* box : {m_dayBox, m_roomBox, m_trackBox})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                Q_EMIT filterChanged();
        });
    connect(snapBox, &QComboBox::currentIndexChanged, this,
            [this, snapBox] { Q_EMIT snapChanged(snapBox->currentData().toInt()); });
    connect(zoomIn, &QToolButton::clicked, this, [this] { Q_EMIT zoomRequested(1); });
    connect(zoomOut, &QToolButton::clicked, this, [this] { Q_EMIT zoomRequested(-1); });
}

void SummitBar::setSummits(const QList<Summit>& summits, Id current)
{
    m_filling = true;
    m_summitBox->clear();
    for (const Summit& s : summits)
        m_summitBox->addItem(s.name, s.id);
    m_summitBox->setCurrentIndex(std::max(0, m_summitBox->findData(current)));
    m_filling = false;
}

void SummitBar::setSummit(const Summit* s)
{
    m_filling = true;
    const int day = m_dayBox->currentIndex();
    const Id room = this->room();
    const Id track = this->track();
    m_dayBox->clear();
    m_roomBox->clear();
    m_trackBox->clear();
    m_roomBox->addItem(SummitView::tr("All rooms"), Id(0));
    m_trackBox->addItem(SummitView::tr("All tracks"), Id(0));
    if (s) {
        int index = 1;
        for (QDate d = s->startsOn; d.isValid() && d <= s->endsOn; d = d.addDays(1), ++index)
            m_dayBox->addItem(
                SummitView::tr("Day %1 · %2").arg(index).arg(QLocale().toString(d, QStringLiteral("ddd d MMM"))), d);
        QList<Room> rooms = s->rooms;
        std::stable_sort(rooms.begin(), rooms.end(),
                         [](const Room& a, const Room& b) { return a.position < b.position; });
        for (const Room& r : rooms)
            m_roomBox->addItem(r.name, r.id);
        for (const Track& t : s->tracks) {
            QPixmap swatch(12, 12);
            swatch.fill(t.color);
            m_trackBox->addItem(QIcon(swatch), t.name, t.id);
        }
        const QTimeZone zone = s->zone();
        const QTimeZone yours = QTimeZone::systemTimeZone();
        const QDateTime when = s->instant(QDateTime(s->startsOn, QTime(12, 0)));
        // Short, so the bar still fits a 1024-pixel screen in German and French.
        const bool same = zone.offsetFromUtc(when) == yours.offsetFromUtc(when);
        m_zone->setText(same ? TimeZones::name(zone)
                             : SummitView::tr("%1 (yours: %2)").arg(TimeZones::name(zone), TimeZones::name(yours)));
        m_zone->setToolTip(same ? SummitView::tr("The timetable shows the venue's time, %1, which is also yours.")
                                      .arg(TimeZones::name(zone))
                                : SummitView::tr("The timetable shows the venue's time, %1; your zone is %2.")
                                      .arg(TimeZones::name(zone), TimeZones::name(yours)));
    }
    m_zone->setVisible(s != nullptr);
    m_dayBox->setCurrentIndex(std::clamp(day, 0, m_dayBox->count() - 1));
    m_roomBox->setCurrentIndex(std::max(0, m_roomBox->findData(room)));
    m_trackBox->setCurrentIndex(std::max(0, m_trackBox->findData(track)));
    m_filling = false;
}

QDate SummitBar::day() const
{
    return m_dayBox->currentData().toDate();
}

Id SummitBar::room() const
{
    return m_roomBox->currentData().toLongLong();
}

Id SummitBar::track() const
{
    return m_trackBox->currentData().toLongLong();
}

void SummitBar::showDay(const QDate& day)
{
    const int index = m_dayBox->findData(day);
    if (index >= 0 && index != m_dayBox->currentIndex())
        m_dayBox->setCurrentIndex(index);
}

void SummitBar::showRoom(Id room)
{
    if (this->room() && this->room() != room)
        m_roomBox->setCurrentIndex(0);
}

} // namespace coe::ui
