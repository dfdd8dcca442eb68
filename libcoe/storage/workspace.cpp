// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/workspace.h"

#include "core/buildinfo.h"
#include "core/changenotifier.h"
#include "domain/scale.h"
#include "storage/columns.h"
#include "storage/dialect.h"
#include "storage/migrations.h"
#include "storage/sqlitefile.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QUndoStack>
#include <QUuid>

#include <algorithm>

namespace coe {

namespace {

constexpr int kApplicationId = 0x434F4553; // "COES" in the SQLite header

QString newConnectionName()
{
    return QStringLiteral("coe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void removeConnection(const QString& name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void removeSqliteFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QString::fromLatin1(suffix));
}

/// A process killed while it wrote a file in rollback-journal mode (a version 1 file while
/// its header switches to write-ahead logging, or a file another program wrote) leaves a
/// "hot" journal beside it. SQLite rolls it back on the next read-write open but refuses a
/// read-only one, with SQLITE_READONLY_ROLLBACK, which would read as "the file is read-only".
/// So before the read-only probe, a plain read-write connection (no pragmas, nothing else
/// written) lets SQLite restore what the file held before the interrupted write. When another
/// process is still writing, its lock makes the journal not hot and this only reads.
Result<void> rollBackHotJournal(const WorkspaceLocation& location, const Dialect& dialect, int timeoutMs)
{
    if (QFileInfo(location.path() + QStringLiteral("-journal")).size() <= 0)
        return {};
    const QString name = newConnectionName();
    Result<void> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), name);
        dialect.prepare(db, location, /*readOnly=*/false, timeoutMs);
        QSqlQuery query(db);
        if (!db.open())
            result = dialect.classify(db.lastError(), location);
        else if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            result = dialect.classify(query.lastError(), location);
    }
    removeConnection(name);
    return result;
}

/// What a read-only look at an existing SQLite file found.
struct Probe
{
    int schemaVersion = 0;
};

/// Looks at an existing SQLite file through a read-only connection, before anything writes
/// to it (switching to WAL would already change its header): CoE Studio's tables there, a
/// readable schema version and, when it is one this build knows, the schema as its
/// migrations make it (SqliteFile::checkSchema).
Result<Probe> probeSqlite(const WorkspaceLocation& location, const Dialect& dialect, int timeoutMs)
{
    const QString name = newConnectionName();
    const QString shown = QDir::toNativeSeparators(location.path());
    Result<Probe> result = Error{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), name);
        dialect.prepare(db, location, /*readOnly=*/true, timeoutMs);
        result = [&]() -> Result<Probe> {
            if (!db.open())
                return dialect.classify(db.lastError(), location);
            SqliteFile::limitValues(db);
            QSqlQuery query(db);
            query.setForwardOnly(true);
            if (!query.exec(QStringLiteral("SELECT type FROM sqlite_master WHERE name = 'meta'")))
                return dialect.classify(query.lastError(), location);
            if (!query.next())
                return Error{
                    Error::NotWorkspace,
                    Workspace::tr("%1 is an SQLite database but not a CoE Studio workspace (it has no CoE Studio "
                                  "tables). Open a .coe file, or create a new workspace.")
                        .arg(shown)};
            // Never read through a view: its query could be anything.
            const QString metaType = field(query, "type").toString();
            if (metaType != QLatin1String("table"))
                return Error{
                    Error::Corrupt,
                    Workspace::tr(
                        "%1 is not as CoE Studio made it: “meta” is a %2, not a table. Restore it from a backup.")
                        .arg(shown, metaType)};
            if (!query.exec(
                    QStringLiteral("SELECT typeof(value) AS stored_as, CASE WHEN octet_length(value) <= 20 THEN value "
                                   "END AS short_value FROM meta WHERE key = 'schema_version'")))
                return dialect.classify(query.lastError(), location);
            if (!query.next())
                return Error{
                    Error::NotWorkspace,
                    Workspace::tr("%1 is not a complete CoE Studio workspace: it has no schema version.").arg(shown)};
            bool number = false;
            const QString storedAs = field(query, "stored_as").toString();
            const QVariant shortValue = field(query, "short_value");
            const int version = shortValue.toString().toInt(&number);
            if (!number || version < 1 || (storedAs != QLatin1String("text") && storedAs != QLatin1String("integer")))
                return Error{
                    Error::Corrupt,
                    Workspace::tr(
                        "%1 is not as CoE Studio made it: its schema version is not a number (“%2”). Restore it "
                        "from a backup.")
                        .arg(shown, shortValue.isNull() ? storedAs : shortValue.toString())};
            query.finish();
            if (version <= Migrations::latestVersion()) {
                if (auto schema = SqliteFile::checkSchema(db, location.path(), version); !schema)
                    return schema.error();
            }
            return Probe{version};
        }();
    }
    removeConnection(name);
    return result;
}

