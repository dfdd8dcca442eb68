// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace in the GUI: first-run screen, new/open/close, errors shown, People & teams
// and Skills editing with multi-select delete and undo through the Edit menu.
#include "core/config.h"
#include "models/peoplemodel.h"
#include "models/scalemodel.h"
#include "models/skilltreemodel.h"
#include "storage/catalog.h"
#include "storage/workspace.h"
#include "support/scriptedprompter.h"
#include "ui/actions.h"
#include "ui/mainwindow.h"
#include "ui/prompter.h"
#include "ui/workspacecontroller.h"
#include "views/peopleview.h"
#include "views/skillsview.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileOpenEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QTreeView>

#ifdef Q_OS_UNIX
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace coe;

class TestWorkspaceUi : public QObject
{
    Q_OBJECT

private:
    test::ScriptedPrompter m_prompter;
    QTemporaryDir m_dir;

    std::unique_ptr<ui::MainWindow> demoWindow(const QString& name, const QString& view = QStringLiteral("people"))
    {
        auto window = std::make_unique<ui::MainWindow>();
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("the window did not become active");
        m_prompter.files << m_dir.filePath(name);
        window->findChild<QCommandLinkButton*>(QStringLiteral("createDemoButton"))->click();
        window->showView(view);
        return window;
    }

private Q_SLOTS:
    void init()
    {
        Config::createTemporary();
        m_prompter = test::ScriptedPrompter();
        ui::Prompter::install(&m_prompter);
    }
    void cleanup() { ui::Prompter::install(nullptr); }

    void firstRunOffersDemoNewAndOpen()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(window.findChild<QWidget*>(QStringLiteral("welcomeView"))->isVisible());
        QVERIFY(!window.findChild<QWidget*>(QStringLiteral("recentList"))->isVisible());
        for (const char* name : {"createDemoButton", "newWorkspaceButton", "openWorkspaceButton"})
            QVERIFY2(window.findChild<QCommandLinkButton*>(QString::fromLatin1(name))->isVisible(), name);
        QVERIFY(!window.actions()->close->isEnabled());
    }

    void createDemoOpensItInTheMatrix()
    {
        auto window = demoWindow(QStringLiteral("demo1"), QStringLiteral("matrix"));
        QVERIFY2(m_prompter.errors.isEmpty(), qPrintable(m_prompter.errors.join(QLatin1Char('\n'))));
        QCOMPARE(window->windowTitle(), QStringLiteral("demo1.coe — CoE Studio"));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("demo1.coe"))));
        QVERIFY(window->findChild<QWidget*>(QStringLiteral("matrixTable"))->isVisible());
        QVERIFY(window->showView(QStringLiteral("people")));
        auto* table = window->findChild<QTableView*>(QStringLiteral("peopleTable"));
        QVERIFY(table && table->isVisible());
        QCOMPARE(table->model()->rowCount(), 60);
        QVERIFY(!window->actions()->undo->isEnabled()); // creating the demo is not an undo step
        QCOMPARE(Config::instance()->get(Config::RecentWorkspaces).toStringList().value(0),
                 m_dir.filePath(QStringLiteral("demo1.coe")));
        window->actions()->close->trigger();
        QCOMPARE(window->windowTitle(), QStringLiteral("CoE Studio"));
        auto* recent = window->findChild<QListWidget*>(QStringLiteral("recentList"));
        QVERIFY(recent->isVisible());
        QCOMPARE(recent->item(0)->text(), QStringLiteral("demo1.coe"));
    }

    void aFileOpenEventOpensTheWorkspace()
    {
        // What macOS sends when a .coe file is double-clicked in the Finder.
        const QString path = m_dir.filePath(QStringLiteral("finder.coe"));
        {
            auto window = demoWindow(QStringLiteral("finder"));
            QVERIFY(window->controller()->workspace());
        }
        ui::MainWindow window;
        window.show();
        QVERIFY(!window.controller()->workspace());
        QFileOpenEvent open(path);
        QCoreApplication::sendEvent(qApp, &open);
        QVERIFY2(m_prompter.errors.isEmpty(), qPrintable(m_prompter.errors.join(QLatin1Char('\n'))));
        QVERIFY(window.controller()->workspace());
        QCOMPARE(window.windowTitle(), QStringLiteral("finder.coe — CoE Studio"));
        // A file that is not there says so and keeps the window as it was.
        QFileOpenEvent missing(m_dir.filePath(QStringLiteral("gone.coe")));
        QCoreApplication::sendEvent(qApp, &missing);
        QCOMPARE(m_prompter.errors.size(), 1);
        QVERIFY2(m_prompter.errors.first().contains(QLatin1String("gone.coe")), qPrintable(m_prompter.errors.first()));
        QVERIFY(window.controller()->workspace());
        QCOMPARE(window.windowTitle(), QStringLiteral("finder.coe — CoE Studio"));
    }

    void newEmptyWorkspaceShowsWhatToDo()
    {
        ui::MainWindow window;
        window.show();
        m_prompter.files << m_dir.filePath(QStringLiteral("empty-one"));
        window.findChild<QCommandLinkButton*>(QStringLiteral("newWorkspaceButton"))->click();
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("empty-one.coe"))));
        auto* dashboardEmpty = window.findChild<QLabel*>(QStringLiteral("dashboardEmpty"));
        QVERIFY(dashboardEmpty->isVisible());
        QVERIFY(dashboardEmpty->text().startsWith(QStringLiteral("No teams yet.")));
        QVERIFY(window.showView(QStringLiteral("matrix")));
        auto* matrixEmpty = window.findChild<QLabel*>(QStringLiteral("matrixEmpty"));
        QVERIFY(matrixEmpty->isVisible());
        QVERIFY(matrixEmpty->text().startsWith(QStringLiteral("The matrix is empty.")));
        QVERIFY(window.showView(QStringLiteral("people")));
        auto* empty = window.findChild<QLabel*>(QStringLiteral("peopleEmpty"));
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().startsWith(QStringLiteral("No people yet.")));
    }

    void openingABadFileShowsWhyAndStaysOnTheWelcomeScreen()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.coe"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just some notes\n");
        file.close();
        ui::MainWindow window;
        window.show();
        m_prompter.files << path;
        window.findChild<QCommandLinkButton*>(QStringLiteral("openWorkspaceButton"))->click();
        QCOMPARE(m_prompter.errors.size(), 1);
        QVERIFY(m_prompter.errors.first().contains(QStringLiteral("is not an SQLite database")));
        QVERIFY(window.findChild<QWidget*>(QStringLiteral("welcomeView"))->isVisible());
    }

