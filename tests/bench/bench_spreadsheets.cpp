// SPDX-License-Identifier: GPL-3.0-or-later
// Spreadsheet benchmark: XLSX and ODS export and import of a people × skills matrix with every
// cell filled, beside LibreOffice (headless) and xlsx2csv converting the same files in the same
// run. Import runs as `coectl import matrix` in a child process so that its peak resident memory
// (wait4's ru_maxrss) is the whole process's. Not a test: it asserts nothing.
//
//   coe-bench-spreadsheets [--people 10000] [--skills 500] [--dir DIR] [--no-libreoffice]
#include "io/matrixexport.h"
#include "io/matriximport.h"
#include "models/matrixdata.h"
#include "storage/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include "procstatus.h"
#include "support/coectlrun.h"

#include <cstdio>

using namespace coe;
using bench::resetPeak;
using bench::statusKiB;

namespace {

double seconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

struct Run
{
    double seconds = -1; ///< -1: missing or failed
    double peakMB = -1;
};

/// Runs @p program (found on the PATH unless it is a path) with @p arguments; its time and
/// peak memory, or -1 when it is missing or fails.
Run measure(const QString& program, const QStringList& arguments)
{
    const QString found = program.contains(QLatin1Char('/')) ? program : QStandardPaths::findExecutable(program);
    if (found.isEmpty())
        return {};
    const auto run = test::runMeasured(found, arguments);
    if (run.exitCode != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), qPrintable(run.err.right(500)));
        return {};
    }
    return {double(run.milliseconds) / 1000, double(run.peakKiB) / 1024};
}

