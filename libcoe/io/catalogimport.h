// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "io/csv.h"

#include <QCoreApplication>

namespace coe {

class Workspace;

/// Imports people or skills from a CSV file with a header row, all or nothing: every bad row
/// is reported with its line, and nothing is written unless all rows are good (or skipBad).
/// Rows that match an existing person (by email, else name) or skill (by name) update it.
/// Teams, roles and categories named in the file are created. One import is one undo step.
class CatalogImport
{
    Q_DECLARE_TR_FUNCTIONS(CatalogImport)

public:
    struct Options
    {
        bool skipBad = false; ///< write the good rows even when some are bad
        bool dryRun = false;  ///< check and report only
    };

    struct Report
    {
        QStringList problems; ///< "file, line N: what is wrong"
        int added = 0;
        int updated = 0;
        QStringList created; ///< teams, roles or categories that were created
        bool written = false;
    };

    /// Columns: name (required), email, team, role, external (yes/no), time zone.
    static Result<Report> importPeople(Workspace& ws, const QString& path, const Options& options);
    /// Columns: category (required; nest with " / "), skill (required), description.
    static Result<Report> importSkills(Workspace& ws, const QString& path, const Options& options);
};

} // namespace coe
