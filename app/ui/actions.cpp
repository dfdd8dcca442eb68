// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actions.h"

#include "ui/viewregistry.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>

namespace coe::ui {

Actions::Actions(QObject* parent) : QObject(parent)
{
    newWorkspace = make(QStringLiteral("actionNewWorkspace"), tr("&New workspace…"), QStringLiteral("document-new"));
    newWorkspace->setShortcuts(QKeySequence::New);
    open = make(QStringLiteral("actionOpen"), tr("&Open…"), QStringLiteral("document-open"));
    open->setShortcuts(QKeySequence::Open);
    connectDatabase = make(QStringLiteral("actionConnect"), tr("Connect to &team database…"),
                           QStringLiteral("network-server-database"));
    createDemo =
        make(QStringLiteral("actionCreateDemo"), tr("Create &demo workspace…"), QStringLiteral("tools-wizard"));
    importMatrix =
        make(QStringLiteral("actionImportMatrix"), tr("&Import skill matrix…"), QStringLiteral("document-import"));
    importMatrix->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importMatrix->setEnabled(false);
    exportMatrix =
        make(QStringLiteral("actionExportMatrix"), tr("&Export skill matrix…"), QStringLiteral("document-export"));
    exportMatrix->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportMatrix->setEnabled(false);
    workspaceSettings = make(QStringLiteral("actionWorkspaceSettings"), tr("Wor&kspace settings…"),
                             QStringLiteral("document-properties"));
    workspaceSettings->setEnabled(false);
    close = make(QStringLiteral("actionClose"), tr("&Close workspace"), QStringLiteral("document-close"));
    close->setShortcuts(QKeySequence::Close);
    close->setEnabled(false);

    for (const ViewEntry& view : ViewRegistry::entries()) {
        QAction* show = make(view.actionName(), view.menuTitle(), view.iconName);
        show->setShortcut(view.shortcut);
        showViews << show;
    }
    readinessHelp =
        make(QStringLiteral("actionReadinessHelp"), tr("How &readiness is computed"), QStringLiteral("help-contents"));

    quit = make(QStringLiteral("actionQuit"), tr("&Quit"), QStringLiteral("application-exit"));
    quit->setMenuRole(QAction::QuitRole);
    // Windows has no standard Quit sequence; Ctrl+Q is what users there expect too.
    quit->setShortcuts(QKeySequence::keyBindings(QKeySequence::Quit).isEmpty()
                           ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Q)}
                           : QKeySequence::keyBindings(QKeySequence::Quit));

    undo = make(QStringLiteral("actionUndo"), tr("&Undo"), QStringLiteral("edit-undo"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setEnabled(false);
    redo = make(QStringLiteral("actionRedo"), tr("&Redo"), QStringLiteral("edit-redo"));
    redo->setShortcuts(QKeySequence::Redo);
    redo->setEnabled(false);
    print = make(QStringLiteral("actionPrint"), tr("&Print…"), QStringLiteral("document-print"));
    print->setShortcuts(QKeySequence::Print);
    print->setEnabled(false);

    // The keys of these stay with the focused widget, which already handles them (line edits,
    // the matrix's Ctrl+C and Ctrl+V, the views' own Delete actions): a window-wide Ctrl+C or
    // Delete would be ambiguous with those and silence both. So the shortcut is shown in the
    // menu but only active in it; chosen from the menu, EditRouter passes the edit on.
    const auto standardEdit = [this](const QString& objectName, const QString& text, const QString& iconName,
                                     QKeySequence::StandardKey key) {
        QAction* action = make(objectName, text, iconName);
        action->setShortcuts(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        action->setEnabled(false);
        return action;
    };
    cut = standardEdit(QStringLiteral("actionCut"), tr("Cu&t"), QStringLiteral("edit-cut"), QKeySequence::Cut);
    copy = standardEdit(QStringLiteral("actionCopy"), tr("&Copy"), QStringLiteral("edit-copy"), QKeySequence::Copy);
    paste =
        standardEdit(QStringLiteral("actionPaste"), tr("&Paste"), QStringLiteral("edit-paste"), QKeySequence::Paste);
    deleteSelection = standardEdit(QStringLiteral("actionDelete"), tr("&Delete"), QStringLiteral("edit-delete"),
                                   QKeySequence::Delete);
    selectAll = standardEdit(QStringLiteral("actionSelectAll"), tr("Select &all"), QStringLiteral("edit-select-all"),
                             QKeySequence::SelectAll);
    find = make(QStringLiteral("actionFind"), tr("&Find…"), QStringLiteral("edit-find"));
    find->setShortcuts(QKeySequence::Find);
    commandPalette = make(QStringLiteral("actionCommandPalette"), tr("&Go to…"), QStringLiteral("edit-find"));
    commandPalette->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    preferences = make(QStringLiteral("actionPreferences"), tr("Prefere&nces…"), QStringLiteral("configure"));
    preferences->setMenuRole(QAction::PreferencesRole);
    // Only macOS has a standard sequence; Ctrl+, is what other apps use elsewhere.
    preferences->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
                                  ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                                  : QKeySequence::keyBindings(QKeySequence::Preferences));
    find->setEnabled(false);

    fullScreen = make(QStringLiteral("actionFullScreen"), tr("&Full screen"), QStringLiteral("view-fullscreen"));
    fullScreen->setShortcuts(QKeySequence::FullScreen);
    fullScreen->setCheckable(true);
    showStatusBar = make(QStringLiteral("actionShowStatusBar"), tr("Show status &bar"));
    showStatusBar->setCheckable(true);
    showStatusBar->setChecked(true);

    about = make(QStringLiteral("actionAbout"), tr("&About CoE Studio"), QStringLiteral("help-about"));
    about->setMenuRole(QAction::AboutRole);
    aboutQt = make(QStringLiteral("actionAboutQt"), tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

QStringList Actions::textOnlyActionNames()
{
    return {QStringLiteral("actionShowStatusBar"), QStringLiteral("actionShowToolBar"), QStringLiteral("actionAboutQt"),
            QStringLiteral("actionRecentWorkspace")};
}

QAction* Actions::make(const QString& objectName, const QString& text, const QString& iconName)
{
    auto* action = new QAction(text, this);
    action->setObjectName(objectName);
    if (!iconName.isEmpty())
        action->setIcon(QIcon::fromTheme(iconName));
    return action;
}

} // namespace coe::ui
