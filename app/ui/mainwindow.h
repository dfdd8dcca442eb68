// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLineEdit;
class QListWidget;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace coe {
class Workspace;
class WorkspaceLocation;
} // namespace coe

namespace coe::ui {

class Actions;
class DashboardView;
class EditRouter;
class MatrixView;
class PeopleView;
class SkillsView;
class EngagementsView;
class SessionsView;
class SummitView;
class WelcomeView;
class WorkspaceController;

/// The main window: menus, the main toolbar, the first-run screen or the workspace (navigation rail on the
/// left, the chosen view in the middle), and the status bar. Stays thin: actions live in
/// Actions, the workspace in WorkspaceController, each view and dialog in its own file.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    Actions* actions() const { return m_actions; }
    WorkspaceController* controller() const { return m_controller; }
    /// The view registered as @p name (ViewRegistry), or null when no workspace is open.
    QWidget* view(const QString& name) const;
    /// The views by type, for the actions that need one and for tests; null without a workspace.
    DashboardView* dashboardView() const;
    MatrixView* matrixView() const;
    PeopleView* peopleView() const;
    SkillsView* skillsView() const;
    EngagementsView* engagementsView() const;
    SessionsView* sessionsView() const;
    SummitView* summitView() const;

    /// Opens a .coe path or asks for the password of a postgresql:// URL; errors are shown.
    bool openLocation(const QString& text);
    /// Shows the view registered as @p name (ViewRegistry::names()); false for an unknown
    /// name or when no workspace is open.
    bool showView(const QString& name);

protected:
    /// Opens the file of a QFileOpenEvent sent to the application (macOS: a .coe file
    /// double-clicked in the Finder or dropped on the Dock icon).
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    /// The open workspace's view of type @p View, or null.
    template<typename View> View* viewOfType() const;
    void createMenus();
    void createToolBar();
    /// Enables Find and Print for the view now shown.
    void updateViewActions();
    /// The current view's search field (a QLineEdit named "…Search"), or null.
    QLineEdit* currentSearchField() const;
    void find();
    void print();
    void showAbout();
    void restoreWindowState();
    void onWorkspaceChanged(coe::Workspace* workspace);
    void newWorkspace();
    void openWorkspace();
    void connectDatabase(const QString& url = {});
    /// For a server: waits (responsively, cancellable) until it answers; says why when it
    /// does not. Files pass at once.
    bool serverAnswers(const WorkspaceLocation& location);
    void createDemo();
    void importMatrix();
    void exportMatrix();
    void editWorkspaceSettings();
    void editPreferences();
    void showCommandPalette();
    /// Moves the keyboard focus into the view shown, unless it is there already.
    void focusCurrentView();
    void updateRecent();
    void report(const QString& message);

    Actions* m_actions = nullptr;
    WorkspaceController* m_controller = nullptr;
    QStackedWidget* m_pages = nullptr;
    WelcomeView* m_welcome = nullptr;
    QWidget* m_workspacePage = nullptr;
    QListWidget* m_rail = nullptr;
    /// The open workspace's views, in the order of ViewRegistry::entries(); empty without one.
    QStackedWidget* m_views = nullptr;
    QMenu* m_recentMenu = nullptr;
    QToolBar* m_toolBar = nullptr;
    EditRouter* m_editRouter = nullptr;
    QList<QMetaObject::Connection> m_workspaceConnections;
};

} // namespace coe::ui
