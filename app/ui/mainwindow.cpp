// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "core/config.h"
#include "dialogs/aboutdialog.h"
#include "ui/actions.h"
#include "views/welcomeview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QScreen>
#include <QStatusBar>

namespace coe::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_actions(new Actions(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CoE Studio"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/coe-studio.svg")));
    createMenus();
    setCentralWidget(new WelcomeView(this));
    statusBar()->showMessage(tr("Ready"));
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addAction(m_actions->quit);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("menuEdit"));
    edit->addAction(m_actions->undo);
    edit->addAction(m_actions->redo);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    view->addAction(m_actions->fullScreen);
    view->addAction(m_actions->showStatusBar);
    connect(m_actions->fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen
                          : windowState() & ~Qt::WindowFullScreen);
    });
    connect(m_actions->showStatusBar, &QAction::toggled, statusBar(), &QWidget::setVisible);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    help->addAction(m_actions->about);
    help->addAction(m_actions->aboutQt);
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::restoreWindowState()
{
    Config* config = Config::instance();
    const QByteArray geometry = config->get(Config::MainWindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First start: two thirds of the screen, centred.
        const QRect available = screen()->availableGeometry();
        resize(available.width() * 2 / 3, available.height() * 2 / 3);
        move(available.center() - rect().center());
    }
    restoreState(config->get(Config::MainWindowState).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    Config::instance()->set(Config::MainWindowGeometry, saveGeometry());
    Config::instance()->set(Config::MainWindowState, saveState());
    event->accept();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::WindowStateChange)
        m_actions->fullScreen->setChecked(windowState() & Qt::WindowFullScreen);
    QMainWindow::changeEvent(event);
}

} // namespace coe::ui
