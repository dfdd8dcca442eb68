// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchdata.h"

#include "io/demo.h"
#include "io/matriximport.h"
#include "views/matrixview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QUrl>

namespace coe::bench {

Result<void> writeMatrixCsvs(const Settings& settings, const QString& wide, const QString& longCsv)
{
    QRandomGenerator random(1);
    QFile w(wide), l(longCsv);
    if (!w.open(QIODevice::WriteOnly) || !l.open(QIODevice::WriteOnly))
        return makeError(Error::Failed, QStringLiteral("cannot write %1").arg(wide));
    QByteArray header = "Person,Email";
    for (int s = 0; s < settings.skills; ++s)
        header += ",Skill " + QByteArray::number(s);
    w.write(header + '\n');
    l.write("person,skill,level\n");
    QByteArray wideLine, longChunk;
    for (int p = 0; p < settings.people; ++p) {
        const QByteArray name = "Person " + QByteArray::number(p);
        wideLine = name + ",p" + QByteArray::number(p) + "@example.com";
        for (int s = 0; s < settings.skills; ++s) {
            const char level = char('0' + random.bounded(5));
            wideLine += ',';
            wideLine += level;
            longChunk += name + ",Skill " + QByteArray::number(s) + ',' + level + '\n';
        }
        w.write(wideLine + '\n');
        l.write(longChunk);
        longChunk.clear();
    }
    if (!w.flush() || !l.flush())
        return makeError(Error::Failed, QStringLiteral("cannot write %1").arg(wide));
    return {};
}

void removeWorkspace(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QString::fromLatin1(suffix));
}

Result<std::unique_ptr<Workspace>> openWorkspace(const QString& path)
{
    auto location = WorkspaceLocation::parse(path);
    if (!location)
        return location.error();
    return Workspace::open(location.value());
}

Result<void> makeDemo(const Settings& settings, const QString& path)
{
    removeWorkspace(path);
    auto ws = Workspace::create(WorkspaceLocation::parse(path).take());
    if (!ws)
        return ws.error();
    DemoGenerator::Options options;
    options.people = settings.people;
    options.skills = settings.skills;
    options.teams = settings.teams;
    options.today = settings.today;
    return DemoGenerator::fill(*ws.value(), options);
}

Result<void> importWide(const QString& csv, const QString& path, ImportParts* parts)
{
    removeWorkspace(path);
    auto ws = Workspace::create(WorkspaceLocation::parse(path).take());
    if (!ws)
        return ws.error();
    MatrixImport::Options options;
    options.createMissing = true;
    QElapsedTimer timer;
    timer.start();
    auto sheet = Spreadsheet::read(csv);
    if (!sheet)
        return sheet.error();
    const double read = secondsOf(timer);
    auto plan = MatrixImport::plan(*ws.value(), sheet.value(), options);
    if (!plan)
        return plan.error();
    if (!plan->problems.isEmpty())
        return makeError(Error::Invalid, plan->problems.first());
    const double check = secondsOf(timer) - read;
    if (auto written = MatrixImport::apply(*ws.value(), plan.take()); !written)
        return written;
    if (parts)
        *parts = {read, check, secondsOf(timer) - read - check};
    return {};
}

Data::Data(Settings settings) : m_settings(std::move(settings))
{}

Data::~Data() = default;

Result<QString> Data::wideCsv()
{
    if (!m_wide) {
        if (auto written =
                writeMatrixCsvs(m_settings, path(QStringLiteral("wide.csv")), path(QStringLiteral("long.csv")));
            !written)
            return written.error();
        m_wide = path(QStringLiteral("wide.csv"));
        m_long = path(QStringLiteral("long.csv"));
    }
    return *m_wide;
}

Result<QString> Data::longCsv()
{
    if (auto wide = wideCsv(); !wide)
        return wide.error();
    return *m_long;
}

