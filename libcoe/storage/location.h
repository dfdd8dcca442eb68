// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>

namespace coe {

/// Where a workspace lives: an SQLite file (*.coe) or a PostgreSQL database named by a
/// postgresql://user@host:port/database URL. The password is never part of toString().
class WorkspaceLocation
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceLocation)

public:
    enum Kind
    {
        File,     ///< an SQLite file
        Postgres, ///< a PostgreSQL database
    };

    /// Parses a path or a postgresql:// (or postgres://) URL.
    static Result<WorkspaceLocation> parse(const QString& text);

    Kind kind() const { return m_kind; }
    bool isFile() const { return m_kind == File; }
    QString path() const { return m_path; } ///< absolute file path (File)
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString database() const { return m_database; }
    QString password() const { return m_password; } ///< from the URL or set by the caller
    void setPassword(const QString& password) { m_password = password; }

    /// The path, or the URL without its password.
    QString toString() const;
    /// Short name for window titles: the file name, or "database on host".
    QString displayName() const;

private:
    Kind m_kind = File;
    QString m_path;
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_database;
    QString m_password;
};

} // namespace coe
