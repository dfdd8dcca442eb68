// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/scalelevels.h"

#include "storage/columns.h"
#include "storage/workspace.h"

#include <QSqlQuery>

namespace coe {

Result<QList<ScaleLevel>> readScale(Workspace& workspace)
{
    QSqlQuery query = workspace.prepare(
        QStringLiteral("SELECT level, label, description, color, meaning FROM scale_level ORDER BY level"));
    if (auto done = workspace.exec(query); !done)
        return done.error();
    const int level = column(query, "level");
    const int label = column(query, "label");
    const int description = column(query, "description");
    const int color = column(query, "color");
    const int meaning = column(query, "meaning");
    QList<ScaleLevel> levels;
    while (query.next()) {
        levels.append({query.value(level).toInt(), query.value(label).toString(), query.value(description).toString(),
                       QColor::fromString(query.value(color).toString()),
                       Scale::meaningFromName(query.value(meaning).toString())});
    }
    return levels;
}

} // namespace coe
