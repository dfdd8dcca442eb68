// SPDX-License-Identifier: GPL-3.0-or-later
// coectl add engagement|capability|session|summit, run as a script would: what each writes,
// and that wrong names, dates and kinds are refused with a message and nothing written.
#include "support/coectlrun.h"
#include "support/sqlitepeek.h"

#include <QTemporaryDir>
#include <QTest>

using test::coectl;
using test::sqliteRows;

class TestCoectlAdd : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_ws;

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = m_dir.filePath(QStringLiteral("demo.coe"));
        QVERIFY(test::coectlDemo(m_ws));
    }

    void engagementCapabilityAndSession()
    {
        const QString consultant =
            sqliteRows(m_ws, QStringLiteral("SELECT name FROM person WHERE external = 1 ORDER BY id LIMIT 1")).value(0);
        QVERIFY(!consultant.isEmpty());
        auto r =
            coectl({QStringLiteral("add"), QStringLiteral("engagement"), m_ws, QStringLiteral("--name"),
                    QStringLiteral("Observability build-out"), QStringLiteral("--team"), QStringLiteral("platform"),
                    QStringLiteral("--from"), QStringLiteral("2026-12-01"), QStringLiteral("--roll-off"),
                    QStringLiteral("2027-03-31"), QStringLiteral("--consultant"), consultant});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("Added engagement “Observability build-out”")), qPrintable(r.out));
        QCOMPARE(sqliteRows(
                     m_ws,
                     QStringLiteral(
                         "SELECT t.name, e.starts_on, e.roll_off_on, (SELECT COUNT(*) FROM engagement_consultant c "
                         "WHERE c.engagement_id = e.id) "
                         "FROM engagement e JOIN team t ON t.id = e.team_id WHERE e.name = 'Observability build-out'")),
                 QStringList{QStringLiteral("Platform|2026-12-01|2027-03-31|1")});

        r = coectl({QStringLiteral("add"), QStringLiteral("capability"), m_ws, QStringLiteral("--engagement"),
                    QStringLiteral("observability build-out"), QStringLiteral("--name"),
                    QStringLiteral("Run the alerting"), QStringLiteral("--skill"), QStringLiteral("AWS"),
                    QStringLiteral("--skill"), QStringLiteral("Bash"), QStringLiteral("--expert"), consultant});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(sqliteRows(m_ws, QStringLiteral(
                                      "SELECT (SELECT COUNT(*) FROM capability_skill s WHERE s.capability_id = c.id), "
                                      "(SELECT phase FROM capability_phase p WHERE p.capability_id = c.id) FROM "
                                      "capability c WHERE c.name = 'Run the alerting'")),
                 QStringList{QStringLiteral("2|0")});

        // The same person by name and by email is one attendee, who gets an Apply task.
        r = coectl({QStringLiteral("add"), QStringLiteral("session"), m_ws, QStringLiteral("--title"),
                    QStringLiteral("Alert routing"), QStringLiteral("--at"), QStringLiteral("2026-12-10T14:00"),
                    QStringLiteral("--minutes"), QStringLiteral("60"), QStringLiteral("--skill"), QStringLiteral("AWS"),
                    QStringLiteral("--attendee"), QStringLiteral("Ana Lima"), QStringLiteral("--attendee"),
                    QStringLiteral("ana.lima@example.com")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("on 2026-12-10 14:00 with 1 attendee.")), qPrintable(r.out));
        QCOMPARE(sqliteRows(
                     m_ws, QStringLiteral(
                               "SELECT k.duration_min, (SELECT COUNT(*) FROM kt_attendee a WHERE a.session_id = k.id), "
                               "(SELECT COUNT(*) FROM apply_task t WHERE t.session_id = k.id) FROM kt_session k WHERE "
                               "k.title = 'Alert routing'")),
                 QStringList{QStringLiteral("60|1|1")});
        const auto sessions = coectl({QStringLiteral("sessions"), m_ws});
        QVERIFY2(sessions.out.contains(QLatin1String("Alert routing")), qPrintable(sessions.out));

        // A session in its own zone keeps it; without --zone it has the workspace's ('').
        r = coectl({QStringLiteral("add"), QStringLiteral("session"), m_ws, QStringLiteral("--title"),
                    QStringLiteral("Pager drill"), QStringLiteral("--at"), QStringLiteral("2026-12-11T09:00"),
                    QStringLiteral("--zone"), QStringLiteral("America/New_York")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Its time is in America/New_York, its own zone.")), qPrintable(r.out));
        QCOMPARE(sqliteRows(m_ws, QStringLiteral("SELECT title, time_zone FROM kt_session WHERE title IN ('Alert "
                                                 "routing', 'Pager drill') ORDER BY title")),
                 (QStringList{QStringLiteral("Alert routing|"), QStringLiteral("Pager drill|America/New_York")}));
    }

    void summitWithRoomsAndTracks()
    {
        const auto r = coectl({QStringLiteral("add"),
                               QStringLiteral("summit"),
                               m_ws,
                               QStringLiteral("--name"),
                               QStringLiteral("Spring Summit"),
                               QStringLiteral("--from"),
                               QStringLiteral("2027-04-20"),
                               QStringLiteral("--to"),
                               QStringLiteral("2027-04-21"),
                               QStringLiteral("--venue"),
                               QStringLiteral("HQ"),
                               QStringLiteral("--zone"),
                               QStringLiteral("Europe/Berlin"),
                               QStringLiteral("--room"),
                               QStringLiteral("Big room:200"),
                               QStringLiteral("--room"),
                               QStringLiteral("Small:30"),
                               QStringLiteral("--track"),
                               QStringLiteral("Platform"),
                               QStringLiteral("--track"),
                               QStringLiteral("Security")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(sqliteRows(m_ws, QStringLiteral("SELECT s.venue, s.time_zone, s.starts_on, s.ends_on, "
                                                 "(SELECT group_concat(name || ':' || capacity, ',') FROM (SELECT * "
                                                 "FROM room WHERE summit_id = s.id ORDER BY position)), "
                                                 "(SELECT COUNT(*) FROM track WHERE summit_id = s.id) FROM summit s "
                                                 "WHERE s.name = 'Spring Summit'")),
                 QStringList{QStringLiteral("HQ|Europe/Berlin|2027-04-20|2027-04-21|Big room:200,Small:30|2")});
        const auto conflicts =
            coectl({QStringLiteral("conflicts"), m_ws, QStringLiteral("--summit"), QStringLiteral("Spring Summit")});
        QCOMPARE(conflicts.exitCode, 0);
        QCOMPARE(coectl({QStringLiteral("check"), m_ws}).exitCode, 0);
    }

    void wrongInputIsRefusedAndNothingIsWritten_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("kind") << QStringList{QStringLiteral("thing")} << 2
                              << QStringLiteral("KIND is engagement, capability, session or summit, not 'thing'");
        QTest::newRow("missing option") << QStringList{QStringLiteral("engagement"), QStringLiteral("--name"),
                                                       QStringLiteral("X")}
                                        << 2 << QStringLiteral("an engagement needs --team");
        QTest::newRow("team") << QStringList{QStringLiteral("engagement"), QStringLiteral("--name"),
                                             QStringLiteral("X"),          QStringLiteral("--team"),
                                             QStringLiteral("Nope"),       QStringLiteral("--from"),
                                             QStringLiteral("2026-01-01"), QStringLiteral("--roll-off"),
                                             QStringLiteral("2026-02-01")}
                              << 1 << QStringLiteral("no team named 'Nope'; the workspace has:");
        QTest::newRow("dates") << QStringList{QStringLiteral("engagement"), QStringLiteral("--name"),
                                              QStringLiteral("X"),          QStringLiteral("--team"),
                                              QStringLiteral("Platform"),   QStringLiteral("--from"),
                                              QStringLiteral("2026-03-01"), QStringLiteral("--roll-off"),
                                              QStringLiteral("2026-02-01")}
                               << 1 << QStringLiteral("The roll-off date must be on or after the start.");
        QTest::newRow("person") << QStringList{QStringLiteral("session"),
                                               QStringLiteral("--title"),
                                               QStringLiteral("X"),
                                               QStringLiteral("--at"),
                                               QStringLiteral("2026-12-10T14:00"),
                                               QStringLiteral("--attendee"),
                                               QStringLiteral("Nobody Here")}
                                << 1 << QStringLiteral("no person named or with the email 'Nobody Here'");
        QTest::newRow("time") << QStringList{QStringLiteral("session"), QStringLiteral("--title"), QStringLiteral("X"),
                                             QStringLiteral("--at"), QStringLiteral("tomorrow")}
                              << 2 << QStringLiteral("--at takes YYYY-MM-DDTHH:MM, not 'tomorrow'");
        QTest::newRow("minutes")
            << QStringList{QStringLiteral("session"), QStringLiteral("--title"),          QStringLiteral("X"),
                           QStringLiteral("--at"),    QStringLiteral("2026-12-10T14:00"), QStringLiteral("--minutes"),
                           QStringLiteral("200")}
            << 1 << QStringLiteral("A session lasts 15 to 90 minutes, not 200.");
        QTest::newRow("session zone")
            << QStringList{QStringLiteral("session"),     QStringLiteral("--title"),          QStringLiteral("X"),
                           QStringLiteral("--at"),        QStringLiteral("2026-12-10T14:00"), QStringLiteral("--zone"),
                           QStringLiteral("Mars/Olympus")}
            << 2 << QStringLiteral("--zone takes a time zone such as Europe/Berlin or UTC+01:00, not 'Mars/Olympus'");
        QTest::newRow("summit days") << QStringList{QStringLiteral("summit"),     QStringLiteral("--name"),
                                                    QStringLiteral("X"),          QStringLiteral("--from"),
                                                    QStringLiteral("2027-04-20"), QStringLiteral("--to"),
                                                    QStringLiteral("2027-04-19")}
                                     << 2 << QStringLiteral("--to is before --from");
        QTest::newRow("zone") << QStringList{QStringLiteral("summit"),      QStringLiteral("--name"),
                                             QStringLiteral("X"),           QStringLiteral("--from"),
                                             QStringLiteral("2027-04-20"),  QStringLiteral("--to"),
                                             QStringLiteral("2027-04-20"),  QStringLiteral("--zone"),
                                             QStringLiteral("Mars/Olympus")}
                              << 2
                              << QStringLiteral("--zone takes a time zone such as Europe/Berlin, not 'Mars/Olympus'");
        QTest::newRow("room") << QStringList{QStringLiteral("summit"),     QStringLiteral("--name"),
                                             QStringLiteral("X"),          QStringLiteral("--from"),
                                             QStringLiteral("2027-04-20"), QStringLiteral("--to"),
                                             QStringLiteral("2027-04-20"), QStringLiteral("--room"),
                                             QStringLiteral("Hall:many")}
                              << 2 << QStringLiteral("--room takes NAME or NAME:SEATS, not 'Hall:many'");
    }

    void wrongInputIsRefusedAndNothingIsWritten()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString counts = QStringLiteral("SELECT (SELECT COUNT(*) FROM engagement), (SELECT COUNT(*) FROM "
                                              "kt_session), (SELECT COUNT(*) FROM summit)");
        const QStringList before = sqliteRows(m_ws, counts);
        QStringList full{QStringLiteral("add"), arguments.first(), m_ws};
        full += arguments.mid(1);
        const auto r = coectl(full);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.startsWith(QStringLiteral("coectl add: ") + message), qPrintable(r.err));
        QCOMPARE(sqliteRows(m_ws, counts), before);
    }
};

QTEST_GUILESS_MAIN(TestCoectlAdd)
#include "tst_coectl_add.moc"
