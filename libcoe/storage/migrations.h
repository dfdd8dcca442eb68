// SPDX-License-Identifier: GPL-3.0-or-later
// Numbered schema migrations, stored as resources :/migrations/NNNN_name.sql. Each step runs
// in its own transaction and records the new version in meta.schema_version, so a failure
// leaves the workspace at the last complete version.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <limits>

namespace coe {

class Dialect;

class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    struct Step
    {
        int version = 0;
        QString name;
        QString sql;
    };

    /// Every migration in version order.
    static QList<Step> steps();
    /// The schema version this build writes.
    static int latestVersion();
    /// Splits a migration into statements (';' at the end of a line ends one).
    static QStringList statements(const QString& sql);
    /// Runs every step after @p fromVersion, up to and including @p toVersion (tests build an
    /// older workspace with it).
    static Result<void> upgrade(QSqlDatabase& db, const Dialect& dialect, int fromVersion,
                                int toVersion = std::numeric_limits<int>::max());
};

} // namespace coe
