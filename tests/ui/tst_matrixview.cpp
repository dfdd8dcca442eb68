// SPDX-License-Identifier: GPL-3.0-or-later
// The skill matrix as a spreadsheet: keyboard editing, copy and paste of ranges, undo.
#include "core/config.h"
#include "models/skillmatrixmodel.h"
#include "support/scriptedprompter.h"
#include "ui/actions.h"
#include "ui/mainwindow.h"
#include "ui/prompter.h"
#include "ui/workspacecontroller.h"
#include "views/matrixview.h"
#include "widgets/matrixheader.h"
#include "widgets/matrixtable.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace coe;

class TestMatrixView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::ScriptedPrompter m_prompter;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::MatrixTable* m_table = nullptr;
    SkillMatrixModel* m_model = nullptr;

private Q_SLOTS:
    void init()
    {
        Config::createTemporary();
        m_prompter = test::ScriptedPrompter();
        ui::Prompter::install(&m_prompter);
        m_window = std::make_unique<ui::MainWindow>();
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        static int n = 0;
        QVERIFY(m_window->controller()->createDemo(m_dir.filePath(QStringLiteral("m%1.coe").arg(++n))));
        QVERIFY(m_window->showView(QStringLiteral("matrix")));
        m_table = m_window->findChild<ui::MatrixTable*>(QStringLiteral("matrixTable"));
        m_model = m_table->matrixModel();
        QVERIFY(m_table->isVisible());
        m_table->setFocus();
    }
    void cleanup()
    {
        m_window.reset();
        ui::Prompter::install(nullptr);
    }

    void typingADigitSetsTheSelectedCellsAsOneStep()
    {
        m_table->setCurrentIndex(m_model->index(1, 1));
        m_table->selectionModel()->select(QItemSelection(m_model->index(1, 1), m_model->index(2, 3)),
                                          QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(m_table, Qt::Key_3);
        for (int row = 1; row <= 2; ++row)
            for (int column = 1; column <= 3; ++column)
                QCOMPARE(m_model->index(row, column).data(SkillMatrixModel::LeadLevelRole).toInt(), 3);
        QCOMPARE(m_window->actions()->undo->text(), QStringLiteral("&Undo Set 6 cell(s) to Independent"));
        // In the effective view Delete asks when other sources would show through.
        m_prompter.onDialog = [](QDialog* dialog) {
            if (auto* lead = dialog->findChild<QPushButton*>(QStringLiteral("clearLeadOnly")))
                lead->click();
            return dialog->result();
        };
        QTest::keyClick(m_table, Qt::Key_Delete);
        QVERIFY(!m_model->index(2, 3).data(SkillMatrixModel::LeadLevelRole).isValid());
        m_window->actions()->undo->trigger();
        QCOMPARE(m_model->index(2, 3).data(SkillMatrixModel::LeadLevelRole).toInt(), 3);
        QTest::keyClick(m_table, Qt::Key_9);
        QVERIFY(m_prompter.errors.isEmpty()); // said in the status bar, without a modal box
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("9 is not a level: this scale goes from 0 to 4 (Teacher)."));
    }

    void personalTargetsFromTheContextMenu()
    {
        const auto select = [this] {
            m_table->setCurrentIndex(m_model->index(1, 1));
            m_table->selectionModel()->select(QItemSelection(m_model->index(1, 1), m_model->index(2, 2)),
                                              QItemSelectionModel::ClearAndSelect);
        };
        const auto targets = [this](int role) {
            QList<QVariant> values;
            for (int row = 1; row <= 2; ++row)
                for (int column = 1; column <= 2; ++column)
                    values << m_model->index(row, column).data(role);
            return values;
        };
        const auto trigger = [this](const QString& prefix) {
            std::unique_ptr<QMenu> menu(m_table->createContextMenu(m_table));
            auto* target = menu->findChild<QMenu*>(QStringLiteral("personalTargetMenu"));
            QVERIFY(target && target->isEnabled());
            const QList<QAction*> actions = target->actions();
            for (QAction* action : actions) {
                if (action->text().startsWith(prefix)) {
                    QVERIFY(action->isEnabled());
                    action->trigger();
                    return;
                }
            }
            QFAIL(qPrintable(QStringLiteral("no action %1").arg(prefix)));
        };
        select();
        const QList<QVariant> fromRoles = targets(SkillMatrixModel::TargetRole);
        QCOMPARE(targets(SkillMatrixModel::PersonalTargetRole), QList<QVariant>(4));
        trigger(QStringLiteral("4 · "));
        QCOMPARE(targets(SkillMatrixModel::TargetRole), QList<QVariant>(4, 4));
        QCOMPARE(targets(SkillMatrixModel::PersonalTargetRole), QList<QVariant>(4, 4));
        for (int row = 1; row <= 2; ++row) {
            const QModelIndex index = m_model->index(row, 1);
            QCOMPARE(index.data(SkillMatrixModel::GapRole).toInt(),
                     std::max(0, 4 - index.data(SkillMatrixModel::EffectiveLevelRole).toInt()));
        }
        QCOMPARE(m_window->actions()->undo->text(),
                 QStringLiteral("&Undo Set the personal target of 4 cell(s) to Teacher"));

        // Back to the role's target, and undo brings the personal one back.
        select();
        trigger(QStringLiteral("&Use the role"));
        QCOMPARE(targets(SkillMatrixModel::TargetRole), fromRoles);
        QCOMPARE(targets(SkillMatrixModel::PersonalTargetRole), QList<QVariant>(4));
        m_window->actions()->undo->trigger();
        QCOMPARE(targets(SkillMatrixModel::TargetRole), QList<QVariant>(4, 4));
        m_window->actions()->undo->trigger();
        QCOMPARE(targets(SkillMatrixModel::TargetRole), fromRoles);

        // Nothing personal selected: the way back is offered but disabled.
        select();
        std::unique_ptr<QMenu> menu(m_table->createContextMenu(m_table));
        const QList<QAction*> actions = menu->findChild<QMenu*>(QStringLiteral("personalTargetMenu"))->actions();
        QVERIFY(!actions.last()->isEnabled());
    }

    void arrowsMoveTheCurrentCell()
    {
        m_table->setCurrentIndex(m_model->index(0, 0));
        QTest::keyClick(m_table, Qt::Key_Right);
        QTest::keyClick(m_table, Qt::Key_Down);
        QCOMPARE(m_table->currentIndex(), m_model->index(1, 1));
    }

    void copyAndPasteRectangularRanges()
    {
        m_table->setCurrentIndex(m_model->index(0, 0));
        QVERIFY(m_model->setLevels({{m_model->index(0, 0), 1},
                                    {m_model->index(0, 1), std::nullopt},
                                    {m_model->index(1, 0), 2},
                                    {m_model->index(1, 1), 4}},
                                   QStringLiteral("Prepare")));
        m_table->selectionModel()->select(QItemSelection(m_model->index(0, 0), m_model->index(1, 1)),
                                          QItemSelectionModel::ClearAndSelect);
        QTest::keySequence(m_table, QKeySequence::Copy);
        const QString copied = QApplication::clipboard()->text();
        QCOMPARE(copied.section(QLatin1Char('\n'), 0, 1), QStringLiteral("1\t\n2\t4"));

        // Paste it elsewhere: one undo step, the empty cell clears.
        m_table->setCurrentIndex(m_model->index(5, 4));
        const int steps = int(m_window->controller()->workspace() != nullptr);
        QVERIFY(steps);
        QTest::keySequence(m_table, QKeySequence::Paste);
        QVERIFY2(m_prompter.errors.isEmpty(), qPrintable(m_prompter.errors.join(QLatin1Char('\n'))));
        QCOMPARE(m_model->index(5, 4).data(SkillMatrixModel::LeadLevelRole).toInt(), 1);
        QVERIFY(!m_model->index(5, 5).data(SkillMatrixModel::LeadLevelRole).isValid());
        QCOMPARE(m_model->index(6, 5).data(SkillMatrixModel::LeadLevelRole).toInt(), 4);

        // A block from a spreadsheet with labels in any case and Windows line ends.
        m_table->setCurrentIndex(m_model->index(10, 2));
        QCOMPARE(m_table->paste(QStringLiteral("teacher\tShadowing\r\n0\tCOACHED\r\n")), QString());
        QCOMPARE(m_model->index(10, 2).data(SkillMatrixModel::LeadLevelRole).toInt(), 4);
        QCOMPARE(m_model->index(11, 3).data(SkillMatrixModel::LeadLevelRole).toInt(), 2);
        m_window->actions()->undo->trigger();
        QVERIFY(m_model->index(10, 2).data(SkillMatrixModel::LeadLevelRole).toInt() != 4 ||
                m_model->index(11, 3).data(SkillMatrixModel::LeadLevelRole).toInt() != 2);

        // A bad value writes nothing and says where.
        const QVariant before = m_model->index(12, 2).data(SkillMatrixModel::LeadLevelRole);
        m_table->setCurrentIndex(m_model->index(12, 2));
        const QString error = m_table->paste(QStringLiteral("2\texpert\n"));
        QCOMPARE(error, QStringLiteral(
                            "Nothing was pasted: %1, %2: 'expert' is not a level (0 to 4 or a label such as Teacher).")
                            .arg(m_model->personName(m_model->index(12, 3)), m_model->columnName(3)));
        QCOMPARE(m_model->index(12, 2).data(SkillMatrixModel::LeadLevelRole), before);
        m_table->setCurrentIndex(m_model->index(m_model->rowCount() - 1, m_model->columnCount() - 1));
        QVERIFY(m_table->paste(QStringLiteral("1\t2\n")).contains(QStringLiteral("does not fit")));
    }

    void sourceSwitchAndCategoryCollapse()
    {
        auto* source = m_window->findChild<QComboBox*>(QStringLiteral("matrixSource"));
        source->setCurrentIndex(1); // self
        QCOMPARE(m_model->view(), SkillMatrixModel::View::Self);
        m_table->setCurrentIndex(m_model->index(0, 0));
        QTest::keyClick(m_table, Qt::Key_2);
        QCOMPARE(m_model->index(0, 0).data(SkillMatrixModel::SelfLevelRole).toInt(), 2);
        auto* inspector = m_window->findChild<QLabel*>(QStringLiteral("matrixInspector"));
        QVERIFY(inspector->text().contains(QStringLiteral("recorded as the person's own assessment")));

        const int before = m_model->columnCount();
        auto* header = m_window->findChild<ui::MatrixHeader*>(QStringLiteral("matrixHeader"));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(header->sectionViewportPosition(0) + 5, 5));
        QCOMPARE(m_model->columnCount(), before - 3); // the first category's four skills became one column
        QVERIFY(m_model->index(0, 0).data(SkillMatrixModel::IsCategoryRole).toBool());
    }
};

QTEST_MAIN(TestMatrixView)
#include "tst_matrixview.moc"
