// SPDX-License-Identifier: GPL-3.0-or-later
// coectl chart: readiness charts as PNG, SVG or PDF.
#include "coectl/cli.h"
#include "render/charts.h"
#include "render/readinessreport.h"
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
        parser.setApplicationDescription(
            QStringLiteral("Draw a readiness chart. KIND is radar (coverage by skill category, now and N months ago),\n"
                           "heatmap (teams x categories), phases (capabilities per hand-over phase), trend (index by\n"
                           "month with the forecast to roll-off) or coverage (Independent people per required skill).\n"
                           "The format follows the file name: .png (at --dpi), .svg or .pdf (vector, one page)."));
        parser.addPositionalArgument(QStringLiteral("KIND"),
                                     QStringLiteral("radar, heatmap, phases, trend or coverage"));
        parser.addPositionalArgument(QStringLiteral("WORKSPACE"), QStringLiteral("A .coe file or a postgresql:// URL"));
        const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                        QStringLiteral("The file to write"), QStringLiteral("FILE"));
        const QCommandLineOption team(QStringLiteral("team"), QStringLiteral("The team (default: the first)"),
                                      QStringLiteral("NAME"));
        const QCommandLineOption width(QStringLiteral("width"),
                                       QStringLiteral("Width in pixels at 96 dpi (default 1200)"), QStringLiteral("PX"),
                                       QStringLiteral("1200"));
        const QCommandLineOption height(QStringLiteral("height"),
                                        QStringLiteral("Height in pixels at 96 dpi (default 800)"),
                                        QStringLiteral("PX"), QStringLiteral("800"));
        const QCommandLineOption dpi(QStringLiteral("dpi"), QStringLiteral("Resolution of a PNG (default 96)"),
                                     QStringLiteral("N"), QStringLiteral("96"));
        const QCommandLineOption at(QStringLiteral("at"), QStringLiteral("The date (default: today)"),
                                    QStringLiteral("YYYY-MM-DD"));
        parser.addOptions({output, team, width, height, dpi, at});
        if (int code = parseCommand(parser, arguments, io, 2); code >= 0)
            return code;
        const auto kind = render::chartKind(parser.positionalArguments().constFirst());
        if (!kind)
            return usage(io, QStringLiteral("chart"),
                         QStringLiteral("KIND is radar, heatmap, phases, trend or coverage, not '%1'")
                             .arg(parser.positionalArguments().constFirst()));
        if (!parser.isSet(output))
            return usage(io, QStringLiteral("chart"),
                         QStringLiteral("name the file to write with -o FILE (.png, .svg or .pdf)"));
        bool okW = false, okH = false, okD = false;
        const int w = parser.value(width).toInt(&okW);
        const int h = parser.value(height).toInt(&okH);
        const int d = parser.value(dpi).toInt(&okD);
        if (!okW || !okH || !okD || w < 200 || h < 150 || w > 10000 || h > 10000 || d < 48 || d > 1200)
            return usage(io, QStringLiteral("chart"),
                         QStringLiteral("--width and --height take 200-10000 and 150-10000 pixels, --dpi 48-1200"));
        QDate date = QDate::currentDate();
        if (parser.isSet(at)) {
            date = QDate::fromString(parser.value(at), Qt::ISODate);
            if (!date.isValid())
                return usage(io, QStringLiteral("chart"),
                             QStringLiteral("--at takes YYYY-MM-DD, not '%1'").arg(parser.value(at)));
        }
        auto ws = workspaceArgument(parser.positionalArguments().at(1));
        if (!ws)
            return fail(io, QStringLiteral("chart"), ws.error());
        auto readiness = Readiness::load(*ws.value());
        if (!readiness)
            return fail(io, QStringLiteral("chart"), readiness.error());
        const QList<Id> teams = readiness->teamIds();
        if (teams.isEmpty())
            return fail(io, QStringLiteral("chart"), QStringLiteral("the workspace has no teams yet"));
        Id teamId = teams.first();
        if (parser.isSet(team)) {
            const auto found = readiness->teamByName(parser.value(team));
            if (!found)
                return fail(io, QStringLiteral("chart"),
                            QStringLiteral("there is no team named '%1'").arg(parser.value(team)));
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

class ReportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override { return QStringLiteral("Write the printable readiness report as PDF"); }
    int run(const QStringList& arguments, Io& io) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral(
            "Write the readiness report: a section per team with its index, forecast, gaps, next actions,\n"
            "charts and required skills; A4 or Letter, page x of y in the footer."));
        parser.addPositionalArgument(QStringLiteral("readiness"), QStringLiteral("the report to write"));
        parser.addPositionalArgument(QStringLiteral("WORKSPACE"), QStringLiteral("A .coe file or a postgresql:// URL"));
        const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                        QStringLiteral("The PDF to write"), QStringLiteral("FILE"));
        const QCommandLineOption paper(QStringLiteral("paper"), QStringLiteral("a4 (default) or letter"),
                                       QStringLiteral("SIZE"), QStringLiteral("a4"));
        const QCommandLineOption team(QStringLiteral("team"), QStringLiteral("Only this team"), QStringLiteral("NAME"));
        const QCommandLineOption at(QStringLiteral("at"), QStringLiteral("The date (default: today)"),
                                    QStringLiteral("YYYY-MM-DD"));
        parser.addOptions({output, paper, team, at});
        if (int code = parseCommand(parser, arguments, io, 2); code >= 0)
            return code;
        if (parser.positionalArguments().constFirst() != QLatin1String("readiness"))
            return usage(
                io, QStringLiteral("report"),
                QStringLiteral("the report is 'readiness', not '%1'").arg(parser.positionalArguments().constFirst()));
        if (!parser.isSet(output) || !parser.value(output).endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            return usage(io, QStringLiteral("report"), QStringLiteral("name the PDF to write with -o FILE.pdf"));
        render::ReadinessReport::Options options;
        const QString size = parser.value(paper).toLower();
        if (size != QLatin1String("a4") && size != QLatin1String("letter"))
            return usage(io, QStringLiteral("report"),
                         QStringLiteral("--paper is a4 or letter, not '%1'").arg(parser.value(paper)));
        options.paper = size == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4;
        if (parser.isSet(at)) {
            options.date = QDate::fromString(parser.value(at), Qt::ISODate);
            if (!options.date.isValid())
                return usage(io, QStringLiteral("report"),
                             QStringLiteral("--at takes YYYY-MM-DD, not '%1'").arg(parser.value(at)));
        }
        auto ws = workspaceArgument(parser.positionalArguments().at(1));
        if (!ws)
            return fail(io, QStringLiteral("report"), ws.error());
        auto readiness = Readiness::load(*ws.value());
        if (!readiness)
            return fail(io, QStringLiteral("report"), readiness.error());
        if (parser.isSet(team)) {
            const auto id = readiness->teamByName(parser.value(team));
            if (!id)
                return fail(io, QStringLiteral("report"),
                            QStringLiteral("there is no team named '%1'").arg(parser.value(team)));
            options.teams = {*id};
        }
        options.workspace = ws.value()->location().displayName();
        auto pages = render::ReadinessReport::write(readiness.value(), parser.value(output), options);
        if (!pages)
            return fail(io, QStringLiteral("report"), pages.error());
        io.out << QStringLiteral("Wrote %1 (%2 pages)\n").arg(parser.value(output)).arg(pages.value());
        return ExitOk;
    }
};

} // namespace

void addChartCommands(Cli& cli)
{
    cli.add(std::make_unique<ChartCommand>());
    cli.add(std::make_unique<ReportCommand>());
}

} // namespace coe::cli
