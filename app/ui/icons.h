// SPDX-License-Identifier: GPL-3.0-or-later
// Icons: the application icon (resources/icons/coe-studio.svg) and the bundled icon theme
// "coe" (resources/icons/coe, in the :/icons resource folder that QIcon searches for themes).
// Actions ask QIcon::fromTheme for freedesktop names; on Linux the desktop's theme answers and
// the bundled one fills in the names it lacks; where the platform has no theme (Windows,
// macOS, a bare X server) the bundled theme answers all of them, so the set stays consistent.
#pragma once

#include <QString>

namespace coe::ui {

/// The name of the bundled icon theme.
QString bundledIconTheme();

/// Sets the window icon, the desktop file name (so Wayland and docks find the installed icon)
/// and the icon themes. Call once after the QApplication exists, before any window.
void installIcons();

} // namespace coe::ui
