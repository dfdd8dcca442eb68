// SPDX-License-Identifier: GPL-3.0-or-later
// What storage needs to know about the schema to undo a delete exactly: the foreign keys
// (which rows a delete cascades to or nulls), the tables in creation order (parents first),
// which tables carry a row version, and which Entity a table's rows are.
// tests/core/tst_schema.cpp checks this against the database's own catalogue.
#pragma once

#include "core/changenotifier.h"

#include <QStringList>

namespace coe {

struct ForeignKey
{
    enum OnDelete
    {
        Cascade, ///< child rows are deleted with the parent
        SetNull, ///< the child's column is set to NULL
        Restrict ///< the parent cannot be deleted while children exist
    };
    QString child;
    QStringList childColumns;
    QString parent;
    QStringList parentColumns;
    OnDelete onDelete = Restrict;
};

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
