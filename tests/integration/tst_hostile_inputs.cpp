// SPDX-License-Identifier: GPL-3.0-or-later
// coectl given files made to hurt it, beyond the matrix and list importers (those are in
// tst_coectl_hostile.cpp): frab schedules for `import schedule`, and workspaces that are valid
// SQLite files with hostile contents for `info`, `check` and an edit. Each is refused with a
// message naming the file and what is wrong (or, where harmless, works), the process stays
// under 300 MB and ends, and a refused file is byte for byte as it was.
#include "support/coectlrun.h"
#include "support/hostileworkspaces.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace {

const qint64 kMemoryBoundKiB = test::peakBoundKiB(300);

using Maker = std::function<QString(const QString& dir)>;

/// One frab event; @p extra goes inside it as it is.
QByteArray frabEvent(int id, const QByteArray& title = "A talk", const QByteArray& date = "2026-03-27T10:00:00+01:00",
                     const QByteArray& duration = "00:30", const QByteArray& extra = {})
{
    return "<event id=\"" + QByteArray::number(id) + "\" guid=\"guid-" + QByteArray::number(id) + "\"><date>" + date +
           "</date><duration>" + duration + "</duration><title>" + title + "</title>" + extra + "</event>\n";
}

/// A frab XML schedule of @p events in the room @p room.
QByteArray schedule(const QByteArray& events, const QByteArray& room = "Saal 1")
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schedule>\n<conference><title>Hostile Days</title>"
           "<time_zone_name>Europe/Berlin</time_zone_name></conference>\n<day date=\"2026-03-27\">\n<room name=\"" +
           room + "\">\n" + events + "</room>\n</day>\n</schedule>\n";
}

/// A frab JSON schedule whose one room holds @p events (JSON objects, comma-separated).
QByteArray jsonSchedule(const QByteArray& events)
{
    return "{\"schedule\": {\"conference\": {\"title\": \"Hostile Days\", \"days\": [{\"date\": \"2026-03-27\", "
           "\"rooms\": {\"Saal 1\": [" +
           events + "]}}]}}}\n";
}

/// The SHA-256 of the file at @p path, read a piece at a time: a workspace of 300 MB must not
/// sit in the test's memory, which the child's peak would count from.
QByteArray hashOf(const QString& path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    return file.open(QIODevice::ReadOnly) && hash.addData(&file) ? hash.result() : QByteArray();
}

} // namespace

