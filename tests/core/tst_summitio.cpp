// SPDX-License-Identifier: GPL-3.0-or-later
// Summit exchange: iCalendar read back with libical, frab XML/JSON round trips, a liberal
// read of a pretalx-shaped file, bad files, and the import as one undo step.
#include "core/timezone.h"
#include "io/demo.h"
#include "io/frab.h"
#include "io/ics.h"
#include "storage/catalog.h"
#include "storage/planrepository.h"
#include "support/testbackend.h"

#include <QFile>
#include <QProcess>
#include <QTest>
#include <QUndoStack>

#include <libical/ical.h>

using namespace coe;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> ws = test::createWorkspace(dir);
    Summit summit;
    QHash<Id, QString> people;

    Fixture()
    {
        DemoGenerator::Options options;
        options.people = 24;
        options.skills = 12;
        options.today = QDate(2026, 3, 1); // summit on 31 March / 1 April, around the DST change in Berlin
        if (auto done = DemoGenerator::fill(*ws, options); !done)
            qFatal("%s", qPrintable(done.error().message));
        reload();
    }
    void reload()
    {
        summit = PlanRepository(*ws).summits().take().first();
        const QList<Person> all = Catalog(*ws).people().take();
        for (const Person& p : all)
            people.insert(p.id, p.name);
    }
};

/// One event's comparable fields: date, start, duration, room, title, speakers.
QStringList eventLines(const Frab::Schedule& s)
{
    QStringList lines;
    for (const Frab::Event& e : s.events)
        lines << QStringLiteral("%1 %2 %3 %4 | %5 | %6")
                     .arg(e.start.date().toString(Qt::ISODate), e.start.time().toString(QStringLiteral("HH:mm")))
                     .arg(e.minutes)
                     .arg(e.room, e.title, e.speakers.join(QStringLiteral(", ")));
    lines.sort();
    return lines;
}

