// SPDX-License-Identifier: GPL-3.0-or-later
// Skill matrix benchmark: prints figures for a people × skills matrix, beside the reference
// tools measured in the same run on the same data. Not a test: it asserts nothing.
//
//   coe-bench-matrix [--people 10000] [--skills 500] [--dir DIR] [--no-libreoffice]
#include "procstatus.h"

#include "io/matrixexport.h"
#include "io/matriximport.h"
#include "models/matrixcache.h"
#include "models/skillmatrixmodel.h"
#include "storage/workspace.h"
#include "views/matrixview.h"
#include "widgets/matrixtable.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QUrl>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace coe;
using bench::statusKiB;

namespace {

qint64 residentKiB()
{
    return statusKiB();
}

void figure(const char* what, double value, const char* unit)
{
    std::printf("%-52s %12.3f %s\n", what, value, unit);
    std::fflush(stdout);
}

double seconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

/// Runs a reference tool; returns its wall time in seconds, or -1 when it is missing or fails.
double timeProcess(const QString& program, const QStringList& arguments, const QString& workingDir = {})
{
    if (QStandardPaths::findExecutable(program).isEmpty())
        return -1;
    QProcess process;
    process.setWorkingDirectory(workingDir);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    // Ten minutes is far beyond any healthy run: a hung reference tool must not hang the bench.
    if (!process.waitForFinished(10 * 60 * 1000) || process.exitCode() != 0) {
        process.kill();
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), process.readAllStandardError().constData());
        return -1;
    }
    return seconds(timer);
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption peopleOption(QStringLiteral("people"), QStringLiteral("People (rows)"), QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption skillsOption(QStringLiteral("skills"), QStringLiteral("Skills (columns)"), QStringLiteral("M"), QStringLiteral("500"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Working folder (default: a temporary one)"), QStringLiteral("DIR"));
    const QCommandLineOption noLibreOffice(QStringLiteral("no-libreoffice"), QStringLiteral("Skip the LibreOffice reference"));
    const QCommandLineOption historyOption(QStringLiteral("history"),
                                           QStringLiteral("Also time opening WORKSPACE (e.g. coectl demo --people 10000 --skills 500), whose cells are rows, without and with the matrix cache"),
                                           QStringLiteral("WORKSPACE"));
    parser.addHelpOption();
    parser.addOptions({peopleOption, skillsOption, dirOption, noLibreOffice, historyOption});
    parser.process(app);
    const int people = parser.value(peopleOption).toInt();
    const int skills = parser.value(skillsOption).toInt();
    QTemporaryDir temporary;
    const QDir dir(parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path());
    QDir().mkpath(dir.path());
    std::printf("Skill matrix benchmark: %d people x %d skills = %lld cells, in %s\n\n", people, skills, qint64(people) * skills,
                qPrintable(dir.path()));

    // The data: a wide CSV with every cell filled, and the same cells as a long CSV.
    const QString wide = dir.filePath(QStringLiteral("wide.csv"));
    const QString longCsv = dir.filePath(QStringLiteral("long.csv"));
    {
        QRandomGenerator random(1);
        QFile w(wide), l(longCsv);
        if (!w.open(QIODevice::WriteOnly) || !l.open(QIODevice::WriteOnly))
            return 1;
        QByteArray header = "Person,Email";
        for (int s = 0; s < skills; ++s)
            header += ",Skill " + QByteArray::number(s);
        w.write(header + '\n');
        l.write("person,skill,level\n");
        QByteArray wideLine, longChunk;
        for (int p = 0; p < people; ++p) {
            const QByteArray name = "Person " + QByteArray::number(p);
            wideLine = name + ",p" + QByteArray::number(p) + "@example.com";
            for (int s = 0; s < skills; ++s) {
                const char level = char('0' + random.bounded(5));
                wideLine += ',';
                wideLine += level;
                longChunk += name + ",Skill " + QByteArray::number(s) + ',' + level + '\n';
            }
            w.write(wideLine + '\n');
            l.write(longChunk);
            longChunk.clear();
        }
    }
    std::printf("wide.csv %.1f MB, long.csv %.1f MB\n\n", QFileInfo(wide).size() / 1e6, QFileInfo(longCsv).size() / 1e6);

    // Reference 1: the sqlite3 shell importing the long CSV into a plain table.
    const QString plain = dir.filePath(QStringLiteral("plain.db"));
    QFile::remove(plain);
    const double sqliteShell = timeProcess(QStringLiteral("sqlite3"), {plain, QStringLiteral(".mode csv"), QStringLiteral(".import ") + longCsv + QStringLiteral(" cells")});
    // Reference 2: LibreOffice Calc converting the wide CSV to XLSX.
    double libreOffice = -1;
    if (!parser.isSet(noLibreOffice)) {
        libreOffice = timeProcess(QStringLiteral("soffice"), {QStringLiteral("--headless"), QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(dir.absoluteFilePath(QStringLiteral("lo-profile"))).toString(),
                                                           QStringLiteral("--convert-to"), QStringLiteral("xlsx"), QStringLiteral("--outdir"), dir.filePath(QStringLiteral("lo")), wide});
    }

    // Ours: the same wide CSV into a new workspace (people and skills created on the way).
    const QString path = dir.filePath(QStringLiteral("bench.coe"));
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QString::fromLatin1(suffix));
    auto ws = Workspace::create(WorkspaceLocation::parse(path).take()).take();
    MatrixImport::Options options;
    options.createMissing = true;
    QElapsedTimer timer;
    timer.start();
    auto sheet = Spreadsheet::read(wide);
    const double readTime = seconds(timer);
    auto plan = sheet ? MatrixImport::plan(*ws, sheet.value(), options) : Result<MatrixImport::Plan>(sheet.error());
    const double planTime = seconds(timer) - readTime;
    if (!plan || !plan->problems.isEmpty()) {
        std::fprintf(stderr, "import failed: %s\n", plan ? qPrintable(plan->problems.value(0)) : qPrintable(plan.error().message));
        return 1;
    }
    const auto written = MatrixImport::apply(*ws, plan.take());
    const double ourImport = seconds(timer);
    if (!written) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(written.error().message));
        return 1;
    }
    figure("import wide CSV (CoE Studio)", ourImport, "s");
    figure("  of which reading the CSV", readTime, "s");
    figure("  of which checking every cell", planTime, "s");
    figure("  of which writing (one transaction)", ourImport - readTime - planTime, "s");
    figure("  sqlite3 shell .import of the long CSV", sqliteShell, sqliteShell < 0 ? "(not available)" : "s");
    figure("  LibreOffice: wide CSV to XLSX", libreOffice, libreOffice < 0 ? "(not run)" : "s");
    if (sqliteShell > 0)
        figure("  ratio ours / sqlite3 (target <= 1)", ourImport / sqliteShell, "x");
    if (libreOffice > 0)
        figure("  ratio LibreOffice / ours (target >= 3)", libreOffice / ourImport, "x");
    ws.reset();

    // Opening the workspace, loading the model and painting the first screen.
    const qint64 rssBefore = residentKiB();
    const qint64 anonBefore = statusKiB("RssAnon:");
    timer.restart();
    auto opened = Workspace::open(WorkspaceLocation::parse(path).take());
    if (!opened)
        return 1;
    ws = opened.take();
    const double openTime = seconds(timer);
    timer.restart();
    auto view = std::make_unique<ui::MatrixView>(*ws);
    const double loadTime = seconds(timer);
    const qint64 rssModel = residentKiB() - rssBefore;
    const qint64 anonModel = statusKiB("RssAnon:") - anonBefore;
    view->resize(1600, 1000);
    view->show();
    timer.restart();
    QApplication::processEvents();
    const QPixmap first = view->grab();
    const double paintTime = seconds(timer);
    SkillMatrixModel* model = view->model();
    figure("open workspace", openTime, "s");
    figure("load model and build the view", loadTime, "s");
    figure("first paint of the matrix (offscreen)", paintTime, "s");
    figure("open + load + first paint (target < 1 s)", openTime + loadTime + paintTime, "s");
    figure("model cell storage", double(model->matrix().cellBytes()) / (double(people) * skills), "bytes/cell");
    figure("own memory added by open + model + view (RssAnon)", double(anonModel) * 1024 / (double(people) * skills), "bytes/cell");
    figure("  all resident, with mapped file pages (VmRSS)", double(rssModel) * 1024 / (double(people) * skills), "bytes/cell");

    // A full scroll: every page of rows painted once.
    ui::MatrixTable* table = view->table();
    QScrollBar* bar = table->verticalScrollBar();
    timer.restart();
    int pages = 0;
    for (int value = 0; value <= bar->maximum(); value += std::max(1, bar->pageStep())) {
        bar->setValue(value);
        table->viewport()->repaint();
        ++pages;
    }
    figure("full vertical scroll, pages painted", pages, "pages");
    figure("full vertical scroll", seconds(timer), "s");

    // A filter change.
    timer.restart();
    SkillMatrixModel::Filter filter;
    filter.text = QStringLiteral("Person 99");
    model->setFilter(filter);
    table->viewport()->repaint();
    figure("filter change (text) and repaint", seconds(timer), "s");
    model->setFilter({});

    // One edit round trip: setData until every open view has the new value.
    bar->setValue(0);
    // The edit starts from an idle window: the filter reset's delayed layout and the scroll
    // back are painted first, not counted as part of the edit.
    QApplication::processEvents();
    view->repaint();
    QApplication::processEvents();
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    const QModelIndex cell = model->index(3, 7);
    const int level = (cell.data(SkillMatrixModel::LeadLevelRole).toInt() + 1) % 5;
    timer.restart();
    model->setData(cell, level, Qt::EditRole);
    const double stored = seconds(timer); // written, undo step pushed, dataChanged delivered
    table->viewport()->repaint(table->visualRect(cell));
    const double edit = seconds(timer);
    const bool applied = changed.count() == 1 && cell.data(SkillMatrixModel::LeadLevelRole).toInt() == level;
    figure("one edit: database and model", stored * 1000, applied ? "ms" : "ms (NOT APPLIED)");
    figure("one edit: database, model and repainted cell (target < 20 ms)", edit * 1000, "ms");

    // Spreadsheet export of the same matrix: time and the memory each export adds at its
    // peak (VmHWM after resetting it, less VmRSS before), beside LibreOffice converting the
    // wide CSV to the same formats.
    struct ExportRun
    {
        const char* what;
        MatrixExport::Format format;
        bool longForm;
        QString file;
        double time = -1;
        double peakMB = -1;
        double residentMB = -1;
        double fileMB = -1;
    };
    QList<ExportRun> exports{{"CoE Studio XLSX, wide", MatrixExport::Xlsx, false, dir.filePath(QStringLiteral("bench.xlsx"))},
                             {"CoE Studio ODS, wide", MatrixExport::Ods, false, dir.filePath(QStringLiteral("bench.ods"))}};
    for (ExportRun& run : exports) {
        MatrixExport::Options spreadsheet;
        spreadsheet.format = run.format;
        spreadsheet.longForm = run.longForm;
        const bool peakReset = bench::resetPeak();
        const qint64 before = residentKiB();
        timer.restart();
        if (auto done = MatrixExport::write(model->matrix(), QStringLiteral("bench"), run.file, spreadsheet); !done) {
            std::fprintf(stderr, "export failed: %s\n", qPrintable(done.error().message));
            continue;
        }
        run.time = seconds(timer);
        run.residentMB = double(residentKiB() - before) / 1024;
        run.peakMB = peakReset ? double(statusKiB("VmHWM:") - before) / 1024 : -1;
        run.fileMB = double(QFileInfo(run.file).size()) / 1e6;
    }
    double libreOfficeOds = -1;
    if (!parser.isSet(noLibreOffice)) {
        libreOfficeOds = timeProcess(QStringLiteral("soffice"), {QStringLiteral("--headless"), QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(dir.absoluteFilePath(QStringLiteral("lo-profile"))).toString(),
                                                              QStringLiteral("--convert-to"), QStringLiteral("ods"), QStringLiteral("--outdir"), dir.filePath(QStringLiteral("lo")), wide});
    }
    std::printf("\n%-40s %10s %18s %16s %10s\n", "spreadsheet export", "time (s)", "peak added (MB)", "resident (MB)", "file (MB)");
    for (const ExportRun& run : exports)
        std::printf("%-40s %10.2f %18.1f %16.1f %10.1f\n", run.what, run.time, run.peakMB, run.residentMB, run.fileMB);
    std::printf("%-40s %10.2f %18s %16s %10.1f\n", "LibreOffice: wide CSV to XLSX", libreOffice, "-", "-",
                double(QFileInfo(dir.filePath(QStringLiteral("lo/wide.xlsx"))).size()) / 1e6);
    std::printf("%-40s %10.2f %18s %16s %10.1f\n\n", "LibreOffice: wide CSV to ODS", libreOfficeOds, "-", "-",
                double(QFileInfo(dir.filePath(QStringLiteral("lo/wide.ods"))).size()) / 1e6);
    std::fflush(stdout);
    const QString workbook = exports.first().file;
    view.reset();
    ws.reset();
    const QString second = dir.filePath(QStringLiteral("bench-xlsx.coe"));
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(second + QString::fromLatin1(suffix));
    auto target = Workspace::create(WorkspaceLocation::parse(second).take()).take();
    timer.restart();
    auto fromXlsx = MatrixImport::run(*target, workbook, options);
    figure("XLSX import", seconds(timer), fromXlsx && fromXlsx->written ? "s" : "s (FAILED)");
    target.reset();

    // A workspace whose history is millions of rows: the first open reads them all and
    // leaves a matrix cache, the next open reads the cache.
    if (parser.isSet(historyOption)) {
        std::printf("\n%s\n", qPrintable(parser.value(historyOption)));
        for (int pass = 0; pass < 2; ++pass) {
            timer.restart();
            auto history = Workspace::open(WorkspaceLocation::parse(parser.value(historyOption)).take());
            if (!history) {
                std::fprintf(stderr, "%s\n", qPrintable(history.error().message));
                return 1;
            }
            if (pass == 0)
                QFile::remove(MatrixCache::pathFor(*history.value()));
            auto historyView = std::make_unique<ui::MatrixView>(*history.value());
            historyView->resize(1600, 1000);
            historyView->show();
            QApplication::processEvents();
            historyView->grab();
            const bool cached = historyView->model()->matrix().loadedFromCache();
            figure(pass == 0 ? "open + load + first paint, full read (target < 1 s)" : "open + load + first paint, matrix cache (target < 1 s)",
                   seconds(timer), cached == (pass == 1) ? "s" : "s (CACHE NOT AS EXPECTED)");
        }
    }
    return 0;
}
