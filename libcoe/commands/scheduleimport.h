// SPDX-License-Identifier: GPL-3.0-or-later
// A published schedule (a frab file, read in io/frab.h) written as a new summit in one undo
// step: its rooms, tracks, items with their slots and speakers, and the speakers who are not
// yet people of the workspace.
#pragma once

#include "core/result.h"
#include "domain/summit.h"

#include <QCoreApplication>

namespace coe {
class Workspace;
}

namespace coe::commands {

/// What an import adds, already matched against the workspace's people.
struct ImportedSchedule
{
    /// A speaker: a person of the workspace, or one of newPeople.
    struct Speaker
    {
        Id person = 0;      ///< an existing person, or 0
        int newPerson = -1; ///< else an index into newPeople
    };
    struct NewPerson
    {
        QString name;
        QString email; ///< empty: none
    };
    struct Item
    {
        SummitItem::Kind kind = SummitItem::Talk;
        QString title;
        QString abstract;
        int track = -1; ///< index into tracks; -1: none
        int minutes = 0;
        QString guid;      ///< empty: none
        qint64 frabId = 0; ///< 0: none
        QString slug;
        int room = -1;   ///< index into rooms
        QDateTime start; ///< wall clock in the summit's zone
        QDateTime end;
        QList<Speaker> speakers; ///< each person once
    };

    QString name;
    QString timeZone;
    QDate startsOn;
    QDate endsOn;
    QTime dayStarts;
    QTime dayEnds;
    QStringList rooms;
    QList<std::pair<QString, QColor>> tracks; ///< names unique
    QList<NewPerson> newPeople;               ///< in the order the items first name them
    QList<Item> items;
};

class ScheduleImport
{
    Q_DECLARE_TR_FUNCTIONS(coe::commands::ScheduleImport)

public:
    /// Writes @p schedule as one undo step named @p text; returns the new summit's id. A new
    /// person is added just before the first item that names them.
    static Result<Id> write(Workspace& ws, const ImportedSchedule& schedule, const QString& text);
};

} // namespace coe::commands
