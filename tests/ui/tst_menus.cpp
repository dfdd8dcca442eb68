// SPDX-License-Identifier: GPL-3.0-or-later
// Icons, the main toolbar and the Edit menu: the toolbar carries a lead's most used actions,
// every menu entry has an icon unless it is listed as text-only, and each standard edit
// reaches the focused widget and does there what its key does.
#include "core/config.h"
#include "models/skillmatrixmodel.h"
#include "storage/location.h"
#include "support/scriptedprompter.h"
#include "ui/actions.h"
#include "ui/icons.h"
#include "ui/mainwindow.h"
#include "ui/prompter.h"
#include "ui/workspacecontroller.h"
#include "widgets/matrixtable.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QIcon>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <memory>

using namespace coe;

namespace {

bool hasIcon(const QIcon& icon)
{
    return !icon.isNull() && !icon.pixmap(QSize(16, 16)).isNull();
}

/// Every action of @p menu and its submenus, submenus included as their menu action.
void collect(QMenu* menu, QList<QAction*>& actions)
{
    const QList<QAction*> menuActions = menu->actions();
    for (QAction* action : menuActions) {
        if (action->isSeparator())
            continue;
        actions << action;
        if (QMenu* sub = action->menu())
            collect(sub, actions);
    }
}

} // namespace

