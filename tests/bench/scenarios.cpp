// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenarios.h"

#include "analytics/readiness.h"
#include "io/spreadsheet.h"
#include "models/matrixcache.h"
#include "models/skillmatrixmodel.h"
#include "planning/conflicts.h"
#include "render/agenda.h"
#include "support/summitfixture.h"
#include "views/matrixview.h"
#include "widgets/matrixtable.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QScrollBar>
#include <QUndoStack>

namespace coe::bench {

namespace {

Row failed(Row row, const Error& error)
{
    row.measured.ok = false;
    row.measured.error = error.message;
    return row;
}

QString fileMB(const QString& path)
{
    return QStringLiteral("%1 MB file").arg(double(QFileInfo(path).size()) / 1e6, 0, 'f', 1);
}

QString ms(double seconds)
{
    return QStringLiteral("%1 ms").arg(seconds * 1000, 0, 'f', 1);
}

QString suffixOf(MatrixExport::Format format)
{
    return format == MatrixExport::Ods ? QStringLiteral("ods") : QStringLiteral("xlsx");
}

// --- making the data ------------------------------------------------------------------------

Row create(Data& data)
{
    const Settings& s = data.settings();
    Row row{QStringLiteral("create"),
            QStringLiteral("new workspace, demo data %1 x %2, %3 teams").arg(s.people).arg(s.skills).arg(s.teams)};
    const QString file = data.path(QStringLiteral("rows.coe"));
    row.measured = measureHere([&] { return makeDemo(s, file); });
    if (row.measured.ok) {
        data.setRowsWorkspace(file);
        row.note = fileMB(file) + QStringLiteral(", 12 months of history");
    }
    return row;
}

Row csvImport(Data& data)
{
    Row row{QStringLiteral("csv-import"), QStringLiteral("wide CSV into a new workspace")};
    auto wide = data.wideCsv();
    auto longCsv = data.longCsv();
    if (!wide || !longCsv)
        return failed(row, wide ? longCsv.error() : wide.error());
    const QString file = data.path(QStringLiteral("batches.coe"));
    ImportParts parts;
    row.measured = measureHere([&] { return importWide(wide.value(), file, &parts); });
    if (row.measured.ok) {
        data.setBatchesWorkspace(file);
        const double rest = row.measured.seconds - parts.read - parts.check - parts.write;
        row.note = QStringLiteral("read %1, check %2, write %3, create + close %4; %5 MB CSV")
                       .arg(ms(parts.read), ms(parts.check), ms(parts.write), ms(rest))
                       .arg(double(QFileInfo(wide.value()).size()) / 1e6, 0, 'f', 1);
    }
    const QString plain = data.path(QStringLiteral("plain.db"));
    QFile::remove(plain);
    row.references << data.reference(
        QStringLiteral("sqlite3"), QStringLiteral("sqlite3 .import of the long CSV"),
        {plain, QStringLiteral(".mode csv"), QStringLiteral(".import ") + longCsv.value() + QStringLiteral(" cells")},
        QStringLiteral("<= 1x"));
    return row;
}

// --- spreadsheets ---------------------------------------------------------------------------

Row exportSheet(Data& data, MatrixExport::Format format)
{
    const QString suffix = suffixOf(format);
    Row row{suffix + QStringLiteral("-export"),
            QStringLiteral("matrix to %1, wide (loaded matrix)").arg(suffix.toUpper())};
    row.target = QStringLiteral("+peak < 100 MB");
    auto matrix = data.matrix();
    auto wide = data.wideCsv();
    if (!matrix || !wide)
        return failed(row, matrix ? wide.error() : matrix.error());
    const QString file = data.path(QStringLiteral("ours.") + suffix);
    row.measured = measureHere([&] {
        MatrixExport::Options options;
        options.format = format;
        return MatrixExport::write(*matrix.value(), QStringLiteral("bench"), file, options);
    });
    if (row.measured.ok) {
        data.setSpreadsheet(format, file);
        row.note = fileMB(file);
    }
    row.references << data.libreOffice(QStringLiteral("soffice: wide CSV to %1").arg(suffix.toUpper()), wide.value(),
                                       suffix, QStringLiteral("<= 0.5x"));
    return row;
}

Row importSheet(Data& data, MatrixExport::Format format)
{
    const QString suffix = suffixOf(format);
    Row row{suffix + QStringLiteral("-import"),
            QStringLiteral("coectl import matrix %1, new workspace").arg(suffix.toUpper())};
    row.target = QStringLiteral("proc < 300 MB");
    auto file = data.spreadsheet(format);
    if (!file)
        return failed(row, file.error());
    const QString target = data.path(QStringLiteral("import-%1.coe").arg(suffix));
    removeWorkspace(target);
    const QString coectl = data.settings().coectl;
    if (const Measured init = measureChild(coectl, {QStringLiteral("init"), target}); !init.ok)
        return failed(row, {Error::Failed, init.error});
    row.measured = measureChild(coectl, {QStringLiteral("import"), QStringLiteral("matrix"), file.value(), target,
                                         QStringLiteral("--create-missing")});
    row.note = fileMB(file.value());
    row.references << data.libreOffice(QStringLiteral("soffice: this %1 to CSV").arg(suffix.toUpper()), file.value(),
                                       QStringLiteral("csv"), QStringLiteral("<= 0.5x"));
    if (format == MatrixExport::Xlsx)
        row.references << data.reference(QStringLiteral("xlsx2csv"), QStringLiteral("xlsx2csv: this XLSX to CSV"),
                                         {file.value(), data.path(QStringLiteral("xlsx2csv.csv"))},
                                         QStringLiteral("<= 1x"));
    return row;
}

Row xlsxExport(Data& data)
{
    return exportSheet(data, MatrixExport::Xlsx);
}

Row odsExport(Data& data)
{
    return exportSheet(data, MatrixExport::Ods);
}

Row xlsxImport(Data& data)
{
    return importSheet(data, MatrixExport::Xlsx);
}

Row odsImport(Data& data)
{
    return importSheet(data, MatrixExport::Ods);
}

Row xlsxPreview(Data& data)
{
    Row row{QStringLiteral("xlsx-preview"), QStringLiteral("import dialog's preview: first 200 rows")};
    auto file = data.spreadsheet(MatrixExport::Xlsx);
    if (!file)
        return failed(row, file.error());
    row.measured = measureHere([&]() -> Result<void> {
        auto sheet = Spreadsheet::read(file.value(), {}, 200);
        if (!sheet)
            return sheet.error();
        return {};
    });
    return row;
}

// --- the matrix on screen -------------------------------------------------------------------

struct OpenParts
{
    double open = 0;
    double load = 0;
    double paint = 0;
    bool fromCache = false;
};

/// Opens @p file and shows its matrix until the first screen is painted (offscreen).
Result<void> openAndPaint(const QString& file, std::unique_ptr<Workspace>& ws, std::unique_ptr<ui::MatrixView>& view,
                          OpenParts& parts)
{
    QElapsedTimer timer;
    timer.start();
    auto opened = openWorkspace(file);
    if (!opened)
        return opened.error();
    ws = opened.take();
    parts.open = secondsOf(timer);
    timer.restart();
    view = std::make_unique<ui::MatrixView>(*ws);
    parts.load = secondsOf(timer);
    view->resize(1600, 1000);
    view->show();
    timer.restart();
    QApplication::processEvents();
    view->grab();
    parts.paint = secondsOf(timer);
    parts.fromCache = view->model()->matrix().loadedFromCache();
    return {};
}

/// Removes the matrix cache of @p file (cold), or makes sure there is one (cached).
Result<void> prepareCache(const QString& file, bool cached)
{
    QString cache;
    if (auto ws = openWorkspace(file); ws)
        cache = MatrixCache::pathFor(*ws.value());
    else
        return ws.error();
    if (!cached) {
        QFile::remove(cache);
        return {};
    }
    if (QFile::exists(cache))
        return {};
    std::unique_ptr<Workspace> ws;
    std::unique_ptr<ui::MatrixView> view;
    OpenParts parts;
    return openAndPaint(file, ws, view, parts);
}

Row openMatrix(Data& data, const QString& name, bool rows, bool cached)
{
    Row row{name, QStringLiteral("open + first paint, cells as %1, %2")
                      .arg(rows ? QStringLiteral("rows") : QStringLiteral("batches"),
                           cached ? QStringLiteral("cached") : QStringLiteral("cold"))};
    row.target = QStringLiteral("< 1 s");
    auto file = rows ? data.rowsWorkspace() : data.batchesWorkspace();
    if (!file)
        return failed(row, file.error());
    if (auto prepared = prepareCache(file.value(), cached); !prepared)
        return failed(row, prepared.error());
    std::unique_ptr<Workspace> ws;
    std::unique_ptr<ui::MatrixView> view;
    OpenParts parts;
    row.measured = measureHere([&] { return openAndPaint(file.value(), ws, view, parts); });
    if (row.measured.ok) {
        const MatrixData& matrix = view->model()->matrix();
        const double cells = double(matrix.personCount()) * matrix.skillCount();
        const QString source =
            parts.fromCache ? QStringLiteral("read the matrix cache")
            : cached        ? QStringLiteral("no cache: below its %1-row threshold").arg(MatrixCache::threshold())
                            : QStringLiteral("read every row and batch");
        row.note = QStringLiteral("open %1, load %2, paint %3; %4; cells %5 B, +anon %6 B each")
                       .arg(ms(parts.open), ms(parts.load), ms(parts.paint), source)
                       .arg(double(matrix.cellBytes()) / cells, 0, 'f', 1)
                       .arg(row.measured.anonMB * 1024 * 1024 / cells, 0, 'f', 1);
    }
    return row;
}

Row openBatchesCold(Data& data)
{
    return openMatrix(data, QStringLiteral("open-batches-cold"), false, false);
}

Row openBatchesCached(Data& data)
{
    return openMatrix(data, QStringLiteral("open-batches-cached"), false, true);
}

Row openRowsCold(Data& data)
{
    return openMatrix(data, QStringLiteral("open-rows-cold"), true, false);
}

Row openRowsCached(Data& data)
{
    return openMatrix(data, QStringLiteral("open-rows-cached"), true, true);
}

Row scroll(Data& data)
{
    Row row{QStringLiteral("scroll"), QStringLiteral("full vertical scroll of the matrix")};
    auto view = data.view();
    if (!view)
        return failed(row, view.error());
    ui::MatrixTable* table = view.value()->table();
    QScrollBar* bar = table->verticalScrollBar();
    int pages = 0;
    row.measured = measureHere([&]() -> Result<void> {
        for (int value = 0; value <= bar->maximum(); value += std::max(1, bar->pageStep())) {
            bar->setValue(value);
            table->viewport()->repaint();
            ++pages;
        }
        return {};
    });
    row.note = QStringLiteral("%1 pages painted").arg(pages);
    bar->setValue(0);
    QApplication::processEvents();
    return row;
}

Row filter(Data& data)
{
    Row row{QStringLiteral("filter"), QStringLiteral("filter change (text) and repaint")};
    auto view = data.view();
    if (!view)
        return failed(row, view.error());
    SkillMatrixModel* model = view.value()->model();
    row.measured = measureHere([&]() -> Result<void> {
        SkillMatrixModel::Filter filter;
        filter.text = QStringLiteral("Person 99");
        model->setFilter(filter);
        view.value()->table()->viewport()->repaint();
        return {};
    });
    row.note = QStringLiteral("%1 rows shown").arg(model->rowCount());
    model->setFilter({});
    QApplication::processEvents();
    return row;
}

Row edit(Data& data)
{
    Row row{QStringLiteral("edit"), QStringLiteral("one edit: undo step, database, model, cell")};
    row.target = QStringLiteral("< 20 ms");
    auto view = data.view();
    if (!view)
        return failed(row, view.error());
    SkillMatrixModel* model = view.value()->model();
    ui::MatrixTable* table = view.value()->table();
    // The edit starts from an idle window: earlier scenarios' delayed layouts are done first.
    QApplication::processEvents();
    view.value()->repaint();
    QApplication::processEvents();
    int changed = 0;
    const auto connection = QObject::connect(model, &QAbstractItemModel::dataChanged, [&changed] { ++changed; });
    const QModelIndex cell = model->index(3, 7);
    const int level = (cell.data(SkillMatrixModel::LeadLevelRole).toInt() + 1) % 5;
    const int undoSteps = data.viewWorkspace().undoStack()->count();
    double stored = 0;
    row.measured = measureHere([&]() -> Result<void> {
        QElapsedTimer timer;
        timer.start();
        if (!model->setData(cell, level, Qt::EditRole))
            return makeError(Error::Failed, QStringLiteral("setData refused the edit"));
        stored = secondsOf(timer); // written, undo step pushed, dataChanged delivered
        table->viewport()->repaint(table->visualRect(cell));
        return {};
    });
    QObject::disconnect(connection);
    const bool applied = changed == 1 && cell.data(SkillMatrixModel::LeadLevelRole).toInt() == level;
    const bool undoable = data.viewWorkspace().undoStack()->count() == undoSteps + 1;
    if (row.measured.ok && (!applied || !undoable))
        return failed(row, {Error::Failed, applied ? QStringLiteral("no undo step pushed")
                                                   : QStringLiteral("the edit did not reach the model")});
    row.note = QStringLiteral("database + model %1, then the repainted cell").arg(ms(stored));
    return row;
}

// --- readiness ------------------------------------------------------------------------------

/// Loads readiness from the demo workspace and runs @p compute on it, measured together.
template<typename Compute> Row readinessRow(Data& data, Row row, Compute&& compute)
{
    auto file = data.rowsWorkspace();
    if (!file)
        return failed(row, file.error());
    auto ws = openWorkspace(file.value());
    if (!ws)
        return failed(row, ws.error());
    double load = 0;
    row.measured = measureHere([&]() -> Result<void> {
        QElapsedTimer timer;
        timer.start();
        auto readiness = Readiness::load(*ws.value());
        if (!readiness)
            return readiness.error();
        load = secondsOf(timer);
        if (readiness->teamIds().isEmpty())
            return makeError(Error::NotFound, QStringLiteral("no teams"));
        row.note = QStringLiteral("load %1; ").arg(ms(load)) + compute(readiness.value());
        return {};
    });
    return row;
}

Row readinessAll(Data& data)
{
    const QDate date = data.settings().today;
    Row row{QStringLiteral("readiness"), QStringLiteral("readiness of all teams (load + compute)")};
    row.target = QStringLiteral("< 250 ms");
    return readinessRow(data, row, [date](const Readiness& readiness) {
        int teams = 0;
        const QList<Id> ids = readiness.teamIds();
        for (Id team : ids) {
            readiness.compute(team, date);
            ++teams;
        }
        return QStringLiteral("%1 teams, with forecasts and next actions").arg(teams);
    });
}

Row trend(Data& data)
{
    const QDate date = data.settings().today;
    Row row{QStringLiteral("trend"), QStringLiteral("12-month trend of one team (load + trend)")};
    row.target = QStringLiteral("< 500 ms");
    return readinessRow(data, row, [date](const Readiness& readiness) {
        const auto points = readiness.trend(readiness.teamIds().constFirst(), date, 12);
        return QStringLiteral("%1 points").arg(points.size());
    });
}

// --- summits ------------------------------------------------------------------------------

Result<void> writeAgenda(const test::SummitFixture& summit, render::Agenda::Kind kind, const QString& file, int* pages)
{
    render::Agenda::Options options;
    options.people = summit.people;
    options.kind = kind;
    auto written = render::Agenda::writePdf(summit.summit, options, file);
    if (!written)
        return written.error();
    *pages += written.value();
    return {};
}

Row agendaPdf(Data& data)
{
    Row row{QStringLiteral("agenda-pdf"), QStringLiteral("agenda PDF, 3 days x 6 rooms, 150 items")};
    row.target = QStringLiteral("< 2 s");
    const test::SummitFixture summit = test::bigSummit(3, 6, 150);
    const QString file = data.path(QStringLiteral("agenda.pdf"));
    int pages = 0;
    row.measured = measureHere([&] { return writeAgenda(summit, render::Agenda::Grid, file, &pages); });
    int again = 0;
    const Measured second = measureHere([&] { return writeAgenda(summit, render::Agenda::Grid, file, &again); });
    row.note = QStringLiteral("%1 pages; again: %2").arg(pages).arg(ms(second.seconds));
    return row;
}

Row printPack(Data& data)
{
    Row row{QStringLiteral("print-pack"), QStringLiteral("track, room-sign and run-sheet PDFs, same")};
    const test::SummitFixture summit = test::bigSummit(3, 6, 150);
    int pages = 0;
    row.measured = measureHere([&]() -> Result<void> {
        for (const auto kind : {render::Agenda::Tracks, render::Agenda::RoomSigns, render::Agenda::RunSheet}) {
            if (auto done = writeAgenda(summit, kind,
                                        data.path(render::Agenda::kindName(kind) + QStringLiteral(".pdf")), &pages);
                !done)
                return done;
        }
        return {};
    });
    row.note = QStringLiteral("%1 pages").arg(pages);
    return row;
}

/// A week-long summit with 24 rooms and 1,000 items, with clashes made on purpose.
test::SummitFixture clashingSummit()
{
    test::SummitFixture huge = test::bigSummit(5, 24, 1000);
    for (SummitItem& item : huge.summit.items) {
        if (item.kind != SummitItem::Break && item.id % 17 == 0)
            item.slots.first().roomId = 1; // into the main hall: room overlaps
        if (item.kind != SummitItem::Break && item.id % 7 == 0)
            item.expectedAudience = 500; // over capacity
    }
    return huge;
}

Row warnings(Data&)
{
    Row row{QStringLiteral("warnings"), QStringLiteral("summit warnings, 1,000 items, 24 rooms")};
    row.target = QStringLiteral("< 100 ms");
    const test::SummitFixture huge = clashingSummit();
    qsizetype found = 0;
    double best = 1e9;
    row.measured = measureHere([&]() -> Result<void> {
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            found = Conflicts::find(huge.summit, huge.people).size();
            best = std::min(best, secondsOf(timer));
        }
        return {};
    });
    row.measured.seconds = best;
    row.note = QStringLiteral("%1 warnings; best of 5").arg(found);
    return row;
}

} // namespace

const QList<Scenario>& scenarios()
{
    static const QList<Scenario> all{
        {"create", create},
        {"csv-import", csvImport},
        {"xlsx-export", xlsxExport},
        {"ods-export", odsExport},
        {"xlsx-import", xlsxImport},
        {"ods-import", odsImport},
        {"xlsx-preview", xlsxPreview},
        {"open-batches-cold", openBatchesCold},
        {"open-batches-cached", openBatchesCached},
        {"open-rows-cold", openRowsCold},
        {"open-rows-cached", openRowsCached},
        {"scroll", scroll},
        {"filter", filter},
        {"edit", edit},
        {"readiness", readinessAll},
        {"trend", trend},
        {"agenda-pdf", agendaPdf},
        {"print-pack", printPack},
        {"warnings", warnings},
    };
    return all;
}

} // namespace coe::bench
