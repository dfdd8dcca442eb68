// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/columns.h"
#include "storage/dialect.h"
#include "storage/sqlitefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>

#ifdef Q_OS_UNIX
#include <sys/statvfs.h>
#endif

namespace coe {

namespace {

/// Less room than this left after a disk I/O error: the disk is full, whatever SQLite called it.
constexpr qint64 kNearlyFull = 1 << 20;

/// The bytes free for us on the disk holding @p path, or -1 when that cannot be told.
qint64 bytesFree(const QString& path)
{
    const QString folder = QFileInfo(path).absolutePath();
#ifdef Q_OS_UNIX
    // statvfs itself: QStorageInfo matches the path against the mount table, which inside a
    // chroot or a container may name another disk.
    struct statvfs disk{};
    if (::statvfs(QFile::encodeName(folder).constData(), &disk) != 0)
        return -1;
    return qint64(disk.f_bavail) * qint64(disk.f_frsize);
#else
    const QStorageInfo disk(folder);
    return disk.isValid() ? disk.bytesAvailable() : -1;
#endif
}

/// SQLITE_FULL, or a disk I/O error (what SQLite says when growing the -shm file or a sync runs
/// out of room) on a disk that has next to no room left.
bool isDiskFull(const QSqlError& error, const QString& path)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    if (code == 13)
        return true;
    if (code != 10)
        return false;
    const qint64 free = bytesFree(path);
    return free >= 0 && free < kNearlyFull;
}

} // namespace

std::unique_ptr<Dialect> Dialect::forLocation(const WorkspaceLocation& location)
{
    if (location.isFile())
        return std::make_unique<SqliteDialect>();
    return std::make_unique<PostgresDialect>();
}

QString SqliteDialect::driverName() const
{
    return QStringLiteral("QSQLITE");
}

void SqliteDialect::prepare(QSqlDatabase& db, const WorkspaceLocation& location, bool readOnly, int busyTimeoutMs) const
{
    db.setDatabaseName(location.path());
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
}

Result<void> SqliteDialect::configure(QSqlDatabase& db) const
{
    QSqlQuery query(db);
    // The caller names the file; a full disk is said in words a person can act on.
    const auto failed = [&db](const QSqlError& error) {
        return Error{Error::Failed, isDiskFull(error, db.databaseName())
                                        ? tr("the disk is full. Free some space and try again.")
                                        : error.text()};
    };
    // Bulk readers (the matrix, readiness) walk large parts of the file: memory-mapped reads
    // spare them a system call and a copy per page. The mapped pages are the OS's file cache,
    // shared and reclaimable, not memory of ours.
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL", "PRAGMA trusted_schema = OFF",
                               "PRAGMA mmap_size = 1073741824"}) {
        if (!query.exec(QString::fromLatin1(pragma)))
            return failed(query.lastError());
    }
    if (!db.connectOptions().contains(QLatin1String("QSQLITE_OPEN_READONLY"))) {
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next())
            return failed(query.lastError());
        if (field(query, "journal_mode").toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return Error{Error::Failed, tr("SQLite could not switch to write-ahead logging.")};
    }
    return {};
}

QString SqliteDialect::expandSchema(QString sql) const
{
    return sql.replace(QLatin1String("${ID}"), QLatin1String("INTEGER PRIMARY KEY"))
        .replace(QLatin1String("${REF}"), QLatin1String("INTEGER"))
        .replace(QLatin1String("${BLOB}"), QLatin1String("BLOB"));
}

QString SqliteDialect::beginStatement() const
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

Result<void> SqliteDialect::lockForMigration(QSqlDatabase&) const
{
    return {}; // BEGIN IMMEDIATE already excludes every other writer.
}

void SqliteDialect::unlockAfterMigration(QSqlDatabase&) const
{}

QStringList SqliteDialect::tableNames(QSqlDatabase& db) const
{
    QStringList names;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")))
        return names;
    const int name = column(query, "name");
    while (query.next())
        names << query.value(name).toString();
    return names;
}

