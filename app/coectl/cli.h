// SPDX-License-Identifier: GPL-3.0-or-later
// coectl's command dispatcher. Each command is a small class registered with Cli; main.cpp
// only builds the application object and calls Cli::run(). Exit codes: 0 success, 1 the
// command ran and found or hit a problem, 2 the command line was wrong.
#pragma once

#include "core/result.h"
#include "storage/location.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace coe {
class Workspace;
}

namespace coe::cli {

enum ExitCode
{
    ExitOk = 0,      ///< done
    ExitFailure = 1, ///< the command ran and failed, or found problems
    ExitUsage = 2,   ///< wrong command line
};

/// Where a command writes: standard output for results, standard error for messages.
struct Io
{
    QTextStream& out;
    QTextStream& err;
};

/// One `coectl NAME …` command.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    /// @p arguments starts with the command's name, as QCommandLineParser expects.
    virtual int run(const QStringList& arguments, Io& io) = 0;
};

/// Parses the global options, picks the command and runs it.
class Cli
{
public:
    Cli();
    ~Cli();

    void add(std::unique_ptr<Command> command);
    /// @p arguments as QCoreApplication::arguments(): the program name first.
    int run(const QStringList& arguments, Io& io);
    QString usage() const;
    static QString versionText();

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

/// Parses a command's options. Prints help (returns ExitOk) or the error and usage (returns
/// ExitUsage) when it should stop; returns -1 to go on.
int parseCommand(QCommandLineParser& parser, const QStringList& arguments, Io& io, int positionals);

/// Says "coectl COMMAND: MESSAGE" on standard error; returns ExitFailure.
int fail(Io& io, const QString& command, const QString& message);
int fail(Io& io, const QString& command, const Error& error);
/// Says "coectl COMMAND: MESSAGE" on standard error for a wrong command line; returns ExitUsage.
int usage(Io& io, const QString& command, const QString& message);

/// The location a WORKSPACE argument names; a PostgreSQL password comes from the URL or from
/// the PGPASSWORD environment variable, never from the command line.
Result<WorkspaceLocation> locationArgument(const QString& text);

/// Opens (or with @p create, creates) the workspace a WORKSPACE argument names.
Result<std::unique_ptr<Workspace>> workspaceArgument(const QString& text, bool create = false);

/// A Cli with every command coectl offers.
std::unique_ptr<Cli> makeCli();

/// The workspace commands (init, info, check, demo, import, set); defined in workspacecommands.cpp.
void addWorkspaceCommands(Cli& cli);
/// coectl chart (chartcommand.cpp).
void addChartCommands(Cli& cli);
/// coectl readiness (readinesscommand.cpp).
void addReadinessCommands(Cli& cli);
/// coectl export (matrixcommands.cpp).
void addMatrixCommands(Cli& cli);
/// coectl import matrix …, reached through the import command.
int importMatrix(const QStringList& arguments, Io& io);
/// coectl sessions, handout (transfercommands.cpp).
void addTransferCommands(Cli& cli);
/// coectl conflicts, ics, frab (summitcommands.cpp).
void addSummitCommands(Cli& cli);
/// coectl add engagement|capability|session|summit (addcommand.cpp).
void addPlanCommands(Cli& cli);
/// coectl import schedule …, reached through the import command.
int importSchedule(const QStringList& arguments, Io& io);

} // namespace coe::cli
