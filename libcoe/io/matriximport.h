// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
        Source source = Source::Lead; ///< for wide files and long rows without a source
        QDate date;                   ///< default: today
        QString sheet;                ///< a workbook's sheet by name (default: the first)
        bool createMissing = false;   ///< add unknown people and skills instead of rejecting them
        bool skipBad = false;
        bool dryRun = false;
    };

    /// One cell to write. People and skills are ids, or -(n+1) for the n-th one to create.
    /// 20 bytes: a plan of five million cells is 100 MB. Ids of people and skills past 2^31
    /// are refused by context() (a workspace would need two billion rows to get there).
    struct Cell
    {
        qint32 person = 0;
        qint32 skill = 0;
        qint8 level = -1; ///< -1 never happens in a plan: empty cells are skipped
        quint8 source = 0;
        qint32 day = 0;   ///< Julian day
        qint32 note = -1; ///< index into Plan::notes
    };
    static_assert(sizeof(Cell) == 20);

    struct NewPerson
    {
        QString name;
        QString email;
        QString team; ///< created too if missing
    };

    /// What an import will write.
    struct Plan
    {
        QString fileName;
        bool longForm = false;
        QList<NewPerson> newPeople;
        QStringList newSkills; ///< go to the category "Imported"
        std::vector<Cell> cells;
        QStringList notes;
        QStringList problems;
        int rows = 0;
        /// Where each problem is: its row (the number a person sees) and column (-1: none).
        struct Place
        {
            int line = -1;
            int column = -1;
        };
        std::vector<Place> problemPlaces;
        /// The workspace's Catalog::planningStamp() the plan was made against: writing refuses
        /// a plan whose workspace changed since (another import or edit came first).
        QString stamp;
    };

    struct Report
    {
        Plan plan;
        bool written = false;
    };

    /// Bounds (names: kMaxNameLength and kMaxEmailLength in domain/entities.h): one import no
    /// larger than memory can plan, and a readable list of problems.
    static constexpr size_t kMaxCells = 8'000'000; ///< 160 MB of plan
    static constexpr int kMaxProblems = 1000; ///< listed one by one; the rest are counted

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
    static Result<Plan> plan(const Context& context, SheetReader& reader, const Options& options, const Progress& progress = {});
    /// Checks an already read sheet against the workspace; writes nothing.
    static Result<Plan> plan(Workspace& ws, const Spreadsheet& sheet, const Options& options);
    /// Reads, checks and (unless problems, or a dry run) writes, as one undo step.
    static Result<Report> run(Workspace& ws, const QString& path, const Options& options);
    /// Writes a checked plan as one undo step.
    static Result<void> apply(Workspace& ws, Plan plan);
};

} // namespace coe
