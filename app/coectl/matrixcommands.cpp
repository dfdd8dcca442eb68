// SPDX-License-Identifier: GPL-3.0-or-later
// coectl import matrix and coectl export matrix.
#include "coectl/cli.h"
#include "io/matrixexport.h"
#include "io/matriximport.h"
#include "storage/workspace.h"

#include <QElapsedTimer>

namespace coe::cli {

int importMatrix(const QStringList& arguments, Io& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Import a skill matrix from CSV, XLSX or ODS.\n"
                       "Wide: Person (or Name), optional Email and Team, then one column per skill.\n"
                       "Long: Person, Skill, Level, optional Email, Source, Date, Note.\n"
                       "Levels are numbers or the scale's labels. Every bad cell is listed with its sheet, row and\n"
                       "column; nothing is written unless all are good, or --skip-bad. One import is one undo step."));
    parser.addPositionalArgument(QStringLiteral("matrix"), QStringLiteral("what to import"));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A .csv, .xlsx or .ods file"));
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), QStringLiteral("A .coe file or a postgresql:// URL"));
    const QCommandLineOption source(QStringLiteral("source"),
                                    QStringLiteral("Whose assessment: self, lead (default) or consultant"),
                                    QStringLiteral("SOURCE"), QStringLiteral("lead"));
    const QCommandLineOption date(QStringLiteral("date"), QStringLiteral("Date of the assessments (default: today)"),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption createMissing(QStringLiteral("create-missing"),
                                           QStringLiteral("Add unknown people and skills instead of rejecting them"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), QStringLiteral("Check and report, write nothing"));
    const QCommandLineOption skipBad(QStringLiteral("skip-bad"),
                                     QStringLiteral("Import the good cells even if some are bad"));
    const QCommandLineOption sheet(QStringLiteral("sheet"),
                                   QStringLiteral("The workbook's sheet to read (default: the first)"),
                                   QStringLiteral("NAME"));
    parser.addOptions({source, date, sheet, createMissing, dryRun, skipBad});
    if (int code = parseCommand(parser, arguments, io, 3); code >= 0)
        return code;
    MatrixImport::Options options;
    options.sheet = parser.value(sheet);
    const auto parsedSource = sourceFromName(parser.value(source));
    if (!parsedSource)
        return usage(io, QStringLiteral("import"),
                     QStringLiteral("--source is self, lead or consultant, not '%1'").arg(parser.value(source)));
    options.source = *parsedSource;
    if (parser.isSet(date)) {
        options.date = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!options.date.isValid())
            return usage(io, QStringLiteral("import"),
                         QStringLiteral("--date takes YYYY-MM-DD, not '%1'").arg(parser.value(date)));
    }
    options.createMissing = parser.isSet(createMissing);
    options.dryRun = parser.isSet(dryRun);
    options.skipBad = parser.isSet(skipBad);
    const QStringList args = parser.positionalArguments();
    auto ws = workspaceArgument(args.at(2));
    if (!ws)
        return fail(io, QStringLiteral("import"), ws.error());
    QElapsedTimer timer;
    timer.start();
    auto report = MatrixImport::run(*ws.value(), args.at(1), options);
    if (!report)
        return fail(io, QStringLiteral("import"), report.error());
    const MatrixImport::Plan& plan = report->plan;
    for (const QString& problem : plan.problems)
        io.err << problem << QLatin1Char('\n');
    const QString summary = QStringLiteral("%1 cells from %2 rows (%3 form), %4 new people, %5 new skills")
                                .arg(plan.cells.size())
                                .arg(plan.rows)
                                .arg(plan.longForm ? QStringLiteral("long") : QStringLiteral("wide"))
                                .arg(plan.newPeople.size())
                                .arg(plan.newSkills.size());
    if (report->written) {
        io.out
            << QStringLiteral("Imported %1 in %2 s.\n").arg(summary).arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2);
    } else if (!plan.problems.isEmpty() && !options.skipBad) {
        io.err << QStringLiteral("coectl import: nothing was imported (%1 problem(s); fix them, use --create-missing, "
                                 "or --skip-bad)\n")
                      .arg(plan.problems.size());
    } else {
        io.out << QStringLiteral("Would import %1.\n").arg(summary);
    }
    return plan.problems.isEmpty() ? ExitOk : ExitFailure;
}

class ExportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override { return QStringLiteral("Export the skill matrix as CSV, XLSX or JSON"); }
    int run(const QStringList& arguments, Io& io) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            QStringLiteral("Export the skill matrix. Wide (default): Person, Email, Team, then one column per skill;\n"
                           "an empty cell means not assessed. Long (--long): one row per assessed cell."));
        parser.addPositionalArgument(QStringLiteral("matrix"), QStringLiteral("what to export"));
        parser.addPositionalArgument(QStringLiteral("WORKSPACE"), QStringLiteral("A .coe file or a postgresql:// URL"));
        const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                        QStringLiteral("The file to write"), QStringLiteral("FILE"));
        const QCommandLineOption format(QStringLiteral("format"),
                                        QStringLiteral("csv, xlsx, ods or json (default: from the file name)"),
                                        QStringLiteral("FORMAT"));
        const QCommandLineOption team(QStringLiteral("team"), QStringLiteral("Only this team"), QStringLiteral("NAME"));
        const QCommandLineOption category(QStringLiteral("category"), QStringLiteral("Only this skill category"),
                                          QStringLiteral("NAME"));
        const QCommandLineOption source(QStringLiteral("source"),
                                        QStringLiteral("self, lead or consultant instead of the effective level"),
                                        QStringLiteral("SOURCE"));
        const QCommandLineOption longForm(QStringLiteral("long"), QStringLiteral("One row per assessed cell"));
        parser.addOptions({output, format, team, category, source, longForm});
        if (int code = parseCommand(parser, arguments, io, 2); code >= 0)
            return code;
        if (parser.positionalArguments().constFirst() != QLatin1String("matrix"))
            return usage(io, QStringLiteral("export"),
                         QStringLiteral("only 'matrix' can be exported, not '%1'")
                             .arg(parser.positionalArguments().constFirst()));
        if (!parser.isSet(output))
            return usage(io, QStringLiteral("export"), QStringLiteral("name the file to write with -o FILE"));
        MatrixExport::Options options;
        const QString path = parser.value(output);
        std::optional<MatrixExport::Format> chosen =
            MatrixExport::formatFor(parser.isSet(format) ? QStringLiteral("x.") + parser.value(format) : path);
        if (!chosen)
            return usage(
                io, QStringLiteral("export"),
                QStringLiteral("the format is csv, xlsx, ods or json (give --format or a file name ending so)"));
        options.format = *chosen;
        options.longForm = parser.isSet(longForm);
        options.team = parser.value(team);
        options.category = parser.value(category);
        if (parser.isSet(source)) {
            options.source = sourceFromName(parser.value(source));
            if (!options.source)
                return usage(
                    io, QStringLiteral("export"),
                    QStringLiteral("--source is self, lead or consultant, not '%1'").arg(parser.value(source)));
        }
        auto ws = workspaceArgument(parser.positionalArguments().at(1));
        if (!ws)
            return fail(io, QStringLiteral("export"), ws.error());
        if (auto done = MatrixExport::write(*ws.value(), path, options); !done) {
            return fail(io, QStringLiteral("export"), done.error());
        }
        io.out << QStringLiteral("Wrote %1\n").arg(path);
        return ExitOk;
    }
};

void addMatrixCommands(Cli& cli)
{
    cli.add(std::make_unique<ExportCommand>());
}

} // namespace coe::cli
