// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/rowstore.h"

#include "storage/schema.h"
#include "storage/tables.h"
#include "storage/workspace.h"

#include <QSet>
#include <QSqlRecord>

#include <algorithm>

namespace coe {

namespace {

/// Appends every result row of @p query as column → value.
void appendRows(QSqlQuery& query, QList<Row>& rows)
{
    while (query.next()) {
        Row row;
        const QSqlRecord record = query.record();
        for (int c = 0; c < record.count(); ++c)
            row.insert(record.fieldName(c), query.value(c));
        rows << row;
    }
}

QString rowKey(const QString& table, const Row& row)
{
    QStringList parts{table};
    for (auto it = row.cbegin(); it != row.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value().toString();
    return parts.join(QLatin1Char('|'));
}

} // namespace

QVariant RowStore::bindable(const QVariant& value)
{
    if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString(QLatin1String("")); // empty, not null
    return value;
}

QHash<QString, QList<qint64>> DeleteSnapshot::idsByTable() const
{
    QHash<QString, QList<qint64>> ids;
    for (const auto& [table, row] : rows) {
        if (Schema::hasIdColumn(table))
            ids[table].append(row.value(QStringLiteral("id")).toLongLong());
        else
            ids[table]; // known to have changed, no ids
    }
    return ids;
}

QHash<QString, QList<qint64>> DeleteSnapshot::nulledIdsByTable() const
{
    QHash<QString, QList<qint64>> ids;
    for (const Nulled& n : nulled)
        ids[n.table].append(n.id);
    return ids;
}

Result<const Table*> RowStore::described(const QString& table, const QStringList& columns)
{
    const Table* t = Tables::find(table);
    if (!t)
        return Error{Error::Failed, tr("CoE Studio named a table %1, which no workspace has.").arg(table)};
    for (const QString& column : columns) {
        if (!t->column(column))
            return Error{Error::Failed,
                         tr("CoE Studio named a column %1 of %2, which that table does not have.").arg(column, table)};
    }
    return t;
}

Result<qint64> RowStore::insert(const QString& table, const Row& values)
{
    QStringList columns = values.keys();
    auto spec = RowStore::described(table, columns);
    if (!spec)
        return spec.error();
    QStringList binds;
    for (int i = 0; i < columns.size(); ++i)
        binds << QStringLiteral(":v%1").arg(i);
    const bool hasId = spec.value()->hasId();
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(table, columns.join(QStringLiteral(", ")), binds.join(QStringLiteral(", ")));
    if (hasId)
        sql += QStringLiteral(" RETURNING id");
    QSqlQuery query = m_workspace.prepare(sql);
    for (int i = 0; i < columns.size(); ++i)
        query.bindValue(binds.at(i), bindable(values.value(columns.at(i))));
    if (auto done = m_workspace.exec(query); !done)
        return done.error();
    if (!hasId)
        return qint64(0);
    if (!query.next())
        return Error{Error::Failed, tr("The new row of %1 got no id.").arg(table)};
    return query.value(QStringLiteral("id")).toLongLong();
}

Result<int> RowStore::update(const QString& table, qint64 id, const Row& values, int expectedVersion, int newVersion)
{
    QStringList sets;
    const QStringList columns = values.keys();
    auto spec = RowStore::described(table, columns);
    if (!spec)
        return spec.error();
    for (int i = 0; i < columns.size(); ++i)
        sets << QStringLiteral("%1 = :v%2").arg(columns.at(i)).arg(i);
    const bool versioned = spec.value()->versioned();
    if (versioned)
        sets << QStringLiteral("version = :newversion");
    QString sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = :id").arg(table, sets.join(QStringLiteral(", ")));
    if (versioned)
        sql += QStringLiteral(" AND version = :expected");
    QSqlQuery query = m_workspace.prepare(sql);
    for (int i = 0; i < columns.size(); ++i)
        query.bindValue(QStringLiteral(":v%1").arg(i), bindable(values.value(columns.at(i))));
    query.bindValue(QStringLiteral(":id"), id);
    const int written = newVersion >= 0 ? newVersion : expectedVersion + 1;
    if (versioned) {
        query.bindValue(QStringLiteral(":expected"), expectedVersion);
        query.bindValue(QStringLiteral(":newversion"), written);
    }
    if (auto done = m_workspace.exec(query); !done)
        return done.error();
    if (query.numRowsAffected() != 1) {
        return Error{Error::Conflict, tr("This %1 was changed or deleted by someone else since you loaded it. "
                                         "Reload the view and make your change again.")
                                          .arg(table)};
    }
    return versioned ? written : 0;
}

Result<Row> RowStore::fetch(const QString& table, qint64 id)
{
    auto rows = select(table, {QStringLiteral("id")}, {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error{Error::NotFound, tr("No row %1 in %2.").arg(id).arg(table)};
    return rows->first();
}

Result<Row> RowStore::fetchColumns(const QString& table, qint64 id, const QStringList& columns)
{
    auto row = fetch(table, id);
    if (!row)
        return row;
    Row picked;
    for (const QString& column : columns)
        picked.insert(column, row->value(column));
    return picked;
}

Result<QList<Row>> RowStore::select(const QString& table, const QStringList& columns, const QList<QVariant>& values)
{
    auto spec = RowStore::described(table, columns);
    if (!spec)
        return spec.error();
    // The described columns by name, so a snapshot holds exactly what restore() writes back.
    const QString all = spec.value()->columnNames().join(QStringLiteral(", "));
    QList<Row> rows;
    if (columns.size() == 1) {
        auto done = m_workspace.execForValues(
            QStringLiteral("SELECT %1 FROM %2 WHERE %3 IN (%4)").arg(all, table, columns.first()), values,
            [&rows](QSqlQuery& query) { appendRows(query, rows); });
        if (!done)
            return done.error();
        return rows;
    }
    // Composite keys: values holds one tuple after another.
    for (qsizetype start = 0; start + columns.size() <= values.size(); start += columns.size()) {
        QStringList conditions;
        for (int c = 0; c < columns.size(); ++c)
            conditions << QStringLiteral("%1 = :k%2").arg(columns.at(c)).arg(c);
        QSqlQuery query = m_workspace.prepare(
            QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(all, table, conditions.join(QStringLiteral(" AND "))));
        for (int c = 0; c < columns.size(); ++c)
            query.bindValue(QStringLiteral(":k%1").arg(c), values.at(start + c));
        if (auto done = m_workspace.exec(query); !done)
            return done.error();
        appendRows(query, rows);
    }
    return rows;
}

Result<void> RowStore::capture(const QString& table, const QList<Row>& rows, DeleteSnapshot& snapshot,
                               QSet<QString>& seen)
{
    QList<Row> fresh;
    for (const Row& row : rows) {
        const QString key = rowKey(table, row);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        fresh << row;
        snapshot.rows.append({table, row});
    }
    if (fresh.isEmpty())
        return {};
    for (const ForeignKey& key : Schema::foreignKeys()) {
        if (key.parent != table)
            continue;
        QList<QVariant> values;
        for (const Row& row : std::as_const(fresh)) {
            for (const QString& column : key.parentColumns)
                values << row.value(column);
        }
        auto children = select(key.child, key.childColumns, values);
        if (!children)
            return children.error();
        if (children->isEmpty())
            continue;
        switch (key.onDelete) {
        case ForeignKey::Cascade:
            if (auto done = capture(key.child, children.value(), snapshot, seen); !done)
                return done;
            break;
        case ForeignKey::SetNull:
            for (const Row& child : std::as_const(children.value()))
                snapshot.nulled.append({key.child, child.value(QStringLiteral("id")).toLongLong(),
                                        key.childColumns.first(), child.value(key.childColumns.first())});
            break;
        case ForeignKey::Restrict:
            return Error{Error::Invalid,
                         tr("It is still used by %n row(s) of %1.", nullptr, int(children->size())).arg(key.child)};
        }
    }
    return {};
}

Result<QList<Row>> RowStore::rowsWhere(const QString& table, const QString& column, const QVariant& value)
{
    return select(table, {column}, {value});
}

Result<DeleteSnapshot> RowStore::captureDelete(const QString& table, const QList<qint64>& ids)
{
    QList<QVariant> values;
    for (qint64 id : ids)
        values << id;
    auto rows = select(table, {QStringLiteral("id")}, values);
    if (!rows)
        return rows.error();
    DeleteSnapshot snapshot;
    QSet<QString> seen;
    if (auto done = capture(table, rows.value(), snapshot, seen); !done)
        return done.error();
    // Parents first, so restore() can insert in this order.
    const QStringList& order = Schema::tables();
    std::stable_sort(snapshot.rows.begin(), snapshot.rows.end(), [&order](const auto& a, const auto& b) {
        return order.indexOf(a.first) < order.indexOf(b.first);
    });
    // A row deleted anyway need not have its column nulled and restored.
    QSet<QString> deleted;
    for (const auto& [t, row] : std::as_const(snapshot.rows)) {
        if (Schema::hasIdColumn(t))
            deleted.insert(t + QLatin1Char('#') + row.value(QStringLiteral("id")).toString());
    }
    snapshot.nulled.removeIf([&deleted](const DeleteSnapshot::Nulled& n) {
        return deleted.contains(n.table + QLatin1Char('#') + QString::number(n.id));
    });
    return snapshot;
}

Result<void> RowStore::remove(const QString& table, const QList<qint64>& ids)
{
    if (auto spec = RowStore::described(table, {QStringLiteral("id")}); !spec)
        return spec.error();
    return m_workspace.execForValues(QStringLiteral("DELETE FROM %1 WHERE id IN (%2)").arg(table), ids);
}

Result<void> RowStore::removeMatching(const QString& table, const Row& values)
{
    QStringList conditions;
    const QStringList columns = values.keys();
    if (auto spec = RowStore::described(table, columns); !spec)
        return spec.error();
    for (int i = 0; i < columns.size(); ++i)
        conditions << (values.value(columns.at(i)).isNull() ? QStringLiteral("%1 IS NULL").arg(columns.at(i))
                                                            : QStringLiteral("%1 = :v%2").arg(columns.at(i)).arg(i));
    QSqlQuery query = m_workspace.prepare(
        QStringLiteral("DELETE FROM %1 WHERE %2").arg(table, conditions.join(QStringLiteral(" AND "))));
    for (int i = 0; i < columns.size(); ++i)
        if (!values.value(columns.at(i)).isNull())
            query.bindValue(QStringLiteral(":v%1").arg(i), bindable(values.value(columns.at(i))));
    return m_workspace.exec(query);
}

Result<void> RowStore::restore(const DeleteSnapshot& snapshot)
{
    for (const auto& [table, row] : snapshot.rows) {
        if (auto done = insert(table, row); !done)
            return done.error();
    }
    for (const DeleteSnapshot::Nulled& n : snapshot.nulled) {
        if (auto spec = RowStore::described(n.table, {n.column}); !spec)
            return spec.error();
        QSqlQuery query =
            m_workspace.prepare(QStringLiteral("UPDATE %1 SET %2 = :v WHERE id = :id").arg(n.table, n.column));
        query.bindValue(QStringLiteral(":v"), n.value);
        query.bindValue(QStringLiteral(":id"), n.id);
        if (auto done = m_workspace.exec(query); !done)
            return done;
    }
    return {};
}

} // namespace coe