class TestHostileInputs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    /// Runs coectl, logs what it cost, and checks the bound.
    test::MeasuredResult run(const QStringList& arguments)
    {
        const auto result = test::coectlMeasured(arguments);
        qInfo("%s: coectl %s: exit %d in %lld ms, peak %lld MB", QTest::currentDataTag(), qPrintable(arguments.first()),
              result.exitCode, result.milliseconds, result.peakKiB / 1024);
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.coe"));
        QVERIFY(test::coectlDemo(m_demo));
    }

    void schedulesRefusedWithinBounds_data()
    {
        QTest::addColumn<Maker>("make");
        QTest::addColumn<QString>("expected"); ///< a part of the message

        QTest::newRow("200 MB file") << Maker([](const QString& d) {
            const QByteArray block(1 << 20, 'x');
            return test::writePieces(d, QStringLiteral("huge.json"), [&block](int i) {
                return i == 0     ? QByteArrayLiteral("{\"schedule\": {\"conference\": {\"title\": \"")
                       : i <= 200 ? block
                                  : QByteArray();
            });
        }) << QStringLiteral("huge.json is 200 MB; a frab schedule is at most 32 MB.");
        QTest::newRow("a 20 MB line of XML") << Maker([](const QString& d) {
            const QByteArray around = schedule(frabEvent(1, "@")).replace('\n', ' ');
            const qsizetype at = around.indexOf('@');
            const QByteArray block(1 << 20, 'x');
            return test::writePieces(d, QStringLiteral("line.xml"), [&](int i) {
                return i == 0 ? around.left(at) : i <= 20 ? block : i == 21 ? around.mid(at + 1) : QByteArray();
            });
        }) << QStringLiteral("line.xml holds more than 1 MB of text without markup (line 1)");
        QTest::newRow("a 20 MB JSON string") << Maker([](const QString& d) {
            const QByteArray around = jsonSchedule("{\"title\": \"@\"}");
            const qsizetype at = around.indexOf('@');
            const QByteArray block(1 << 20, 's');
            return test::writePieces(d, QStringLiteral("string.json"), [&](int i) {
                return i == 0 ? around.left(at) : i <= 20 ? block : i == 21 ? around.mid(at + 1) : QByteArray();
            });
        }) << QStringLiteral("string.json holds a string of more than 1 MB (line 1)");
        QTest::newRow("invalid UTF-8") << Maker([](const QString& d) {
            return test::writeFile(d, QStringLiteral("latin1.xml"), schedule(frabEvent(1, "Caf\xe9 talk")));
        }) << QStringLiteral("latin1.xml is not UTF-8 text (line 6)");
        QTest::newRow("NUL bytes") << Maker([](const QString& d) {
            return test::writeFile(d, QStringLiteral("nul.json"),
                                   jsonSchedule(QByteArray("{\"title\": \"a\0b\"}", 16)));
        }) << QStringLiteral("nul.json is not a text file: it holds a NUL byte on line 1.");
        QTest::newRow("UTF-16") << Maker([](const QString& d) {
            const QString text = QString::fromUtf8(schedule(frabEvent(1)));
            return test::writeFile(d, QStringLiteral("utf16.xml"),
                                   QByteArray("\xff\xfe") +
                                       QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2));
        }) << QStringLiteral("utf16.xml is UTF-16 text; frab schedules are UTF-8.");
        QTest::newRow("JSON 100,000 levels deep") << Maker([](const QString& d) {
            return test::writeFile(d, QStringLiteral("deep.json"),
                                   "{\"schedule\": " + QByteArray(100000, '[') + QByteArray(100000, ']') + "}");
        }) << QStringLiteral("deep.json nests arrays and objects more than 32 deep (line 1)");
        QTest::newRow("XML 100,000 levels deep") << Maker([](const QString& d) {
            return test::writeFile(d, QStringLiteral("deep.xml"),
                                   "<schedule>" + QByteArray("<a>").repeated(100000) +
                                       QByteArray("</a>").repeated(100000) + "</schedule>");
        }) << QStringLiteral("deep.xml nests elements more than 32 deep (line 1)");
        QTest::newRow("a million JSON events") << Maker([](const QString& d) {
            return test::writeFile(d, QStringLiteral("million.json"),
                                   jsonSchedule(QByteArray("{\"title\": \"t\"},").repeated(1000000) + "{}"));
        }) << QStringLiteral("million.json holds more than 2000000 JSON values");
        QTest::newRow("20,000 events") << Maker([](const QString& d) {
            QByteArray events;
            for (int i = 1; i <= 20000; ++i)
                events += frabEvent(i);
            return test::writeFile(d, QStringLiteral("many.xml"), schedule(events));
        })
                                       << QStringLiteral("many.xml holds more than 10000 events (line 10006); CoE "
                                                         "Studio imports at most 10000 from one schedule.");
        QTest::newRow("entity expansion") << Maker([](const QString& d) {
            QByteArray dtd = "<!DOCTYPE schedule [\n<!ENTITY lol \"lol\">\n";
            for (int i = 1; i <= 9; ++i)
                dtd += "<!ENTITY lol" + QByteArray::number(i) + " \"" +
                       QByteArray("&lol" + (i > 1 ? QByteArray::number(i - 1) : QByteArray()) + ";").repeated(10) +
                       "\">\n";
            return test::writeFile(d, QStringLiteral("laughs.xml"),
                                   "<?xml version=\"1.0\"?>\n" + dtd + "]>\n" +
                                       schedule(frabEvent(1, "&lol9;")).mid(39));
        }) << QStringLiteral("laughs.xml declares a document type (DTD, line");
        QTest::newRow("external entity") << Maker([](const QString& d) {
            return test::writeFile(
                d, QStringLiteral("external.xml"),
                "<?xml version=\"1.0\"?>\n<!DOCTYPE schedule [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n" +
                    schedule(frabEvent(1, "&secret;")).mid(39));
        }) << QStringLiteral("external.xml declares a document type (DTD, line 2)");
        QTest::newRow("a title of 100,000 characters") << Maker([](const QString& d) {
            return test::writeFile(d, QStringLiteral("title.xml"), schedule(frabEvent(1, QByteArray(100000, 't'))));
        }) << QStringLiteral("title.xml: event 1 (“tttt");
        QTest::newRow("a room of 100,000 characters") << Maker([](const QString& d) {
            return test::writeFile(d, QStringLiteral("room.xml"), schedule(frabEvent(1), QByteArray(100000, 'r')));
        }) << QStringLiteral("room.xml: a room name of 100000 characters; names are at most 200.");
        QTest::newRow("a speaker of 100,000 characters")
            << Maker([](const QString& d) {
                   return test::writeFile(d, QStringLiteral("speaker.xml"),
                                          schedule(frabEvent(1, "A talk", "2026-03-27T10:00:00+01:00", "00:30",
                                                             "<persons><person id=\"1\">" + QByteArray(100000, 'p') +
                                                                 "</person></persons>")));
               })
            << QStringLiteral("speaker.xml: event 1 (“A talk”, line 6) has a speaker's name of 100000 characters; "
                              "names are at most 200.");
        QTest::newRow("year 99999") << Maker([](const QString& d) {
            return test::writeFile(d, QStringLiteral("year.xml"),
                                   schedule(frabEvent(1, "A talk", "99999-03-27T10:00:00+01:00")));
        })
                                    << QStringLiteral("year.xml: event 1 (“A talk”, line 6) has the date "
                                                      "“99999-03-27T10:00:00+01:00”, which is not a date");
        QTest::newRow("a schedule of 8,000 years")
            << Maker([](const QString& d) {
                   return test::writeFile(
                       d, QStringLiteral("years.xml"),
                       schedule(frabEvent(1) + frabEvent(2, "Much later", "9999-03-27T10:00:00+01:00")));
               })
            << QStringLiteral("years.xml spans 2026-03-27 to 9999-03-27 (its events run from “A talk” to “Much "
                              "later”); a summit lasts at most 366 days.");
        QTest::newRow("negative minutes")
            << Maker([](const QString& d) {
                   return test::writeFile(d, QStringLiteral("negative.xml"),
                                          schedule(frabEvent(1, "A talk", "2026-03-27T10:00:00+01:00", "-30")));
               })
            << QStringLiteral("negative.xml: event 1 (“A talk”, line 6) lasts -30 minutes; an event lasts from 0 "
                              "minutes to the end of the schedule's last day.");
        QTest::newRow("10^12 minutes") << Maker([](const QString& d) {
            return test::writeFile(d, QStringLiteral("long.xml"),
                                   schedule(frabEvent(1, "A talk", "2026-03-27T10:00:00+01:00", "1000000000000")));
        }) << QStringLiteral("long.xml: event 1 (“A talk”, line 6) lasts 1000000000000 minutes");
        QTest::newRow("hours that overflow") << Maker([](const QString& d) {
            return test::writeFile(d, QStringLiteral("hours.xml"),
                                   schedule(frabEvent(1, "A talk", "2026-03-27T10:00:00+01:00", "2147483647:59")));
        }) << QStringLiteral("hours.xml: event 1 (“A talk”, line 6) lasts 128849018879 minutes");
        QTest::newRow("duplicate guids")
            << Maker([](const QString& d) {
                   return test::writeFile(
                       d, QStringLiteral("guids.xml"),
                       schedule(frabEvent(1) + frabEvent(2, "Another talk").replace("guid-2", "guid-1")));
               })
            << QStringLiteral(
                   "guids.xml: event 2 (“Another talk”, line 7) has the guid guid-1, like event 1 (“A talk”, line 6)");
    }

    void schedulesRefusedWithinBounds()
    {
        QFETCH(Maker, make);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = make(dir.path());
        QVERIFY(!path.isEmpty());
        const QString ws = dir.filePath(QStringLiteral("ws.coe"));
        QVERIFY(QFile::copy(m_demo, ws));
        const QByteArray before = test::readBytes(ws);

        const auto result = run({QStringLiteral("import"), QStringLiteral("schedule"), path, ws});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(expected), qPrintable(result.err.left(2000)));
        QVERIFY2(result.err.contains(QFileInfo(path).fileName()), qPrintable(result.err.left(2000)));
        QVERIFY2(result.err.size() < 2000, "the message quotes what it refuses at length");
        QVERIFY2(result.peakKiB > 0 && result.peakKiB < kMemoryBoundKiB, qPrintable(QString::number(result.peakKiB)));
        QVERIFY(test::readBytes(ws) == before);
    }

    /// The limits leave room: a schedule just inside them imports.
    void scheduleInsideTheLimitsImports()
    {
        QTemporaryDir dir;
        QByteArray events;
        for (int i = 1; i <= 10000; ++i)
            events += frabEvent(i, "Talk " + QByteArray::number(i), "2026-03-27T10:00:00+01:00", "00:30",
                                "<abstract>" + QByteArray(1000, 'a') + "</abstract><persons><person id=\"1\">Ana " +
                                    QByteArray::number(i % 50) + "</person></persons>");
        const QString path =
            test::writeFile(dir.path(), QStringLiteral("full.xml"), schedule(events, QByteArray(200, 'r')));
        const QString ws = dir.filePath(QStringLiteral("ws.coe"));
        QVERIFY(QFile::copy(m_demo, ws));
        const auto result = run({QStringLiteral("import"), QStringLiteral("schedule"), path, ws});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err.left(2000)));
        QVERIFY2(result.out.contains(QStringLiteral("Imported “Hostile Days”: 10000 events")), qPrintable(result.out));
        QVERIFY2(result.peakKiB > 0 && result.peakKiB < kMemoryBoundKiB, qPrintable(QString::number(result.peakKiB)));
    }

    void hostileWorkspaces_data()
    {
        QTest::addColumn<int>("index");
        const auto cases = coe::test::hostile::workspaceCases();
        for (int i = 0; i < cases.size(); ++i)
            QTest::newRow(cases.at(i).tag) << i;
    }

    /// `coectl info`, `check` and an edit on each hostile workspace.
    void hostileWorkspaces()
    {
        QFETCH(int, index);
        const auto c = coe::test::hostile::workspaceCases().at(index);
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("hostile.coe"));
        QVERIFY(QFile::copy(m_demo, ws));
        const int applied = coe::test::hostile::applyCase(ws, c);
        QVERIFY2(c.wrongTypes ? applied > 40 : applied == c.sql.size(), qPrintable(QString::number(applied)));
        const QByteArray before = hashOf(ws);

        const auto info = run({QStringLiteral("info"), ws});
        const auto check = run({QStringLiteral("check"), ws});
        const auto edit = run({QStringLiteral("add"), QStringLiteral("summit"), ws, QStringLiteral("--name"),
                               QStringLiteral("Spring Summit"), QStringLiteral("--from"), QStringLiteral("2027-04-20"),
                               QStringLiteral("--to"), QStringLiteral("2027-04-21")});
        for (const auto* r : {&info, &check, &edit}) {
            QVERIFY2(r->peakKiB > 0 && r->peakKiB < kMemoryBoundKiB, qPrintable(QString::number(r->peakKiB)));
            QVERIFY2(r->exitCode == 0 || r->exitCode == 1, qPrintable(r->err));         // an answer, not a crash
            QVERIFY2(!r->err.contains(QLatin1String("Unable to")), qPrintable(r->err)); // no raw driver text
        }
        if (!c.expected.isEmpty()) {
            for (const auto* r : {&info, &check, &edit}) {
                QCOMPARE(r->exitCode, 1);
                QVERIFY2(r->err.contains(c.expected), qPrintable(r->err));
                QVERIFY2(r->err.contains(QLatin1String("hostile.coe")), qPrintable(r->err));
            }
            QCOMPARE(hashOf(ws), before);
            return;
        }
        QVERIFY2(info.exitCode == 0, qPrintable(info.err));
        if (c.wrongTypes) {
            QCOMPARE(check.exitCode, 1);
            QVERIFY2(check.out.contains(QLatin1String("holds text where CoE Studio keeps a whole number")),
                     qPrintable(check.out));
            QVERIFY2(check.out.contains(QLatin1String("holds binary data where CoE Studio keeps text")),
                     qPrintable(check.out));
            QVERIFY2(edit.exitCode == 0 || !edit.err.trimmed().isEmpty(), qPrintable(edit.err));
        } else if (QByteArray(c.tag).startsWith("300 MB")) {
            QCOMPARE(check.exitCode, 1);
            QVERIFY2(check.out.contains(QLatin1String(": name holds 286 MB; CoE Studio reads values of at most 32 MB")),
                     qPrintable(check.out));
            QVERIFY2(edit.exitCode == 0, qPrintable(edit.err)); // adding a summit reads no names
            // An import matches people by name, so it meets the value: refused, nothing written.
            const QString people =
                test::writeFile(dir.path(), QStringLiteral("people.csv"), "name,email\nNew Person,new@example.com\n");
            const QByteArray edited = hashOf(ws);
            const auto import = run({QStringLiteral("import"), QStringLiteral("people"), people, ws});
            QCOMPARE(import.exitCode, 1);
            QVERIFY2(import.err.contains(QLatin1String("hostile.coe holds a value of more than 32 MB")),
                     qPrintable(import.err));
            QVERIFY2(import.peakKiB > 0 && import.peakKiB < kMemoryBoundKiB,
                     qPrintable(QString::number(import.peakKiB)));
            QCOMPARE(hashOf(ws), edited);
        } else {
            QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
            QVERIFY2(edit.exitCode == 0, qPrintable(edit.err));
        }
    }
};

QTEST_GUILESS_MAIN(TestHostileInputs)
#include "tst_hostile_inputs.moc"