void row(const char* what, double ours, const char* reference, double theirs, const char* target)
{
    if (ours < 0) {
        std::printf("%-34s %10s\n", what, "failed");
        return;
    }
    if (theirs > 0)
        std::printf("%-34s %9.2f s   %-30s %8.2f s   %6.2fx   %s\n", what, ours, reference, theirs, ours / theirs, target);
    else
        std::printf("%-34s %9.2f s   %-30s %10s\n", what, ours, reference, "(not run)");
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption peopleOption(QStringLiteral("people"), QStringLiteral("People (rows)"), QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption skillsOption(QStringLiteral("skills"), QStringLiteral("Skills (columns)"), QStringLiteral("M"), QStringLiteral("500"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Working folder (default: a temporary one)"), QStringLiteral("DIR"));
    const QCommandLineOption noLibreOffice(QStringLiteral("no-libreoffice"), QStringLiteral("Skip the LibreOffice references"));
    parser.addHelpOption();
    parser.addOptions({peopleOption, skillsOption, dirOption, noLibreOffice});
    parser.process(app);
    const int people = parser.value(peopleOption).toInt();
    const int skills = parser.value(skillsOption).toInt();
    QTemporaryDir temporary;
    const QDir dir(parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path());
    QDir().mkpath(dir.path());
    const QString coectl = QStringLiteral(COECTL_PATH);
    const QString profile = QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(dir.absoluteFilePath(QStringLiteral("lo-profile"))).toString();
    const bool lo = !parser.isSet(noLibreOffice) && !QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty();
    std::printf("Spreadsheet benchmark: %d people x %d skills = %lld cells, in %s\n\n", people, skills, qint64(people) * skills,
                qPrintable(dir.path()));

    // The data: a wide CSV with every cell filled, imported into a workspace to export from.
    const QString wide = dir.filePath(QStringLiteral("wide.csv"));
    {
        QRandomGenerator random(1);
        QFile w(wide);
        if (!w.open(QIODevice::WriteOnly))
            return 1;
        QByteArray line = "Person,Email";
        for (int s = 0; s < skills; ++s)
            line += ",Skill " + QByteArray::number(s);
        w.write(line + '\n');
        for (int p = 0; p < people; ++p) {
            line = "Person " + QByteArray::number(p) + ",p" + QByteArray::number(p) + "@example.com";
            for (int s = 0; s < skills; ++s) {
                line += ',';
                line += char('0' + random.bounded(5));
            }
            w.write(line + '\n');
        }
    }
    const QString source = dir.filePath(QStringLiteral("source.coe"));
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(source + QString::fromLatin1(suffix));
    {
        auto ws = Workspace::create(WorkspaceLocation::parse(source).take());
        if (!ws)
            return 1;
        MatrixImport::Options options;
        options.createMissing = true;
        if (auto report = MatrixImport::run(*ws.value(), wide, options); !report || !report->written) {
            std::fprintf(stderr, "could not build the workspace\n");
            return 1;
        }
    }
    MatrixData data;
    {
        auto ws = Workspace::open(WorkspaceLocation::parse(source).take());
        if (!ws || !data.load(*ws.value()))
            return 1;
    }

    // LibreOffice's first start makes its profile: done once here, not inside a figure.
    if (lo) {
        const QString tiny = dir.filePath(QStringLiteral("warm-up.csv"));
        QFile warm(tiny);
        if (warm.open(QIODevice::WriteOnly))
            warm.write("a,b\n1,2\n");
        warm.close();
        measure(QStringLiteral("soffice"), {QStringLiteral("--headless"), profile, QStringLiteral("--convert-to"), QStringLiteral("xlsx"),
                                            QStringLiteral("--outdir"), dir.filePath(QStringLiteral("lo-warm")), tiny});
    }
    std::printf("%-34s %11s   %-30s %10s   %7s   %s\n", "", "CoE Studio", "reference, same run", "", "ratio", "target");
    struct Format
    {
        const char* name;
        MatrixExport::Format format;
    };
    for (const Format& f : {Format{"xlsx", MatrixExport::Xlsx}, Format{"ods", MatrixExport::Ods}}) {
        const QString suffix = QString::fromLatin1(f.name);
        const QString file = dir.filePath(QStringLiteral("ours.") + suffix);
        // Export, in this process: time and the resident memory it adds at its peak.
        MatrixExport::Options options;
        options.format = f.format;
        const qint64 before = statusKiB("VmRSS:");
        resetPeak();
        QElapsedTimer timer;
        timer.start();
        const bool exported = MatrixExport::write(data, QStringLiteral("bench"), file, options).ok();
        const double exportTime = exported ? seconds(timer) : -1;
        const double exportMB = double(statusKiB("VmHWM:") - before) / 1024;
        Run loExport;
        if (lo)
            loExport = measure(QStringLiteral("soffice"), {QStringLiteral("--headless"), profile, QStringLiteral("--convert-to"), suffix,
                                                           QStringLiteral("--outdir"), dir.filePath(QStringLiteral("lo-") + suffix), wide});
        std::printf("\n%s (%.1f MB written)\n", f.name, double(QFileInfo(file).size()) / 1e6);
        row("  export", exportTime, "LibreOffice: wide CSV to this", loExport.seconds, "(target <= 0.5x)");
        std::printf("%-34s %9.1f MB   %-52s %s\n", "  resident memory the export adds", exportMB, "", "(target < 100 MB)");

        // Import as a user runs it: coectl, into a fresh workspace.
        const QString target = dir.filePath(QStringLiteral("import-") + suffix + QStringLiteral(".coe"));
        for (const char* s : {"", "-wal", "-shm"})
            QFile::remove(target + QString::fromLatin1(s));
        measure(coectl, {QStringLiteral("init"), target});
        const Run ours = measure(coectl, {QStringLiteral("import"), QStringLiteral("matrix"), file, target, QStringLiteral("--create-missing")});
        Run loImport;
        if (lo)
            loImport = measure(QStringLiteral("soffice"), {QStringLiteral("--headless"), profile, QStringLiteral("--convert-to"), QStringLiteral("csv"),
                                                           QStringLiteral("--outdir"), dir.filePath(QStringLiteral("lo-csv-") + suffix), file});
        row("  import (coectl import matrix)", ours.seconds, "LibreOffice: this to CSV", loImport.seconds, "(target <= 0.5x)");
        if (f.format == MatrixExport::Xlsx) {
            const Run x2c = measure(QStringLiteral("xlsx2csv"), {file, dir.filePath(QStringLiteral("xlsx2csv.csv"))});
            row("  import (coectl import matrix)", ours.seconds, "xlsx2csv: this to CSV", x2c.seconds, "(target <= 1x)");
        }
        std::printf("%-34s %9.1f MB   %-52s %s\n", "  peak resident memory of import", ours.peakMB, "", "(target < 300 MB)");
        // The preview: the first rows only.
        timer.restart();
        auto preview = Spreadsheet::read(file, {}, 200);
        std::printf("%-34s %9.3f s   %s\n", "  preview of the first 200 rows", seconds(timer), preview ? "" : "(FAILED)");
    }
    return 0;
}
