// SPDX-License-Identifier: GPL-3.0-or-later
// What the command palette lists in the main window, and going to what was chosen there.
#pragma once

#include "ui/commandpalette.h"

class QMenuBar;

namespace coe {
class Workspace;
}

namespace coe::ui {

class MainWindow;

/// Every enabled action of @p menus (by the menu it is in, with its shortcut; those in
/// @p viewActions are views), then the people, skills, sessions and summit items of @p workspace.
QList<PaletteEntry> paletteEntries(const QMenuBar* menus, const QList<QAction*>& viewActions, const QAction* palette,
                                   Workspace* workspace);
/// Triggers the action, or shows the view and selects the thing, that @p entry names.
void goTo(MainWindow& window, const PaletteEntry& entry);

} // namespace coe::ui
