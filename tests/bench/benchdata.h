// SPDX-License-Identifier: GPL-3.0-or-later
// coe-bench's data: the generated files and workspaces the scenarios share. Each input is made
// once, by the scenario that measures making it or, when that one was not asked for, untimed
// by the first scenario that needs it.
#pragma once

#include "benchtable.h"
#include "io/matrixexport.h"
#include "models/matrixdata.h"
#include "storage/workspace.h"

#include <QDate>
#include <QDir>

#include <memory>
#include <optional>

namespace coe {
namespace ui {
class MatrixView;
}

namespace bench {

struct Settings
{
    int people = 10000;
    int skills = 500;
    int teams = 5;           ///< the demo generator's default, as `coectl demo` uses
    QDate today{2026, 6, 1}; ///< the demo's "as of" date, and readiness's
    QDir dir;                ///< where every file goes
    bool references = true;  ///< run the reference tools
    QString coectl;          ///< path of coectl, for the imports a user runs
};

/// How long each part of the wide-CSV import took.
struct ImportParts
{
    double read = 0;
    double check = 0;
    double write = 0;
};

/// Writes the wide CSV (a row per person, a column per skill, every cell filled) and the
/// same cells as a long CSV (person, skill, level), from one deterministic generator.
Result<void> writeMatrixCsvs(const Settings& settings, const QString& wide, const QString& longCsv);
/// A new workspace at @p path filled by the demo generator (cells as assessment rows, with
/// history, teams, requirements, engagements and a summit).
Result<void> makeDemo(const Settings& settings, const QString& path);
/// A new workspace at @p path from the wide CSV (cells as assessment batches), as the import
/// dialog does it: read, check every cell, write in one transaction.
Result<void> importWide(const QString& csv, const QString& path, ImportParts* parts = nullptr);
/// Removes a workspace file and its SQLite companions.
void removeWorkspace(const QString& path);
Result<std::unique_ptr<Workspace>> openWorkspace(const QString& path);

class Data
{
public:
    explicit Data(Settings settings);
    ~Data();

    const Settings& settings() const { return m_settings; }
    QString path(const QString& name) const { return m_settings.dir.filePath(name); }

    Result<QString> wideCsv();
    Result<QString> longCsv();
    /// The demo workspace ("rows"), made by the create scenario.
    Result<QString> rowsWorkspace();
    void setRowsWorkspace(const QString& path) { m_rows = path; }
    /// The wide-CSV import's workspace ("batches"), made by the csv-import scenario.
    Result<QString> batchesWorkspace();
    void setBatchesWorkspace(const QString& path) { m_batches = path; }
    /// The batches workspace's matrix, loaded once.
    Result<const MatrixData*> matrix();
    /// Our export of the matrix in @p format (xlsx or ods).
    Result<QString> spreadsheet(MatrixExport::Format format);
    void setSpreadsheet(MatrixExport::Format format, const QString& path);
    /// A matrix view of the batches workspace, shown and painted once, for the interaction
    /// scenarios (scroll, filter, edit).
    Result<ui::MatrixView*> view();
    /// The workspace view() shows (after view() succeeded).
    Workspace& viewWorkspace() { return *m_viewWorkspace; }

    /// Runs @p tool with @p arguments when references are on and it is installed.
    Reference reference(const QString& tool, const QString& step, const QStringList& arguments,
                        const QString& target = {});
    /// LibreOffice converting @p input to @p format (csv, xlsx, ods) into a folder of its own.
    Reference libreOffice(const QString& step, const QString& input, const QString& format, const QString& target = {});

private:
    Settings m_settings;
    std::optional<QString> m_wide, m_long, m_rows, m_batches, m_xlsx, m_ods;
    std::unique_ptr<MatrixData> m_matrix;
    std::unique_ptr<Workspace> m_viewWorkspace;
    std::unique_ptr<ui::MatrixView> m_view;
    bool m_libreOfficeWarm = false;
};

} // namespace bench
} // namespace coe