/// Adds the connection @p name for @p location and opens it; when that fails, the
/// connection is removed again and the error says why.
Result<QSqlDatabase> openConnection(const WorkspaceLocation& location, const Dialect& dialect, const QString& name,
                                    bool readOnly, int timeoutMs)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), name);
    Error error;
    if (!db.isValid()) {
        error = Error{Error::Failed, Workspace::tr("The Qt %1 database driver is not installed, so CoE "
                                                   "Studio cannot open %2.")
                                         .arg(dialect.driverName(), location.toString())};
    } else {
        dialect.prepare(db, location, readOnly, timeoutMs);
        if (db.open()) {
            if (location.isFile())
                SqliteFile::limitValues(db);
            return db;
        }
        error = dialect.classify(db.lastError(), location);
    }
    db = QSqlDatabase();
    removeConnection(name);
    return error;
}

} // namespace

Workspace::Workspace(const WorkspaceLocation& location, std::unique_ptr<Dialect> dialect, const QString& connection)
    : m_location(location), m_dialect(std::move(dialect)), m_connection(connection), m_undoStack(new QUndoStack(this)),
      m_notifier(new ChangeNotifier(this))
{}

Workspace::~Workspace()
{
    m_undoStack->clear();
    removeConnection(m_connection);
}

Result<void> Workspace::reach(const WorkspaceLocation& location, Options options)
{
    if (location.isFile())
        return {};
    auto dialect = Dialect::forLocation(location);
    const QString name = newConnectionName();
    if (auto db = openConnection(location, *dialect, name, /*readOnly=*/true, options.busyTimeoutMs); !db)
        return db.error();
    removeConnection(name);
    return {};
}

Result<std::unique_ptr<Workspace>> Workspace::connect(const WorkspaceLocation& location, const Options& options,
                                                      bool creating)
{
    auto dialect = Dialect::forLocation(location);
    const QString name = newConnectionName();
    auto opened = openConnection(location, *dialect, name, /*readOnly=*/false, options.busyTimeoutMs);
    if (!opened)
        return opened.error();
    QSqlDatabase db = opened.take();
    std::unique_ptr<Workspace> workspace(new Workspace(location, std::move(dialect), name));
    if (auto configured = workspace->m_dialect->configure(db); !configured) {
        db = QSqlDatabase(); // else the connection is still in use when the workspace removes it
        return Error{configured.error().code, tr("%1: %2").arg(location.toString(), configured.error().message)};
    }
    if (location.isFile() && !creating) {
        // Make sure no other program holds the write lock, so the first edit will not fail.
        QSqlQuery query(db);
        if (!query.exec(workspace->m_dialect->beginStatement()))
            return workspace->m_dialect->classify(query.lastError(), location);
        query.exec(QStringLiteral("ROLLBACK"));
    }
    return workspace;
}

