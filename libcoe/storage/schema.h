// SPDX-License-Identifier: GPL-3.0-or-later
// What storage needs to know about the schema to undo a delete exactly: the foreign keys
// (which rows a delete cascades to or nulls), the tables in creation order (parents first),
// which tables carry a row version, and which Entity a table's rows are. All of it is read
// from the one description of the tables in storage/tables.h.
#pragma once

#include "storage/tables.h"

namespace coe {

class Schema
{
public:
    static const QList<ForeignKey>& foreignKeys();
    /// Every table, parents before children, in the order the migrations leave them.
    static const QStringList& tables();
    static bool hasIdColumn(const QString& table);
    static bool hasVersionColumn(const QString& table);
    static Entity entityOf(const QString& table);
};

} // namespace coe
