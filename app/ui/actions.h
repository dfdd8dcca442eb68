// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QStringList>

class QAction;

namespace coe::ui {

/// Every QAction of the main window, created once with its text, shortcut and object name.
///
/// MainWindow only arranges these into menus and connects them; tests find them by object
/// name ("actionQuit", "actionAbout", ...). Every action has a theme icon except those in
/// textOnlyActionNames().
class Actions : public QObject
{
    Q_OBJECT

public:
    explicit Actions(QObject* parent);

    /// The object names of the main window's actions that have no icon, and why: the status
    /// bar and toolbar toggles show a check mark instead, About Qt is Qt's own entry, and the
    /// recent workspaces are file names.
    static QStringList textOnlyActionNames();

    QAction* newWorkspace = nullptr;
    QAction* open = nullptr;
    QAction* connectDatabase = nullptr;
    QAction* createDemo = nullptr;
    QAction* importMatrix = nullptr;
    QAction* exportMatrix = nullptr;
    QAction* workspaceSettings = nullptr;
    QAction* close = nullptr;
    QAction* quit = nullptr;
    /// One "show this view" action per entry of ViewRegistry::entries(), in its order.
    QList<QAction*> showViews;
    QAction* readinessHelp = nullptr;
    QAction* print = nullptr;
    QAction* undo = nullptr;
    QAction* redo = nullptr;
    /// The standard edits, for the focused widget (EditRouter enables and triggers them).
    QAction* cut = nullptr;
    QAction* copy = nullptr;
    QAction* paste = nullptr;
    QAction* deleteSelection = nullptr;
    QAction* selectAll = nullptr;
    /// Moves the focus into the current view's search field.
    QAction* find = nullptr;
    QAction* preferences = nullptr;
    QAction* commandPalette = nullptr;
    QAction* fullScreen = nullptr;
    QAction* showStatusBar = nullptr;
    QAction* about = nullptr;
    QAction* aboutQt = nullptr;

private:
    QAction* make(const QString& objectName, const QString& text, const QString& iconName = {});
};

} // namespace coe::ui
