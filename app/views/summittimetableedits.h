// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/summit.h"

#include <QObject>

namespace coe::ui {

class SummitContext;
class TimetableWidget;

/// Turns what is done on the Summits view's timetable — moving or resizing a slot, dropping an
/// item from the pool, unscheduling, copying a break to all rooms — into undo steps on the
/// summit shown, each reported in a sentence.
class SummitTimetableEdits : public QObject
{
    Q_OBJECT

public:
    SummitTimetableEdits(SummitContext& context, TimetableWidget* timetable, QObject* parent = nullptr);

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void moveSlot(Id slot, Id room, const QDateTime& start, const QDateTime& end);
    void scheduleItem(Id item, Id room, const QDateTime& start);
    void unscheduleSlot(Id slot);
    void copyToAllRooms(Id slot);

    SummitContext& m_context;
    TimetableWidget* m_timetable;
};

} // namespace coe::ui
