// SPDX-License-Identifier: GPL-3.0-or-later
// Every edit of a summit as one undo step: the timetable's moves, the item and settings
// dialogs, acknowledgements.
#pragma once

#include "core/result.h"
#include "domain/summit.h"

#include <QCoreApplication>

namespace coe {
class Workspace;
}

namespace coe::commands {

class SummitEdits
{
    Q_DECLARE_TR_FUNCTIONS(coe::commands::SummitEdits)

public:
    /// A new summit with sensible defaults (a day a month from now, 09:00–17:30, local zone).
    static Result<Id> createSummit(Workspace& ws, const QString& name);
    /// Moves or resizes a slot (checked against the version the caller saw).
    static Result<void> moveSlot(Workspace& ws, const Slot& slot, Id room, const QDateTime& start, const QDateTime& end);
    /// Schedules an item at @p start in @p room for its planned duration.
    static Result<Id> schedule(Workspace& ws, const SummitItem& item, Id room, const QDateTime& start);
    static Result<void> unschedule(Workspace& ws, const Slot& slot, const QString& title);
    /// Adds a slot at the same time in every room of @p summit that does not hold this item then.
    static Result<int> copyToAllRooms(Workspace& ws, const Summit& summit, const Slot& slot);
    /// Inserts (id 0) or updates an item with its speakers.
    static Result<Id> saveItem(Workspace& ws, Id summit, const SummitItem& item, const SummitItem* before);
    static Result<void> deleteItem(Workspace& ws, const SummitItem& item);
    /// Writes what changed between @p before and @p after: details, rooms, tracks, availability.
    static Result<void> saveSettings(Workspace& ws, const Summit& before, const Summit& after);
    static Result<void> acknowledge(Workspace& ws, Id summit, const QString& key, const QString& note);
};

} // namespace coe::commands
