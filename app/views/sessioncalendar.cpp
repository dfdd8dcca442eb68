// SPDX-License-Identifier: GPL-3.0-or-later
// Its texts keep the SessionsView context (SessionsView::tr), so the translations still apply.
#include "views/sessioncalendar.h"

#include "core/timezone.h"
#include "views/sessionscontext.h"
#include "views/sessionsview.h"
#include "widgets/weekview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace coe::ui {

SessionCalendar::SessionCalendar(QWidget* parent) : QWidget(parent)
{
    auto* previous = new QToolButton(this);
    previous->setObjectName(QStringLiteral("calendarPrevious"));
    previous->setText(QStringLiteral("‹"));
    previous->setToolTip(SessionsView::tr("Earlier"));
    auto* next = new QToolButton(this);
    next->setObjectName(QStringLiteral("calendarNext"));
    next->setText(QStringLiteral("›"));
    next->setToolTip(SessionsView::tr("Later"));
    auto* today = new QToolButton(this);
    today->setText(SessionsView::tr("Today"));
    today->setObjectName(QStringLiteral("calendarToday"));
    m_weekLabel = new QLabel(this);
    m_weekLabel->setObjectName(QStringLiteral("calendarLabel"));
    m_weekLabel->setMinimumWidth(fontMetrics().averageCharWidth() * 12);
    auto* weekBar = new QHBoxLayout;
    weekBar->addWidget(previous);
    weekBar->addWidget(next);
    weekBar->addWidget(today);
    weekBar->addWidget(m_weekLabel, 1, Qt::AlignCenter);
    const char* const spanNames[] = {QT_TRANSLATE_NOOP("coe::ui::SessionsView", "Day"),
                                     QT_TRANSLATE_NOOP("coe::ui::SessionsView", "Week"),
                                     QT_TRANSLATE_NOOP("coe::ui::SessionsView", "Month")};
    for (int span = WeekView::Day; span <= WeekView::Month; ++span) {
        auto* button = new QToolButton(this);
        button->setText(SessionsView::tr(spanNames[span]));
        button->setObjectName(QStringLiteral("calendarSpan%1").arg(span));
        button->setCheckable(true);
        button->setChecked(span == WeekView::Week);
        button->setAutoExclusive(true);
        weekBar->addWidget(button);
        m_spans << button;
    }
    m_week = new WeekView(this);
    m_week->setObjectName(QStringLiteral("weekView"));
    m_week->setDate(QDate::currentDate());
    m_zone = new QLabel(this);
    m_zone->setObjectName(QStringLiteral("sessionsZone"));
    m_zone->setForegroundRole(QPalette::PlaceholderText);
    m_zone->setWordWrap(true);
    m_zone->hide();
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("sessionList"));
    auto* add = new QPushButton(SessionsView::tr("New session"), this);
    add->setObjectName(QStringLiteral("newSessionButton"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(weekBar);
    layout->addWidget(m_week, 3);
    layout->addWidget(m_zone);
    layout->addWidget(m_list, 1);
    layout->addWidget(add);

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
    connect(m_week, &WeekView::sessionClicked, this, &SessionCalendar::sessionChosen);
    connect(m_week, &WeekView::dayClicked, this, [this](const QDate& day) {
        m_week->setDate(day);
        m_week->setSpan(WeekView::Day);
        m_spans.at(WeekView::Day)->setChecked(true);
        showCalendar();
    });
    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { Q_EMIT sessionChosen(item->data(Qt::UserRole).toLongLong()); });
    connect(add, &QPushButton::clicked, this, &SessionCalendar::newSessionRequested);
}

void SessionCalendar::setSessions(const SessionsContext& context, Id current)
{
    m_list->clear();
    m_shown.clear();
    QHash<Id, QString> marks;
    const QDate today = QDate::currentDate();
    const QString yours = TimeZones::name(SessionsContext::userZone());
    for (const Session& s : context.sessions()) {
        Session shown = s;
        shown.startsAt = context.shownStart(s);
        const QString own = context.ownTime(s);
        const QString when = QLocale().toString(shown.startsAt, QStringLiteral("ddd d MMM HH:mm"));
        auto* item = new QListWidgetItem(
            own.isEmpty() ? QStringLiteral("%1  %2").arg(when, s.title)
                          : SessionsView::tr("%1 ◷  %2  (%3)", "start on your clock, title, start on the session's")
                                .arg(when, s.title, own),
            m_list);
        item->setData(Qt::UserRole, s.id);
        if (!own.isEmpty()) {
            const QString note =
                SessionsView::tr("%1 in the session's zone; times here are in yours, %2.").arg(own, yours);
            item->setToolTip(note);
            marks.insert(s.id, note);
        }
        if (shown.startsAt.date() < today)
            item->setForeground(palette().color(QPalette::PlaceholderText));
        if (s.id == current)
            item->setSelected(true);
        m_shown << shown;
    }
    // Said once, above the list, rather than on every line.
    m_zone->setText(SessionsView::tr("Times are in your zone, %1. ◷ marks a session planned in another.").arg(yours));
    m_zone->setVisible(!marks.isEmpty());
    m_week->setSessions(&m_shown, current);
    m_week->setNotes(marks);
    showCalendar();
}

void SessionCalendar::reveal(const QDate& day)
{
    if (day < m_week->firstDay() || day > m_week->lastDay())
        m_week->setDate(day);
}

void SessionCalendar::showCalendar()
{
    const QLocale locale;
    switch (m_week->span()) {
    case WeekView::Day:
        m_weekLabel->setText(locale.toString(m_week->date(), QLocale::LongFormat));
        break;
    case WeekView::Week:
        m_weekLabel->setText(
            SessionsView::tr("Week of %1").arg(locale.toString(m_week->monday(), QStringLiteral("d MMM yyyy"))));
        break;
    case WeekView::Month:
        m_weekLabel->setText(locale.toString(m_week->date(), QStringLiteral("MMMM yyyy")));
        break;
    }
    m_week->update();
}

} // namespace coe::ui
