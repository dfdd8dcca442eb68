// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard: a card per team, click-through to charts with Copy and Export, refresh on edits.
#include "commands/edits.h"
#include "core/config.h"
#include "dialogs/chartdialog.h"
#include "storage/catalog.h"
#include "storage/workspace.h"
#include "support/scriptedprompter.h"
#include "ui/mainwindow.h"
#include "ui/prompter.h"
#include "ui/workspacecontroller.h"
#include "views/dashboardview.h"
#include "widgets/teamcard.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QImage>
#include <QImageReader>
#include <QLabel>
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
            checked = charts->view()->chart()->title() == QStringLiteral("Coverage by skill category") &&
                      charts->windowTitle().startsWith(QStringLiteral("Platform"));
            auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("chartKind"));
            kind->setCurrentIndex(1);
            checked =
                checked && charts->view()->chart()->title() == QStringLiteral("Independent people per required skill");
            dialog->findChild<QPushButton*>(QStringLiteral("chartCopy"))->click();
            dialog->findChild<QPushButton*>(QStringLiteral("chartExport"))->click();
            return int(QDialog::Accepted);
        };
        const QList<ui::TeamCard*> shown = dashboard->cards();
        for (ui::TeamCard* card : shown) {
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

    void cardsShareTheWidthAndExplainThemselves()
    {
        ui::MainWindow window;
        window.resize(2400, 1400);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.controller()->createDemo(m_dir.filePath(QStringLiteral("explain.coe"))));
        ui::DashboardView* dashboard = window.dashboardView();
        QTRY_COMPARE(dashboard->cards().size(), 5);
        QTest::qWait(20);
        // Four columns at this width, the cards filling them, the second row right below the first.
        const QList<ui::TeamCard*> cards = dashboard->cards();
        QCOMPARE(cards.at(3)->y(), cards.at(0)->y());
        QVERIFY(cards.at(4)->y() > cards.at(0)->y());
        QVERIFY2(cards.at(0)->width() * 4 > dashboard->width() * 3 / 4,
                 qPrintable(QString::number(cards.at(0)->width())));
        int firstRow = 0;
        for (int i = 0; i < 4; ++i)
            firstRow = std::max(firstRow, cards.at(i)->geometry().bottom());
        QVERIFY2(cards.at(4)->y() - firstRow < 3 * dashboard->fontMetrics().height(),
                 qPrintable(QStringLiteral("gap %1").arg(cards.at(4)->y() - firstRow)));

        // A legend for the index colours.
        auto* legend = dashboard->findChild<QLabel*>(QStringLiteral("dashboardLegend"));
        QVERIFY(legend && legend->isVisible());
        QVERIFY(legend->text().contains(QStringLiteral("80–100")));

        // Checkout has no capabilities and no engagement: its card says so instead of a bare "–".
        const Id checkout = *dashboard->readiness()->teamByName(QStringLiteral("Checkout"));
        const TeamReadiness r = dashboard->readiness()->compute(checkout, QDate::currentDate());
        QVERIFY(!r.handover);
        for (ui::TeamCard* card : cards) {
            if (card->teamId() != checkout)
                continue;
            const QString text = card->lines().join(QLatin1Char('\n'));
            QVERIFY2(text.contains(QLatin1String("no capabilities yet")), qPrintable(text));
            if (r.forecasts.isEmpty())
                QVERIFY2(text.contains(QLatin1String("no engagement with a roll-off date")), qPrintable(text));
        }
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
