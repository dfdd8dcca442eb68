// SPDX-License-Identifier: GPL-3.0-or-later
// coe-studio's command line: --screenshot renders the main window to a PNG and exits; --help
// and --version answer without a display; --help and --view know every registered view.
#include "storage/location.h"
#include "storage/workspace.h"
#include "ui/viewregistry.h"

#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runStudio(const QStringList& arguments,
              const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(COE_STUDIO_PATH), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

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
                      {QStringLiteral("--screenshot"), path, QStringLiteral("--size"), QStringLiteral("1024x700")});
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
                      {QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png")), QStringLiteral("--size"),
                       QStringLiteral("huge")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("WxH")));
    }

    void helpAndVersionNeedNoDisplay()
    {
        // No DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM: nothing at all.
        const QProcessEnvironment nothing;
        const Run help = runStudio({QStringLiteral("--help")}, nothing);
        QVERIFY2(help.exitCode == 0, qPrintable(QString::number(help.exitCode) + QStringLiteral(": ") + help.err));
        QVERIFY2(help.out.contains(QStringLiteral("Usage:")) &&
                     help.out.contains(QStringLiteral("--screenshot <FILE>")),
                 qPrintable(help.out));
        const Run version = runStudio({QStringLiteral("--version")}, nothing);
        QVERIFY2(version.exitCode == 0,
                 qPrintable(QString::number(version.exitCode) + QStringLiteral(": ") + version.err));
        QVERIFY2(version.out.startsWith(QStringLiteral("coe-studio ")), qPrintable(version.out));
    }

    void helpListsEveryRegisteredViewWithItsTitle()
    {
        const Run help = runStudio({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        // "Views (for --view NAME):", then "  name   Title" a line, up to a blank line.
        const QStringList lines = help.out.split(QLatin1Char('\n'));
        qsizetype at = 0;
        while (at < lines.size() && !lines.at(at).startsWith(QStringLiteral("Views (for --view NAME):")))
            ++at;
        QVERIFY2(at < lines.size(), qPrintable(help.out));
        static const QRegularExpression row(QStringLiteral("^  (\\S+) +(\\S.*)$"));
        QStringList listed;
        for (++at; at < lines.size() && !lines.at(at).trimmed().isEmpty(); ++at) {
            const QRegularExpressionMatch match = row.match(lines.at(at));
            QVERIFY2(match.hasMatch(), qPrintable(lines.at(at)));
            listed << match.captured(1) + QLatin1Char('=') + match.captured(2);
        }
        QStringList registered;
        for (const coe::ui::ViewEntry& entry : coe::ui::ViewRegistry::entries())
            registered << entry.name + QLatin1Char('=') + entry.plainTitle();
        QCOMPARE(listed, registered);
        QVERIFY2(help.out.contains(QStringLiteral("--view <NAME>")), qPrintable(help.out));
    }

    void viewShowsEveryRegisteredView()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("views.coe"));
        {
            auto location = coe::WorkspaceLocation::parse(path);
            QVERIFY2(location, qPrintable(location.error().message));
            auto created = coe::Workspace::create(location.value());
            QVERIFY2(created, qPrintable(created.error().message));
        }
        // An unknown name is a usage error that names every view, before any window exists.
        const Run unknown = runStudio({path, QStringLiteral("--view"), QStringLiteral("nosuchview"),
                                       QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png"))});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("'nosuchview'")), qPrintable(unknown.err));
        const QStringList names = coe::ui::ViewRegistry::names();
        for (const QString& name : names)
            QVERIFY2(unknown.err.contains(name), qPrintable(name + QStringLiteral(" is not in: ") + unknown.err));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("x.png"))));
        // A known name without a workspace says what is missing.
        const Run alone = runStudio({QStringLiteral("--view"), QStringLiteral("matrix"), QStringLiteral("--screenshot"),
                                     dir.filePath(QStringLiteral("y.png"))});
        QCOMPARE(alone.exitCode, 2);
        QVERIFY2(alone.err.contains(QStringLiteral("needs a workspace")), qPrintable(alone.err));

        // Each registered name shows its view, and the window remembers it for next time.
        for (const QString& name : names) {
            const QString shot = dir.filePath(name + QStringLiteral(".png"));
            const QString config = dir.filePath(QStringLiteral("config-") + name);
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
            const Run run = runStudio({path, QStringLiteral("--view"), name, QStringLiteral("--screenshot"), shot,
                                       QStringLiteral("--size"), QStringLiteral("1024x700")},
                                      environment);
            QVERIFY2(run.exitCode == 0, qPrintable(name + QStringLiteral(": ") + run.err));
            // Every view fits 1,024 x 700 (tst_translations); a smaller size would grow to the widest view's minimum.
            QVERIFY2(QImage(shot).size() == QSize(1024, 700), qPrintable(name));
            const QSettings settings(config + QStringLiteral("/CoE Studio/coe-studio.ini"), QSettings::IniFormat);
            QCOMPARE(settings.value(QStringLiteral("MainWindow/CurrentView")).toString(), name);
        }
    }
};

QTEST_GUILESS_MAIN(TestStudioCli)
#include "tst_studio_cli.moc"
