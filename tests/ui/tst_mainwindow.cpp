// SPDX-License-Identifier: GPL-3.0-or-later
// The shell: menus wired to standard actions, About with every version, remembered geometry.
#include "core/buildinfo.h"
#include "core/config.h"
#include "render/renderinfo.h"
#include "ui/actions.h"
#include "ui/mainwindow.h"
#include "ui/screenshot.h"

#include <QAction>
#include <QDialog>
#include <QImageReader>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>

using namespace coe;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { Config::createTemporary(); }

    void hasTitleAndMenusInOrder()
    {
        ui::MainWindow window;
        window.show();
        QCOMPARE(window.windowTitle(), QStringLiteral("CoE Studio"));
        QStringList titles;
        for (QAction* action : window.menuBar()->actions())
            titles << action->text();
        QCOMPARE(titles, (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"),
                                      QStringLiteral("&View"), QStringLiteral("&Help")}));
        for (const char* name : {"menuFile", "menuEdit", "menuView", "menuHelp"})
            QVERIFY2(window.findChild<QMenu*>(QString::fromLatin1(name)), name);
    }

    void standardActionsHaveShortcuts()
    {
        ui::MainWindow window;
        auto* quit = window.findChild<QAction*>(QStringLiteral("actionQuit"));
        QVERIFY(quit);
        QVERIFY(!quit->shortcut().isEmpty());
        QCOMPARE(window.findChild<QMenu*>(QStringLiteral("menuFile"))->actions().last(), quit);
        auto* undo = window.findChild<QAction*>(QStringLiteral("actionUndo"));
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
        QVERIFY(!undo->isEnabled()); // nothing to undo without a workspace
    }

    void quitClosesTheWindow()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.actions()->quit->trigger();
        QVERIFY(!window.isVisible());
    }

    void aboutShowsEveryVersion()
    {
        ui::MainWindow window;
        window.show();
        window.findChild<QAction*>(QStringLiteral("actionAbout"))->trigger();
        auto* dialog = window.findChild<QDialog*>(QStringLiteral("aboutDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const QString text = dialog->findChild<QLabel*>(QStringLiteral("aboutText"))->text();
        QVERIFY(text.contains(QStringLiteral("CoE Studio ") + BuildInfo::appVersion()));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(render::syntaxHighlightingVersion()));
        QVERIFY(!BuildInfo::sqliteVersion().isEmpty());
        QVERIFY(text.contains(BuildInfo::sqliteVersion()));
        QVERIFY(text.contains(QStringLiteral("KF6 SyntaxHighlighting")));
        dialog->reject();
    }

    void remembersGeometry()
    {
        {
            ui::MainWindow window;
            window.show();
            window.resize(640, 480);
            window.close();
        }
        ui::MainWindow again;
        QCOMPARE(again.size(), QSize(640, 480));
    }

    void screenshotWritesAPngOfTheRequestedSize()
    {
        QTemporaryDir dir;
        ui::MainWindow window;
        const QString path = dir.filePath(QStringLiteral("shots/main.png"));
        QCOMPARE(ui::saveWindowScreenshot(&window, path, QSize(1000, 700)), QString());
        QImageReader reader(path);
        QCOMPARE(reader.format(), QByteArray("png"));
        QCOMPARE(reader.size(), QSize(1000, 700));
    }

    void screenshotReportsAnUnwritablePath()
    {
        ui::MainWindow window;
        const QString error =
            ui::saveWindowScreenshot(&window, QStringLiteral("/proc/no/such/dir/x.png"));
        QVERIFY(error.contains(QStringLiteral("/proc/no/such/dir")));
    }

    void parsesSizes()
    {
        QCOMPARE(ui::parseSize(QStringLiteral("1400x900")), QSize(1400, 900));
        QCOMPARE(ui::parseSize(QStringLiteral(" 800X600 ")), QSize(800, 600));
        QVERIFY(!ui::parseSize(QStringLiteral("1400")).isValid());
        QVERIFY(!ui::parseSize(QStringLiteral("x900")).isValid());
        QVERIFY(!ui::parseSize(QStringLiteral("-5x10")).isValid());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
