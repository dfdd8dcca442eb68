// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/scalelevels.h"

#include "storage/workspace.h"

#include <QSqlQuery>

namespace coe {

Result<QList<ScaleLevel>> readScale(Workspace& workspace)
{
    QSqlQuery query = workspace.prepare(
        QStringLiteral("SELECT level, label, description, color, meaning FROM scale_level ORDER BY level"));
    if (auto done = workspace.exec(query); !done)
        return done.error();
    QList<ScaleLevel> levels;
    while (query.next()) {
        levels.append({query.value(0).toInt(), query.value(1).toString(), query.value(2).toString(),
                       QColor::fromString(query.value(3).toString()),
                       Scale::meaningFromName(query.value(4).toString())});
    }
    return levels;
}

} // namespace coe
