// SPDX-License-Identifier: GPL-3.0-or-later
// coectl conflicts, ics, frab and import schedule, run as a user runs them.
#include "support/coectlrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Result = test::CoectlResult;
using test::coectl;

QString readText(const QString& path)
{
    return QString::fromUtf8(test::readBytes(path));
}

void sql(const QString& path, const QString& statement)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(statement), qPrintable(statement));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("edit"));
}

/// Event lines of a frab XML file: date, start, duration, room, title and speakers.
QStringList events(const QString& xml)
{
    QStringList lines;
    static const QRegularExpression event(QStringLiteral("<event .*?</event>"),
                                          QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression field(QStringLiteral("<(date|duration|room|title|person)[^>]*>([^<]*)<"));
    for (auto m = event.globalMatch(xml); m.hasNext();) {
        QStringList parts;
        for (auto f = field.globalMatch(m.next().captured(0)); f.hasNext();)
            parts << f.next().captured(2);
        lines << parts.join(QLatin1Char('|'));
    }
    lines.sort();
    return lines;
}

} // namespace

class TestCoectlSummit : public QObject
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

    void conflictsExitCodesAndAcknowledgement()
    {
        // The demo expects 75 people for a talk in Room Ada (60 seats).
        const Result demo =
            coectl({QStringLiteral("conflicts"), m_demo, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(demo.exitCode, 1);
        const QJsonArray demoList = QJsonDocument::fromJson(demo.out.toUtf8()).array();
        QCOMPARE(demoList.size(), 1);
        QCOMPARE(demoList.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("over-capacity"));
        QCOMPARE(demoList.first().toObject().value(QStringLiteral("room")).toString(), QStringLiteral("Room Ada"));

        // With the audience cut to fit, the summit is clean.
        const QString path = m_dir.filePath(QStringLiteral("clash.coe"));
        QVERIFY(QFile::copy(m_demo, path));
        sql(path,
            QStringLiteral("UPDATE summit_item SET expected_audience = 55 WHERE title = 'OpenTelemetry in practice'"));
        const Result clean = coectl({QStringLiteral("conflicts"), path});
        QCOMPARE(clean.exitCode, 0);
        QVERIFY2(clean.out.contains(QLatin1String("No warnings")), qPrintable(clean.out));

        // Put "SLOs the business understands" (room 2, 09:45) into the main hall at the same time
        // as "Terraform state without tears".
        sql(path, QStringLiteral(
                      "UPDATE slot SET room_id = (SELECT id FROM room WHERE name = 'Main hall') "
                      "WHERE item_id = (SELECT id FROM summit_item WHERE title = 'SLOs the business understands')"));
        const Result json =
            coectl({QStringLiteral("conflicts"), path, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 1);
        const QJsonArray list = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        const QJsonObject w = list.first().toObject();
        QCOMPARE(w.value(QStringLiteral("kind")).toString(), QStringLiteral("room-overlap"));
        QCOMPARE(w.value(QStringLiteral("room")).toString(), QStringLiteral("Main hall"));
        QCOMPARE(w.value(QStringLiteral("items")).toArray().size(), 2);
        const QString key = w.value(QStringLiteral("key")).toString();

        const Result table =
            coectl({QStringLiteral("conflicts"), path, QStringLiteral("--summit"), QStringLiteral("coe summit 2026")});
        QCOMPARE(table.exitCode, 1);
        QVERIFY2(table.out.contains(QStringLiteral("overlap in Main hall")) && table.out.contains(key),
                 qPrintable(table.out));

        const Result ack = coectl({QStringLiteral("conflicts"), path, QStringLiteral("--acknowledge"), key,
                                   QStringLiteral("--note"), QStringLiteral("Shared session, on purpose")});
        QCOMPARE(ack.exitCode, 0);
        QCOMPARE(coectl({QStringLiteral("conflicts"), path}).exitCode, 0);
        const Result all = coectl({QStringLiteral("conflicts"), path, QStringLiteral("--all")});
        QVERIFY2(all.out.contains(QLatin1String("[acknowledged]")) &&
                     all.out.contains(QLatin1String("Shared session, on purpose")),
                 qPrintable(all.out));

        const Result unknownKey = coectl(
            {QStringLiteral("conflicts"), path, QStringLiteral("--acknowledge"), QStringLiteral("room-overlap:1:999")});
        QCOMPARE(unknownKey.exitCode, 1);
        QVERIFY(unknownKey.err.contains(QLatin1String("no current warning has the key")));
        const Result unknownSummit =
            coectl({QStringLiteral("conflicts"), path, QStringLiteral("--summit"), QStringLiteral("Nope")});
        QCOMPARE(unknownSummit.exitCode, 1);
        QVERIFY2(
            unknownSummit.err.contains(QLatin1String("no summit named 'Nope'; the workspace has: CoE Summit 2026")),
            qPrintable(unknownSummit.err));
    }

    void icsFile()
    {
        const QString ics = m_dir.filePath(QStringLiteral("summit.ics"));
        QCOMPARE(coectl({QStringLiteral("ics"), m_demo, QStringLiteral("-o"), ics}).exitCode, 0);
        const QString text = readText(ics);
        QVERIFY(text.startsWith(QLatin1String("BEGIN:VCALENDAR\r\n")));
        QCOMPARE(text.count(QLatin1String("BEGIN:VEVENT")), 14); // the demo schedules 14 of its 15 items
        QVERIFY(text.contains(QLatin1String("DTSTART;TZID=Europe/Berlin:2026070")));
        const Result noFile = coectl({QStringLiteral("ics"), m_demo});
        QCOMPARE(noFile.exitCode, 2);
        const Result nobody = coectl({QStringLiteral("ics"), m_demo, QStringLiteral("-o"), ics,
                                      QStringLiteral("--speaker"), QStringLiteral("Nobody Here")});
        QCOMPARE(nobody.exitCode, 1);
    }

    void frabExportImportRoundTrip()
    {
        const QString xml = m_dir.filePath(QStringLiteral("schedule.xml"));
        const QString json = m_dir.filePath(QStringLiteral("schedule.json"));
        QCOMPARE(coectl({QStringLiteral("frab"), m_demo, QStringLiteral("-o"), xml}).exitCode, 0);
        QCOMPARE(coectl({QStringLiteral("frab"), m_demo, QStringLiteral("-o"), json}).exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(readText(json).toUtf8()).isObject());
        const QStringList original = events(readText(xml));
        QVERIFY(original.size() > 10);

        const QString target = m_dir.filePath(QStringLiteral("target.coe"));
        QCOMPARE(coectl({QStringLiteral("init"), target}).exitCode, 0);
        const Result dry =
            coectl({QStringLiteral("import"), QStringLiteral("schedule"), xml, target, QStringLiteral("--dry-run")});
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.contains(QLatin1String("Would import")), qPrintable(dry.out));
        QVERIFY2(dry.out.contains(QLatin1String(", times in Europe/")), qPrintable(dry.out)); // the demo summit's zone
        const Result imported = coectl({QStringLiteral("import"), QStringLiteral("schedule"), xml, target});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains(QStringLiteral("Imported “CoE Summit 2026”: 14 events, 3 rooms, 3 tracks")),
                 qPrintable(imported.out));
        const QString back = m_dir.filePath(QStringLiteral("back.xml"));
        QCOMPARE(coectl({QStringLiteral("frab"), target, QStringLiteral("-o"), back}).exitCode, 0);
        QCOMPARE(events(readText(back)), original);

        const Result twice = coectl({QStringLiteral("import"), QStringLiteral("schedule"), json, target});
        QCOMPARE(twice.exitCode, 1);
        QVERIFY2(twice.err.contains(QLatin1String("already exists")), qPrintable(twice.err));
        const Result badSuffix =
            coectl({QStringLiteral("frab"), m_demo, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.txt"))});
        QCOMPARE(badSuffix.exitCode, 2);
    }
    void agendaReleaseAndChangelog()
    {
        const QString path = m_dir.filePath(QStringLiteral("release.coe"));
        QVERIFY(QFile::copy(m_demo, path));
        const QString pdf = m_dir.filePath(QStringLiteral("agenda.pdf"));
        const Result agenda = coectl({QStringLiteral("agenda"), path, QStringLiteral("-o"), pdf,
                                      QStringLiteral("--paper"), QStringLiteral("letter")});
        QCOMPARE(agenda.exitCode, 0);
        QVERIFY2(agenda.out.contains(QLatin1String("(2 page(s))")), qPrintable(agenda.out));
        QVERIFY(readText(pdf).startsWith(QLatin1String("%PDF")));
        for (const char* kind : {"track", "room-signs", "run-sheet"})
            QCOMPARE(coectl({QStringLiteral("agenda"), path, QStringLiteral("--kind"), QString::fromLatin1(kind),
                             QStringLiteral("-o"), m_dir.filePath(QString::fromLatin1(kind) + QStringLiteral(".pdf"))})
                         .exitCode,
                     0);
        QCOMPARE(coectl({QStringLiteral("agenda"), path, QStringLiteral("--kind"), QStringLiteral("poster"),
                         QStringLiteral("-o"), pdf})
                     .exitCode,
                 2);
        const Result noDay = coectl(
            {QStringLiteral("agenda"), path, QStringLiteral("--day"), QStringLiteral("3"), QStringLiteral("-o"), pdf});
        QCOMPARE(noDay.exitCode, 1);
        QVERIFY2(noDay.err.contains(QLatin1String("has 2 day(s); there is no day 3")), qPrintable(noDay.err));

        const Result none = coectl({QStringLiteral("changelog"), path});
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains(QLatin1String("no releases yet")));
        const Result first = coectl({QStringLiteral("release"), path});
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.out.contains(QLatin1String("version 1")), qPrintable(first.out));
        sql(path, QStringLiteral(
                      "UPDATE slot SET starts_at = replace(starts_at, 'T09:45', 'T14:00'), ends_at = replace(ends_at, "
                      "'T10:30', 'T14:45') "
                      "WHERE item_id = (SELECT id FROM summit_item WHERE title = 'SLOs the business understands')"));
        const Result pending = coectl({QStringLiteral("changelog"), path});
        QCOMPARE(pending.exitCode, 0);
        QVERIFY2(pending.out.contains(QLatin1String("moved      SLOs the business understands")),
                 qPrintable(pending.out));
        QVERIFY2(pending.out.contains(QStringLiteral("14:00–14:45")), qPrintable(pending.out));
        const Result second = coectl({QStringLiteral("release"), path});
        QVERIFY2(second.out.contains(QLatin1String("version 2")) && second.out.contains(QLatin1String("moved")),
                 qPrintable(second.out));
        const QString changes = m_dir.filePath(QStringLiteral("changes.pdf"));
        QCOMPARE(coectl({QStringLiteral("changelog"), path, QStringLiteral("--from"), QStringLiteral("1"),
                         QStringLiteral("--to"), QStringLiteral("2"), QStringLiteral("-o"), changes})
                     .exitCode,
                 0);
        QVERIFY(readText(changes).startsWith(QLatin1String("%PDF")));
        const QString csv = m_dir.filePath(QStringLiteral("changes.csv"));
        QCOMPARE(coectl({QStringLiteral("changelog"), path, QStringLiteral("--from"), QStringLiteral("1"),
                         QStringLiteral("--to"), QStringLiteral("2"), QStringLiteral("-o"), csv})
                     .exitCode,
                 0);
        QVERIFY2(readText(csv).startsWith(
                     QLatin1String("change,title,before,after\r\nmoved,SLOs the business understands,")),
                 qPrintable(readText(csv)));
        QCOMPARE(coectl({QStringLiteral("changelog"), path, QStringLiteral("--from"), QStringLiteral("7")}).exitCode,
                 1);
    }
    void suggestProgramme()
    {
        const Result json = coectl({QStringLiteral("suggest-programme"), m_demo, QStringLiteral("--tracks"),
                                    QStringLiteral("2"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(list.size(), 2);
        QVERIFY(list.at(0).toObject().value(QStringLiteral("gap")).toInt() >=
                list.at(1).toObject().value(QStringLiteral("gap")).toInt());
        QVERIFY(!list.at(0).toObject().value(QStringLiteral("reason")).toString().isEmpty());
        QCOMPARE(coectl({QStringLiteral("suggest-programme"), m_demo, QStringLiteral("--tracks"), QStringLiteral("0")})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestCoectlSummit)
#include "tst_coectl_summit.moc"
