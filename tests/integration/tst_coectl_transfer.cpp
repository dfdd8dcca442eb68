// SPDX-License-Identifier: GPL-3.0-or-later
// coectl sessions and handout, run as a user runs them.
#include "support/coectlrun.h"
#include "support/sqlitepeek.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {

using Result = test::CoectlResult;
using test::coectl;

} // namespace

class TestCoectlTransfer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

private Q_SLOTS:
    void initTestCase()
    {
        m_demo = m_dir.filePath(QStringLiteral("demo.coe"));
        QVERIFY(test::coectlDemo(m_demo));
    }

    void sessionsAsJsonTableAndCalendar()
    {
        const Result json =
            coectl({QStringLiteral("sessions"), m_demo, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray all = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QVERIFY(all.size() >= 4);
        const QJsonObject first = all.first().toObject();
        for (const char* key : {"title", "start", "duration", "instructor", "skills", "attendees"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        int attendees = 0;
        for (const auto& v : all)
            attendees += int(v.toObject().value(QStringLiteral("attendees")).toArray().size());

        // The window is inclusive at both ends.
        const QString day = first.value(QStringLiteral("start")).toString().left(10);
        const Result one = coectl({QStringLiteral("sessions"), m_demo, QStringLiteral("--from"), day,
                                   QStringLiteral("--to"), day, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(!QJsonDocument::fromJson(one.out.toUtf8()).array().isEmpty());
        QVERIFY(QJsonDocument::fromJson(one.out.toUtf8()).array().size() < all.size());

        const Result ics =
            coectl({QStringLiteral("sessions"), m_demo, QStringLiteral("--format"), QStringLiteral("ics")});
        QCOMPARE(ics.exitCode, 0);
        QVERIFY(ics.out.startsWith(QLatin1String("BEGIN:VCALENDAR\r\n")));
        QCOMPARE(ics.out.count(QLatin1String("BEGIN:VEVENT")), all.size());
        QCOMPARE(ics.out.count(QLatin1String("\r\nATTENDEE;")), attendees);
        QVERIFY(ics.out.contains(QLatin1String("\r\nORGANIZER;CN=")));

        // Sessions that name no zone are in the workspace's zone (meta time_zone), not the system's.
        const QString zoned = m_dir.filePath(QStringLiteral("zoned.coe"));
        QVERIFY(QFile::copy(m_demo, zoned));
        test::sqliteRows(
            zoned, QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('time_zone', 'Asia/Kathmandu')"));
        QCOMPARE(test::sqliteRows(zoned, QStringLiteral("SELECT value FROM meta WHERE key = 'time_zone'")),
                 QStringList{QStringLiteral("Asia/Kathmandu")});
        const Result zonedIcs =
            coectl({QStringLiteral("sessions"), zoned, QStringLiteral("--format"), QStringLiteral("ics")});
        QCOMPARE(zonedIcs.exitCode, 0);
        QVERIFY2(zonedIcs.out.contains(QLatin1String("\r\nTZID:Asia/Kathmandu\r\n")),
                 qPrintable(zonedIcs.out.left(2000)));

        // The list and JSON name each session's zone and give its instant; the order is by
        // instant, whatever zone each session keeps.
        test::sqliteRows(zoned, QStringLiteral("UPDATE kt_session SET time_zone = 'America/New_York' "
                                               "WHERE id = (SELECT MIN(id) FROM kt_session)"));
        const Result zonedJson =
            coectl({QStringLiteral("sessions"), zoned, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(zonedJson.exitCode, 0);
        const QJsonArray zonedAll = QJsonDocument::fromJson(zonedJson.out.toUtf8()).array();
        QCOMPARE(zonedAll.size(), all.size());
        QStringList zones;
        QDateTime previous;
        for (const auto& v : zonedAll) {
            const QJsonObject session = v.toObject();
            const QString zone = session.value(QStringLiteral("zone")).toString();
            zones << zone;
            const QDateTime wall =
                QDateTime::fromString(session.value(QStringLiteral("start")).toString(), Qt::ISODate);
            const QDateTime instant =
                QDateTime::fromString(session.value(QStringLiteral("instant")).toString(), Qt::ISODate);
            QCOMPARE(instant.timeSpec(), Qt::UTC);
            QCOMPARE(QDateTime(wall.date(), wall.time(), QTimeZone(zone.toUtf8())).toUTC(), instant);
            QVERIFY(!previous.isValid() || previous <= instant);
            previous = instant;
        }
        QCOMPARE(zones.count(QStringLiteral("America/New_York")), 1);
        QCOMPARE(zones.count(QStringLiteral("Asia/Kathmandu")), all.size() - 1);
        const Result zonedTable = coectl({QStringLiteral("sessions"), zoned});
        QCOMPARE(zonedTable.out.count(QLatin1String(" America/New_York  ")), 1);
        QCOMPARE(zonedTable.out.count(QLatin1String(" Asia/Kathmandu  ")), all.size() - 1);

        const Result table = coectl({QStringLiteral("sessions"), m_demo});
        QVERIFY(table.out.contains(first.value(QStringLiteral("title")).toString()));
        QCOMPARE(
            coectl({QStringLiteral("sessions"), m_demo, QStringLiteral("--from"), QStringLiteral("June")}).exitCode, 2);
    }

    void handout()
    {
        const Result json =
            coectl({QStringLiteral("sessions"), m_demo, QStringLiteral("--format"), QStringLiteral("json")});
        const QString title = QJsonDocument::fromJson(json.out.toUtf8())
                                  .array()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("title"))
                                  .toString();
        const QString pdf = m_dir.filePath(QStringLiteral("handout.pdf"));
        const Result written = coectl({QStringLiteral("handout"), m_demo, QStringLiteral("--session"), title.toUpper(),
                                       QStringLiteral("-o"), pdf});
        QCOMPARE(written.exitCode, 0);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(4) == "%PDF");
        const Result missing = coectl({QStringLiteral("handout"), m_demo, QStringLiteral("--session"),
                                       QStringLiteral("Nope"), QStringLiteral("-o"), pdf});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QLatin1String("no session is called 'Nope'")));
        QCOMPARE(coectl({QStringLiteral("handout"), m_demo, QStringLiteral("-o"), pdf}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCoectlTransfer)
#include "tst_coectl_transfer.moc"
