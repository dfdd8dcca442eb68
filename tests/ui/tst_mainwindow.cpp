// SPDX-License-Identifier: GPL-3.0-or-later
// The shell: menus wired to standard actions, the views from their one table, About with every
// version, remembered geometry.
#include "core/buildinfo.h"
#include "core/config.h"
#include "render/renderinfo.h"
#include "storage/location.h"
#include "storage/sqlitelibrary.h"
#include "ui/actions.h"
#include "ui/mainwindow.h"
#include "ui/screenshot.h"
#include "ui/viewregistry.h"
#include "ui/workspacecontroller.h"
#include "views/dashboardview.h"
#include "views/engagementsview.h"
#include "views/matrixview.h"
#include "views/peopleview.h"
#include "views/sessionsview.h"
#include "views/skillsview.h"
#include "views/summitview.h"

#include <QAction>
#include <QDialog>
#include <QImageReader>
#include <QLabel>
#include <QListWidget>
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
        const QList<QAction*> menus = window.menuBar()->actions();
        for (QAction* action : menus)
            titles << action->text();
        QCOMPARE(titles, (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                                      QStringLiteral("&Help")}));
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
        QVERIFY(!SqliteLibrary::version().isEmpty());
        QVERIFY(text.contains(SqliteLibrary::version()));
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
        const QString error = ui::saveWindowScreenshot(&window, QStringLiteral("/proc/no/such/dir/x.png"));
        QVERIFY(error.contains(QStringLiteral("/proc/no/such/dir")));
    }

    void everyViewIsRegisteredWithTodaysNameTitleAndShortcut()
    {
        // Written out here, not read from the registry, so that a view dropped from the table,
        // renamed (remembered settings and --view scripts use the name) or given another
        // shortcut fails.
        const QList<std::tuple<QString, QString, QKeySequence>> expected{
            {QStringLiteral("dashboard"), QStringLiteral("&Dashboard"), QKeySequence(Qt::CTRL | Qt::Key_1)},
            {QStringLiteral("matrix"), QStringLiteral("Skill &matrix"), QKeySequence(Qt::CTRL | Qt::Key_2)},
            {QStringLiteral("people"), QStringLiteral("&People && teams"), QKeySequence(Qt::CTRL | Qt::Key_3)},
            {QStringLiteral("skills"), QStringLiteral("&Skills"), QKeySequence(Qt::CTRL | Qt::Key_4)},
            {QStringLiteral("engagements"), QStringLiteral("&Engagements"), QKeySequence(Qt::CTRL | Qt::Key_5)},
            {QStringLiteral("sessions"), QStringLiteral("Sess&ions"), QKeySequence(Qt::CTRL | Qt::Key_6)},
            {QStringLiteral("summits"), QStringLiteral("S&ummits"), QKeySequence(Qt::CTRL | Qt::Key_7)},
        };
        const QList<ui::ViewEntry>& entries = ui::ViewRegistry::entries();
        QCOMPARE(entries.size(), expected.size());
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const auto& [name, title, shortcut] = expected.at(i);
            QCOMPARE(entries.at(i).name, name);
            QCOMPARE(entries.at(i).menuTitle(), title);
            QCOMPARE(entries.at(i).shortcut, shortcut);
            QVERIFY2(entries.at(i).create, qPrintable(name));
        }
        QCOMPARE(ui::ViewRegistry::find(QStringLiteral("people"))->plainTitle(), QStringLiteral("People & teams"));
        QVERIFY(!ui::ViewRegistry::find(QStringLiteral("nosuchview")));
    }

    void railAndViewMenuListTheRegisteredViews()
    {
        ui::MainWindow window;
        const QList<ui::ViewEntry>& entries = ui::ViewRegistry::entries();
        const QList<QAction*> menu = window.findChild<QMenu*>(QStringLiteral("menuView"))->actions();
        auto* rail = window.findChild<QListWidget*>(QStringLiteral("navigationRail"));
        QVERIFY(rail);
        QCOMPARE(rail->count(), entries.size());
        QVERIFY(menu.value(entries.size())->isSeparator()); // then Go to, full screen and the status bar
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const ui::ViewEntry& entry = entries.at(i);
            auto* action = window.findChild<QAction*>(entry.actionName());
            QVERIFY2(action, qPrintable(entry.actionName()));
            QCOMPARE(menu.value(i), action);
            QCOMPARE(action->text(), entry.menuTitle());
            QCOMPARE(action->shortcut(), entry.shortcut);
            QVERIFY(!action->isEnabled()); // no workspace yet
            QCOMPARE(rail->item(int(i))->data(Qt::UserRole).toString(), entry.name);
            QCOMPARE(rail->item(int(i))->text(), entry.plainTitle());
            QVERIFY(rail->item(int(i))->toolTip().contains(entry.shortcut.toString(QKeySequence::NativeText)));
            QVERIFY(!window.showView(entry.name));
            QVERIFY(!window.view(entry.name));
        }
    }

    void everyRegisteredViewOpensByNameAndByItsAction()
    {
        QTemporaryDir dir;
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto location = WorkspaceLocation::parse(dir.filePath(QStringLiteral("views.coe")));
        QVERIFY2(location, qPrintable(location.error().message));
        const auto created = window.controller()->create(location.value());
        QVERIFY2(created, qPrintable(created.error().message));

        const QList<ui::ViewEntry>& entries = ui::ViewRegistry::entries();
        auto* rail = window.findChild<QListWidget*>(QStringLiteral("navigationRail"));
        QSet<QWidget*> views;
        for (const ui::ViewEntry& entry : entries) {
            QVERIFY2(window.showView(entry.name), qPrintable(entry.name));
            QWidget* view = window.view(entry.name);
            QVERIFY2(view && view->isVisible(), qPrintable(entry.name));
            views.insert(view);
            QCOMPARE(rail->currentItem()->data(Qt::UserRole).toString(), entry.name);
            QCOMPARE(Config::instance()->get(Config::CurrentView).toString(), entry.name);
        }
        QCOMPARE(views.size(), entries.size()); // one widget each
        // Each action shows its own view, from whichever was showing.
        for (qsizetype i = entries.size() - 1; i >= 0; --i) {
            auto* action = window.findChild<QAction*>(entries.at(i).actionName());
            QVERIFY(action->isEnabled());
            action->trigger();
            QVERIFY2(window.view(entries.at(i).name)->isVisible(), qPrintable(entries.at(i).name));
            for (const ui::ViewEntry& other : entries) {
                if (other.name != entries.at(i).name)
                    QVERIFY2(!window.view(other.name)->isVisible(), qPrintable(other.name));
            }
        }
        // The typed accessors find the same widgets.
        QCOMPARE(static_cast<QWidget*>(window.dashboardView()), window.view(QStringLiteral("dashboard")));
        QCOMPARE(static_cast<QWidget*>(window.matrixView()), window.view(QStringLiteral("matrix")));
        QCOMPARE(static_cast<QWidget*>(window.peopleView()), window.view(QStringLiteral("people")));
        QCOMPARE(static_cast<QWidget*>(window.skillsView()), window.view(QStringLiteral("skills")));
        QCOMPARE(static_cast<QWidget*>(window.engagementsView()), window.view(QStringLiteral("engagements")));
        QCOMPARE(static_cast<QWidget*>(window.sessionsView()), window.view(QStringLiteral("sessions")));
        QCOMPARE(static_cast<QWidget*>(window.summitView()), window.view(QStringLiteral("summits")));
        QVERIFY(!window.showView(QStringLiteral("nosuchview")));

        window.controller()->close();
        for (const ui::ViewEntry& entry : entries)
            QVERIFY(!window.view(entry.name));
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
