// SPDX-License-Identifier: GPL-3.0-or-later
// Reads a workspace file directly, for tests that check what a coectl run wrote.
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace test {

/// The rows @p sql returns from the SQLite file at @p path, columns joined by '|'.
inline QStringList sqliteRows(const QString& path, const QString& sql)
{
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql)) {
                while (q.next()) {
                    QStringList columns;
                    for (int c = 0; c < q.record().count(); ++c)
                        columns << q.value(c).toString();
                    rows << columns.join(QLatin1Char('|'));
                }
            } else {
                rows << QStringLiteral("SQL failed: ") + sql;
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return rows;
}

} // namespace test
