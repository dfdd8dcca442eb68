// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "domain/entities.h"

#include <QCoreApplication>

#include <optional>

namespace coe {

class MatrixData;
class Workspace;

/// Writes the skill matrix as CSV, XLSX, OpenDocument (ODS) or JSON. Wide (default): one row
/// per person — Person, Email, Team, then one column per skill, an empty cell meaning not
/// assessed. Long: one row per assessed cell — Person, Email, Team, Skill, Level, Source, Date.
/// Levels are numbers, which import reads back to the same matrix. The spreadsheets are
/// written row by row in constant memory, colour each level as the scale does, and offer a
/// drop-down on every level cell (the scale's labels, then its numbers) that refuses anything
/// else, so a file sent out for editing comes back with valid levels. No format leaves a
/// half-written file under the target name.
class MatrixExport
{
    Q_DECLARE_TR_FUNCTIONS(MatrixExport)

public:
    enum Format
    {
        Csv,
        Xlsx,
        Json,
        Ods
    };

    struct Options
    {
        Format format = Csv;
        bool longForm = false;
        QString team;                 ///< only this team (by name)
        QString category;             ///< only this category (by name or path)
        std::optional<Source> source; ///< a source's levels instead of the effective ones
    };

    /// The format a file name asks for (by extension), if any.
    static std::optional<Format> formatFor(const QString& path);
    static Result<void> write(Workspace& ws, const QString& path, const Options& options);
    /// Same, from an already loaded matrix (what the GUI shows).
    static Result<void> write(const MatrixData& data, const QString& workspaceName, const QString& path,
                              const Options& options);
};

} // namespace coe
