// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/summitlookup.h"

#include "storage/workspace.h"

#include <QSqlQuery>

namespace coe {

Result<std::optional<Id>> SummitLookup::byName(Workspace& ws, const QString& name)
{
    QSqlQuery q = ws.prepare(QStringLiteral("SELECT id FROM summit WHERE lower(name) = lower(:n)"));
    q.bindValue(QStringLiteral(":n"), name);
    if (auto done = ws.exec(q); !done)
        return done.error();
    if (!q.next())
        return std::optional<Id>();
    return std::optional<Id>(q.value(QStringLiteral("id")).toLongLong());
}

} // namespace coe