#ifdef Q_OS_UNIX
    // A server that takes the connection and never answers: the window keeps working, a
    // "Connecting" dialog appears, Cancel stops the wait without an error or a workspace.
    void anUnansweringServerCanBeCancelled()
    {
        const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
        QVERIFY(listener >= 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        QVERIFY(::bind(listener, reinterpret_cast<sockaddr*>(&address), length) == 0);
        QVERIFY(::listen(listener, 4) == 0);
        QVERIFY(::getsockname(listener, reinterpret_cast<sockaddr*>(&address), &length) == 0);
        const QString url = QStringLiteral("postgresql://coe:secret@127.0.0.1:%1/coe").arg(ntohs(address.sin_port));

        ui::MainWindow window;
        window.show();
        bool dialogShown = false;
        QTimer::singleShot(900, &window, [&window, &dialogShown] {
            auto* progress = window.findChild<QProgressDialog*>(QStringLiteral("backgroundProgress"));
            dialogShown = progress && progress->isVisible();
            if (auto* cancel = progress ? progress->findChild<QPushButton*>() : nullptr)
                cancel->click();
        });
        QVERIFY(!window.openLocation(url));
        QVERIFY(dialogShown); // the timer ran: the window was not frozen
        QVERIFY2(m_prompter.errors.isEmpty(), qPrintable(m_prompter.errors.join(QLatin1Char('\n'))));
        QVERIFY(!window.controller()->workspace());
        QVERIFY(window.statusBar()->currentMessage().startsWith(QLatin1String("Stopped waiting for postgresql://")));
        ::close(listener); // the abandoned attempt now fails at once
        QThreadPool::globalInstance()->waitForDone();
    }

    void aRefusedConnectionSaysWhy()
    {
        // A port nobody listens on: take one, then free it.
        const int probe = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        QVERIFY(::bind(probe, reinterpret_cast<sockaddr*>(&address), length) == 0);
        QVERIFY(::getsockname(probe, reinterpret_cast<sockaddr*>(&address), &length) == 0);
        ::close(probe);
        ui::MainWindow window;
        window.show();
        QVERIFY(!window.openLocation(
            QStringLiteral("postgresql://coe:secret@127.0.0.1:%1/coe").arg(ntohs(address.sin_port))));
        QCOMPARE(m_prompter.errors.size(), 1);
        QVERIFY2(m_prompter.errors.first().contains(QLatin1String("127.0.0.1")), qPrintable(m_prompter.errors.first()));
        QVERIFY(!window.controller()->workspace());
    }
#endif

    void deleteSeveralPeopleAndUndoFromTheEditMenu()
    {
        auto window = demoWindow(QStringLiteral("demo2"));
        auto* table = window->findChild<QTableView*>(QStringLiteral("peopleTable"));
        table->setFocus();
        table->selectionModel()->select(QItemSelection(table->model()->index(2, 0), table->model()->index(4, 0)),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(table->model()->rowCount(), 57);
        QVERIFY(window->actions()->undo->isEnabled());
        QCOMPARE(window->actions()->undo->text(), QStringLiteral("&Undo Delete 3 people"));
        window->actions()->undo->trigger();
        QCOMPARE(table->model()->rowCount(), 60);
        window->actions()->redo->trigger();
        QCOMPARE(table->model()->rowCount(), 57);
    }

    void inspectorEditsAreSavedAndUndone()
    {
        auto window = demoWindow(QStringLiteral("demo3"));
        auto* table = window->findChild<QTableView*>(QStringLiteral("peopleTable"));
        table->setCurrentIndex(table->model()->index(0, 0));
        const QString before = table->model()->index(0, 0).data().toString();
        auto* name = window->findChild<QLineEdit*>(QStringLiteral("personName"));
        QCOMPARE(name->text(), before);
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Aaron Acme"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(window->peopleView()
                     ->model()
                     ->person(window->peopleView()->model()->rowOf(
                         table->currentIndex().data(PeopleModel::IdRole).toLongLong()))
                     .name,
                 QStringLiteral("Aaron Acme"));
        auto* email = window->findChild<QLineEdit*>(QStringLiteral("personEmail"));
        email->setFocus();
        email->selectAll();
        QTest::keyClicks(email, QStringLiteral("not an email"));
        QTest::keyClick(email, Qt::Key_Return);
        auto* error = window->findChild<QLabel*>(QStringLiteral("personError"));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("is not an email address")));
        QVERIFY(email->text().contains(QLatin1Char('@'))); // the saved value is back
        window->actions()->undo->trigger();
        QCOMPARE(name->text(), before);
    }

    void teamsCanBeAddedAndFilterThePeople()
    {
        auto window = demoWindow(QStringLiteral("demo4"));
        m_prompter.texts << QStringLiteral("Observability guild");
        window->findChild<QAbstractButton*>(QStringLiteral("addTeamButton"))->click();
        auto* teams = window->findChild<QListWidget*>(QStringLiteral("teamList"));
        QVERIFY(!teams->findItems(QStringLiteral("Observability guild (0)"), Qt::MatchExactly).isEmpty());
        teams->setCurrentRow(1); // the first real team
        auto* table = window->findChild<QTableView*>(QStringLiteral("peopleTable"));
        QCOMPARE(table->model()->rowCount(), 12);
        auto* search = window->findChild<QLineEdit*>(QStringLiteral("peopleSearch"));
        teams->setCurrentRow(0);
        QTest::keyClicks(search, QStringLiteral("consult.example.net"));
        QCOMPARE(table->model()->rowCount(), 7); // the demo's consultants: one in nine
        QCOMPARE(window->findChild<QLabel*>(QStringLiteral("peopleCount"))->text(), QStringLiteral("7 of 60 people"));
    }

    void teamSkillRequirementsAreEditedAndUndone()
    {
        auto window = demoWindow(QStringLiteral("req"));
        auto* teams = window->findChild<QListWidget*>(QStringLiteral("teamList"));
        teams->setCurrentRow(1);
        const Id team = teams->currentItem()->data(Qt::UserRole).toLongLong();
        Workspace& ws = *window->controller()->workspace();
        const auto requirementsOf = [&ws, team] {
            QStringList lines;
            const QList<TeamRequirement> all = Catalog(ws).requirements().value();
            for (const TeamRequirement& r : all)
                if (r.teamId == team)
                    lines << QStringLiteral("%1:%2:%3").arg(r.skillId).arg(r.minIndependent).arg(r.teacherRequired);
            lines.sort();
            return lines;
        };
        const QStringList before = requirementsOf();
        QVERIFY(!before.isEmpty());
        Id added = 0;
        m_prompter.onDialog = [&](QDialog* dialog) {
            auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("requirementsTable"));
            for (int row = 0; row < table->rowCount() && !added; ++row) {
                auto* required = static_cast<QCheckBox*>(table->cellWidget(row, 2));
                if (required->isChecked())
                    continue;
                required->setChecked(true);
                static_cast<QSpinBox*>(table->cellWidget(row, 3))->setValue(3);
                static_cast<QCheckBox*>(table->cellWidget(row, 4))->setChecked(true);
                added = table->item(row, 0)->data(Qt::UserRole).toLongLong();
            }
            if (const QString shots = qEnvironmentVariable("COE_TEST_SCREENSHOTS"); !shots.isEmpty()) {
                dialog->show();
                dialog->grab().save(shots + QStringLiteral("/requirements-dialog.png"));
            }
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
            return dialog->result();
        };
        window->findChild<QAbstractButton*>(QStringLiteral("teamRequirementsButton"))->click();
        QVERIFY(added);
        QVERIFY(requirementsOf().contains(QStringLiteral("%1:3:1").arg(added)));
        QCOMPARE(requirementsOf().size(), before.size() + 1);
        QCOMPARE(window->actions()->undo->text(), QStringLiteral("&Undo Change the skill requirements"));
        window->actions()->undo->trigger();
        QCOMPARE(requirementsOf(), before);
        window->actions()->redo->trigger();
        QCOMPARE(requirementsOf().size(), before.size() + 1);
    }

    void roleTargetsAreEditedAndShowInTheMatrix()
    {
        auto window = demoWindow(QStringLiteral("targets"));
        auto* roles = window->findChild<QListWidget*>(QStringLiteral("roleList"));
        roles->setCurrentRow(0);
        const Id role = roles->currentItem()->data(Qt::UserRole).toLongLong();
        Id skill = 0;
        m_prompter.onDialog = [&](QDialog* dialog) {
            auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("roleTargetsTable"));
            for (int row = 0; row < table->rowCount() && !skill; ++row) {
                auto* level = static_cast<QComboBox*>(table->cellWidget(row, 2));
                if (level->currentData().toInt() >= 0)
                    continue;
                level->setCurrentIndex(level->findData(4));
                skill = table->item(row, 0)->data(Qt::UserRole).toLongLong();
            }
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
            return dialog->result();
        };
        window->findChild<QAbstractButton*>(QStringLiteral("roleTargetsButton"))->click();
        QVERIFY(skill);
        QSqlQuery q = window->controller()->workspace()->prepare(
            QStringLiteral("SELECT level FROM role_target WHERE role_id = :r AND skill_id = :s"));
        q.bindValue(QStringLiteral(":r"), role);
        q.bindValue(QStringLiteral(":s"), skill);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 4);
        q.finish();
        window->actions()->undo->trigger();
        QVERIFY(q.exec());
        QVERIFY(!q.next());
    }

    void skillsCategoriesSkillsAndScale()
    {
        auto window = demoWindow(QStringLiteral("demo5"));
        QVERIFY(window->showView(QStringLiteral("skills")));
        auto* tree = window->findChild<QTreeView*>(QStringLiteral("skillTree"));
        QVERIFY(tree->isVisible());
        m_prompter.texts << QStringLiteral("Developer platform");
        window->findChild<QPushButton*>(QStringLiteral("addCategoryButton"))->click();
        QCOMPARE(tree->model()->rowCount(), 11);
        m_prompter.texts << QStringLiteral("Backstage");
        window->findChild<QPushButton*>(QStringLiteral("addSkillButton"))->click();
        const QModelIndex category = window->skillsView()->treeModel()->indexOf(
            true, tree->model()->index(10, 0).data(SkillTreeModel::IdRole).toLongLong());
        QCOMPARE(tree->model()->rowCount(category), 1);
        QCOMPARE(tree->model()->index(0, 0, category).data().toString(), QStringLiteral("Backstage"));
        m_prompter.texts << QStringLiteral("Backstage");
        tree->setCurrentIndex(category);
        window->findChild<QPushButton*>(QStringLiteral("addSkillButton"))->click();
        QCOMPARE(m_prompter.errors.value(0), QStringLiteral("There is already a skill named 'Backstage'."));

        // The scale: stage a change, see Apply enable, apply, undo.
        auto* apply = window->findChild<QPushButton*>(QStringLiteral("applyScaleButton"));
        QVERIFY(!apply->isEnabled());
        ScaleModel* scale = window->skillsView()->scaleModel();
        scale->setData(scale->index(1, ScaleModel::LabelColumn), QStringLiteral("Observing"), Qt::EditRole);
        QVERIFY(apply->isEnabled());
        apply->click();
        QVERIFY(!apply->isEnabled());
        QCOMPARE(window->actions()->undo->text(), QStringLiteral("&Undo Change the proficiency scale"));
        window->actions()->undo->trigger();
        QCOMPARE(scale->index(1, ScaleModel::LabelColumn).data().toString(), QStringLiteral("Shadowing"));
        window->actions()->undo->trigger();
        window->actions()->undo->trigger();
        QCOMPARE(tree->model()->rowCount(), 10);
    }
};

QTEST_MAIN(TestWorkspaceUi)
#include "tst_workspaceui.moc"
