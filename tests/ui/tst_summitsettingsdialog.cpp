// SPDX-License-Identifier: GPL-3.0-or-later
// Summit settings keep a fixed-offset zone (as an imported frab schedule may have) as it is,
// and refuse a zone this system does not know.
#include "dialogs/summitsettingsdialog.h"

#include <QComboBox>
#include <QTest>

using namespace coe;

class TestSummitSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixedOffsetZonesAreKept()
    {
        Summit summit;
        summit.id = 1;
        summit.name = QStringLiteral("Imported summit");
        summit.timeZone = QStringLiteral("UTC+03:17");
        summit.startsOn = QDate(2027, 4, 20);
        summit.endsOn = QDate(2027, 4, 21);
        ui::SummitSettingsDialog dialog(summit, {}, nullptr);
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        QCOMPARE(dialog.summit().timeZone, QStringLiteral("UTC+03:17"));
        auto* zone = dialog.findChild<QComboBox*>(QStringLiteral("summitZone"));
        QVERIFY(zone);
        QVERIFY(zone->findText(QStringLiteral("UTC+03:17")) >= 0);

        zone->setCurrentText(QStringLiteral("UTC-04:00"));
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        zone->setCurrentText(QStringLiteral("Mars/Olympus"));
        QCOMPARE(dialog.problem(), QStringLiteral("“Mars/Olympus” is not a time zone this system knows (e.g. "
                                                  "Europe/Berlin, America/New_York, UTC, UTC+01:00)."));
    }
};

QTEST_MAIN(TestSummitSettingsDialog)
#include "tst_summitsettingsdialog.moc"
