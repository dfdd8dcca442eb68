// SPDX-License-Identifier: GPL-3.0-or-later
// coectl chart: readiness charts as PNG, SVG or PDF.
#include "coectl/cli.h"
#include "render/charts.h"
#include "storage/workspace.h"

namespace coe::cli {

namespace {

class ChartCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("chart"); }
    QString summary() const override { return QStringLiteral("Draw a readiness chart as PNG, SVG or PDF"); }
    int run(const QStringList& arguments, Io& io) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral(
            "Draw a readiness chart. KIND is radar (coverage by skill category, now and N months ago),\n"
            "heatmap (teams x categories), phases (capabilities per hand-over phase), trend (index by\n"
            "month with the forecast to roll-off) or coverage (Independent people per required skill).\n"
            "The format follows the file name: .png (at --dpi), .svg or .pdf (vector, one page)."));
        parser.addPositionalArgument(QStringLiteral("KIND"), QStringLiteral("radar, heatmap, phases, trend or coverage"));
        parser.addPositionalArgument(QStringLiteral("WORKSPACE"), QStringLiteral("A .coe file or a postgresql:// URL"));
        const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("The file to write"), QStringLiteral("FILE"));
        const QCommandLineOption team(QStringLiteral("team"), QStringLiteral("The team (default: the first)"), QStringLiteral("NAME"));
        const QCommandLineOption width(QStringLiteral("width"), QStringLiteral("Width in pixels at 96 dpi (default 1200)"), QStringLiteral("PX"), QStringLiteral("1200"));
        const QCommandLineOption height(QStringLiteral("height"), QStringLiteral("Height in pixels at 96 dpi (default 800)"), QStringLiteral("PX"), QStringLiteral("800"));
        const QCommandLineOption dpi(QStringLiteral("dpi"), QStringLiteral("Resolution of a PNG (default 96)"), QStringLiteral("N"), QStringLiteral("96"));
        const QCommandLineOption at(QStringLiteral("at"), QStringLiteral("The date (default: today)"), QStringLiteral("YYYY-MM-DD"));
        parser.addOptions({output, team, width, height, dpi, at});
        if (int code = parseCommand(parser, arguments, io, 2); code >= 0)
            return code;
        const auto kind = render::chartKind(parser.positionalArguments().first());
        if (!kind) {
            io.err << QStringLiteral("coectl chart: KIND is radar, heatmap, phases, trend or coverage, not '%1'\n").arg(parser.positionalArguments().first());
            return ExitUsage;
        }
        if (!parser.isSet(output)) {
            io.err << QStringLiteral("coectl chart: name the file to write with -o FILE (.png, .svg or .pdf)\n");
            return ExitUsage;
        }
        bool okW = false, okH = false, okD = false;
        const int w = parser.value(width).toInt(&okW);
        const int h = parser.value(height).toInt(&okH);
        const int d = parser.value(dpi).toInt(&okD);
        if (!okW || !okH || !okD || w < 200 || h < 150 || w > 10000 || h > 10000 || d < 48 || d > 1200) {
            io.err << QStringLiteral("coectl chart: --width and --height take 200-10000 and 150-10000 pixels, --dpi 48-1200\n");
            return ExitUsage;
        }
        QDate date = QDate::currentDate();
        if (parser.isSet(at)) {
            date = QDate::fromString(parser.value(at), Qt::ISODate);
            if (!date.isValid()) {
                io.err << QStringLiteral("coectl chart: --at takes YYYY-MM-DD, not '%1'\n").arg(parser.value(at));
                return ExitUsage;
            }
        }
        auto location = locationArgument(parser.positionalArguments().at(1));
        if (!location) {
            io.err << QStringLiteral("coectl chart: %1\n").arg(location.error().message);
            return ExitFailure;
        }
        auto ws = Workspace::open(location.value());
        if (!ws) {
            io.err << QStringLiteral("coectl chart: %1\n").arg(ws.error().message);
            return ExitFailure;
        }
        auto readiness = Readiness::load(*ws.value());
        if (!readiness) {
            io.err << QStringLiteral("coectl chart: %1\n").arg(readiness.error().message);
            return ExitFailure;
        }
        const QList<Id> teams = readiness->teamIds();
        if (teams.isEmpty()) {
            io.err << QStringLiteral("coectl chart: the workspace has no teams yet\n");
            return ExitFailure;
        }
        Id teamId = teams.first();
        if (parser.isSet(team)) {
            const auto found = readiness->teamByName(parser.value(team));
            if (!found) {
                io.err << QStringLiteral("coectl chart: there is no team named '%1'\n").arg(parser.value(team));
                return ExitFailure;
            }
            teamId = *found;
        }
        const auto chart = render::Chart::make(*kind, readiness.value(), teamId, date);
        if (auto done = render::ChartExport::write(*chart, parser.value(output), QSize(w, h), d); !done) {
            io.err << QStringLiteral("coectl chart: %1\n").arg(done.error().message);
            return done.error().code == Error::Invalid ? ExitUsage : ExitFailure;
        }
        io.out << QStringLiteral("Wrote %1\n").arg(parser.value(output));
        return ExitOk;
    }
};

} // namespace

void addChartCommands(Cli& cli)
{
    cli.add(std::make_unique<ChartCommand>());
}

} // namespace coe::cli
