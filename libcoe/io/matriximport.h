// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/importcommand.h"
#include "core/result.h"
#include "domain/entities.h"
#include "domain/scale.h"
#include "io/spreadsheet.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>
#include <vector>

namespace coe {

class Workspace;

/// Imports a skill matrix from CSV or XLSX, in one of two shapes:
/// - wide: a row per person — a name column (Person or Name), optional Email and Team, then
///   one column per skill; an empty cell means "not assessed" and is skipped;
/// - long: a row per cell — Person, Skill, Level, and optional Email, Source, Date, Note.
/// Levels are numbers on the scale or its labels in any case. Every rejected cell is reported
/// with file, sheet, row and column and why; nothing is written unless every cell is good
/// (or skipBad). The whole import is one undo step, however many cells it writes.
class MatrixImport
{
    Q_DECLARE_TR_FUNCTIONS(MatrixImport)

public:
    /// Which column holds what (-1: none). Wide files use person, email and team, and every
    /// other named column is a skill; long files use the rest.
    struct Mapping
    {
        bool longForm = false;
        int person = -1;
        int email = -1;
        int team = -1;
        int skill = -1;
        int level = -1;
        int source = -1;
        int date = -1;
        int note = -1;
    };

    /// The mapping a header suggests (by column names).
    static Mapping detect(const QStringList& header);

    struct Options
    {
        std::optional<Mapping> mapping; ///< default: detect()
        Source source = Source::Lead;   ///< for wide files and long rows without a source
        QDate date;                     ///< default: today
        QString sheet;                  ///< a workbook's sheet by name (default: the first)
        bool createMissing = false;     ///< add unknown people and skills instead of rejecting them
        bool skipBad = false;
        bool dryRun = false;
    };

    /// What an import writes, cell by cell: the types of commands/importcommand.h, which
    /// writes them as one undo step.
    using Cell = commands::ImportCell;
    using NewPerson = commands::ImportPerson;
    using Plan = commands::ImportPlan;

    struct Report
    {
        Plan plan;
        bool written = false;
    };

    /// Bounds (names: kMaxNameLength and kMaxEmailLength in domain/entities.h): one import no
    /// larger than memory can plan, and a readable list of problems.
    static constexpr size_t kMaxCells = 8'000'000; ///< 160 MB of plan
    static constexpr int kMaxProblems = 1000;      ///< listed one by one; the rest are counted

    /// What planning needs of the workspace, read once (on the thread that owns it); planning
    /// itself then needs no connection and can run on a worker.
    struct Context
    {
        QList<Person> people;
        QList<Skill> skills;
        QList<ScaleLevel> scale;
        QString stamp; ///< Catalog::planningStamp() when it was read
    };
    static Result<Context> context(Workspace& ws);

    /// Told how far reading is (0 to 1) now and then; returning false cancels.
    using Progress = std::function<bool(double)>;

    /// Reads and checks the file against the workspace; writes nothing.
    static Result<Plan> plan(Workspace& ws, const QString& path, const Options& options);
    /// Checks rows as @p reader reads them (the header row first); writes nothing.
    static Result<Plan> plan(const Context& context, SheetReader& reader, const Options& options,
                             const Progress& progress = {});
    /// Checks an already read sheet against the workspace; writes nothing.
    static Result<Plan> plan(Workspace& ws, const Spreadsheet& sheet, const Options& options);
    /// Reads, checks and (unless problems, or a dry run) writes, as one undo step.
    static Result<Report> run(Workspace& ws, const QString& path, const Options& options);
    /// Writes a checked plan as one undo step.
    static Result<void> apply(Workspace& ws, Plan plan);
};

} // namespace coe
