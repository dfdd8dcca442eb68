// SPDX-License-Identifier: GPL-3.0-or-later
// Summit benchmark: prints figures, asserts nothing.
//   coe-bench-summit [--out DIR]
// - the full agenda PDF of a 3-day, 6-room summit with 150 items (target < 2 s);
// - the warnings of a summit with 1,000 items (target < 100 ms).
#include "planning/conflicts.h"
#include "render/agenda.h"
#include "support/summitfixture.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace coe;

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Keep the PDFs in DIR"), QStringLiteral("DIR"));
    parser.addOption(out);
    parser.process(app);
    QTemporaryDir temporary;
    const QDir dir(parser.isSet(out) ? parser.value(out) : temporary.path());

    const test::SummitFixture big = test::bigSummit(3, 6, 150);
    for (int run = 1; run <= 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        render::Agenda::Options options;
        options.people = big.people;
        auto pages = render::Agenda::writePdf(big.summit, options, dir.filePath(QStringLiteral("agenda.pdf")));
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        std::printf("%-62s %8.1f ms  (%d pages)\n", run == 1 ? "agenda PDF, 3 days x 6 rooms x 150 items (target < 2000 ms)" : "  again", ms,
                    pages ? pages.value() : -1);
    }
    for (const auto kind : {render::Agenda::Tracks, render::Agenda::RoomSigns, render::Agenda::RunSheet}) {
        QElapsedTimer timer;
        timer.start();
        render::Agenda::Options options;
        options.people = big.people;
        options.kind = kind;
        auto pages = render::Agenda::writePdf(big.summit, options, dir.filePath(render::Agenda::kindName(kind) + QStringLiteral(".pdf")));
        std::printf("%-62s %8.1f ms  (%d pages)\n", qPrintable(QStringLiteral("%1 PDF, same summit").arg(render::Agenda::kindName(kind))),
                    double(timer.nsecsElapsed()) / 1e6, pages ? pages.value() : -1);
    }

    // 1,000 items: a week-long event with 24 rooms, and clashes made on purpose.
    test::SummitFixture huge = test::bigSummit(5, 24, 1000);
    int moved = 0;
    for (SummitItem& item : huge.summit.items) {
        if (item.kind != SummitItem::Break && item.id % 17 == 0) {
            item.slots.first().roomId = 1; // into the main hall: room overlaps
            ++moved;
        }
        if (item.kind != SummitItem::Break && item.id % 7 == 0)
            item.expectedAudience = 500; // over capacity
    }
    int items = 0;
    for (const SummitItem& item : huge.summit.items)
        items += item.kind == SummitItem::Break ? 0 : 1;
    double best = 1e9;
    qsizetype warnings = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        warnings = Conflicts::find(huge.summit, huge.people).size();
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("%-62s %8.1f ms  (%d items + %lld breaks, %lld warnings; best of 5)\n", "warnings, 1,000 items (target < 100 ms)", best, items,
                qint64(huge.summit.items.size() - items), qint64(warnings));
    return 0;
}
