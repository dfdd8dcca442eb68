// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlitelibrary.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace coe {

QString SqliteLibrary::version()
{
    static const QString version = [] {
        QString result;
        const QString name = QStringLiteral("coe-sqlite-version-") + QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QStringLiteral(":memory:"));
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(QStringLiteral("SELECT sqlite_version() AS version")) && query.next())
                    result = query.value(QStringLiteral("version")).toString();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }();
    return version;
}

} // namespace coe
