// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/migrations.h"

#include "storage/columns.h"
#include "storage/dialect.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace coe {

namespace {

/// Tables with an id column that a step made anew and filled with the old rows, ids and all.
/// Their identity (PostgreSQL's sequence) must then hand out ids after the copied ones.
QStringList copiedTables(int version)
{
    if (version == 4)
        return {QStringLiteral("summit_item"), QStringLiteral("slot")};
    return {};
}

} // namespace

QList<Migrations::Step> Migrations::steps()
{
    static const QList<Step> all = [] {
        QList<Step> list;
        const QDir dir(QStringLiteral(":/migrations"));
        static const QRegularExpression name(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
        const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        for (const QString& file : files) {
            const QRegularExpressionMatch match = name.match(file);
            if (!match.hasMatch())
                continue;
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            list.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
        }
        return list;
    }();
    return all;
}

int Migrations::latestVersion()
{
    const QList<Step> all = steps();
    return all.isEmpty() ? 0 : all.last().version;
}

QStringList Migrations::statements(const QString& sql)
{
    QStringList result;
    QString current;
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        current += raw + QLatin1Char('\n');
        if (line.endsWith(QLatin1Char(';'))) {
            current = current.trimmed();
            current.chop(1);
            result << current;
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        result << current.trimmed();
    return result;
}

Result<void> Migrations::upgrade(QSqlDatabase& db, const Dialect& dialect, int fromVersion, int toVersion)
{
    if (auto locked = dialect.lockForMigration(db); !locked)
        return locked;
    struct Unlock
    {
        QSqlDatabase& db;
        const Dialect& dialect;
        ~Unlock() { dialect.unlockAfterMigration(db); }
    } unlock{db, dialect};

    const QList<Step> all = steps();
    for (const Step& step : all) {
        if (step.version <= fromVersion || step.version > toVersion)
            continue;
        QSqlQuery query(db);
        if (!query.exec(dialect.beginStatement()))
            return Error{Error::Failed, query.lastError().text()};
        const auto fail = [&](const QSqlError& error) -> Result<void> {
            // An SQLite file's error says which file and, on a full disk, that it is full.
            Error why{Error::Failed, error.text()};
            if (db.driverName() == QLatin1String("QSQLITE"))
                if (const auto file = WorkspaceLocation::parse(db.databaseName()))
                    why = dialect.classify(error, file.value());
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return Error{
                why.code,
                tr("Upgrading to schema version %1 (%2) failed: %3").arg(step.version).arg(step.name, why.message)};
        };
        const QStringList stepStatements = statements(step.sql);
        for (const QString& statement : stepStatements) {
            if (!query.exec(dialect.expandSchema(statement)))
                return fail(query.lastError());
        }
        const QStringList tables = copiedTables(step.version);
        for (const QString& table : tables) {
            if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) AS max_id FROM %1").arg(table)) ||
                !query.next())
                return fail(query.lastError());
            const qint64 copied = field(query, "max_id").toLongLong();
            query.finish();
            if (copied > 0)
                if (auto reserved = dialect.reserveIds(db, table, copied); !reserved)
                    return fail(QSqlError(reserved.error().message, QString(), QSqlError::StatementError));
        }
        query.prepare(QStringLiteral("DELETE FROM meta WHERE key = 'schema_version'"));
        if (!query.exec())
            return fail(query.lastError());
        query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', :v)"));
        query.bindValue(QStringLiteral(":v"), QString::number(step.version));
        if (!query.exec())
            return fail(query.lastError());
        if (!query.exec(QStringLiteral("COMMIT")))
            return fail(query.lastError());
    }
    return {};
}

} // namespace coe