Result<QString> Data::rowsWorkspace()
{
    if (!m_rows) {
        if (auto made = makeDemo(m_settings, path(QStringLiteral("rows.coe"))); !made)
            return made.error();
        m_rows = path(QStringLiteral("rows.coe"));
    }
    return *m_rows;
}

Result<QString> Data::batchesWorkspace()
{
    if (!m_batches) {
        auto csv = wideCsv();
        if (!csv)
            return csv.error();
        if (auto made = importWide(csv.value(), path(QStringLiteral("batches.coe"))); !made)
            return made.error();
        m_batches = path(QStringLiteral("batches.coe"));
    }
    return *m_batches;
}

Result<const MatrixData*> Data::matrix()
{
    if (!m_matrix) {
        auto batches = batchesWorkspace();
        if (!batches)
            return batches.error();
        auto ws = openWorkspace(batches.value());
        if (!ws)
            return ws.error();
        auto data = std::make_unique<MatrixData>();
        if (auto loaded = data->load(*ws.value()); !loaded)
            return loaded.error();
        m_matrix = std::move(data);
    }
    return m_matrix.get();
}

Result<QString> Data::spreadsheet(MatrixExport::Format format)
{
    std::optional<QString>& made = format == MatrixExport::Ods ? m_ods : m_xlsx;
    if (!made) {
        auto data = matrix();
        if (!data)
            return data.error();
        const QString file =
            path(format == MatrixExport::Ods ? QStringLiteral("ours.ods") : QStringLiteral("ours.xlsx"));
        MatrixExport::Options options;
        options.format = format;
        if (auto written = MatrixExport::write(*data.value(), QStringLiteral("bench"), file, options); !written)
            return written.error();
        made = file;
    }
    return *made;
}

void Data::setSpreadsheet(MatrixExport::Format format, const QString& path)
{
    (format == MatrixExport::Ods ? m_ods : m_xlsx) = path;
}

Result<ui::MatrixView*> Data::view()
{
    if (!m_view) {
        auto batches = batchesWorkspace();
        if (!batches)
            return batches.error();
        auto ws = openWorkspace(batches.value());
        if (!ws)
            return ws.error();
        m_viewWorkspace = ws.take();
        m_view = std::make_unique<ui::MatrixView>(*m_viewWorkspace);
        m_view->resize(1600, 1000);
        m_view->show();
        QApplication::processEvents();
        m_view->grab();
    }
    return m_view.get();
}

Reference Data::reference(const QString& tool, const QString& step, const QStringList& arguments, const QString& target)
{
    Reference r{tool, step, !findProgram(tool).isEmpty(), false, {}, target};
    r.run = r.installed && m_settings.references;
    if (r.run)
        r.measured = measureChild(tool, arguments);
    return r;
}

Reference Data::libreOffice(const QString& step, const QString& input, const QString& format, const QString& target)
{
    const QString profile =
        QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(path(QStringLiteral("lo-profile"))).toString();
    const auto convert = [&](const QString& file, const QString& to, const QString& out) {
        return QStringList{QStringLiteral("--headless"),
                           profile,
                           QStringLiteral("--convert-to"),
                           to,
                           QStringLiteral("--outdir"),
                           out,
                           file};
    };
    // LibreOffice's first start makes its profile: done once, outside any figure.
    if (!m_libreOfficeWarm && m_settings.references && !findProgram(QStringLiteral("soffice")).isEmpty()) {
        QFile warm(path(QStringLiteral("warm-up.csv")));
        if (warm.open(QIODevice::WriteOnly))
            warm.write("a,b\n1,2\n");
        warm.close();
        measureChild(QStringLiteral("soffice"),
                     convert(warm.fileName(), QStringLiteral("xlsx"), path(QStringLiteral("lo-warm"))));
        m_libreOfficeWarm = true;
    }
    const QString out = path(QStringLiteral("lo-%1-to-%2").arg(QFileInfo(input).suffix(), format));
    return reference(QStringLiteral("soffice"), step, convert(input, format, out), target);
}

} // namespace coe::bench
