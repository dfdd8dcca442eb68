// SPDX-License-Identifier: GPL-3.0-or-later
// Every table of a workspace, described once: its name, its columns (type, whether NULL is
// allowed, which form the primary key, which table a column refers to and what a delete there
// does to it) and the Entity its rows are. Schema (the undo engine's foreign keys and table
// order), RowStore (which refuses a write naming a table or column that is not here) and the
// workspace check (the type each column holds) read this; tests/core/tst_schema.cpp checks it
// against the catalogue of a new SQLite workspace and of a PostgreSQL one.
#pragma once

#include "core/changenotifier.h"

#include <QList>
#include <QString>
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

struct Column
{
    enum Type
    {
        Integer,
        Text,
        Blob,
    };
    enum Nulls
    {
        Null,    ///< may be NULL
        NotNull, ///< NOT NULL
        Key,     ///< part of the primary key
    };
    const char* name = "";
    Type type = Integer;
    Nulls nulls = Null;
    const char* references = nullptr; ///< the table this column refers to (a one-column foreign key)
    ForeignKey::OnDelete onDelete = ForeignKey::Restrict;
    const char* referencedColumn = "id";

    QString nameString() const { return QString::fromLatin1(name); }
    /// What SQLite's typeof() calls a value of this column: "integer", "text" or "blob".
    QString typeName() const;
};

struct Table
{
    const char* name = "";
    Entity entity = Entity::Everything;
    QList<Column> columns;               ///< in the order the migrations leave them
    QList<ForeignKey> compoundKeys = {}; ///< foreign keys over several columns

    QString nameString() const { return QString::fromLatin1(name); }
    /// An integer primary key named id (tables without one are keyed by their columns).
    bool hasId() const;
    /// A version column, raised by every update (the undo engine and conflict checks use it).
    bool versioned() const { return column(u"version") != nullptr; }
    /// The column named @p name, or nullptr.
    const Column* column(QStringView name) const;
    QStringList columnNames() const;
    /// The primary key's columns.
    QStringList key() const;
    /// Every foreign key from this table, one-column ones first in column order.
    QList<ForeignKey> foreignKeys() const;
};

namespace Tables {
/// Every table, parents before children, in the order the migrations leave them.
const QList<Table>& all();
/// The table named @p name, or nullptr.
const Table* find(QStringView name);
} // namespace Tables

} // namespace coe
