// SPDX-License-Identifier: GPL-3.0-or-later
// A Workspace is one CoE's data: an SQLite file or a PostgreSQL database, opened through the
// same code path. It owns the connection, the undo stack and the change notifier; edits are
// written as they are made (no Save), and undo reverts them in the database.
#pragma once

#include "core/result.h"
#include "storage/location.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <memory>

class QUndoStack;

namespace coe {

class ChangeNotifier;
class Dialect;
class Repository;

class Workspace : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int busyTimeoutMs = 5000; ///< how long to wait for another writer's lock
    };

    /// Creates a new, empty workspace with the default proficiency scale. Refuses to
    /// overwrite an existing file or a database that already holds a workspace.
    static Result<std::unique_ptr<Workspace>> create(const WorkspaceLocation& location, Options options);
    static Result<std::unique_ptr<Workspace>> create(const WorkspaceLocation& location)
    {
        return create(location, Options());
    }
    /// Opens an existing workspace, upgrading its schema (after a backup copy) when older.
    /// Anything that is not a healthy workspace is refused with a message, untouched.
    static Result<std::unique_ptr<Workspace>> open(const WorkspaceLocation& location, Options options);
    static Result<std::unique_ptr<Workspace>> open(const WorkspaceLocation& location)
    {
        return open(location, Options());
    }

    /// Connects to the server @p location names and disconnects, on the calling thread and
    /// with a connection of its own, so a GUI can find out on a worker thread whether the
    /// server answers before it opens the workspace on its own thread. Files pass at once.
    static Result<void> reach(const WorkspaceLocation& location, Options options);
    static Result<void> reach(const WorkspaceLocation& location) { return reach(location, Options()); }

    ~Workspace() override;

    const WorkspaceLocation& location() const { return m_location; }
    const Dialect& dialect() const { return *m_dialect; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_connection, false); }
    QUndoStack* undoStack() const { return m_undoStack; }
    ChangeNotifier* notifier() const { return m_notifier; }
    int schemaVersion() const { return m_schemaVersion; }
    /// The copy made before this open upgraded the file, or empty.
    QString backupPath() const { return m_backupPath; }

    /// A query prepared on this workspace's connection.
    QSqlQuery prepare(const QString& sql) const;
    /// Executes @p query, turning a failure into an Error naming this workspace.
    Result<void> exec(QSqlQuery& query) const;
    /// Runs @p sql once per slice of @p values, its one remaining %-marker replaced by that
    /// slice's placeholders (":k0, :k1, …"), so no statement binds more values than a driver
    /// takes; @p consume reads each executed query.
    Result<void> execForValues(const QString& sql, const QVariantList& values,
                               const std::function<void(QSqlQuery&)>& consume = {}) const;
    template<typename T>
    Result<void> execForValues(const QString& sql, const QList<T>& values,
                               const std::function<void(QSqlQuery&)>& consume = {}) const
    {
        QVariantList bound;
        bound.reserve(values.size());
        for (const T& value : values)
            bound << QVariant::fromValue(value);
        return execForValues(sql, bound, consume);
    }
    /// Inserts @p count rows into @p table's @p columns, many rows to a statement but never
    /// more bound values than a driver takes; @p bindRow binds row @p row's values at positions
    /// @p at, @p at + 1, … of the statement.
    Result<void> insertRows(const QString& table, const QStringList& columns, qsizetype count,
                            const std::function<void(QSqlQuery& query, int at, qsizetype row)>& bindRow) const;
    /// Storage integrity plus domain invariants; one line per problem.
    Result<QStringList> check() const;
    /// Reads a meta value (workspace settings).
    QString meta(const QString& key, const QString& fallback = {}) const;
    Result<void> setMeta(const QString& key, const QString& value);

private:
    friend class Transaction;
    Workspace(const WorkspaceLocation& location, std::unique_ptr<Dialect> dialect, const QString& connection);
    /// create() without the move into place: makes the workspace at @p location itself.
    static Result<std::unique_ptr<Workspace>> createAt(const WorkspaceLocation& location, Options options);
    static Result<std::unique_ptr<Workspace>> connect(const WorkspaceLocation& location, const Options& options,
                                                      bool creating);
    Result<void> initialiseNew();
    Result<void> readSchemaVersion();

    WorkspaceLocation m_location;
    std::unique_ptr<Dialect> m_dialect;
    QString m_connection;
    QUndoStack* m_undoStack = nullptr;
    ChangeNotifier* m_notifier = nullptr;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    QString m_backupPath;
};

} // namespace coe
