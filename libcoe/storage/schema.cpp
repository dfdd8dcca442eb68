// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/schema.h"

namespace coe {

const QList<ForeignKey>& Schema::foreignKeys()
{
    static const QList<ForeignKey> keys = [] {
        QList<ForeignKey> all;
        for (const Table& table : Tables::all())
            all << table.foreignKeys();
        return all;
    }();
    return keys;
}

const QStringList& Schema::tables()
{
    static const QStringList names = [] {
        QStringList all;
        for (const Table& table : Tables::all())
            all << table.nameString();
        return all;
    }();
    return names;
}

bool Schema::hasIdColumn(const QString& table)
{
    const Table* t = Tables::find(table);
    return t && t->hasId();
}

bool Schema::hasVersionColumn(const QString& table)
{
    const Table* t = Tables::find(table);
    return t && t->versioned();
}

Entity Schema::entityOf(const QString& table)
{
    const Table* t = Tables::find(table);
    return t ? t->entity : Entity::Everything;
}

} // namespace coe
