// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QAction;

namespace coe::ui {

/// Every QAction of the main window, created once with its text, shortcut and object name.
///
/// MainWindow only arranges these into menus and connects them; tests find them by object
/// name ("actionQuit", "actionAbout", ...).
class Actions : public QObject
{
    Q_OBJECT

public:
    explicit Actions(QObject* parent);

    QAction* newWorkspace = nullptr;
    QAction* open = nullptr;
    QAction* connectDatabase = nullptr;
    QAction* createDemo = nullptr;
    QAction* importMatrix = nullptr;
    QAction* exportMatrix = nullptr;
    QAction* close = nullptr;
    QAction* quit = nullptr;
    /// One "show this view" action per entry of ViewRegistry::entries(), in its order.
    QList<QAction*> showViews;
    QAction* readinessHelp = nullptr;
    QAction* undo = nullptr;
    QAction* redo = nullptr;
    QAction* fullScreen = nullptr;
    QAction* showStatusBar = nullptr;
    QAction* about = nullptr;
    QAction* aboutQt = nullptr;

private:
    QAction* make(const QString& objectName, const QString& text, const QString& iconName = {});
};

} // namespace coe::ui
