// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "commands/workspaceedits.h"
#include "core/changenotifier.h"
#include "core/config.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/connectdialog.h"
#include "dialogs/matriximportdialog.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/workspacesettingsdialog.h"
#include "io/matrixexport.h"
#include "models/skillmatrixmodel.h"
#include "render/agenda.h"
#include "storage/workspace.h"
#include "storage/workspacesettings.h"
#include "ui/actions.h"
#include "ui/backgroundtask.h"
#include "ui/commandpalette.h"
#include "ui/editrouter.h"
#include "ui/palettesources.h"
#include "ui/prompter.h"
#include "ui/viewregistry.h"
#include "ui/workspacecontroller.h"
#include "views/dashboardview.h"
#include "views/engagementsview.h"
#include "views/matrixview.h"
#include "views/peopleview.h"
#include "views/sessionsview.h"
#include "views/skillsview.h"
#include "views/summitview.h"
#include "views/welcomeview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

namespace coe::ui {

namespace {
const QString kWorkspaceFilter = QStringLiteral("CoE Studio workspace (*.coe)");
}

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_actions(new Actions(this)), m_controller(new WorkspaceController(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CoE Studio"));
    createMenus();
    createToolBar();
    m_editRouter = new EditRouter(this, m_actions);

    m_pages = new QStackedWidget(this);
    m_welcome = new WelcomeView(m_pages);
    m_pages->addWidget(m_welcome);

    m_workspacePage = new QWidget(m_pages);
    m_rail = new QListWidget(m_workspacePage);
    m_rail->setObjectName(QStringLiteral("navigationRail"));
    m_rail->setFrameShape(QFrame::NoFrame);
    m_rail->setIconSize(QSize(22, 22));
    m_rail->setSpacing(2);
    m_rail->setBackgroundRole(QPalette::AlternateBase);
    m_rail->setAutoFillBackground(true);
    const auto addRailItem = [this](QAction* action, const QString& name) {
        auto* item = new QListWidgetItem(action->icon(), action->iconText(), m_rail);
        item->setData(Qt::UserRole, name);
        item->setToolTip(
            QStringLiteral("%1 (%2)").arg(item->text(), action->shortcut().toString(QKeySequence::NativeText)));
        item->setSizeHint(QSize(0, fontMetrics().height() * 2 + 6));
    };
    const QList<ViewEntry>& entries = ViewRegistry::entries();
    for (qsizetype i = 0; i < entries.size(); ++i)
        addRailItem(m_actions->showViews.at(i), entries.at(i).name);
    // As wide as its longest title in this language, so none is cut ("Personen & Teams").
    int widest = fontMetrics().averageCharWidth() * 16;
    for (int row = 0; row < m_rail->count(); ++row)
        widest = std::max(widest, fontMetrics().horizontalAdvance(m_rail->item(row)->text()));
    // Icon, the gap after it and the item's margins: about two characters more.
    m_rail->setFixedWidth(widest + m_rail->iconSize().width() + fontMetrics().averageCharWidth() * 2 +
                          4 * m_rail->spacing());
    m_views = new QStackedWidget(m_workspacePage);
    auto* pageLayout = new QHBoxLayout(m_workspacePage);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    pageLayout->addWidget(m_rail);
    pageLayout->addWidget(m_views, 1);
    m_pages->addWidget(m_workspacePage);
    setCentralWidget(m_pages);

    connect(m_rail, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_views->count()) {
            m_views->setCurrentIndex(row);
            Config::instance()->set(Config::CurrentView, m_rail->item(row)->data(Qt::UserRole).toString());
        }
        updateViewActions();
    });
    connect(m_welcome, &WelcomeView::createDemoRequested, this, &MainWindow::createDemo);
    connect(m_welcome, &WelcomeView::newRequested, this, &MainWindow::newWorkspace);
    connect(m_welcome, &WelcomeView::openRequested, this, &MainWindow::openWorkspace);
    connect(m_welcome, &WelcomeView::openRecentRequested, this, &MainWindow::openLocation);
    connect(m_controller, &WorkspaceController::workspaceChanged, this, &MainWindow::onWorkspaceChanged);

    statusBar()->showMessage(tr("Ready"));
    updateRecent();
    onWorkspaceChanged(nullptr);
    restoreWindowState();
    qApp->installEventFilter(this);
}

