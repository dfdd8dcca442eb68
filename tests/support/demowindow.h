// SPDX-License-Identifier: GPL-3.0-or-later
// A main window on a fresh demo workspace, for GUI tests that start from the demo data.
#pragma once

#include "core/config.h"
#include "support/scriptedprompter.h"
#include "ui/mainwindow.h"
#include "ui/prompter.h"
#include "ui/workspacecontroller.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace coe::test {

/// A shown 1400 × 900 main window on a new demo workspace in @p dir, with a temporary Config
/// and @p prompter (reset) answering its questions; nullptr when the window or the demo
/// could not be made.
inline std::unique_ptr<ui::MainWindow> demoWindow(const QTemporaryDir& dir, ScriptedPrompter& prompter)
{
    Config::createTemporary();
    prompter = ScriptedPrompter();
    ui::Prompter::install(&prompter);
    auto window = std::make_unique<ui::MainWindow>();
    window->resize(1400, 900);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    static int n = 0;
    if (!window->controller()->createDemo(dir.filePath(QStringLiteral("demo%1.coe").arg(++n))))
        return nullptr;
    return window;
}

} // namespace coe::test