class TestMenus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { ui::installIcons(); }

    void init()
    {
        Config::createTemporary();
        m_prompter = test::ScriptedPrompter();
        ui::Prompter::install(&m_prompter);
    }
    void cleanup()
    {
        m_window.reset();
        ui::Prompter::install(nullptr);
    }

    void theBundledThemeAnswersEveryNameTheWindowUses()
    {
        QCOMPARE(QIcon::fallbackThemeName(), ui::bundledIconTheme());
        QVERIFY(!QApplication::windowIcon().isNull());
        QCOMPARE(QGuiApplication::desktopFileName(), QStringLiteral("org.coestudio.CoEStudio"));
        // The bundled theme alone, as on Windows and macOS.
        const QString platformTheme = QIcon::themeName();
        QIcon::setThemeName(ui::bundledIconTheme());
        for (const char* name : {"document-new", "document-open", "document-import", "document-export", "edit-undo",
                                 "edit-redo", "document-print", "edit-cut", "edit-copy", "edit-paste", "edit-delete",
                                 "edit-select-all", "edit-find", "view-grid", "system-users"})
            QVERIFY2(hasIcon(QIcon::fromTheme(QString::fromLatin1(name))), name);
        QIcon::setThemeName(platformTheme);
    }

    void toolBarHasTheLeadsActionsWithIcons()
    {
        ui::MainWindow window;
        auto* toolBar = window.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
        QVERIFY(toolBar);
        QVERIFY(toolBar->isMovable());
        QStringList names;
        const QList<QAction*> toolBarActions = toolBar->actions();
        for (QAction* action : toolBarActions) {
            if (action->isSeparator())
                continue;
            names << action->objectName();
            QVERIFY2(hasIcon(action->icon()), qPrintable(action->objectName()));
        }
        QCOMPARE(names, (QStringList{QStringLiteral("actionNewWorkspace"), QStringLiteral("actionOpen"),
                                     QStringLiteral("actionImportMatrix"), QStringLiteral("actionExportMatrix"),
                                     QStringLiteral("actionUndo"), QStringLiteral("actionRedo"),
                                     QStringLiteral("actionPrint")}));
    }

    void toolBarPlaceIsRememberedWithTheWindow()
    {
        {
            ui::MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto* toolBar = window.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
            QCOMPARE(window.toolBarArea(toolBar), Qt::TopToolBarArea);
            window.addToolBar(Qt::LeftToolBarArea, toolBar);
            window.close();
        }
        ui::MainWindow again;
        QCOMPARE(again.toolBarArea(again.findChild<QToolBar*>(QStringLiteral("mainToolBar"))), Qt::LeftToolBarArea);
    }

    void everyMenuActionHasAnIconOrIsTextOnly()
    {
        openDemo();
        QList<QAction*> actions;
        const QList<QAction*> topLevel = m_window->menuBar()->actions();
        for (QAction* top : topLevel)
            collect(top->menu(), actions);
        QVERIFY(actions.size() > 20);
        const QStringList textOnly = ui::Actions::textOnlyActionNames();
        for (QAction* action : std::as_const(actions)) {
            const QString name = action->objectName().isEmpty() ? action->text() : action->objectName();
            if (!textOnly.contains(action->objectName()))
                QVERIFY2(hasIcon(action->icon()), qPrintable(name + QStringLiteral(" has no icon")));
        }
        auto* rail = m_window->findChild<QListWidget*>(QStringLiteral("navigationRail"));
        for (int row = 0; row < rail->count(); ++row)
            QVERIFY2(hasIcon(rail->item(row)->icon()), qPrintable(rail->item(row)->text()));
    }

    void editMenuHasTheStandardActionsWithTheirKeys()
    {
        ui::MainWindow window;
        QStringList names;
        const QList<QAction*> editActions = window.findChild<QMenu*>(QStringLiteral("menuEdit"))->actions();
        for (QAction* action : editActions) {
            if (!action->isSeparator())
                names << action->objectName();
        }
        QCOMPARE(names,
                 (QStringList{QStringLiteral("actionUndo"), QStringLiteral("actionRedo"), QStringLiteral("actionCut"),
                              QStringLiteral("actionCopy"), QStringLiteral("actionPaste"),
                              QStringLiteral("actionDelete"), QStringLiteral("actionSelectAll"),
                              QStringLiteral("actionFind"), QStringLiteral("actionPreferences")}));
        const ui::Actions* a = window.actions();
        QCOMPARE(a->cut->shortcuts(), QKeySequence::keyBindings(QKeySequence::Cut));
        QCOMPARE(a->copy->shortcuts(), QKeySequence::keyBindings(QKeySequence::Copy));
        QCOMPARE(a->paste->shortcuts(), QKeySequence::keyBindings(QKeySequence::Paste));
        QCOMPARE(a->deleteSelection->shortcuts(), QKeySequence::keyBindings(QKeySequence::Delete));
        QCOMPARE(a->selectAll->shortcuts(), QKeySequence::keyBindings(QKeySequence::SelectAll));
        QCOMPARE(a->find->shortcuts(), QKeySequence::keyBindings(QKeySequence::Find));
    }

    void editActionsReachAFocusedLineEdit()
    {
        openDemo();
        QVERIFY(m_window->showView(QStringLiteral("people")));
        auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("peopleSearch"));
        QVERIFY(search);
        search->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), search);
        search->setText(QStringLiteral("Ada Lovelace"));
        search->setSelection(0, 3);
        openEditMenu();
        const ui::Actions* a = m_window->actions();
        QVERIFY(a->copy->isEnabled());
        a->copy->trigger();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("Ada"));

        QApplication::clipboard()->setText(QStringLiteral("Grace"));
        openEditMenu();
        QVERIFY(a->paste->isEnabled());
        a->paste->trigger(); // replaces the selection
        QCOMPARE(search->text(), QStringLiteral("Grace Lovelace"));

        a->selectAll->trigger();
        QCOMPARE(search->selectedText(), QStringLiteral("Grace Lovelace"));
        openEditMenu();
        QVERIFY(a->cut->isEnabled());
        a->cut->trigger();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("Grace Lovelace"));
        QVERIFY(search->text().isEmpty());

        search->setText(QStringLiteral("abc"));
        search->setSelection(1, 1);
        openEditMenu();
        a->deleteSelection->trigger();
        QCOMPARE(search->text(), QStringLiteral("ac"));
        search->deselect();
        openEditMenu();
        QVERIFY(!a->copy->isEnabled()); // nothing selected
        QVERIFY(!a->deleteSelection->isEnabled());
    }

    void selectAllOnATableSelectsEveryRow()
    {
        openDemo();
        QVERIFY(m_window->showView(QStringLiteral("people")));
        auto* table = m_window->findChild<QTableView*>(QStringLiteral("peopleTable"));
        QVERIFY(table && table->model()->rowCount() > 1);
        table->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), table);
        openEditMenu();
        QVERIFY(m_window->actions()->selectAll->isEnabled());
        QVERIFY(!m_window->actions()->cut->isEnabled()); // the people table has no cut
        m_window->actions()->selectAll->trigger();
        QCOMPARE(table->selectionModel()->selectedRows().size(), table->model()->rowCount());
    }

    void matrixCopyAndPasteAreWhatTheirKeysDo()
    {
        openDemo();
        QVERIFY(m_window->showView(QStringLiteral("matrix")));
        auto* table = m_window->findChild<ui::MatrixTable*>(QStringLiteral("matrixTable"));
        QVERIFY(table);
        SkillMatrixModel* model = table->matrixModel();
        table->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), table);
        table->setCurrentIndex(model->index(1, 1));
        table->selectionModel()->select(QItemSelection(model->index(1, 1), model->index(2, 2)),
                                        QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(table, Qt::Key_3); // the lead's level 3 in the four cells

        QApplication::clipboard()->clear();
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        const QString byKey = QApplication::clipboard()->text();
        QVERIFY(!byKey.isEmpty());
        QApplication::clipboard()->clear();
        openEditMenu();
        QVERIFY(m_window->actions()->copy->isEnabled());
        m_window->actions()->copy->trigger();
        QCOMPARE(QApplication::clipboard()->text(), byKey);

        // Paste the two-by-two block two rows further down: the same levels arrive there.
        int alreadyThree = 0;
        for (int row = 3; row <= 4; ++row) {
            for (int column = 1; column <= 2; ++column)
                alreadyThree += model->index(row, column).data(SkillMatrixModel::LeadLevelRole).toInt() == 3 ? 1 : 0;
        }
        QVERIFY(alreadyThree < 4); // else the paste would show nothing
        table->setCurrentIndex(model->index(3, 1));
        table->selectionModel()->select(model->index(3, 1), QItemSelectionModel::ClearAndSelect);
        openEditMenu();
        QVERIFY(m_window->actions()->paste->isEnabled());
        m_window->actions()->paste->trigger();
        for (int row = 0; row < 2; ++row) {
            for (int column = 1; column <= 2; ++column)
                QCOMPARE(model->index(3 + row, column).data(SkillMatrixModel::LeadLevelRole).toInt(), 3);
        }
    }

    void findGoesToTheViewsSearchField()
    {
        openDemo();
        QVERIFY(m_window->showView(QStringLiteral("dashboard")));
        QVERIFY(!m_window->actions()->find->isEnabled()); // the dashboard has no search field
        QVERIFY(m_window->showView(QStringLiteral("matrix")));
        QVERIFY(m_window->actions()->find->isEnabled());
        m_window->actions()->find->trigger();
        QTRY_COMPARE(QApplication::focusWidget(), m_window->findChild<QLineEdit*>(QStringLiteral("matrixSearch")));
    }

    void printIsForTheSummitsView()
    {
        openDemo();
        QVERIFY(m_window->showView(QStringLiteral("matrix")));
        QVERIFY(!m_window->actions()->print->isEnabled());
        QVERIFY(m_window->showView(QStringLiteral("summits")));
        QVERIFY(m_window->actions()->print->isEnabled());
    }

private:
    void openDemo()
    {
        m_window = std::make_unique<ui::MainWindow>();
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        static int n = 0;
        QVERIFY(m_window->controller()->createDemo(m_dir.filePath(QStringLiteral("menus%1.coe").arg(++n))));
    }
    /// What opening the Edit menu does before it shows.
    void openEditMenu() { Q_EMIT m_window->findChild<QMenu*>(QStringLiteral("menuEdit"))->aboutToShow(); }

    QTemporaryDir m_dir;
    test::ScriptedPrompter m_prompter;
    std::unique_ptr<ui::MainWindow> m_window;
};

QTEST_MAIN(TestMenus)
#include "tst_menus.moc"