MainWindow::~MainWindow()
{
    // Views refer to the workspace: let them go first.
    m_controller->close();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addAction(m_actions->newWorkspace);
    file->addAction(m_actions->open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    m_recentMenu->setIcon(QIcon::fromTheme(QStringLiteral("document-open-recent")));
    file->addAction(m_actions->connectDatabase);
    file->addAction(m_actions->createDemo);
    file->addSeparator();
    file->addAction(m_actions->importMatrix);
    file->addAction(m_actions->exportMatrix);
    file->addSeparator();
    file->addAction(m_actions->workspaceSettings);
    file->addSeparator();
    file->addAction(m_actions->print);
    file->addSeparator();
    file->addAction(m_actions->close);
    file->addSeparator();
    file->addAction(m_actions->quit);
    connect(m_actions->newWorkspace, &QAction::triggered, this, &MainWindow::newWorkspace);
    connect(m_actions->open, &QAction::triggered, this, &MainWindow::openWorkspace);
    connect(m_actions->connectDatabase, &QAction::triggered, this, [this] { connectDatabase(); });
    connect(m_actions->createDemo, &QAction::triggered, this, &MainWindow::createDemo);
    connect(m_actions->importMatrix, &QAction::triggered, this, &MainWindow::importMatrix);
    connect(m_actions->exportMatrix, &QAction::triggered, this, &MainWindow::exportMatrix);
    connect(m_actions->workspaceSettings, &QAction::triggered, this, &MainWindow::editWorkspaceSettings);
    connect(m_actions->print, &QAction::triggered, this, &MainWindow::print);
    connect(m_actions->close, &QAction::triggered, m_controller, &WorkspaceController::close);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("menuEdit"));
    edit->addAction(m_actions->undo);
    edit->addAction(m_actions->redo);
    edit->addSeparator();
    edit->addActions({m_actions->cut, m_actions->copy, m_actions->paste, m_actions->deleteSelection});
    edit->addSeparator();
    edit->addAction(m_actions->selectAll);
    edit->addAction(m_actions->find);
    edit->addSeparator();
    edit->addAction(m_actions->preferences);
    connect(m_actions->preferences, &QAction::triggered, this, &MainWindow::editPreferences);
    connect(edit, &QMenu::aboutToShow, this, [this] {
        m_editRouter->update();
        updateViewActions();
    });
    connect(m_actions->find, &QAction::triggered, this, &MainWindow::find);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    const QList<ViewEntry>& entries = ViewRegistry::entries();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QAction* show = m_actions->showViews.at(i);
        view->addAction(show);
        connect(show, &QAction::triggered, this, [this, name = entries.at(i).name] {
            if (showView(name))
                focusCurrentView();
        });
    }
    view->addSeparator();
    view->addAction(m_actions->commandPalette);
    connect(m_actions->commandPalette, &QAction::triggered, this, &MainWindow::showCommandPalette);
    view->addAction(m_actions->fullScreen);
    view->addAction(m_actions->showStatusBar);
    connect(m_actions->fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });
    connect(m_actions->showStatusBar, &QAction::toggled, statusBar(), &QWidget::setVisible);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    help->addAction(m_actions->readinessHelp);
    help->addSeparator();
    help->addAction(m_actions->about);
    help->addAction(m_actions->aboutQt);
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->readinessHelp, &QAction::triggered, this, [this] { DashboardView::showDefinitions(this); });
    connect(m_actions->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Main toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar")); // saveState() keeps it by this name
    m_toolBar->setMovable(true);
    m_toolBar->addActions({m_actions->newWorkspace, m_actions->open});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_actions->importMatrix, m_actions->exportMatrix});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_actions->undo, m_actions->redo});
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_actions->print);
    QAction* toggle = m_toolBar->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionShowToolBar"));
    toggle->setText(tr("Show &toolbar"));
    findChild<QMenu*>(QStringLiteral("menuView"))->insertAction(m_actions->showStatusBar, toggle);
}

void MainWindow::updateViewActions()
{
    m_actions->find->setEnabled(currentSearchField() != nullptr);
    const bool summits = m_controller->workspace() && m_views->currentWidget() == summitView();
    m_actions->print->setEnabled(summits);
    m_actions->print->setToolTip(summits ? tr("Print the summit's agenda")
                                         : tr("Print: open the Summits view to print an agenda"));
}

QLineEdit* MainWindow::currentSearchField() const
{
    QWidget* current = m_controller->workspace() ? m_views->currentWidget() : nullptr;
    if (!current)
        return nullptr;
    const QList<QLineEdit*> fields = current->findChildren<QLineEdit*>();
    for (QLineEdit* field : fields) {
        if (field->objectName().endsWith(QLatin1String("Search")) && field->isEnabled())
            return field;
    }
    return nullptr;
}

void MainWindow::find()
{
    if (QLineEdit* field = currentSearchField()) {
        field->setFocus(Qt::ShortcutFocusReason);
        field->selectAll();
    }
}

