// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace coe {

struct Table;
class Workspace;

/// A row as column name → value.
using Row = QVariantMap;

/// Everything a delete removes or changes, so that restoring it puts back the exact rows.
struct DeleteSnapshot
{
    struct Nulled
    {
        QString table;
        qint64 id = 0;
        QString column;
        QVariant value;
    };
    QList<std::pair<QString, Row>> rows; ///< (table, full row), parents before children
    QList<Nulled> nulled;                ///< columns that ON DELETE SET NULL cleared
    /// Ids of the deleted rows per table, for change notifications.
    QHash<QString, QList<qint64>> idsByTable() const;
    /// Ids of the rows whose column was nulled, per table.
    QHash<QString, QList<qint64>> nulledIdsByTable() const;
};

/// Generic, prepared, bound row operations on one workspace. Table and column names come
/// from CoE Studio's own code, never from input; values are always bound.
class RowStore
{
    Q_DECLARE_TR_FUNCTIONS(RowStore)

public:
    explicit RowStore(Workspace& workspace) : m_workspace(workspace) {}

    /// Inserts @p values (an "id" value forces the id); returns the row's id (0 for tables
    /// without one).
    Result<qint64> insert(const QString& table, const Row& values);
    /// Updates the given columns of row @p id. For versioned tables the row must still be at
    /// @p expectedVersion (else Error::Conflict) and gets @p newVersion (default: one more);
    /// returns the version it now has (0 if unversioned).
    Result<int> update(const QString& table, qint64 id, const Row& values, int expectedVersion, int newVersion = -1);
    /// A value as it must be bound: a null QString means '' (a NULL needs a null QVariant).
    static QVariant bindable(const QVariant& value);
    /// The row @p id, all columns.
    Result<Row> fetch(const QString& table, qint64 id);
    /// The current values of @p columns of row @p id.
    Result<Row> fetchColumns(const QString& table, qint64 id, const QStringList& columns);
    /// Every row of @p table whose @p column equals @p value.
    Result<QList<Row>> rowsWhere(const QString& table, const QString& column, const QVariant& value);
    /// What deleting @p ids from @p table would remove or null, following foreign keys.
    Result<DeleteSnapshot> captureDelete(const QString& table, const QList<qint64>& ids);
    Result<void> remove(const QString& table, const QList<qint64>& ids);
    /// Deletes the rows of a table without ids (a link table) whose columns equal @p values.
    Result<void> removeMatching(const QString& table, const Row& values);
    /// Puts back what a delete removed.
    Result<void> restore(const DeleteSnapshot& snapshot);

private:
    /// The description of @p table (storage/tables.h), or an error when it, or one of
    /// @p columns, is not there: a misspelt name stops before any SQL runs.
    static Result<const Table*> described(const QString& table, const QStringList& columns);
    Result<QList<Row>> select(const QString& table, const QStringList& columns, const QList<QVariant>& values);
    Result<void> capture(const QString& table, const QList<Row>& rows, DeleteSnapshot& snapshot, QSet<QString>& seen);

    Workspace& m_workspace;
};

} // namespace coe
