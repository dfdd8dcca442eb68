// SPDX-License-Identifier: GPL-3.0-or-later
// coectl init | info | check | demo | import people|skills | set: create, inspect, verify, fill
// and configure workspaces.
#include "coectl/cli.h"
#include "commands/workspaceedits.h"
#include "core/timezone.h"
#include "io/catalogimport.h"
#include "io/demo.h"
#include "storage/assessmentbatch.h"
#include "storage/catalog.h"
#include "storage/migrations.h"
#include "storage/planrepository.h"
#include "storage/workspace.h"
#include "storage/workspacesettings.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace coe::cli {

namespace {

class InitCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override { return QStringLiteral("Create an empty workspace with the default scale"); }
    int run(const QStringList& arguments, Io& io) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(summary() + QStringLiteral(". Refuses to overwrite."));
        parser.addPositionalArgument(QStringLiteral("WORKSPACE"),
                                     QStringLiteral("A new .coe file or a postgresql:// URL"));
        if (int code = parseCommand(parser, arguments, io, 1); code >= 0)
            return code;
        auto ws = workspaceArgument(parser.positionalArguments().constFirst(), true);
        if (!ws)
            return fail(io, name(), ws.error());
        io.out << QStringLiteral("Created %1 (schema version %2)\n")
                      .arg(ws.value()->location().toString())
                      .arg(ws.value()->schemaVersion());
        return ExitOk;
    }
};

class InfoCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override { return QStringLiteral("Show the schema version and how many of everything"); }
    int run(const QStringList& arguments, Io& io) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(summary());
        parser.addPositionalArgument(QStringLiteral("WORKSPACE"), QStringLiteral("A .coe file or a postgresql:// URL"));
        const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON"));
        parser.addOption(json);
        if (int code = parseCommand(parser, arguments, io, 1); code >= 0)
            return code;
        auto ws = workspaceArgument(parser.positionalArguments().constFirst(), false);
        if (!ws)
            return fail(io, name(), ws.error());
        auto counts = Catalog(*ws.value()).counts();
        if (!counts)
            return fail(io, name(), counts.error());
        // Rows count tables; imported cells mostly live in batches, a row each would mislead.
        auto batchCells = AssessmentBatches::cellCount(*ws.value());
        if (!batchCells)
            return fail(io, name(), batchCells.error());
        if (parser.isSet(json)) {
            QJsonObject countsObject;
            for (auto [table, count] : counts->asKeyValueRange())
                countsObject.insert(table, count);
            const QJsonObject root{{QStringLiteral("workspace"), ws.value()->location().toString()},
                                   {QStringLiteral("schema_version"), ws.value()->schemaVersion()},
                                   {QStringLiteral("counts"), countsObject},
                                   {QStringLiteral("batch_cells"), batchCells.value()}};
            io.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
            return ExitOk;
        }
        io.out << QStringLiteral("Workspace       %1\nSchema version  %2\n")
                      .arg(ws.value()->location().toString())
                      .arg(ws.value()->schemaVersion());
        for (auto [table, count] : counts->asKeyValueRange())
            io.out << QStringLiteral("%1 %2\n").arg(table.leftJustified(22), QString::number(count).rightJustified(9));
        io.out << QStringLiteral("%1 %2\n").arg(QStringLiteral("cells in batches").leftJustified(22),
                                                QString::number(batchCells.value()).rightJustified(9));
        return ExitOk;
    }
};

class CheckCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override
    {
        return QStringLiteral("Check storage integrity and domain rules (exit 1 on problems)");
    }
    int run(const QStringList& arguments, Io& io) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(summary());
        parser.addPositionalArgument(QStringLiteral("WORKSPACE"), QStringLiteral("A .coe file or a postgresql:// URL"));
        if (int code = parseCommand(parser, arguments, io, 1); code >= 0)
            return code;
        auto ws = workspaceArgument(parser.positionalArguments().constFirst(), false);
        if (!ws)
            return fail(io, name(), ws.error());
        auto problems = ws.value()->check();
        if (!problems)
            return fail(io, name(), problems.error());
        for (const QString& problem : std::as_const(problems.value()))
            io.out << problem << QLatin1Char('\n');
        if (problems->isEmpty())
            io.err << QStringLiteral("%1 is intact.\n").arg(ws.value()->location().displayName());
        return problems->isEmpty() ? ExitOk : ExitFailure;
    }
};

class DemoCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override { return QStringLiteral("Create a realistic, deterministic demo CoE"); }
    int run(const QStringList& arguments, Io& io) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(summary());
        parser.addPositionalArgument(QStringLiteral("WORKSPACE"),
                                     QStringLiteral("A new .coe file or a postgresql:// URL"));
        const QCommandLineOption people(QStringLiteral("people"), QStringLiteral("Number of people (default 60)"),
                                        QStringLiteral("N"), QStringLiteral("60"));
        const QCommandLineOption skills(QStringLiteral("skills"), QStringLiteral("Number of skills (default 40)"),
                                        QStringLiteral("M"), QStringLiteral("40"));
        const QCommandLineOption teams(QStringLiteral("teams"), QStringLiteral("Number of teams (default 5)"),
                                       QStringLiteral("T"), QStringLiteral("5"));
        const QCommandLineOption history(QStringLiteral("history"),
                                         QStringLiteral("Months of assessment history (default 12)"),
                                         QStringLiteral("MONTHS"), QStringLiteral("12"));
        const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed (default 1)"),
                                      QStringLiteral("S"), QStringLiteral("1"));
        const QCommandLineOption today(QStringLiteral("today"),
                                       QStringLiteral("Date the data is as of (default: today)"),
                                       QStringLiteral("YYYY-MM-DD"));
        parser.addOptions({people, skills, teams, history, seed, today});
        if (int code = parseCommand(parser, arguments, io, 1); code >= 0)
            return code;
        DemoGenerator::Options options;
        bool ok = true;
        const auto number = [&](const QCommandLineOption& option, int min, int max) {
            bool good = false;
            const int value = parser.value(option).toInt(&good);
            if (!good || value < min || value > max) {
                io.err << QStringLiteral("coectl demo: --%1 takes a whole number from %2 to %3, not '%4'\n")
                              .arg(option.names().constFirst())
                              .arg(min)
                              .arg(max)
                              .arg(parser.value(option));
                ok = false;
            }
            return value;
        };
        options.people = number(people, 1, 1000000);
        options.skills = number(skills, 1, 10000);
        options.teams = number(teams, 1, 1000);
        options.historyMonths = number(history, 0, 120);
        options.seed = quint32(number(seed, 0, 2147483647));
        if (parser.isSet(today)) {
            options.today = QDate::fromString(parser.value(today), Qt::ISODate);
            if (!options.today.isValid()) {
                io.err << QStringLiteral("coectl demo: --today takes YYYY-MM-DD, not '%1'\n").arg(parser.value(today));
                ok = false;
            }
        }
        if (!ok)
            return ExitUsage;
        QElapsedTimer timer;
        timer.start();
        auto ws = workspaceArgument(parser.positionalArguments().constFirst(), true);
        if (!ws)
            return fail(io, name(), ws.error());
        auto filled = DemoGenerator::fill(*ws.value(), options, [&io](const QString& stage) {
            io.err << QStringLiteral("coectl demo: %1\n").arg(stage);
            io.err.flush();
        });
        if (!filled) {
            const WorkspaceLocation location = ws.value()->location();
            ws.value().reset();
            if (location.isFile()) // the file and its write-ahead log: a log left beside no file would be read into the
                                   // next one
                for (const char* suffix : {"", "-wal", "-shm", "-journal"})
                    QFile::remove(location.path() + QLatin1String(suffix));
            return fail(io, name(), filled.error());
        }
        io.out << QStringLiteral("Created demo workspace %1: %2 people, %3 skills, %4 teams in %5 s\n")
                      .arg(ws.value()->location().toString())
                      .arg(options.people)
                      .arg(options.skills)
                      .arg(options.teams)
                      .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
        return ExitOk;
    }
};

class ImportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override
    {
        return QStringLiteral("Import people, skills (CSV), a skill matrix (CSV, XLSX) or a schedule (frab XML/JSON)");
    }
    int run(const QStringList& arguments, Io& io) override
    {
        if (arguments.value(1) == QLatin1String("matrix"))
            return importMatrix(arguments, io);
        if (arguments.value(1) == QLatin1String("schedule"))
            return importSchedule(arguments, io);
        QCommandLineParser parser;
        parser.setApplicationDescription(
            QStringLiteral("Import people or skills from a CSV file with a header row.\n"
                           "people: name, email, team, role, external, time zone\n"
                           "skills: category (nest with ' / '), skill, description\n"
                           "Bad rows are listed with their line numbers and nothing is written, unless --skip-bad."));
        parser.addPositionalArgument(
            QStringLiteral("KIND"),
            QStringLiteral("people or skills (see also: coectl import matrix --help, coectl import schedule --help)"));
        parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The CSV file"));
        parser.addPositionalArgument(QStringLiteral("WORKSPACE"), QStringLiteral("A .coe file or a postgresql:// URL"));
        const QCommandLineOption skipBad(QStringLiteral("skip-bad"),
                                         QStringLiteral("Import the good rows even if some are bad"));
        const QCommandLineOption dryRun(QStringLiteral("dry-run"), QStringLiteral("Check and report, write nothing"));
        parser.addOptions({skipBad, dryRun});
        if (int code = parseCommand(parser, arguments, io, 3); code >= 0)
            return code;
        const QStringList args = parser.positionalArguments();
        if (args.at(0) != QLatin1String("people") && args.at(0) != QLatin1String("skills"))
            return usage(io, QStringLiteral("import"),
                         QStringLiteral("KIND is people or skills, not '%1'").arg(args.at(0)));
        auto ws = workspaceArgument(args.at(2), false);
        if (!ws)
            return fail(io, name(), ws.error());
        CatalogImport::Options options;
        options.skipBad = parser.isSet(skipBad);
        options.dryRun = parser.isSet(dryRun);
        auto report = args.at(0) == QLatin1String("people")
                          ? CatalogImport::importPeople(*ws.value(), args.at(1), options)
                          : CatalogImport::importSkills(*ws.value(), args.at(1), options);
        if (!report)
            return fail(io, name(), report.error());
        for (const QString& problem : std::as_const(report->problems))
            io.err << problem << QLatin1Char('\n');
        if (!report->written) {
            if (!report->problems.isEmpty() && !options.skipBad)
                io.err << QStringLiteral(
                              "coectl import: nothing was imported (%n problem(s); fix them or use --skip-bad)\n")
                              .replace(QStringLiteral("%n"), QString::number(report->problems.size()));
            else
                io.out << QStringLiteral("Would add %1 and update %2 %3.\n")
                              .arg(report->added)
                              .arg(report->updated)
                              .arg(args.at(0));
            return report->problems.isEmpty() ? ExitOk : ExitFailure;
        }
        for (const QString& created : std::as_const(report->created))
            io.out << QStringLiteral("Created %1\n").arg(created);
        io.out
            << QStringLiteral("Added %1 and updated %2 %3.\n").arg(report->added).arg(report->updated).arg(args.at(0));
        return report->problems.isEmpty() ? ExitOk : ExitFailure;
    }
};

class SetCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("set"); }
    QString summary() const override
    {
        return QStringLiteral("Change a workspace setting: its time zone, the readiness weights");
    }
    int run(const QStringList& arguments, Io& io) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            QStringLiteral("Changes the workspace's settings, all of them one step that the app can undo.\n"
                           "--zone: the zone of sessions that name none of their own, and of new ones. Those\n"
                           "sessions keep their wall-clock times, which are then read in the new zone.\n"
                           "--readiness-weights: how much coverage, Teachers and hand-over count in the\n"
                           "readiness index, in percent adding up to 100 (the default is 50,20,30)."));
        parser.addPositionalArgument(QStringLiteral("WORKSPACE"), QStringLiteral("A .coe file or a postgresql:// URL"));
        const QCommandLineOption zone(QStringLiteral("zone"),
                                      QStringLiteral("An IANA time zone (Europe/Berlin) or a fixed offset (UTC+01:00)"),
                                      QStringLiteral("ZONE"));
        const QCommandLineOption weights(QStringLiteral("readiness-weights"),
                                         QStringLiteral("Coverage, Teachers and hand-over in percent, e.g. 50,20,30"),
                                         QStringLiteral("C,T,H"));
        parser.addOptions({zone, weights});
        if (int code = parseCommand(parser, arguments, io, 1); code >= 0)
            return code;
        if (!parser.isSet(zone) && !parser.isSet(weights))
            return usage(io, name(), QStringLiteral("say what to set, such as --zone Europe/Berlin"));
        auto ws = workspaceArgument(parser.positionalArguments().constFirst(), false);
        if (!ws)
            return fail(io, name(), ws.error());
        const WorkspaceSettings before = readWorkspaceSettings(*ws.value());
        WorkspaceSettings after = before;
        if (parser.isSet(zone)) {
            after.timeZone = parser.value(zone).trimmed();
            if (after.timeZone.isEmpty())
                return usage(io, name(),
                             QStringLiteral("Name the workspace's time zone, such as Europe/Berlin or UTC+01:00."));
        }
        if (parser.isSet(weights)) {
            const QStringList parts = parser.value(weights).split(QLatin1Char(','));
            QList<double> percent;
            for (const QString& part : parts) {
                bool ok = false;
                const double value = part.trimmed().toDouble(&ok);
                if (!ok)
                    break;
                percent << value;
            }
            if (percent.size() != 3 || parts.size() != 3)
                return usage(io, name(),
                             QStringLiteral("--readiness-weights takes three percentages such as 50,20,30, not '%1'")
                                 .arg(parser.value(weights)));
            after.weights = {percent.at(0) / 100.0, percent.at(1) / 100.0, percent.at(2) / 100.0};
        }
        PlanRepository plans(*ws.value());
        // The zone before, for the message; one this system does not know is being mended.
        const auto zoneBefore = plans.workspaceZone();
        if (auto done = commands::WorkspaceEdits::saveSettings(*ws.value(), before, after); !done)
            return done.error().code == Error::Invalid ? usage(io, name(), done.error().message)
                                                       : fail(io, name(), done.error());
        if (parser.isSet(zone)) {
            auto zoneAfter = plans.workspaceZone();
            auto sessions = plans.sessions();
            if (!zoneAfter)
                return fail(io, name(), zoneAfter.error());
            if (!sessions)
                return fail(io, name(), sessions.error());
            const qsizetype following = std::count_if(sessions->cbegin(), sessions->cend(),
                                                      [](const Session& s) { return s.timeZone.trimmed().isEmpty(); });
            const QString now = TimeZones::name(zoneAfter.value());
            if (zoneBefore && TimeZones::name(zoneBefore.value()) == now)
                io.out << QStringLiteral("The workspace's time zone is %1.\n").arg(now);
            else
                io.out << QStringLiteral("The workspace's time zone is now %1 (it was %2).\n")
                              .arg(now,
                                   zoneBefore ? TimeZones::name(zoneBefore.value()) : QStringLiteral("unknown here"));
            io.out
                << QStringLiteral("%1 session(s) that name no zone of their own are in %2.\n").arg(following).arg(now);
        }
        if (parser.isSet(weights)) {
            const ReadinessWeights& w = readWorkspaceSettings(*ws.value()).weights;
            io.out << QStringLiteral("Readiness weighs coverage %1 %, Teachers %2 % and hand-over %3 %.\n")
                          .arg(QString::number(w.coverage * 100.0, 'g', 4), QString::number(w.teacher * 100.0, 'g', 4),
                               QString::number(w.handover * 100.0, 'g', 4));
        }
        return ExitOk;
    }
};

} // namespace

void addWorkspaceCommands(Cli& cli)
{
    cli.add(std::make_unique<InitCommand>());
    cli.add(std::make_unique<InfoCommand>());
    cli.add(std::make_unique<CheckCommand>());
    cli.add(std::make_unique<DemoCommand>());
    cli.add(std::make_unique<ImportCommand>());
    cli.add(std::make_unique<SetCommand>());
}

} // namespace coe::cli