/// A second, independent reader of our iCalendar: python3's icalendar. One line per VEVENT,
/// "SUMMARY|DTSTART as UTC|DTSTART's TZID", after a first line "zones: <VTIMEZONE TZIDs>".
/// Empty, with @p missing saying why, where python3 or its icalendar module is not installed.
QStringList pythonIcalendar(const QByteArray& ics, QString* missing)
{
    static const char* const script = R"(import sys, datetime
import icalendar
cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
print('zones: ' + ','.join(sorted(str(z['TZID']) for z in cal.walk('VTIMEZONE'))))
for e in cal.walk('VEVENT'):
    start = e['DTSTART']
    if start.dt.tzinfo is None:
        sys.exit('floating DTSTART in ' + str(e['SUMMARY']))
    print('%s|%s|%s' % (e['SUMMARY'], start.dt.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ'), start.params.get('TZID', '')))
)";
    QProcess python;
    python.start(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromLatin1(script)});
    if (!python.waitForStarted(10000)) {
        *missing = QStringLiteral("python3 is not installed (Debian: python3-icalendar)");
        return {};
    }
    python.write(ics);
    python.closeWriteChannel();
    if (!python.waitForFinished(60000))
        qFatal("python3 icalendar did not finish");
    const QString errors = QString::fromUtf8(python.readAllStandardError());
    if (errors.contains(QLatin1String("No module named 'icalendar'"))) {
        *missing = QStringLiteral("python3 has no icalendar module (Debian: python3-icalendar)");
        return {};
    }
    if (python.exitCode() != 0)
        qFatal("python3 icalendar refused the calendar: %s", qPrintable(errors));
    return QString::fromUtf8(python.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

/// Skips where python3-icalendar is missing, except in CI, where the build root has it.
#define REQUIRE_PYTHON_ICALENDAR(missing)                                                                              \
    do {                                                                                                               \
        if (!(missing).isEmpty()) {                                                                                    \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                                                   \
                QFAIL(qPrintable(QStringLiteral("CI must check iCalendar with python3-icalendar: ") + (missing)));     \
            QSKIP(qPrintable(QStringLiteral("not checked with python icalendar: ") + (missing)));                      \
        }                                                                                                              \
    } while (false)

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestSummitIo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void icsEscapingAndFolding()
    {
        QCOMPARE(Ics::escape(QStringLiteral("a,b;c\\d\ne\r\nf")), QStringLiteral("a\\,b\\;c\\\\d\\ne\\nf"));
        // 30 × "é" (2 octets each) after "DESCRIPTION:" (12): folded lines never exceed 75
        // octets and never cut a character in two.
        const QByteArray folded = Ics::fold(QStringLiteral("DESCRIPTION:") + QString(30, QChar(0xE9)) +
                                            QStringLiteral("€€€€€€€€€€€€€€€€€€€€"));
        const QList<QByteArray> lines = folded.split('\n');
        QVERIFY(lines.size() >= 3);
        for (const QByteArray& line : lines) {
            QVERIFY2(line.size() <= 76, line.constData()); // 75 + '\r'
            if (!line.isEmpty())
                QVERIFY(line.endsWith('\r') || line == lines.last());
        }
        QByteArray unfolded = folded;
        unfolded.replace("\r\n ", "");
        QCOMPARE(QString::fromUtf8(unfolded).trimmed(),
                 QStringLiteral("DESCRIPTION:") + QString(30, QChar(0xE9)) + QStringLiteral("€€€€€€€€€€€€€€€€€€€€"));
        for (const QByteArray& line : lines)
            QVERIFY2(QString::fromUtf8(line.startsWith(' ') ? line.mid(1) : line).toUtf8() ==
                         (line.startsWith(' ') ? line.mid(1) : line),
                     "a line starts or ends inside a UTF-8 character");
    }

    void icsParsesWithLibical()
    {
        Fixture f;
        // A title and abstract with every character TEXT must escape, and a long UTF-8 abstract.
        SummitItem& item = f.summit.items.first();
        item.title = QStringLiteral("Ops, Dev; and \\ backslashes");
        item.abstract = QStringLiteral("Line one\nLine two, with “quotes” — and ") + QString(40, QChar(0x00FC));
        Ics::Options options;
        options.people = f.people;
        options.workspaceKey = QStringLiteral("test");
        options.stamp = QDateTime(QDate(2026, 2, 1), QTime(12, 0), QTimeZone(QTimeZone::UTC));
        const QByteArray ics = Ics::summitCalendar(f.summit, options);
        const QList<QByteArray> icsLines = ics.split('\n');
        for (const QByteArray& line : icsLines)
            QVERIFY2(line.size() <= 76, line.constData());

        icalcomponent* calendar = icalparser_parse_string(ics.constData());
        QVERIFY(calendar);
        QCOMPARE(icalcomponent_isa(calendar), ICAL_VCALENDAR_COMPONENT);
        QCOMPARE(icalcomponent_count_errors(calendar), 0);
        QVERIFY(icalcomponent_get_first_property(calendar, ICAL_PRODID_PROPERTY));
        QCOMPARE(QString::fromUtf8(
                     icalproperty_get_version(icalcomponent_get_first_property(calendar, ICAL_VERSION_PROPERTY))),
                 QStringLiteral("2.0"));
        int slots = 0;
        for (const SummitItem& i : std::as_const(f.summit.items))
            slots += int(i.slots.size());
        QCOMPARE(icalcomponent_count_components(calendar, ICAL_VEVENT_COMPONENT), slots);
        QCOMPARE(icalcomponent_count_components(calendar, ICAL_VTIMEZONE_COMPONENT), 1);

        // The first item's event: text unescaped, times in Berlin (UTC+2 after 29 March 2026).
        const Slot& slot = item.slots.first();
        bool found = false;
        QSet<QString> uids;
        for (icalcomponent* e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
             e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
            uids.insert(QString::fromUtf8(icalcomponent_get_uid(e)));
            QVERIFY(!icaltime_is_null_time(icalcomponent_get_dtstamp(e)));
            if (QString::fromUtf8(icalcomponent_get_summary(e)) != item.title)
                continue;
            found = true;
            const QString description = QString::fromUtf8(icalcomponent_get_description(e));
            QVERIFY2(description.contains(item.abstract), qPrintable(description));
            const icaltimetype start = icalcomponent_get_dtstart(e);
            QCOMPARE(QString::fromUtf8(icaltimezone_get_tzid(const_cast<icaltimezone*>(start.zone))),
                     QStringLiteral("Europe/Berlin"));
            QCOMPARE(start.hour, slot.startsAt.time().hour());
            QCOMPARE(start.minute, slot.startsAt.time().minute());
            const QDateTime expected(slot.startsAt.date(), slot.startsAt.time(), QTimeZone("Europe/Berlin"));
            QCOMPARE(qint64(icaltime_as_timet_with_zone(start, start.zone)), expected.toSecsSinceEpoch());
            const icaltimetype end = icalcomponent_get_dtend(e);
            QCOMPARE(qint64(icaltime_as_timet_with_zone(end, end.zone)) -
                         qint64(icaltime_as_timet_with_zone(start, start.zone)),
                     wallMinutes(slot.endsAt) * 60 - wallMinutes(slot.startsAt) * 60);
            QVERIFY(QString::fromUtf8(icalcomponent_get_location(e)).contains(QLatin1String(",")));
        }
        QVERIFY(found);
        QCOMPARE(int(uids.size()), slots); // unique
        icalcomponent_free(calendar);

        // Stable: the same workspace exports the same UIDs again.
        QCOMPARE(Ics::summitCalendar(f.summit, options), ics);
        // One speaker's calendar holds only their items.
        Ics::Options mine = options;
        mine.speaker = item.speakerIds.value(0);
        QVERIFY(mine.speaker);
        icalcomponent* own = icalparser_parse_string(Ics::summitCalendar(f.summit, mine).constData());
        int expectedOwn = 0;
        for (const SummitItem& i : std::as_const(f.summit.items))
            if (i.speakerIds.contains(*mine.speaker))
                expectedOwn += int(i.slots.size());
        QCOMPARE(icalcomponent_count_components(own, ICAL_VEVENT_COMPONENT), expectedOwn);
        icalcomponent_free(own);
    }

    // Both readers place every event at the same instant, by TZID and the VTIMEZONE we wrote:
    // a summit in Europe/Berlin across the DST change, and one that only has an offset.
    void icsTimesReadBackInTheirZone_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::newRow("IANA zone") << QStringLiteral("Europe/Berlin");
        QTest::newRow("fixed offset") << QStringLiteral("UTC+01:00");
        QTest::newRow("UTC") << QStringLiteral("UTC");
    }

    void icsTimesReadBackInTheirZone()
    {
        QFETCH(QString, zone);
        Fixture f;
        f.summit.timeZone = zone;
        Ics::Options options;
        options.people = f.people;
        options.workspaceKey = QStringLiteral("test");
        const QByteArray ics = Ics::summitCalendar(f.summit, options);
        QStringList expected;
        for (const SummitItem& item : std::as_const(f.summit.items))
            for (const Slot& slot : item.slots)
                expected << QStringLiteral("%1|%2|%3")
                                .arg(item.title, f.summit.instant(slot.startsAt).toUTC().toString(Qt::ISODate),
                                     zone == QLatin1String("UTC") ? QString() : zone);
        expected.sort();

        icalcomponent* calendar = icalparser_parse_string(ics.constData());
        QVERIFY(calendar);
        QCOMPARE(icalcomponent_count_errors(calendar), 0);
        QCOMPARE(icalcomponent_count_components(calendar, ICAL_VTIMEZONE_COMPONENT),
                 zone == QLatin1String("UTC") ? 0 : 1);
        QStringList libical;
        for (icalcomponent* e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
             e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
            const icaltimetype start = icalcomponent_get_dtstart(e);
            const QString tzid = start.zone && !icaltime_is_utc(start)
                                     ? QString::fromUtf8(icaltimezone_get_tzid(const_cast<icaltimezone*>(start.zone)))
                                     : QString();
            libical << QStringLiteral("%1|%2|%3")
                           .arg(QString::fromUtf8(icalcomponent_get_summary(e)),
                                QDateTime::fromSecsSinceEpoch(qint64(icaltime_as_timet_with_zone(start, start.zone)),
                                                              QTimeZone(QTimeZone::UTC))
                                    .toString(Qt::ISODate),
                                tzid);
        }
        icalcomponent_free(calendar);
        libical.sort();
        QCOMPARE(libical, expected);

        QString missing;
        QStringList python = pythonIcalendar(ics, &missing);
        REQUIRE_PYTHON_ICALENDAR(missing);
        QCOMPARE(python.takeFirst(), QStringLiteral("zones: ") + (zone == QLatin1String("UTC") ? QString() : zone));
        python.sort();
        QCOMPARE(python, expected);
    }

    // Sessions carry their zone too: one planned in New York, the others in the workspace's.
    void sessionsCalendarHasTheirZones()
    {
        Fixture f;
        QList<Session> sessions = PlanRepository(*f.ws).sessions().take();
        QVERIFY(sessions.size() >= 2);
        sessions.first().timeZone = QStringLiteral("America/New_York");
        const QTimeZone berlin("Europe/Berlin");
        const QByteArray ics =
            Ics::sessionsCalendar(sessions, {}, {}, QStringLiteral("k"), QDateTime::currentDateTimeUtc(), berlin);
        QStringList expected;
        for (const Session& s : std::as_const(sessions))
            expected << QStringLiteral("%1|%2|%3")
                            .arg(s.title, s.startInstant(berlin).toUTC().toString(Qt::ISODate),
                                 TimeZones::name(s.zone(berlin)));
        expected.sort();

        icalcomponent* calendar = icalparser_parse_string(ics.constData());
        QVERIFY(calendar);
        QCOMPARE(icalcomponent_count_errors(calendar), 0);
        QCOMPARE(icalcomponent_count_components(calendar, ICAL_VTIMEZONE_COMPONENT), 2);
        QStringList libical;
        for (icalcomponent* e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
             e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
            const icaltimetype start = icalcomponent_get_dtstart(e);
            QVERIFY(start.zone);
            libical << QStringLiteral("%1|%2|%3")
                           .arg(QString::fromUtf8(icalcomponent_get_summary(e)),
                                QDateTime::fromSecsSinceEpoch(qint64(icaltime_as_timet_with_zone(start, start.zone)),
                                                              QTimeZone(QTimeZone::UTC))
                                    .toString(Qt::ISODate),
                                QString::fromUtf8(icaltimezone_get_tzid(const_cast<icaltimezone*>(start.zone))));
        }
        icalcomponent_free(calendar);
        libical.sort();
        QCOMPARE(libical, expected);

        QString missing;
        QStringList python = pythonIcalendar(ics, &missing);
        REQUIRE_PYTHON_ICALENDAR(missing);
        QCOMPARE(python.takeFirst(), QStringLiteral("zones: America/New_York,Europe/Berlin"));
        python.sort();
        QCOMPARE(python, expected);
    }

    void sessionsCalendarParsesWithLibical()
    {
        Fixture f;
        const QList<Session> sessions = PlanRepository(*f.ws).sessions().take();
        QVERIFY(sessions.size() >= 4);
        QHash<Id, Person> people;
        const QList<Person> all = Catalog(*f.ws).people().take();
        for (const Person& p : all)
            people.insert(p.id, p);
        QHash<Id, QString> skills;
        const QList<Skill> allSkills = Catalog(*f.ws).skills().take();
        for (const Skill& s : allSkills)
            skills.insert(s.id, s.name);
        const QByteArray ics = Ics::sessionsCalendar(sessions, people, skills, QStringLiteral("k"));
        icalcomponent* calendar = icalparser_parse_string(ics.constData());
        QVERIFY(calendar);
        QCOMPARE(icalcomponent_count_errors(calendar), 0);
        QCOMPARE(icalcomponent_count_components(calendar, ICAL_VEVENT_COMPONENT), int(sessions.size()));
        int attendees = 0;
        for (const Session& s : sessions)
            attendees += int(s.attendees.size());
        int parsed = 0;
        for (icalcomponent* e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
             e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
            parsed += icalcomponent_count_properties(e, ICAL_ATTENDEE_PROPERTY);
            const QString uid = QString::fromUtf8(icalcomponent_get_uid(e)); // session<id>-<tag>@coe-studio
            const Id id = uid.section(QLatin1Char('-'), 0, 0).mid(7).toLongLong();
            const auto match =
                std::find_if(sessions.cbegin(), sessions.cend(), [id](const Session& s) { return s.id == id; });
            QVERIFY2(match != sessions.cend(), qPrintable(uid));
            QCOMPARE(QString::fromUtf8(icalcomponent_get_summary(e)), match->title);
            const icaltimetype start = icalcomponent_get_dtstart(e);
            QCOMPARE(start.hour, match->startsAt.time().hour());
            QCOMPARE(icaldurationtype_as_int(icalcomponent_get_duration(e)), match->durationMinutes * 60);
        }
        QCOMPARE(parsed, attendees);
        icalcomponent_free(calendar);
    }

    void frabRoundTrips_data()
    {
        QTest::addColumn<bool>("xml");
        QTest::newRow("xml") << true;
        QTest::newRow("json") << false;
    }

    void frabRoundTrips()
    {
        QFETCH(bool, xml);
        Fixture f;
        const Frab::Schedule exported = Frab::fromSummit(f.summit, f.people, QStringLiteral("k"));
        QVERIFY(exported.events.size() >= 10);
        const QByteArray bytes = xml ? Frab::toXml(exported) : Frab::toJson(exported);
        auto parsed = Frab::parse(bytes, QStringLiteral("schedule"));
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QVERIFY2(parsed->notes.isEmpty(), qPrintable(parsed->notes.join(QLatin1Char('\n'))));
        QCOMPARE(eventLines(parsed.value()), eventLines(exported));
        QCOMPARE(parsed->title, f.summit.name);
        QCOMPARE(parsed->timeZone, QStringLiteral("Europe/Berlin"));

        // Into another workspace: a new summit; frab gives back the same events.
        QTemporaryDir otherDir;
        auto other = test::createWorkspace(otherDir);
        auto report = Frab::import(*other, parsed.value());
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->events, int(exported.events.size()));
        QVERIFY(report->createdPeople > 0);
        const Summit imported = PlanRepository(*other).summits().take().first();
        QCOMPARE(imported.name, f.summit.name);
        QCOMPARE(imported.timeZone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(imported.tracks.size(), f.summit.tracks.size());
        QHash<Id, QString> names;
        const QList<Person> all = Catalog(*other).people().take();
        for (const Person& p : all)
            names.insert(p.id, p.name);
        QCOMPARE(eventLines(Frab::fromSummit(imported, names, QStringLiteral("k2"))), eventLines(exported));

        // The same schedule again is refused, and nothing is written.
        const QStringList tables{QStringLiteral("summit"), QStringLiteral("summit_item"), QStringLiteral("slot"),
                                 QStringLiteral("person")};
        const QStringList before = test::dump(*other, tables);
        auto again = Frab::import(*other, parsed.value());
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(QLatin1String("already exists")), qPrintable(again.error().message));
        QCOMPARE(test::dump(*other, tables), before);
    }

    void importIsOneUndoStep()
    {
        QTemporaryDir dir;
        auto ws = test::createWorkspace(dir);
        const QStringList tables{QStringLiteral("summit"),      QStringLiteral("room"), QStringLiteral("track"),
                                 QStringLiteral("summit_item"), QStringLiteral("slot"), QStringLiteral("item_speaker"),
                                 QStringLiteral("person")};
        const QStringList empty = test::dump(*ws, tables);
        auto parsed = Frab::parse(readFile(QStringLiteral(COE_TEST_DATA_DIR "/pretalx-like.xml")),
                                  QStringLiteral("pretalx-like.xml"));
        QVERIFY(parsed);
        QVERIFY(Frab::import(*ws, parsed.value()));
        const QStringList imported = test::dump(*ws, tables);
        QVERIFY(imported.size() > empty.size() + 10);
        QCOMPARE(ws->undoStack()->count(), 1);
        ws->undoStack()->undo();
        QCOMPARE(test::dump(*ws, tables), empty);
        ws->undoStack()->redo();
        QCOMPARE(test::dump(*ws, tables), imported);
    }

    void liberalRead()
    {
        QTemporaryDir dir;
        auto ws = test::createWorkspace(dir);
        // Ana exists with her e-mail under another spelling of her name: matched by e-mail.
        QSqlQuery add = ws->prepare(
            QStringLiteral("INSERT INTO person (name, email) VALUES ('Ana M. Silva', 'ana.silva@example.org')"));
        QVERIFY(ws->exec(add));
        auto parsed = Frab::parse(readFile(QStringLiteral(COE_TEST_DATA_DIR "/pretalx-like.xml")),
                                  QStringLiteral("pretalx-like.xml"));
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->title, QStringLiteral("Ops Days 2025"));
        QCOMPARE(parsed->rooms, (QStringList{QStringLiteral("Saal 1"), QStringLiteral("Workshop room")}));
        QCOMPARE(parsed->notes.size(), 1); // event 105 has no time
        QVERIFY2(parsed->notes.first().contains(QLatin1String("event 105")), qPrintable(parsed->notes.first()));
        QCOMPARE(
            eventLines(parsed.value()),
            (QStringList{
                QStringLiteral(
                    "2025-03-27 09:00 45 Saal 1 | Keynote: Ops & Dev, together | Ana Silva, Bo Chen"), // 08:00 UTC
                QStringLiteral("2025-03-27 10:00 30 Saal 1 | Runbooks that run | Bo Chen"),            // day + start
                QStringLiteral("2025-03-27 10:00 90 Workshop room | Hands-on workshop: Terraform modules | Dana Novak"),
                QStringLiteral("2025-03-28 12:00 60 Saal 1 | Lunch | ")}));
        auto report = Frab::import(*ws, parsed.value());
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->matchedPeople, 1);
        QCOMPARE(report->createdPeople, 2); // Bo once, though he speaks twice; Dana
        const Summit s = PlanRepository(*ws).summits().take().first();
        QCOMPARE(s.startsOn, QDate(2025, 3, 27));
        QCOMPARE(s.endsOn, QDate(2025, 3, 28));
        QCOMPARE(s.dayStarts, QTime(9, 0));
        QCOMPARE(s.dayEnds, QTime(13, 0));
        QStringList kinds;
        for (const SummitItem& i : s.items)
            kinds << SummitItem::kindName(i.kind);
        QCOMPARE(kinds, (QStringList{QStringLiteral("plenary"), QStringLiteral("talk"), QStringLiteral("workshop"),
                                     QStringLiteral("break")}));
        QCOMPARE(s.tracks.size(), 1);
        QCOMPARE(s.tracks.first().color, QColor(QStringLiteral("#aa3377")));
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray("  \n") << QStringLiteral("bad.xml is empty");
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << QStringLiteral("neither XML nor JSON");
        QTest::newRow("other xml") << QByteArray("<html><body/></html>") << QStringLiteral("no <schedule> element");
        QTest::newRow("broken xml") << QByteArray("<schedule><conference><title>X</titel></conference></schedule>")
                                    << QStringLiteral("not well-formed XML (line 1");
        QTest::newRow("other json") << QByteArray("{\"hello\": 1}") << QStringLiteral("no “conference”");
        QTest::newRow("broken json") << QByteArray("{\"schedule\": {") << QStringLiteral("not valid JSON");
        QTest::newRow("no title") << QByteArray("<schedule><conference/></schedule>")
                                  << QStringLiteral("no conference title");
    }

    void badFiles()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, message);
        auto parsed = Frab::parse(data, QStringLiteral("bad.xml"));
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
        QVERIFY(parsed.error().message.contains(QLatin1String("bad.xml")));
    }
};

QTEST_GUILESS_MAIN(TestSummitIo)
#include "tst_summitio.moc"
