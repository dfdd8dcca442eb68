// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

namespace coe::ui {

class Actions;

/// The main window: menus, the central view and the status bar. Stays thin: actions live in
/// Actions, each view and dialog in its own file.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    Actions* actions() const { return m_actions; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createMenus();
    void showAbout();
    void restoreWindowState();

    Actions* m_actions = nullptr;
};

} // namespace coe::ui
