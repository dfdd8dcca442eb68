// SPDX-License-Identifier: GPL-3.0-or-later
// The printable readiness report, read back through Poppler.
#include "analytics/readiness.h"
#include "io/demo.h"
#include "render/readinessreport.h"
#include "storage/workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <poppler-qt6.h>

using namespace coe;

class TestReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSectionPerTeamWithPageNumbersAndEmbeddedFonts()
    {
        QTemporaryDir dir;
        auto ws = Workspace::create(WorkspaceLocation::parse(dir.filePath(QStringLiteral("r.coe"))).take()).take();
        DemoGenerator::Options demo;
        demo.today = QDate(2026, 6, 1);
        QVERIFY(DemoGenerator::fill(*ws, demo));
        auto readiness = Readiness::load(*ws);
        QVERIFY(readiness);
        render::ReadinessReport::Options options;
        options.date = QDate(2026, 6, 1);
        options.workspace = QStringLiteral("r.coe");
        options.paper = QPageSize::Letter;
        const QString path = dir.filePath(QStringLiteral("readiness.pdf"));
        auto pages = render::ReadinessReport::write(readiness.value(), path, options);
        QVERIFY(pages);

        auto document = Poppler::Document::load(path);
        QVERIFY(document);
        QCOMPARE(document->numPages(), pages.value());
        QVERIFY(pages.value() >= 5); // every team starts on its own page
        QString all;
        for (int p = 0; p < document->numPages(); ++p) {
            const QString text = document->page(p)->text(QRectF()).simplified();
            QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages.value())),
                     qPrintable(text.left(200)));
            QVERIFY(text.contains(QStringLiteral("Team readiness · r.coe")));
            all += text;
        }
        for (const char* team : {"Checkout", "Data", "Identity", "Payments", "Platform"})
            QVERIFY2(all.contains(QStringLiteral("%1 Readiness index").arg(QString::fromLatin1(team))), team);
        QVERIFY(all.contains(QStringLiteral("Required skills")));
        // Letter: 8.5 × 11 inches.
        const QSizeF size = document->page(0)->pageSizeF();
        QCOMPARE(qRound(size.width()), 612);
        QCOMPARE(qRound(size.height()), 792);
        const QList<Poppler::FontInfo> fonts = document->fonts();
        QVERIFY(!fonts.isEmpty());
        for (const Poppler::FontInfo& font : fonts)
            QVERIFY2(font.isEmbedded(), qPrintable(font.name()));
    }

    void noTeamsIsAMessage()
    {
        QTemporaryDir dir;
        auto ws = Workspace::create(WorkspaceLocation::parse(dir.filePath(QStringLiteral("e.coe"))).take()).take();
        auto readiness = Readiness::load(*ws);
        auto pages = render::ReadinessReport::write(readiness.value(), dir.filePath(QStringLiteral("x.pdf")), {});
        QVERIFY(!pages);
        QCOMPARE(pages.error().message,
                 QStringLiteral("The workspace has no teams yet, so there is nothing to report."));
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