void MainWindow::print()
{
    if (SummitView* summits = summitView(); summits && m_views->currentWidget() == summits)
        summits->print(render::Agenda::Grid);
}

void MainWindow::onWorkspaceChanged(Workspace* workspace)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_workspaceConnections))
        disconnect(connection);
    m_workspaceConnections.clear();
    // The old views refer to the old workspace, which goes away right after this.
    while (m_views->count() > 0)
        delete m_views->widget(0);

    const bool open = workspace != nullptr;
    m_actions->close->setEnabled(open);
    m_actions->importMatrix->setEnabled(open);
    m_actions->exportMatrix->setEnabled(open);
    m_actions->workspaceSettings->setEnabled(open);
    for (QAction* show : std::as_const(m_actions->showViews))
        show->setEnabled(open);
    m_actions->undo->setEnabled(false);
    m_actions->redo->setEnabled(false);
    m_actions->undo->setText(tr("&Undo"));
    m_actions->redo->setText(tr("&Redo"));
    updateRecent();
    if (!open) {
        updateViewActions();
        setWindowTitle(tr("CoE Studio"));
        m_pages->setCurrentWidget(m_welcome);
        return;
    }

    setWindowTitle(tr("%1 — CoE Studio").arg(workspace->location().displayName()));
    const StatusSink showStatus = [this](const QString& message) {
        statusBar()->showMessage(message, 8000);
    };
    for (const ViewEntry& entry : ViewRegistry::entries())
        m_views->addWidget(entry.create(*workspace, m_views, showStatus));

    QUndoStack* stack = workspace->undoStack();
    m_workspaceConnections << connect(stack, &QUndoStack::canUndoChanged, m_actions->undo, &QAction::setEnabled)
                           << connect(stack, &QUndoStack::canRedoChanged, m_actions->redo, &QAction::setEnabled)
                           << connect(stack, &QUndoStack::undoTextChanged, this,
                                      [this](const QString& text) {
                                          m_actions->undo->setText(text.isEmpty() ? tr("&Undo")
                                                                                  : tr("&Undo %1").arg(text));
                                      })
                           << connect(stack, &QUndoStack::redoTextChanged, this,
                                      [this](const QString& text) {
                                          m_actions->redo->setText(text.isEmpty() ? tr("&Redo")
                                                                                  : tr("&Redo %1").arg(text));
                                      })
                           << connect(m_actions->undo, &QAction::triggered, stack, &QUndoStack::undo)
                           << connect(m_actions->redo, &QAction::triggered, stack, &QUndoStack::redo)
                           << connect(workspace->notifier(), &ChangeNotifier::failed, this, &MainWindow::report);
    m_actions->undo->setEnabled(stack->canUndo());
    m_actions->redo->setEnabled(stack->canRedo());

    m_pages->setCurrentWidget(m_workspacePage);
    if (!showView(Config::instance()->get(Config::CurrentView).toString()))
        showView(ViewRegistry::entries().constFirst().name);
    updateViewActions();
    statusBar()->showMessage(tr("Opened %1").arg(workspace->location().toString()), 5000);
}

QWidget* MainWindow::view(const QString& name) const
{
    const qsizetype index = ViewRegistry::names().indexOf(name);
    return index >= 0 && index < m_views->count() ? m_views->widget(int(index)) : nullptr;
}

template<typename View> View* MainWindow::viewOfType() const
{
    for (int i = 0; i < m_views->count(); ++i) {
        if (auto* view = qobject_cast<View*>(m_views->widget(i)))
            return view;
    }
    return nullptr;
}

DashboardView* MainWindow::dashboardView() const
{
    return viewOfType<DashboardView>();
}
MatrixView* MainWindow::matrixView() const
{
    return viewOfType<MatrixView>();
}
PeopleView* MainWindow::peopleView() const
{
    return viewOfType<PeopleView>();
}
SkillsView* MainWindow::skillsView() const
{
    return viewOfType<SkillsView>();
}
EngagementsView* MainWindow::engagementsView() const
{
    return viewOfType<EngagementsView>();
}
SessionsView* MainWindow::sessionsView() const
{
    return viewOfType<SessionsView>();
}
SummitView* MainWindow::summitView() const
{
    return viewOfType<SummitView>();
}

