// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard: a card per team, click-through to charts with Copy and Export, refresh on edits.
#include "commands/edits.h"
#include "core/config.h"
#include "dialogs/chartdialog.h"
#include "storage/catalog.h"
#include "storage/workspace.h"
#include "ui/mainwindow.h"
#include "support/scriptedprompter.h"
#include "ui/prompter.h"
#include "ui/workspacecontroller.h"
#include "views/dashboardview.h"
#include "widgets/teamcard.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QImage>
#include <QImageReader>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace coe;


class TestDashboard : public QObject
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

    void cardsChartsAndRefresh()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(window.controller()->createDemo(m_dir.filePath(QStringLiteral("dash.coe"))));
        ui::DashboardView* dashboard = window.dashboardView();
        QVERIFY(dashboard->isVisible()); // the home view once a workspace is open
        QCOMPARE(dashboard->cards().size(), 5);
        const Id platform = *dashboard->readiness()->teamByName(QStringLiteral("Platform"));

        // A card opens the team's charts; Copy and Export work from there.
        bool checked = false;
        const QString exported = m_dir.filePath(QStringLiteral("platform-coverage.svg"));
        m_prompter.files << exported;
        m_prompter.onDialog = [&](QDialog* dialog) {
            auto* charts = qobject_cast<ui::ChartDialog*>(dialog);
            if (!charts)
                return int(QDialog::Rejected);
            checked = charts->view()->chart()->title() == QStringLiteral("Coverage by skill category")
                      && charts->windowTitle().startsWith(QStringLiteral("Platform"));
            auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("chartKind"));
            kind->setCurrentIndex(1);
            checked = checked && charts->view()->chart()->title() == QStringLiteral("Independent people per required skill");
            dialog->findChild<QPushButton*>(QStringLiteral("chartCopy"))->click();
            dialog->findChild<QPushButton*>(QStringLiteral("chartExport"))->click();
            return int(QDialog::Accepted);
        };
        for (ui::TeamCard* card : dashboard->cards()) {
            if (card->teamId() == platform)
                QTest::mouseClick(card, Qt::LeftButton);
        }
        QVERIFY(checked);
        QVERIFY2(m_prompter.errors.isEmpty(), qPrintable(m_prompter.errors.join(QLatin1Char('\n'))));
        QCOMPARE(QApplication::clipboard()->image().size(), QSize(2400, 1600));
        QFile svg(exported);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("Independent people per required skill"));

        // An edit elsewhere recomputes the dashboard shortly after.
        const double before = *dashboard->readiness()->compute(platform, QDate::currentDate()).index;
        Workspace& ws = *window.controller()->workspace();
        const QList<TeamRequirement> requirements = Catalog(ws).requirements().value();
        const QList<Person> people = Catalog(ws).people().value();
        for (const TeamRequirement& r : requirements) {
            if (r.teamId != platform)
                continue;
            for (const Person& p : people) {
                if (p.teamId == platform && !p.external) {
                    Assessment a;
                    a.personId = p.id;
                    a.skillId = r.skillId;
                    a.level = 4;
                    QVERIFY(commands::Edits::addAssessment(ws, a));
                }
            }
        }
        QTRY_VERIFY_WITH_TIMEOUT(*dashboard->readiness()->compute(platform, QDate::currentDate()).index > before, 5000);
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
