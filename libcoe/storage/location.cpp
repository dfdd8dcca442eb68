// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/location.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

namespace coe {

Result<WorkspaceLocation> WorkspaceLocation::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return makeError(Error::Invalid, tr("No workspace given: name a .coe file or a "
                                            "postgresql://user@host:port/database URL."));
    WorkspaceLocation location;
    if (trimmed.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
        trimmed.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive)) {
        const QUrl url(trimmed, QUrl::StrictMode);
        const QString database = url.path().mid(1);
        if (!url.isValid() || url.host().isEmpty() || database.isEmpty() || database.contains(QLatin1Char('/'))) {
            return makeError(Error::Invalid, tr("'%1' is not a valid PostgreSQL URL: write "
                                                "postgresql://user@host:port/database.")
                                                 .arg(url.toString(QUrl::RemovePassword)));
        }
        if (url.port() == 0 || url.port() > 65535)
            return makeError(
                Error::Invalid,
                tr("The port in '%1' must be between 1 and 65535.").arg(url.toString(QUrl::RemovePassword)));
        location.m_kind = Postgres;
        location.m_host = url.host();
        location.m_port = url.port(5432);
        location.m_user = url.userName();
        location.m_database = database;
        location.m_password = url.password();
        return location;
    }
    location.m_kind = File;
    location.m_path = QFileInfo(trimmed).absoluteFilePath();
    return location;
}

QString WorkspaceLocation::toString() const
{
    if (m_kind == File)
        return m_path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host);
    url.setPort(m_port);
    url.setUserName(m_user);
    url.setPath(QLatin1Char('/') + m_database);
    return url.toString();
}

QString WorkspaceLocation::displayName() const
{
    if (m_kind == File)
        return QFileInfo(m_path).fileName();
    return tr("%1 on %2").arg(m_database, m_host);
}

} // namespace coe