Error SqliteDialect::classify(const QSqlError& error, const WorkspaceLocation& location) const
{
    const QString file = QDir::toNativeSeparators(location.path());
    const int code = error.nativeErrorCode().toInt() & 0xff;
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return {Error::Locked, tr("%1 is in use by another program that is writing to it (another CoE Studio "
                                  "window, or a sync tool). Close that program and try again.")
                                   .arg(file)};
    case 8: // SQLITE_READONLY
        return {Error::ReadOnly, tr("%1 cannot be written: it or its folder is read-only. Make "
                                    "them writable, or copy the workspace somewhere you can "
                                    "write to.")
                                     .arg(file)};
    case 11: // SQLITE_CORRUPT
        return {Error::Corrupt, tr("%1 is damaged (%2). Restore it from a backup; CoE Studio keeps a copy named "
                                   "*.backup-*.coe beside it before each upgrade.")
                                    .arg(file, error.databaseText())};
    case 26: // SQLITE_NOTADB
        return {Error::NotSqlite, tr("%1 is not a CoE Studio workspace: it is not an SQLite "
                                     "database, or it is encrypted or damaged.")
                                      .arg(file)};
    case 18: // SQLITE_TOOBIG: a value past SqliteFile::kMaxValueBytes
        return {Error::Corrupt,
                tr("%1 holds a value of more than %2 MB, far more than CoE Studio writes; another program changed the "
                   "file. Run coectl check on it to find where, then restore it from a backup.")
                    .arg(file)
                    .arg(SqliteFile::kMaxValueBytes >> 20)};
    case 10: // SQLITE_IOERR
    case 13: // SQLITE_FULL
        if (isDiskFull(error, location.path()))
            return {Error::Failed, tr("The disk holding %1 is full. Free some space and try again.").arg(file)};
        return {Error::Failed, tr("%1: %2").arg(file, error.text())};
    case 14: // SQLITE_CANTOPEN
        return {Error::NotFound, tr("%1 cannot be opened: %2").arg(file, error.databaseText())};
    default:
        return {Error::Failed, tr("%1: %2").arg(file, error.text())};
    }
}

Result<QStringList> SqliteDialect::integrityProblems(QSqlDatabase& db) const
{
    QStringList problems;
    QSqlQuery query(db);
    const bool checked = query.exec(QStringLiteral("PRAGMA integrity_check"));
    QStringList lines;
    const int result = checked ? column(query, "integrity_check") : -1;
    while (checked && query.next())
        lines << query.value(result).toString();
    const QSqlError failure = checked ? QSqlError() : query.lastError();
    if (!checked &&
        (failure.nativeErrorCode().toInt() & 0xff) == 18) // SQLITE_TOOBIG: checking a row's CHECK constraints read it
        problems << tr("storage: a value of more than %1 MB keeps SQLite from checking every row")
                        .arg(SqliteFile::kMaxValueBytes >> 20);
    else if (!checked)
        return Error{Error::Corrupt, failure.text()};
    for (const QString& line : std::as_const(lines)) {
        if (line != QLatin1String("ok"))
            problems << tr("storage: %1").arg(line);
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return Error{Error::Corrupt, query.lastError().text()};
    const int table = column(query, "table");
    const int row = column(query, "rowid");
    const int parent = column(query, "parent");
    while (query.next()) {
        problems << tr("storage: row %1 of table %2 refers to a missing row of %3")
                        .arg(query.value(row).toString(), query.value(table).toString(),
                             query.value(parent).toString());
    }
    return problems;
}

QString SqliteDialect::julianDay(const QString& column) const
{
    return QStringLiteral("CAST(julianday(%1) + 0.5 AS INTEGER)").arg(column); // julianday() counts from midnight
}

Result<qint64> SqliteDialect::reserveIds(QSqlDatabase& db, const QString& table, qint64) const
{
    // BEGIN IMMEDIATE holds the only write lock: the ids above the largest are ours.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) AS max_id FROM %1").arg(table)) || !query.next())
        return Error{Error::Failed, query.lastError().text()};
    return field(query, "max_id").toLongLong() + 1;
}

} // namespace coe