Result<std::unique_ptr<Workspace>> Workspace::create(const WorkspaceLocation& location, Options options)
{
    if (location.isFile()) {
        const QString shown = QDir::toNativeSeparators(location.path());
        const QFileInfo info(location.path());
        if (info.exists())
            return Error{Error::Exists, tr("%1 already exists; CoE Studio will not overwrite it. "
                                           "Choose another name, or open it.")
                                            .arg(shown)};
        if (!QFileInfo(info.absolutePath()).isDir())
            return Error{Error::NotFound,
                         tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath()))};
    }
    if (!location.isFile())
        return createAt(location, options);
    // A file is made under a temporary name beside it and moved into place once its schema is
    // committed: a process killed while creating leaves no half-made workspace under the name.
    const QString path = location.path();
    const QString temporary = QStringLiteral("%1.creating-%2").arg(path).arg(QCoreApplication::applicationPid());
    removeSqliteFiles(temporary);
    auto temporaryLocation = WorkspaceLocation::parse(temporary);
    if (!temporaryLocation)
        return temporaryLocation.error();
    if (auto made = createAt(temporaryLocation.value(), options); !made) {
        removeSqliteFiles(temporary); // also when it failed before it had a workspace to remove
        Error error = made.error();
        error.message.replace(QDir::toNativeSeparators(temporary),
                              QDir::toNativeSeparators(path)); // the name the user chose
        return error;
    }
    if (!QFile::rename(temporary, path)) {
        removeSqliteFiles(temporary);
        return Error{Error::Exists,
                     tr("%1 already exists; CoE Studio will not overwrite it. Choose another name, or open it.")
                         .arg(QDir::toNativeSeparators(path))};
    }
    auto connected = connect(location, options, /*creating=*/false);
    if (!connected) {
        removeSqliteFiles(path); // just made: nothing of the user's is in it
        return connected.error();
    }
    connected.value()->m_schemaVersion = Migrations::latestVersion();
    return connected.take();
}

Result<std::unique_ptr<Workspace>> Workspace::createAt(const WorkspaceLocation& location, Options options)
{
    auto connected = connect(location, options, /*creating=*/true);
    if (!connected)
        return connected.error();
    std::unique_ptr<Workspace> workspace = connected.take();
    QSqlDatabase db = workspace->database();
    if (workspace->m_dialect->tableNames(db).contains(QStringLiteral("meta")))
        return Error{Error::Exists,
                     tr("%1 already holds a CoE Studio workspace; open it instead.").arg(location.toString())};
    if (!location.isFile() && !workspace->m_dialect->tableNames(db).isEmpty())
        return Error{Error::Exists, tr("The database %1 already holds other tables; CoE Studio "
                                       "needs an empty database.")
                                        .arg(location.toString())};

    Result<void> made = [&]() -> Result<void> {
        if (location.isFile()) {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)))
                return workspace->m_dialect->classify(query.lastError(), location);
        }
        if (auto upgraded = Migrations::upgrade(db, *workspace->m_dialect, 0); !upgraded)
            return upgraded;
        if (auto initialised = workspace->initialiseNew(); !initialised || !location.isFile())
            return initialised;
        // Into the file itself before it is moved into place: a log left unwritten (the disk
        // full) would stay behind under the temporary name.
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
            return workspace->m_dialect->classify(query.lastError(), location);
        if (!query.next() || field(query, "busy").toInt() != 0)
            return Error{Error::Failed,
                         tr("%1 could not be written completely.").arg(QDir::toNativeSeparators(location.path()))};
        return {};
    }();
    if (!made) {
        if (location.isFile()) {
            const QString path = location.path();
            db = QSqlDatabase(); // else the connection is still in use when it is removed
            workspace.reset();
            removeSqliteFiles(path);
        }
        return made.error();
    }
    workspace->m_schemaVersion = Migrations::latestVersion();
    return workspace;
}

Result<void> Workspace::initialiseNew()
{
    Transaction transaction(*this);
    if (!transaction.started())
        return transaction.error();
    const auto setMetaValue = [this](const QString& key, const QString& value) {
        QSqlQuery query = prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (:k, :v)"));
        query.bindValue(QStringLiteral(":k"), key);
        query.bindValue(QStringLiteral(":v"), value);
        return exec(query);
    };
    const QList<std::pair<QString, QString>> values{
        {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("created_by"), QString(QStringLiteral("CoE Studio ") + BuildInfo::appVersion())},
    };
    for (const auto& [key, value] : values) {
        if (auto set = setMetaValue(key, value); !set)
            return set;
    }
    QSqlQuery query = prepare(QStringLiteral("INSERT INTO scale_level (level, label, description, color, meaning) "
                                             "VALUES (:level, :label, :description, :color, :meaning)"));
    const QList<ScaleLevel> levels = Scale::defaultLevels();
    for (const ScaleLevel& level : levels) {
        query.bindValue(QStringLiteral(":level"), level.level);
        query.bindValue(QStringLiteral(":label"), level.label);
        query.bindValue(QStringLiteral(":description"), level.description);
        query.bindValue(QStringLiteral(":color"), level.color.name());
        const QString meaning = Scale::meaningName(level.meaning);
        query.bindValue(QStringLiteral(":meaning"),
                        meaning.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(meaning));
        if (auto done = exec(query); !done)
            return done;
    }
    return transaction.commit();
}

