// SPDX-License-Identifier: GPL-3.0-or-later
// Readiness benchmark: prints figures for an existing workspace (e.g. coectl demo --people
// 10000 --skills 500). Not a test: it asserts nothing.
//
//   coe-bench-readiness WORKSPACE [--at YYYY-MM-DD]
#include "analytics/readiness.h"
#include "storage/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace coe;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), QStringLiteral("A workspace"));
    const QCommandLineOption at(QStringLiteral("at"), QStringLiteral("Date"), QStringLiteral("YYYY-MM-DD"));
    parser.addOption(at);
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QDate date = parser.isSet(at) ? QDate::fromString(parser.value(at), Qt::ISODate) : QDate::currentDate();
    auto ws = Workspace::open(WorkspaceLocation::parse(parser.positionalArguments().first()).take());
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.error().message));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    auto readiness = Readiness::load(*ws.value());
    if (!readiness)
        return 1;
    const double load = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    int teams = 0;
    for (Id team : readiness->teamIds()) {
        readiness->compute(team, date);
        ++teams;
    }
    const double all = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    const auto trend = readiness->trend(readiness->teamIds().first(), date, 12);
    const double twelve = double(timer.nsecsElapsed()) / 1e6;
    std::printf("%-60s %10.1f ms\n", "load (history of every required skill)", load);
    std::printf("%-60s %10.1f ms  (%d teams, with forecasts and next actions)\n", "readiness of all teams", all, teams);
    std::printf("%-60s %10.1f ms\n", "load + readiness of all teams (target < 250 ms)", load + all);
    std::printf("%-60s %10.1f ms  (%lld points)\n", "12-month trend for one team, from memory", twelve, qint64(trend.size()));
    std::printf("%-60s %10.1f ms\n", "load + 12-month trend (target < 500 ms)", load + twelve);
    return 0;
}
