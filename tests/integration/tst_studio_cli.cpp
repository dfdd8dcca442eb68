// SPDX-License-Identifier: GPL-3.0-or-later
// coe-studio's command line: --screenshot renders the main window to a PNG and exits.
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestStudioCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void screenshotWritesTheWindow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("window.png"));
        QProcess process;
        process.start(QStringLiteral(COE_STUDIO_PATH),
                      {QStringLiteral("--screenshot"), path, QStringLiteral("--size"),
                       QStringLiteral("1024x700")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QImage image(path);
        QCOMPARE(image.size(), QSize(1024, 700));
        // A rendered window (menus, text, icon) has many colours, not one flat fill.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 8, qPrintable(QString::number(colours.size())));
    }

    void badSizeIsAUsageError()
    {
        QTemporaryDir dir;
        QProcess process;
        process.start(QStringLiteral(COE_STUDIO_PATH),
                      {QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png")),
                       QStringLiteral("--size"), QStringLiteral("huge")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("WxH")));
    }
};

QTEST_GUILESS_MAIN(TestStudioCli)
#include "tst_studio_cli.moc"
