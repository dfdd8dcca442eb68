// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/buildinfo.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace coe {

QString BuildInfo::appVersion()
{
    return QStringLiteral(COE_VERSION);
}

QString BuildInfo::qtVersion()
{
    return QString::fromLatin1(qVersion());
}

QString BuildInfo::sqliteVersion()
{
    static const QString version = [] {
        QString result;
        const QString name = QStringLiteral("coe-sqlite-version-") + QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QStringLiteral(":memory:"));
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
                    result = query.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }();
    return version;
}

} // namespace coe
