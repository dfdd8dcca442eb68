// SPDX-License-Identifier: GPL-3.0-or-later
#include "coectl/cli.h"

#include "core/buildinfo.h"
#include "render/renderinfo.h"
#include "storage/workspace.h"

#include <QCoreApplication>

namespace coe::cli {

Cli::Cli() = default;
Cli::~Cli() = default;

void Cli::add(std::unique_ptr<Command> command)
{
    m_commands.push_back(std::move(command));
}

QString Cli::versionText()
{
    return QStringLiteral("coectl %1\n%2\n").arg(BuildInfo::appVersion(), render::versionSummary());
}

QString Cli::usage() const
{
    QString text = QStringLiteral("Usage: coectl [--help] [--version] COMMAND [ARGS...]\n\n"
                                  "Automates CoE Studio workspaces: a SQLite file (*.coe) or a postgresql:// URL.\n\n"
                                  "Commands:\n");
    qsizetype width = 0;
    for (const auto& command : m_commands)
        width = std::max(width, command->name().size());
    for (const auto& command : m_commands)
        text += QStringLiteral("  %1  %2\n").arg(command->name().leftJustified(width), command->summary());
    if (m_commands.empty())
        text += QStringLiteral("  (none)\n");
    text += QStringLiteral("\nRun 'coectl COMMAND --help' for a command's options.\n");
    return text;
}

int Cli::run(const QStringList& arguments, Io& io)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        io.err << usage();
        return ExitUsage;
    }
    const QString& first = args.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        io.out << usage();
        return ExitOk;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        io.out << versionText();
        return ExitOk;
    }
    for (const auto& command : m_commands) {
        if (command->name() == first)
            return command->run(args, io);
    }
    if (first.startsWith(QLatin1Char('-')))
        io.err << QStringLiteral("coectl: unknown option '%1'\n\n").arg(first);
    else
        io.err << QStringLiteral("coectl: unknown command '%1'\n\n").arg(first);
    io.err << usage();
    return ExitUsage;
}

namespace {

/// The parser's help for one command, its usage line naming "coectl COMMAND" instead of the
/// path the program was started by (QCommandLineParser writes argv[0] there).
QString commandHelp(const QCommandLineParser& parser, const QString& command)
{
    QString text = parser.helpText();
    const QStringList started = QCoreApplication::arguments();
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    if (!started.isEmpty()) {
        const qsizetype at = text.indexOf(started.constFirst());
        if (at >= 0 && (lineEnd < 0 || at < lineEnd))
            text.replace(at, started.constFirst().size(), QStringLiteral("coectl ") + command);
    }
    return text;
}

} // namespace

int parseCommand(QCommandLineParser& parser, const QStringList& arguments, Io& io, int positionals)
{
    parser.addHelpOption();
    const QString command = arguments.value(0);
    if (!parser.parse(arguments)) {
        io.err << QStringLiteral("coectl %1: %2\n\n").arg(command, parser.errorText()) << commandHelp(parser, command);
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << commandHelp(parser, command);
        return ExitOk;
    }
    if (parser.positionalArguments().size() != positionals) {
        io.err << QStringLiteral("coectl %1: expected %2 argument(s), got %3\n\n")
                      .arg(command)
                      .arg(positionals)
                      .arg(parser.positionalArguments().size())
               << commandHelp(parser, command);
        return ExitUsage;
    }
    return -1;
}

int fail(Io& io, const QString& command, const QString& message)
{
    io.err << QStringLiteral("coectl %1: %2\n").arg(command, message);
    return ExitFailure;
}

int fail(Io& io, const QString& command, const Error& error)
{
    return fail(io, command, error.message);
}

int usage(Io& io, const QString& command, const QString& message)
{
    fail(io, command, message);
    return ExitUsage;
}

Result<WorkspaceLocation> locationArgument(const QString& text)
{
    auto location = WorkspaceLocation::parse(text);
    if (location && !location->isFile() && location->password().isEmpty())
        location->setPassword(qEnvironmentVariable("PGPASSWORD"));
    return location;
}

Result<std::unique_ptr<Workspace>> workspaceArgument(const QString& text, bool create)
{
    auto location = locationArgument(text);
    if (!location)
        return location.error();
    return create ? Workspace::create(location.value()) : Workspace::open(location.value());
}

std::unique_ptr<Cli> makeCli()
{
    auto cli = std::make_unique<Cli>();
    addWorkspaceCommands(*cli);
    addMatrixCommands(*cli);
    addReadinessCommands(*cli);
    addChartCommands(*cli);
    addSummitCommands(*cli);
    addTransferCommands(*cli);
    addPlanCommands(*cli);
    return cli;
}

} // namespace coe::cli
