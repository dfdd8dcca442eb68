// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Import skill matrix (preview, mapping, live check, one undo step) and Export.
#include "core/config.h"
#include "dialogs/matriximportdialog.h"
#include "io/spreadsheet.h"
#include "models/skillmatrixmodel.h"
#include "support/scriptedprompter.h"
#include "ui/actions.h"
#include "ui/mainwindow.h"
#include "ui/prompter.h"
#include "ui/workspacecontroller.h"
#include "views/matrixview.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace coe;

class TestMatrixImportUi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::ScriptedPrompter m_prompter;

private Q_SLOTS:
    void init()
    {
        Config::createTemporary();
        m_prompter = test::ScriptedPrompter();
        ui::Prompter::install(&m_prompter);
    }
    void cleanup() { ui::Prompter::install(nullptr); }

    void importChecksLiveAndIsOneUndoStep()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(window.controller()->createDemo(m_dir.filePath(QStringLiteral("imp.coe"))));
        const QString csv = m_dir.filePath(QStringLiteral("team.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Who,Mail,Terraform,Helm\nAna Lima,ana.lima@example.com,4,3\nNew Person,new@example.com,2,1\n");
        file.close();

        bool checked = false;
        m_prompter.files << csv;
        m_prompter.onDialog = [&](QDialog* dialog) {
            // "Who" is not a name the header detection knows: map it by hand.
            auto* person = dialog->findChild<QComboBox*>(QStringLiteral("importPerson"));
            auto* import = dialog->findChild<QPushButton*>(QStringLiteral("importButton"));
            auto* summary = dialog->findChild<QLabel*>(QStringLiteral("importSummary"));
            if (!person || !import || !summary)
                return int(QDialog::Rejected);
            checked = summary->text().contains(QStringLiteral("no Person (or Name) column")) && !import->isEnabled();
            person->setCurrentIndex(person->findData(0));
            dialog->findChild<QComboBox*>(QStringLiteral("importEmail"))->setCurrentIndex(2); // B · Mail
            auto* problems = dialog->findChild<QListWidget*>(QStringLiteral("importProblems"));
            checked = checked && problems->count() == 1 && !import->isEnabled() &&
                      problems->item(0)->text().contains(QStringLiteral("no person 'new@example.com'"));
            dialog->findChild<QCheckBox*>(QStringLiteral("importCreateMissing"))->setChecked(true);
            checked = checked && import->isEnabled() &&
                      summary->text().startsWith(QStringLiteral("4 cell(s) to import from 2 row(s)"));
            // COE_TEST_SCREENSHOTS=DIR keeps a picture of the dialog, to look at.
            if (const QString shots = qEnvironmentVariable("COE_TEST_SCREENSHOTS"); !shots.isEmpty()) {
                dialog->show();
                dialog->grab().save(shots + QStringLiteral("/matrix-import-dialog.png"));
            }
            return int(QDialog::Accepted);
        };
        window.actions()->importMatrix->trigger();
        QVERIFY(checked);
        QVERIFY2(m_prompter.errors.isEmpty(), qPrintable(m_prompter.errors.join(QLatin1Char('\n'))));
        SkillMatrixModel* model = window.matrixView()->model();
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->headerData(r, Qt::Vertical, Qt::DisplayRole).toString() == QStringLiteral("New Person"))
                row = r;
        QVERIFY(row >= 0);
        const auto& skills = model->matrix().skills();
        const auto terraform = std::find_if(skills.cbegin(), skills.cend(),
                                            [](const auto& s) { return s.name == QStringLiteral("Terraform"); });
        QCOMPARE(model->index(row, model->skillColumn(terraform->id)).data(SkillMatrixModel::LeadLevelRole).toInt(), 2);
        QCOMPARE(window.actions()->undo->text(), QStringLiteral("&Undo Import 4 cell(s) from team.csv"));
        const int people = model->matrix().personCount();
        window.actions()->undo->trigger();
        QCOMPARE(model->matrix().personCount(), people - 1);
    }

    void previewShowsTheFirstRowsAndImportChecksTheRest()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(window.controller()->createDemo(m_dir.filePath(QStringLiteral("big.coe"))));
        const QString csv = m_dir.filePath(QStringLiteral("many.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Person,Terraform\n");
        for (int i = 0; i < 600; ++i)
            file.write("Someone " + QByteArray::number(i) + (i == 400 ? ",9\n" : ",2\n")); // line 402 is bad
        file.close();

        QStringList seen;
        m_prompter.files << csv;
        m_prompter.onDialog = [&](QDialog* dialog) {
            auto* summary = dialog->findChild<QLabel*>(QStringLiteral("importSummary"));
            auto* problems = dialog->findChild<QListWidget*>(QStringLiteral("importProblems"));
            auto* import = dialog->findChild<QPushButton*>(QStringLiteral("importButton"));
            auto* preview = dialog->findChild<QTableWidget*>(QStringLiteral("importPreview"));
            dialog->findChild<QCheckBox*>(QStringLiteral("importCreateMissing"))->setChecked(true);
            // The preview holds the first 200 rows, checks those, and says the rest waits.
            seen << QString::number(preview->rowCount()) << summary->text() << QString::number(problems->count())
                 << (import->isEnabled() ? QStringLiteral("enabled") : QStringLiteral("disabled"));
            import->click(); // checks the whole file: the bad cell on line 402 keeps the dialog open
            seen << (dialog->result() == QDialog::Accepted ? QStringLiteral("accepted") : QStringLiteral("open"))
                 << problems->item(0)->text()
                 << (import->isEnabled() ? QStringLiteral("enabled") : QStringLiteral("disabled"));
            dialog->findChild<QCheckBox*>(QStringLiteral("importSkipBad"))->setChecked(true);
            import->click();
            return dialog->result();
        };
        window.actions()->importMatrix->trigger();
        QVERIFY2(m_prompter.errors.isEmpty(), qPrintable(m_prompter.errors.join(QLatin1Char('\n'))));
        QCOMPARE(seen.size(), 7);
        QCOMPARE(seen.at(0), QStringLiteral("200"));
        QVERIFY2(
            seen.at(1).startsWith(QStringLiteral("In the first 200 row(s): 200 cell(s) to import from 200 row(s)")),
            qPrintable(seen.at(1)));
        QVERIFY(seen.at(1).endsWith(QStringLiteral("The rest of the file is checked when you import.")));
        QCOMPARE(seen.at(2), QStringLiteral("0"));
        QCOMPARE(seen.at(3), QStringLiteral("enabled"));
        QCOMPARE(seen.at(4), QStringLiteral("open"));
        QVERIFY2(seen.at(5).startsWith(QStringLiteral("many.csv, line 402, column B: '9' is not a level")),
                 qPrintable(seen.at(5)));
        QCOMPARE(seen.at(6), QStringLiteral("disabled"));
        // Skipping the bad cell imported the other 599, as one undo step.
        QCOMPARE(window.actions()->undo->text(), QStringLiteral("&Undo Import 599 cell(s) from many.csv"));
    }

    void problemsMarkTheirCellAndLeadToIt()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(window.controller()->createDemo(m_dir.filePath(QStringLiteral("mark.coe"))));
        const QString csv = m_dir.filePath(QStringLiteral("matrix-bad.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Person,Email,Team,Terraform,Helm,Ansible\nAna Lima,,,2,3,Expert\n");
        file.close();
        bool checked = false;
        m_prompter.files << csv;
        m_prompter.onDialog = [&](QDialog* dialog) {
            auto* problems = dialog->findChild<QListWidget*>(QStringLiteral("importProblems"));
            auto* preview = dialog->findChild<QTableWidget*>(QStringLiteral("importPreview"));
            QListWidgetItem* problem = nullptr;
            for (int i = 0; i < problems->count(); ++i)
                if (problems->item(i)->text().startsWith(
                        QStringLiteral("matrix-bad.csv, line 2, column F: 'Expert' is not a level")))
                    problem = problems->item(i);
            if (!problem)
                return int(QDialog::Rejected);
            // The bad cell is marked, with the message as its tooltip; the good ones are not.
            const bool marked = preview->item(0, 5)->background() != QBrush() &&
                                preview->item(0, 5)->toolTip() == problem->text() &&
                                preview->item(0, 3)->background() == QBrush();
            // Clicking the message goes to the cell; the dialog is wide enough to show column F.
            QTest::mouseClick(problems->viewport(), Qt::LeftButton, {}, problems->visualItemRect(problem).center());
            dialog->show();
            const bool visible = preview->viewport()->rect().contains(preview->visualItemRect(preview->item(0, 5)));
            checked = marked && preview->currentRow() == 0 && preview->currentColumn() == 5 && visible;
            return int(QDialog::Rejected);
        };
        window.actions()->importMatrix->trigger();
        QVERIFY(checked);
    }

    void exportWritesWhatTheMatrixShows()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(window.controller()->createDemo(m_dir.filePath(QStringLiteral("exp.coe"))));
        QVERIFY(window.showView(QStringLiteral("matrix")));
        auto* team = window.findChild<QComboBox*>(QStringLiteral("matrixTeam"));
        team->setCurrentIndex(team->findText(QStringLiteral("Data")));
        const QString path = m_dir.filePath(QStringLiteral("data-team"));
        m_prompter.files << path;
        window.actions()->exportMatrix->trigger();
        QVERIFY2(m_prompter.errors.isEmpty(), qPrintable(m_prompter.errors.join(QLatin1Char('\n'))));
        auto sheet = Spreadsheet::read(path + QStringLiteral(".xlsx"));
        QVERIFY(sheet);
        QCOMPARE(sheet->sheetName(), QStringLiteral("Matrix"));
        const QList<CsvTable::Record> rows = sheet->rows();
        QCOMPARE(rows.size(), 12);
        for (const auto& row : rows)
            QCOMPARE(row.fields.value(2), QStringLiteral("Data"));
    }
};

QTEST_MAIN(TestMatrixImportUi)
#include "tst_matriximportui.moc"