void MainWindow::focusCurrentView()
{
    QWidget* view = m_views->currentWidget();
    if (!view || view->isAncestorOf(QApplication::focusWidget()))
        return;
    // The first widget of the view that Tab would reach, so its keys work at once.
    int guard = 0;
    for (QWidget* w = view->nextInFocusChain(); w && w != view && guard < 100000; w = w->nextInFocusChain(), ++guard) {
        if (view->isAncestorOf(w) && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

bool MainWindow::showView(const QString& name)
{
    for (int row = 0; row < m_rail->count(); ++row) {
        if (m_rail->item(row)->data(Qt::UserRole).toString() == name && m_controller->workspace()) {
            m_rail->setCurrentRow(row);
            m_views->setCurrentIndex(row);
            return true;
        }
    }
    return false;
}

bool MainWindow::openLocation(const QString& text)
{
    auto location = WorkspaceLocation::parse(text);
    if (!location) {
        report(location.error().message);
        return false;
    }
    if (!location->isFile() && location->password().isEmpty()) {
        connectDatabase(location->toString());
        return m_controller->workspace() != nullptr;
    }
    if (!serverAnswers(location.value()))
        return false;
    auto opened = m_controller->open(location.value());
    if (!opened) {
        if (opened.error().code == Error::NotFound)
            m_controller->forgetRecent(location->toString());
        updateRecent();
        report(opened.error().message);
        return false;
    }
    return true;
}

void MainWindow::newWorkspace()
{
    QString path = Prompter::current()->saveFile(this, tr("New workspace"), QDir::home().filePath(tr("My CoE.coe")),
                                                 kWorkspaceFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".coe");
    auto location = WorkspaceLocation::parse(path);
    if (!location) {
        report(location.error().message);
        return;
    }
    if (auto created = m_controller->create(location.value()); !created)
        report(created.error().message);
}

void MainWindow::openWorkspace()
{
    const QString path = Prompter::current()->openFile(this, tr("Open workspace"),
                                                       kWorkspaceFilter + QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty())
        openLocation(path);
}

bool MainWindow::serverAnswers(const WorkspaceLocation& location)
{
    if (location.isFile())
        return true;
    // On a worker, so a server that never answers cannot hold the window; Cancel stops waiting.
    const auto answer =
        runInBackground<Result<void>>(this, tr("Connecting"), tr("Connecting to %1…").arg(location.host()),
                                      [location] { return Workspace::reach(location); });
    if (!answer) {
        statusBar()->showMessage(tr("Stopped waiting for %1.").arg(location.toString()), 5000);
        return false;
    }
    if (!answer.value()) {
        report(answer->error().message);
        return false;
    }
    return true;
}

void MainWindow::connectDatabase(const QString& url)
{
    ConnectDialog dialog(this, url);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!serverAnswers(dialog.location()))
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = m_controller->open(dialog.location());
    QApplication::restoreOverrideCursor();
    if (!opened)
        report(opened.error().message);
}

void MainWindow::createDemo()
{
    QString path = Prompter::current()->saveFile(this, tr("Create demo workspace"),
                                                 WorkspaceController::defaultDemoPath(), kWorkspaceFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".coe");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto created = m_controller->createDemo(path);
    QApplication::restoreOverrideCursor();
    if (!created)
        report(created.error().message);
}

void MainWindow::importMatrix()
{
    Workspace* workspace = m_controller->workspace();
    if (!workspace)
        return;
    const QString path = Prompter::current()->openFile(this, tr("Import skill matrix"),
                                                       tr("Spreadsheets (*.csv *.xlsx *.ods);;All files (*)"));
    if (path.isEmpty())
        return;
    // The preview reads only the rows it shows; the whole file is read when the dialog's
    // Import checks it, with progress and Cancel.
    auto read = runInBackground<Result<Spreadsheet>>(
        this, tr("Import skill matrix"), tr("Reading %1…").arg(QFileInfo(path).fileName()),
        [path] { return Spreadsheet::read(path, {}, MatrixImportDialog::kPreviewRows); });
    if (!read)
        return;
    const Result<Spreadsheet>& sheet = *read;
    if (!sheet) {
        report(sheet.error().message);
        return;
    }
    MatrixImportDialog dialog(*workspace, path, sheet.value(), this);
    if (Prompter::current()->exec(&dialog) != QDialog::Accepted)
        return;
    if (!dialog.planCoversFile() && !dialog.checkAll())
        return;
    // Moved, not copied: a plan of five million cells is 100 MB.
    MatrixImport::Plan plan = dialog.takePlan();
    const size_t cells = plan.cells.size();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto done = MatrixImport::apply(*workspace, std::move(plan));
    QApplication::restoreOverrideCursor();
    if (!done) {
        report(done.error().message);
        return;
    }
    showView(QStringLiteral("matrix"));
    statusBar()->showMessage(
        tr("Imported %n cell(s) from %1 — undo with %2", nullptr, int(cells))
            .arg(sheet->fileName(), QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
        10000);
}

void MainWindow::showCommandPalette()
{
    CommandPalette palette(
        paletteEntries(menuBar(), m_actions->showViews, m_actions->commandPalette, m_controller->workspace()), this);
    if (Prompter::current()->exec(&palette) != QDialog::Accepted || !palette.chosen())
        return;
    const PaletteEntry entry = *palette.chosen();
    goTo(*this, entry);
}

void MainWindow::editPreferences()
{
    PreferencesDialog dialog(m_controller->workspace() != nullptr, this);
    connect(&dialog, &PreferencesDialog::workspaceSettingsRequested, this, &MainWindow::editWorkspaceSettings);
    if (Prompter::current()->exec(&dialog) == QDialog::Accepted)
        dialog.store();
}

void MainWindow::editWorkspaceSettings()
{
    Workspace* workspace = m_controller->workspace();
    if (!workspace)
        return;
    const WorkspaceSettings before = readWorkspaceSettings(*workspace);
    WorkspaceSettingsDialog dialog(before, this);
    if (Prompter::current()->exec(&dialog) != QDialog::Accepted)
        return;
    if (auto saved = commands::WorkspaceEdits::saveSettings(*workspace, before, dialog.settings()); !saved)
        Prompter::current()->error(this, tr("Workspace settings"), saved.error().message);
}

void MainWindow::exportMatrix()
{
    Workspace* workspace = m_controller->workspace();
    const MatrixView* matrixView = this->matrixView();
    if (!workspace || !matrixView)
        return;
    const QString suggested =
        QDir::home().filePath(QFileInfo(workspace->location().displayName()).completeBaseName() + tr(" matrix.xlsx"));
    QString path = Prompter::current()->saveFile(
        this, tr("Export skill matrix"), suggested,
        tr("Excel workbook (*.xlsx);;OpenDocument spreadsheet (*.ods);;CSV (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".xlsx");
    MatrixExport::Options options;
    const auto format = MatrixExport::formatFor(path);
    if (!format) {
        report(tr("%1: choose a name ending in .xlsx, .ods, .csv or .json.").arg(QFileInfo(path).fileName()));
        return;
    }
    options.format = *format;
    // What the matrix shows: its team and category filters and its source.
    const SkillMatrixModel* model = matrixView->model();
    const auto& data = model->matrix();
    options.team = data.teamNames().value(model->filter().teamId);
    for (const auto& category : data.categories())
        if (category.id == model->filter().categoryId)
            options.category = category.name;
    switch (model->view()) {
    case SkillMatrixModel::View::Self:
        options.source = Source::Self;
        break;
    case SkillMatrixModel::View::Lead:
        options.source = Source::Lead;
        break;
    case SkillMatrixModel::View::Consultant:
        options.source = Source::Consultant;
        break;
    default:
        break;
    }
    // Writing five million cells takes seconds: on a worker, from a copy of the cells (30 MB),
    // so edits cannot race it. Not cancellable: the file would be written all the same.
    const auto cells = std::make_shared<const MatrixData>(data);
    const QString name = workspace->location().displayName();
    const auto done = runInBackground<Result<void>>(
        this, tr("Export skill matrix"), tr("Writing %1…").arg(QFileInfo(path).fileName()),
        [cells, name, path, options] { return MatrixExport::write(*cells, name, path, options); },
        /*cancellable=*/false);
    if (!done->ok())
        report(done->error().message);
    else
        statusBar()->showMessage(tr("Exported the skill matrix to %1").arg(QDir::toNativeSeparators(path)), 10000);
}

void MainWindow::updateRecent()
{
    const QStringList recent = m_controller->recent();
    m_welcome->setRecent(recent);
    m_recentMenu->clear();
    for (const QString& location : recent) {
        QAction* action = m_recentMenu->addAction(
            location.contains(QLatin1String("://")) ? location : QFileInfo(location).fileName());
        action->setObjectName(QStringLiteral("actionRecentWorkspace"));
        action->setToolTip(location);
        connect(action, &QAction::triggered, this, [this, location] { openLocation(location); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::report(const QString& message)
{
    Prompter::current()->error(this, tr("CoE Studio"), message);
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

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == qApp && event->type() == QEvent::FileOpen) {
        const QString file = static_cast<QFileOpenEvent*>(event)->file();
        if (!file.isEmpty()) {
            openLocation(file);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::WindowStateChange)
        m_actions->fullScreen->setChecked(windowState() & Qt::WindowFullScreen);
    QMainWindow::changeEvent(event);
}

} // namespace coe::ui
