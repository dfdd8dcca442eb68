// SPDX-License-Identifier: GPL-3.0-or-later
// Every edit of a summit as one undo step: the timetable's moves, the item and settings
// dialogs, suggested tracks, acknowledgements.
#pragma once

#include "core/result.h"
#include "domain/summit.h"

#include <QCoreApplication>

#include <optional>

namespace coe {
class Workspace;
}

namespace coe::commands {

/// Where an item is placed: a room and a start (a null start: not scheduled).
struct Placement
{
    Id room = 0;
    QDateTime start;
    QString roomName; ///< for the undo text
};

class SummitEdits
{
    Q_DECLARE_TR_FUNCTIONS(coe::commands::SummitEdits)

public:
    /// A new summit with sensible defaults (a day a month from now, 09:00–17:30, local zone).
    static Result<Id> createSummit(Workspace& ws, const QString& name);
    /// Moves or resizes a slot of @p summit (checked against the version the caller saw). The
    /// undo text names the item, and the room when it changes.
    static Result<void> moveSlot(Workspace& ws, const Summit& summit, const Slot& slot, Id room, const QDateTime& start,
                                 const QDateTime& end);
    /// What moving @p slot to @p room from @p start to @p end does, for an undo text or, when
    /// @p done, as a sentence for the status bar.
    static QString moveText(const Summit& summit, const Slot& slot, Id room, const QDateTime& start,
                            const QDateTime& end, bool done = false);
    /// Schedules an item at @p start in @p room for its planned duration.
    static Result<Id> schedule(Workspace& ws, const SummitItem& item, Id room, const QDateTime& start);
    static Result<void> unschedule(Workspace& ws, const Slot& slot, const QString& title);
    /// Adds a slot at the same time in every room of @p summit that does not hold this item then.
    static Result<int> copyToAllRooms(Workspace& ws, const Summit& summit, const Slot& slot);
    /// Inserts (id 0) or updates an item with its speakers. With @p placement the same step
    /// also schedules it there (its slots in other rooms keep their rooms and follow the
    /// start), or unschedules it when the placement has no start.
    static Result<Id> saveItem(Workspace& ws, Id summit, const SummitItem& item, const SummitItem* before,
                               const std::optional<Placement>& placement = std::nullopt);
    static Result<void> deleteItem(Workspace& ws, const SummitItem& item);
    /// Writes what changed between @p before and @p after: details, rooms, tracks, availability.
    static Result<void> saveSettings(Workspace& ws, const Summit& before, const Summit& after);
    /// Adds a track to @p summit for each of @p names, in the palette's next colours, as one
    /// undo step named @p text. Refuses the whole step, writing nothing, when a name is blank or
    /// is already a track of the summit or earlier in @p names. Returns how many it added.
    static Result<int> addTracks(Workspace& ws, const Summit& summit, const QStringList& names, const QString& text);
    static Result<void> acknowledge(Workspace& ws, Id summit, const QString& key, const QString& note);
};

} // namespace coe::commands