Result<std::unique_ptr<Workspace>> Workspace::open(const WorkspaceLocation& location, Options options)
{
    QString backup;
    if (location.isFile()) {
        if (auto checked = SqliteFile::check(location.path()); !checked)
            return checked.error();
        SqliteDialect dialect;
        if (auto rolledBack = rollBackHotJournal(location, dialect, options.busyTimeoutMs); !rolledBack)
            return rolledBack.error();
        auto probe = probeSqlite(location, dialect, options.busyTimeoutMs);
        if (!probe)
            return probe.error();
        const int version = probe->schemaVersion;
        if (version > Migrations::latestVersion())
            return Error{Error::NewerVersion, tr("%1 was saved by a newer CoE Studio (schema version %2; this version "
                                                 "reads up to %3). Update CoE Studio to open it.")
                                                  .arg(QDir::toNativeSeparators(location.path()))
                                                  .arg(version)
                                                  .arg(Migrations::latestVersion())};
        if (version < Migrations::latestVersion()) {
            const QFileInfo info(location.path());
            const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
            backup = info.absoluteDir().filePath(
                QStringLiteral("%1.backup-v%2-%3.coe").arg(info.completeBaseName()).arg(version).arg(stamp));
            const QString name = newConnectionName();
            Result<void> copied;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), name);
                dialect.prepare(db, location, /*readOnly=*/true, options.busyTimeoutMs);
                QSqlQuery query(db);
                if (!db.open() || !query.prepare(QStringLiteral("VACUUM INTO :path"))) {
                    copied = dialect.classify(db.lastError(), location);
                } else {
                    // Written under a temporary name and renamed when complete: a process
                    // killed while copying leaves no half backup under the backup's name.
                    const QString partial = backup + QStringLiteral(".part");
                    removeSqliteFiles(partial);
                    query.bindValue(QStringLiteral(":path"), partial);
                    if (!query.exec()) {
                        copied = Error{Error::Failed, tr("Could not make a backup copy before upgrading %1: %2")
                                                          .arg(location.path(),
                                                               dialect.classify(query.lastError(), location).message)};
                        removeSqliteFiles(partial);
                    } else {
                        // Two upgrades in one second (the first one interrupted) keep both copies.
                        for (int n = 2; QFileInfo::exists(backup); ++n)
                            backup = info.absoluteDir().filePath(QStringLiteral("%1.backup-v%2-%3-%4.coe")
                                                                     .arg(info.completeBaseName())
                                                                     .arg(version)
                                                                     .arg(stamp)
                                                                     .arg(n));
                        if (!QFile::rename(partial, backup)) {
                            removeSqliteFiles(partial);
                            copied = Error{Error::Failed,
                                           tr("Could not make a backup copy before upgrading %1: %2 cannot be written.")
                                               .arg(location.path(), backup)};
                        }
                    }
                }
            }
            removeConnection(name);
            if (!copied)
                return copied.error();
        }
    }

    auto connected = connect(location, options, /*creating=*/false);
    if (!connected)
        return connected.error();
    std::unique_ptr<Workspace> workspace = connected.take();
    workspace->m_backupPath = backup;
    QSqlDatabase db = workspace->database();
    if (!location.isFile()) {
        const QStringList tables = workspace->m_dialect->tableNames(db);
        if (!tables.contains(QStringLiteral("meta")))
            return Error{Error::NotWorkspace, tables.isEmpty()
                                                  ? tr("The database %1 is empty: create a workspace in it first "
                                                       "(File ▸ New workspace, or coectl init).")
                                                        .arg(location.toString())
                                                  : tr("The database %1 is not a CoE Studio workspace (it holds other "
                                                       "tables).")
                                                        .arg(location.toString())};
    }
    if (auto read = workspace->readSchemaVersion(); !read)
        return read.error();
    if (workspace->m_schemaVersion > Migrations::latestVersion())
        return Error{Error::NewerVersion,
                     tr("%1 was saved by a newer CoE Studio (schema version %2; this version reads "
                        "up to %3). Update CoE Studio to open it.")
                         .arg(location.toString())
                         .arg(workspace->m_schemaVersion)
                         .arg(Migrations::latestVersion())};
    if (workspace->m_schemaVersion < Migrations::latestVersion()) {
        if (auto upgraded = Migrations::upgrade(db, *workspace->m_dialect, workspace->m_schemaVersion); !upgraded)
            return upgraded.error();
        if (auto read = workspace->readSchemaVersion(); !read)
            return read.error();
    }
    return workspace;
}

