// SPDX-License-Identifier: GPL-3.0-or-later
// Runs coectl (COECTL_PATH) as a user would and collects what it said.
#pragma once

#include <QFile>
#include <QProcess>
#include <QStringList>

namespace test {

struct CoectlResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline CoectlResult coectl(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(COECTL_PATH), arguments);
    process.waitForFinished(300000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

/// The bytes of the file at @p path (empty when it cannot be read).
inline QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Writes the small demo workspace the integration tests share (30 people, 12 skills, dated
/// as if today were 2026-06-01) to @p path; true when coectl succeeded.
inline bool coectlDemo(const QString& path)
{
    return coectl({QStringLiteral("demo"), QStringLiteral("--people"), QStringLiteral("30"), QStringLiteral("--skills"), QStringLiteral("12"),
                   QStringLiteral("--today"), QStringLiteral("2026-06-01"), path})
               .exitCode
           == 0;
}

} // namespace test
