// SPDX-License-Identifier: GPL-3.0-or-later
// Throw-away workspaces for tests, on the backend CTest chose: SQLite files in a temporary
// folder by default, or fresh databases on the PostgreSQL server that the pg_server fixture
// started when COE_TEST_PG_URL_FILE names the file holding its postgresql://user@host:port.
#pragma once

#include "commands/edits.h"
#include "storage/workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>

namespace coe::test {

inline QString postgresServer()
{
    QFile file(qEnvironmentVariable("COE_TEST_PG_URL_FILE"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

inline bool usePostgres()
{
    return !qEnvironmentVariableIsEmpty("COE_TEST_PG_URL_FILE");
}

/// A new location that holds no workspace yet.
inline WorkspaceLocation freshLocation(const QTemporaryDir& dir)
{
    if (!usePostgres()) {
        const QString name = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        return WorkspaceLocation::parse(dir.filePath(name + QStringLiteral(".coe"))).take();
    }
    const QString base = postgresServer();
    const QString database = QStringLiteral("coe_t_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    {
        const WorkspaceLocation server = WorkspaceLocation::parse(base + QStringLiteral("/postgres")).take();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("coe-test-admin"));
        db.setHostName(server.host());
        db.setPort(server.port());
        db.setUserName(server.user());
        db.setPassword(qEnvironmentVariable("PGPASSWORD"));
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open())
            qFatal("cannot reach the test PostgreSQL server at %s", qPrintable(base));
        QSqlQuery(db).exec(QStringLiteral("CREATE DATABASE ") + database);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("coe-test-admin"));
    WorkspaceLocation location = WorkspaceLocation::parse(base + QLatin1Char('/') + database).take();
    location.setPassword(qEnvironmentVariable("PGPASSWORD"));
    return location;
}

inline std::unique_ptr<Workspace> createWorkspace(const QTemporaryDir& dir)
{
    auto created = Workspace::create(freshLocation(dir));
    if (!created)
        qFatal("cannot create a test workspace: %s", qPrintable(created.error().message));
    return created.take();
}

/// Every row of every table, sorted: two equal dumps mean two equal workspaces.
inline QStringList dump(Workspace& ws, const QStringList& tables)
{
    QStringList lines;
    for (const QString& table : tables) {
        QSqlQuery q = ws.prepare(QStringLiteral("SELECT * FROM %1").arg(table));
        if (!q.exec())
            qFatal("cannot dump %s", qPrintable(table));
        QStringList rows;
        while (q.next()) {
            QStringList values;
            for (int c = 0; c < q.record().count(); ++c) {
                const QVariant v = q.value(c);
                values << q.record().fieldName(c) + QLatin1Char('=') +
                              (v.isNull() ? QStringLiteral("NULL") : v.toString());
            }
            rows << table + QLatin1Char(':') + values.join(QLatin1Char(','));
        }
        rows.sort();
        lines += rows;
    }
    return lines;
}

/// Adds an assessment through the undoable edit API; false if it was refused.
inline bool assess(Workspace& ws, qint64 person, qint64 skill, Source source, int level, const QDate& on,
                   std::optional<int> interest = {})
{
    Assessment a;
    a.personId = person;
    a.skillId = skill;
    a.source = source;
    a.level = level;
    a.interest = interest;
    a.assessedOn = on;
    return bool(commands::Edits::addAssessment(ws, a));
}

/// Runs an INSERT … and returns the new row's id (RETURNING id); aborts the test run if it fails.
inline qint64 insertReturningId(Workspace& ws, const QString& sql)
{
    QSqlQuery q = ws.prepare(sql + QStringLiteral(" RETURNING id"));
    if (!ws.exec(q) || !q.next())
        qFatal("%s", qPrintable(sql));
    return q.value(0).toLongLong();
}

inline QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace coe::test