Result<void> Workspace::readSchemaVersion()
{
    QSqlQuery query = prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
    if (auto done = exec(query); !done)
        return done;
    if (!query.next())
        return Error{Error::NotWorkspace, tr("%1 has no schema version.").arg(m_location.toString())};
    m_schemaVersion = field(query, "value").toInt();
    return {};
}

QSqlQuery Workspace::prepare(const QString& sql) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(sql);
    return query;
}

Result<void> Workspace::exec(QSqlQuery& query) const
{
    if (query.exec())
        return {};
    return m_dialect->classify(query.lastError(), m_location);
}

Result<void> Workspace::execForValues(const QString& sql, const QVariantList& values,
                                      const std::function<void(QSqlQuery&)>& consume) const
{
    constexpr qsizetype kChunk = 400; // bound values per statement
    for (qsizetype start = 0; start < values.size(); start += kChunk) {
        const qsizetype count = std::min(kChunk, values.size() - start);
        QStringList names;
        names.reserve(count);
        for (qsizetype i = 0; i < count; ++i)
            names << QStringLiteral(":k%1").arg(i);
        QSqlQuery query = prepare(sql.arg(names.join(QStringLiteral(", "))));
        for (qsizetype i = 0; i < count; ++i)
            query.bindValue(names.at(i), values.at(start + i));
        if (auto done = exec(query); !done)
            return done;
        if (consume)
            consume(query);
    }
    return {};
}

Result<void> Workspace::insertRows(const QString& table, const QStringList& columns, qsizetype count,
                                   const std::function<void(QSqlQuery&, int, qsizetype)>& bindRow) const
{
    constexpr qsizetype kValues = 1400; // bound values per statement: far below SQLite's 32,766
    const qsizetype perStatement = std::max<qsizetype>(1, kValues / columns.size());
    const QString head = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns.join(QStringLiteral(", ")));
    const QString one = QLatin1Char('(') + QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")) +
                        QLatin1Char(')');
    const auto statement = [&](qsizetype rows) {
        QString sql = head;
        sql.reserve(head.size() + rows * (one.size() + 2));
        for (qsizetype r = 0; r < rows; ++r)
            sql += r ? QStringLiteral(", ") + one : one;
        return sql;
    };
    QSqlQuery full = prepare(statement(perStatement));
    for (qsizetype next = 0; next < count;) {
        const qsizetype rows = std::min(perStatement, count - next);
        QSqlQuery partial;
        QSqlQuery& query = rows == perStatement ? full : (partial = prepare(statement(rows)));
        for (qsizetype r = 0; r < rows; ++r)
            bindRow(query, int(r * columns.size()), next + r);
        if (auto done = exec(query); !done)
            return done;
        next += rows;
    }
    return {};
}

QString Workspace::meta(const QString& key, const QString& fallback) const
{
    QSqlQuery query = prepare(QStringLiteral("SELECT value FROM meta WHERE key = :k"));
    query.bindValue(QStringLiteral(":k"), key);
    if (query.exec() && query.next())
        return field(query, "value").toString();
    return fallback;
}

Result<void> Workspace::setMeta(const QString& key, const QString& value)
{
    Transaction transaction(*this);
    if (!transaction.started())
        return transaction.error();
    QSqlQuery remove = prepare(QStringLiteral("DELETE FROM meta WHERE key = :k"));
    remove.bindValue(QStringLiteral(":k"), key);
    if (auto done = exec(remove); !done)
        return done;
    QSqlQuery insert = prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (:k, :v)"));
    insert.bindValue(QStringLiteral(":k"), key);
    insert.bindValue(QStringLiteral(":v"), value);
    if (auto done = exec(insert); !done)
        return done;
    return transaction.commit();
}

} // namespace coe
