// SPDX-License-Identifier: GPL-3.0-or-later
// Its texts keep the SummitView context (SummitView::tr), so the translations still apply.
#include "views/summittimetableedits.h"

#include "commands/summitedits.h"
#include "views/summitcontext.h"
#include "views/summitview.h"
#include "widgets/timetable.h"

namespace coe::ui {

SummitTimetableEdits::SummitTimetableEdits(SummitContext& context, TimetableWidget* timetable, QObject* parent)
    : QObject(parent), m_context(context), m_timetable(timetable)
{
    connect(timetable, &TimetableWidget::slotMoved, this, &SummitTimetableEdits::moveSlot);
    connect(timetable, &TimetableWidget::itemDropped, this, &SummitTimetableEdits::scheduleItem);
    connect(timetable, &TimetableWidget::unscheduleRequested, this, &SummitTimetableEdits::unscheduleSlot);
    connect(timetable, &TimetableWidget::copyToAllRoomsRequested, this, &SummitTimetableEdits::copyToAllRooms);
}

void SummitTimetableEdits::moveSlot(Id id, Id room, const QDateTime& start, const QDateTime& end)
{
    const Slot* s = m_context.slot(id);
    if (!s)
        return;
    const Summit summit = *m_context.current();
    const Slot copy = *s;
    if (m_context.report(commands::SummitEdits::moveSlot(m_context.workspace(), summit, copy, room, start, end)))
        Q_EMIT statusMessage(commands::SummitEdits::moveText(summit, copy, room, start, end, true));
}

void SummitTimetableEdits::scheduleItem(Id item, Id room, const QDateTime& start)
{
    const Summit* summit = m_context.current();
    const SummitItem* i = summit ? summit->item(item) : nullptr;
    if (!i)
        return;
    const SummitItem copy = *i;
    const Room* r = summit->room(room);
    const QString where = r ? r->name : QString();
    auto done = commands::SummitEdits::schedule(m_context.workspace(), copy, room, start);
    if (!done) {
        m_context.report(done.error());
        return;
    }
    m_timetable->selectSlot(done.value());
    Q_EMIT statusMessage(SummitView::tr("Scheduled “%1” in %2, %3–%4.")
                             .arg(copy.title, where, start.toString(QStringLiteral("HH:mm")),
                                  start.addSecs(qint64(copy.durationMinutes) * 60).toString(QStringLiteral("HH:mm"))));
}

void SummitTimetableEdits::unscheduleSlot(Id id)
{
    if (const Slot* s = m_context.slot(id)) {
        const QString title = m_context.current()->item(s->itemId)->title;
        if (m_context.report(commands::SummitEdits::unschedule(m_context.workspace(), *s, title)))
            Q_EMIT statusMessage(SummitView::tr("Unscheduled “%1”: it is back in the pool.").arg(title));
    }
}

void SummitTimetableEdits::copyToAllRooms(Id id)
{
    if (const Slot* s = m_context.slot(id)) {
        auto added = commands::SummitEdits::copyToAllRooms(m_context.workspace(), *m_context.current(), *s);
        if (!added)
            m_context.report(added.error());
        else
            Q_EMIT statusMessage(SummitView::tr("Added to %n more room(s).", nullptr, added.value()));
    }
}

} // namespace coe::ui
