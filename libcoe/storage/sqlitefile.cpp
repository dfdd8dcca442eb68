// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlitefile.h"

#include "storage/columns.h"
#include "storage/dialect.h"
#include "storage/migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>
#include <QUuid>

#ifdef Q_OS_LINUX
#include <dlfcn.h>
#endif

namespace coe {

namespace {

QString describeContent(const QByteArray& head)
{
    if (head.startsWith("PK\x03\x04"))
        return SqliteFile::tr("It looks like a ZIP or an Excel (.xlsx) file; to read a "
                              "spreadsheet, use File ▸ Import.");
    if (head.startsWith("%PDF"))
        return SqliteFile::tr("It looks like a PDF document.");
    bool text = !head.isEmpty();
    for (char c : head) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x09 || (u > 0x0d && u < 0x20))
            text = false;
    }
    if (text)
        return SqliteFile::tr("It looks like a text file; to read a CSV file, use File ▸ Import.");
    return {};
}

/// One row of sqlite_master: a table, index, view or trigger.
struct SchemaObject
{
    QString type;
    QString name;
    QString table;
    QString sql; ///< whitespace collapsed: the text is what CREATE said, as it said it
};

Result<QList<SchemaObject>> schemaObjects(QSqlDatabase& db)
{
    QList<SchemaObject> objects;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // SQLite's own objects (autoindexes, statistics) follow from the others or are harmless.
    if (!query.exec(QStringLiteral(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")))
        return Error{Error::Corrupt, query.lastError().text()};
    const int type = column(query, "type");
    const int name = column(query, "name");
    const int table = column(query, "tbl_name");
    const int sql = column(query, "sql");
    while (query.next())
        objects.append({query.value(type).toString(), query.value(name).toString(), query.value(table).toString(),
                        query.value(sql).toString().simplified()});
    return objects;
}

/// The objects the migrations up to @p version make, in a database of their own in memory.
Result<QList<SchemaObject>> expectedObjects(int version)
{
    const QString name = QStringLiteral("coe-schema-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<QList<SchemaObject>> result = Error{};
    {
        QSqlDatabase memory = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        memory.setDatabaseName(QStringLiteral(":memory:"));
        if (!memory.open()) {
            result = Error{Error::Failed, memory.lastError().text()};
        } else {
            const SqliteDialect dialect;
            QSqlQuery query(memory);
            Result<void> made;
            const QList<Migrations::Step> allSteps = Migrations::steps();
            for (const Migrations::Step& step : allSteps) {
                if (step.version > version || !made)
                    break;
                const QStringList stepStatements = Migrations::statements(step.sql);
                for (const QString& statement : stepStatements) {
                    if (!query.exec(dialect.expandSchema(statement))) {
                        made = Error{Error::Failed, query.lastError().text()};
                        break;
                    }
                }
            }
            result = made ? schemaObjects(memory) : made.error();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QString typeName(const QString& type)
{
    if (type == QLatin1String("table"))
        return SqliteFile::tr("table");
    if (type == QLatin1String("index"))
        return SqliteFile::tr("index");
    if (type == QLatin1String("view"))
        return SqliteFile::tr("view");
    return SqliteFile::tr("trigger");
}

} // namespace

void SqliteFile::limitValues(QSqlDatabase& db)
{
#ifdef Q_OS_LINUX
    // Qt's SQLite driver hands out its sqlite3* but has no option for limits, so sqlite3_limit
    // is looked up in the SQLite library that the driver loaded (RTLD_NOLOAD: never another).
    using Limit = int (*)(void*, int, int);
    static const Limit limit = []() -> Limit {
        void* library = dlopen("libsqlite3.so.0", RTLD_LAZY | RTLD_NOLOAD);
        return library ? reinterpret_cast<Limit>(dlsym(library, "sqlite3_limit")) : nullptr;
    }();
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!limit || !handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    if (void* connection = *static_cast<void* const*>(handle.constData()))
        limit(connection, 0 /* SQLITE_LIMIT_LENGTH */, kMaxValueBytes);
#else
    Q_UNUSED(db);
#endif
}

Result<QStringList> SqliteFile::schemaTables(int version)
{
    auto expected = expectedObjects(version);
    if (!expected)
        return expected.error();
    QStringList tables;
    for (const SchemaObject& object : std::as_const(expected.value()))
        if (object.type == QLatin1String("table"))
            tables << object.name;
    return tables;
}

Result<void> SqliteFile::checkSchema(QSqlDatabase& db, const QString& path, int version)
{
    const QString shown = QDir::toNativeSeparators(path);
    auto actual = schemaObjects(db);
    if (!actual)
        return Error{Error::Corrupt,
                     tr("%1 is damaged (%2). Restore it from a backup.").arg(shown, actual.error().message)};
    auto expected = expectedObjects(version);
    if (!expected)
        return Error{Error::Failed,
                     tr("CoE Studio could not compare %1 with its schema: %2").arg(shown, expected.error().message)};
    const QString restore =
        tr("Restore it from a backup; CoE Studio keeps a copy named *.backup-*.coe beside it before each upgrade.");
    QHash<QString, const SchemaObject*> byName;
    QSet<QString> ours;
    for (const SchemaObject& object : std::as_const(actual.value())) {
        if (object.type == QLatin1String("trigger"))
            return Error{Error::Invalid, tr("%1 holds a trigger, “%2” on %3, and CoE Studio never makes one: a trigger "
                                            "runs its own SQL on every edit and can "
                                            "change or delete data where undo cannot see it. Nothing was opened or "
                                            "changed. If you added it on purpose, remove "
                                            "it (DROP TRIGGER \"%2\") and open the file again.")
                                             .arg(shown, object.name, object.table)};
        byName.insert(object.name, &object);
    }
    for (const SchemaObject& object : std::as_const(expected.value())) {
        ours.insert(object.name);
        const SchemaObject* found = byName.value(object.name);
        if (!found)
            return Error{Error::Corrupt, tr("%1 is not as CoE Studio made it: it has no %2 “%3”. %4")
                                             .arg(shown, typeName(object.type), object.name, restore)};
        if (found->type != object.type)
            return Error{Error::Corrupt,
                         tr("%1 is not as CoE Studio made it: “%2” is a %3 where CoE Studio keeps a %4. %5")
                             .arg(shown, object.name, typeName(found->type), typeName(object.type), restore)};
        if (found->sql != object.sql)
            return Error{
                Error::Corrupt,
                tr("%1 is not as CoE Studio made it: the %2 “%3” was changed by another program (schema version %4 "
                   "defines it otherwise). %5")
                    .arg(shown, typeName(object.type), object.name)
                    .arg(version)
                    .arg(restore)};
    }
    for (const SchemaObject& object : std::as_const(actual.value())) {
        if (object.type == QLatin1String("index") && !ours.contains(object.name) && ours.contains(object.table))
            return Error{
                Error::Invalid,
                tr("%1 holds an index, “%2” on %3, that CoE Studio never makes; it can make CoE Studio's edits fail. "
                   "Nothing was opened or changed. If you added it on purpose, remove it (DROP INDEX \"%2\") and "
                   "open the file again.")
                    .arg(shown, object.name, object.table)};
    }
    return {};
}

Result<void> SqliteFile::check(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Error{Error::NotFound, tr("There is no workspace at %1.").arg(shown)};
    if (info.isDir())
        return Error{Error::NotSqlite, tr("%1 is a folder, not a workspace file.").arg(shown)};

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::ReadOnly, tr("%1 cannot be read: %2").arg(shown, file.errorString())};
    const QByteArray head = file.read(100);
    const qint64 size = file.size();
    if (size == 0)
        return Error{Error::NotWorkspace, tr("%1 is empty (0 bytes), so it is not a CoE Studio workspace.").arg(shown)};
    if (!head.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
        const QString hint = describeContent(head);
        return Error{Error::NotSqlite,
                     tr("%1 is not a CoE Studio workspace: it is not an SQLite database.").arg(shown) +
                         (hint.isEmpty() ? QString() : QLatin1Char(' ') + hint)};
    }
    if (head.size() < 100)
        return Error{Error::Corrupt, tr("%1 is damaged: it is truncated (%2 bytes, shorter than an "
                                        "SQLite header). Restore it from a backup.")
                                         .arg(shown)
                                         .arg(size)};
    const auto* bytes = reinterpret_cast<const uchar*>(head.constData());
    const quint32 rawPageSize = qFromBigEndian<quint16>(bytes + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    // The in-header size is trustworthy only when "version-valid-for" matches the counter.
    if (pageCount > 0 && validFor == changeCounter && size < pageSize * pageCount) {
        return Error{Error::Corrupt, tr("%1 is damaged: it is truncated (%2 bytes; its header promises %3). Restore "
                                        "it from a backup; CoE Studio keeps a copy named *.backup-*.coe beside it "
                                        "before each upgrade.")
                                         .arg(shown)
                                         .arg(size)
                                         .arg(pageSize * pageCount)};
    }
    if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()) {
        return Error{Error::ReadOnly, tr("%1 is read-only (the file or its folder cannot be written). Make them "
                                         "writable, or copy the workspace somewhere you can write to.")
                                          .arg(shown)};
    }
    return {};
}

} // namespace coe
