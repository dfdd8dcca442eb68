// SPDX-License-Identifier: GPL-3.0-or-later
// Readiness charts written as PNG, SVG and PDF and read back by independent readers: the
// image decoder, an XML parser, and Poppler for the PDF's pages and text.
#include "analytics/readiness.h"
#include "io/demo.h"
#include "render/charts.h"
#include "storage/workspace.h"

#include <QFile>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <poppler-qt6.h>

using namespace coe;
using render::ChartKind;

Q_DECLARE_METATYPE(coe::render::ChartKind)

class TestCharts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::optional<Readiness> m_readiness;
    const QDate m_date = QDate(2026, 6, 1);

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = Workspace::create(WorkspaceLocation::parse(m_dir.filePath(QStringLiteral("charts.coe"))).take()).take();
        DemoGenerator::Options options;
        options.today = m_date;
        QVERIFY(DemoGenerator::fill(*m_ws, options));
        auto loaded = Readiness::load(*m_ws);
        QVERIFY(loaded);
        m_readiness = loaded.take();
    }

    void everyChartInEveryFormat_data()
    {
        QTest::addColumn<ChartKind>("kind");
        QTest::addColumn<QString>("title");
        QTest::newRow("radar") << ChartKind::Radar << QStringLiteral("Coverage by skill category");
        QTest::newRow("heatmap") << ChartKind::Heatmap << QStringLiteral("Coverage by team and skill category");
        QTest::newRow("phases") << ChartKind::Phases << QStringLiteral("Capabilities by hand-over phase");
        QTest::newRow("trend") << ChartKind::Trend << QStringLiteral("Readiness index by month");
        QTest::newRow("coverage") << ChartKind::Coverage << QStringLiteral("Independent people per required skill");
    }

    void everyChartInEveryFormat()
    {
        QFETCH(ChartKind, kind);
        QFETCH(QString, title);
        const Id team = *m_readiness->teamByName(QStringLiteral("Platform"));
        const auto chart = render::Chart::make(kind, *m_readiness, team, m_date);
        QCOMPARE(chart->title(), title);
        const QString base = m_dir.filePath(render::chartKindName(kind));

        // PNG: decodes at the requested size times the DPI scale.
        QVERIFY(render::ChartExport::write(*chart, base + QStringLiteral(".png"), QSize(900, 600), 192));
        QImageReader png(base + QStringLiteral(".png"));
        QCOMPARE(png.size(), QSize(1800, 1200));
        const QImage image = png.read();
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 23)
            for (int x = 0; x < image.width(); x += 23)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 6, "the picture is nearly blank");

        // SVG: well-formed XML whose text includes the title.
        QVERIFY(render::ChartExport::write(*chart, base + QStringLiteral(".svg"), QSize(900, 600)));
        QFile svg(base + QStringLiteral(".svg"));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&svg);
        QString text;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::Characters)
                text += xml.text();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(text.contains(title), qPrintable(text.left(300)));

        // PDF: one page, and Poppler finds the title and the team (or "All teams") in its text.
        QVERIFY(render::ChartExport::write(*chart, base + QStringLiteral(".pdf"), QSize(900, 600)));
        auto document = Poppler::Document::load(base + QStringLiteral(".pdf"));
        QVERIFY(document);
        QCOMPARE(document->numPages(), 1);
        const QString pageText = document->page(0)->text(QRectF()).simplified();
        QVERIFY2(pageText.contains(title), qPrintable(pageText.left(300)));
        const QString who = kind == ChartKind::Heatmap || kind == ChartKind::Phases ? QStringLiteral("All teams")
                                                                                    : QStringLiteral("Platform");
        QVERIFY2(pageText.contains(who), qPrintable(pageText.left(300)));
    }

    void badSuffixIsRefused()
    {
        const auto chart = render::Chart::make(ChartKind::Heatmap, *m_readiness, 0, m_date);
        auto done = render::ChartExport::write(*chart, m_dir.filePath(QStringLiteral("x.gif")), QSize(800, 600));
        QVERIFY(!done);
        QCOMPARE(done.error().message, QStringLiteral("x.gif: the file name must end in .png, .svg or .pdf."));
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
