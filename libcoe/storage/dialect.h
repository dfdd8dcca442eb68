// SPDX-License-Identifier: GPL-3.0-or-later
// Everything that differs between SQLite and PostgreSQL lives in the two Dialect classes:
// connection setup, schema type names, locking around migrations, and turning driver errors
// into messages people can act on. Nothing else in CoE Studio branches on the database.
#pragma once

#include "core/result.h"
#include "storage/location.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <memory>

class QSqlError;

namespace coe {

/// The database-specific part of storage.
class Dialect
{
    Q_DECLARE_TR_FUNCTIONS(Dialect)

public:
    virtual ~Dialect() = default;

    static std::unique_ptr<Dialect> forLocation(const WorkspaceLocation& location);

    virtual QString driverName() const = 0;
    /// Sets connection parameters on a fresh QSqlDatabase (before open()).
    virtual void prepare(QSqlDatabase& db, const WorkspaceLocation& location, bool readOnly,
                         int busyTimeoutMs) const = 0;
    /// Per-connection settings after open(): pragmas, session options.
    virtual Result<void> configure(QSqlDatabase& db) const = 0;
    /// Replaces ${ID}, ${REF} and ${BLOB} in migration SQL.
    virtual QString expandSchema(QString sql) const = 0;
    /// Statement that starts a write transaction.
    virtual QString beginStatement() const = 0;
    /// Called around migrations so two clients never migrate at once.
    virtual Result<void> lockForMigration(QSqlDatabase& db) const = 0;
    virtual void unlockAfterMigration(QSqlDatabase& db) const = 0;
    /// Names of the user tables in the database.
    virtual QStringList tableNames(QSqlDatabase& db) const = 0;
    /// Turns a driver error into an Error whose message names @p location.
    virtual Error classify(const QSqlError& error, const WorkspaceLocation& location) const = 0;
    /// Storage integrity check; one line per problem, empty when intact.
    virtual Result<QStringList> integrityProblems(QSqlDatabase& db) const = 0;
    /// SQL for the Julian day number of an ISO date column (as QDate::toJulianDay()).
    virtual QString julianDay(const QString& column) const = 0;
    /// Inside a write transaction: reserves @p count consecutive ids of @p table (which has
    /// an id column) that no other writer will use; returns the first.
    virtual Result<qint64> reserveIds(QSqlDatabase& db, const QString& table, qint64 count) const = 0;
};

/// SQLite: foreign keys on, WAL, synchronous=FULL, a busy timeout.
class SqliteDialect : public Dialect
{
public:
    QString julianDay(const QString& column) const override;
    Result<qint64> reserveIds(QSqlDatabase& db, const QString& table, qint64 count) const override;
    QString driverName() const override;
    void prepare(QSqlDatabase& db, const WorkspaceLocation& location, bool readOnly, int busyTimeoutMs) const override;
    Result<void> configure(QSqlDatabase& db) const override;
    QString expandSchema(QString sql) const override;
    QString beginStatement() const override;
    Result<void> lockForMigration(QSqlDatabase& db) const override;
    void unlockAfterMigration(QSqlDatabase& db) const override;
    QStringList tableNames(QSqlDatabase& db) const override;
    Error classify(const QSqlError& error, const WorkspaceLocation& location) const override;
    Result<QStringList> integrityProblems(QSqlDatabase& db) const override;
};

/// PostgreSQL: an advisory lock around migrations, identity columns.
class PostgresDialect : public Dialect
{
public:
    QString julianDay(const QString& column) const override;
    Result<qint64> reserveIds(QSqlDatabase& db, const QString& table, qint64 count) const override;
    QString driverName() const override;
    void prepare(QSqlDatabase& db, const WorkspaceLocation& location, bool readOnly, int busyTimeoutMs) const override;
    Result<void> configure(QSqlDatabase& db) const override;
    QString expandSchema(QString sql) const override;
    QString beginStatement() const override;
    Result<void> lockForMigration(QSqlDatabase& db) const override;
    void unlockAfterMigration(QSqlDatabase& db) const override;
    QStringList tableNames(QSqlDatabase& db) const override;
    Error classify(const QSqlError& error, const WorkspaceLocation& location) const override;
    Result<QStringList> integrityProblems(QSqlDatabase& db) const override;
};

} // namespace coe
