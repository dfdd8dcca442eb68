// SPDX-License-Identifier: GPL-3.0-or-later
// Real published schedules (tests/data/README.md) go through import and frab export and come
// back with every event's instant, local start, duration, room, title and guid unchanged.
#include "core/timezone.h"
#include "io/frab.h"
#include "storage/catalog.h"
#include "storage/planrepository.h"
#include "support/testbackend.h"

#include <QFile>
#include <QTest>

using namespace coe;

namespace {

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

/// What a schedule app keys on and shows, one line per event, by guid.
QMap<QString, QString> events(const Frab::Schedule& s)
{
    const QTimeZone zone = TimeZones::fromId(s.timeZone);
    QMap<QString, QString> lines;
    for (const Frab::Event& e : s.events)
        lines.insert(e.guid, QStringLiteral("%1 | local %2 | %3 min | %4 | %5")
                                 .arg(TimeZones::atWallClock(e.start, zone).toUTC().toString(Qt::ISODate),
                                      e.start.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                                 .arg(e.minutes)
                                 .arg(e.room, e.title));
    return lines;
}

/// The event ids by guid: kept where the schedule gave them.
QMap<QString, qint64> ids(const Frab::Schedule& s)
{
    QMap<QString, qint64> byGuid;
    for (const Frab::Event& e : s.events)
        byGuid.insert(e.guid, e.id);
    return byGuid;
}

struct Imported
{
    Summit summit;
    QHash<Id, QString> people;
};

Imported importInto(Workspace& ws, const Frab::Schedule& schedule)
{
    auto report = Frab::import(ws, schedule);
    if (!report)
        qFatal("import failed: %s", qPrintable(report.error().message));
    Imported result;
    const QList<Summit> summits = PlanRepository(ws).summits().take();
    for (const Summit& s : summits)
        if (s.id == report->summitId)
            result.summit = s;
    const QList<Person> people = Catalog(ws).people().take();
    for (const Person& p : people)
        result.people.insert(p.id, p.name);
    return result;
}

Frab::Schedule reparse(const QByteArray& bytes)
{
    auto parsed = Frab::parse(bytes, QStringLiteral("exported"));
    if (!parsed)
        qFatal("export does not read back: %s", qPrintable(parsed.error().message));
    return parsed.take();
}

} // namespace

class TestSchedules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrips_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("zone");  // the summit's zone after import
        QTest::addColumn<int>("count");     // events in the file
        QTest::addColumn<bool>("hasGuids"); // the file gives each event a guid
        QTest::newRow("frab XML, 31C3, offsets and no zone name")
            << QStringLiteral("frab-31c3-day1.xml") << QStringLiteral("UTC+01:00") << 35 << true;
        QTest::newRow("frab JSON, Camp 2019, Europe/Berlin")
            << QStringLiteral("frab-camp2019-days1-2.json") << QStringLiteral("Europe/Berlin") << 34 << true;
        QTest::newRow("pretalx JSON, rC3 2020, offsets and no zone name")
            << QStringLiteral("pretalx-rc3-channels-2020-day1.json") << QStringLiteral("UTC+01:00") << 12 << true;
        QTest::newRow("wafer XML, DebConf17, no guids")
            << QStringLiteral("wafer-debconf17-day1.xml") << QStringLiteral("UTC") << 19 << false;
    }

    void roundTrips()
    {
        QFETCH(QString, file);
        QFETCH(QString, zone);
        QFETCH(int, count);
        QFETCH(bool, hasGuids);
        auto published = Frab::parse(readFile(QStringLiteral(COE_TEST_DATA_DIR "/") + file), file);
        QVERIFY2(published, qPrintable(published ? QString() : published.error().message));
        QCOMPARE(published->events.size(), count);
        QCOMPARE(published->timeZone, zone);

        QTemporaryDir dir;
        auto ws = test::createWorkspace(dir);
        const Imported first = importInto(*ws, published.value());
        QCOMPARE(first.summit.timeZone, zone);
        const Frab::Schedule exported = Frab::fromSummit(first.summit, first.people, QStringLiteral("workspace"));
        const Frab::Schedule xml = reparse(Frab::toXml(exported));
        const Frab::Schedule json = reparse(Frab::toJson(exported));
        QCOMPARE(xml.timeZone, zone);
        QCOMPARE(json.timeZone, zone);
        if (hasGuids) {
            QCOMPARE(events(xml), events(published.value()));
            QCOMPARE(events(json), events(published.value()));
            QCOMPARE(ids(xml), ids(published.value()));
        } else {
            // No guids to keep: each event gets one, the same in every export, and keeps its id.
            QCOMPARE(events(xml).size(), count);
            QVERIFY(!events(xml).contains(QString()));
            QCOMPARE(events(Frab::fromSummit(first.summit, first.people, QStringLiteral("workspace"))), events(xml));
            QList<qint64> publishedIds;
            for (const Frab::Event& e : std::as_const(published->events))
                publishedIds << e.id;
            QList<qint64> exportedIds = ids(xml).values();
            std::sort(publishedIds.begin(), publishedIds.end());
            std::sort(exportedIds.begin(), exportedIds.end());
            QCOMPARE(exportedIds, publishedIds);
        }

        // The export, imported into another workspace and exported again, is the same schedule:
        // the guids CoE Studio gave stay too.
        QTemporaryDir otherDir;
        auto other = test::createWorkspace(otherDir);
        const Imported second = importInto(*other, xml);
        const Frab::Schedule again =
            reparse(Frab::toXml(Frab::fromSummit(second.summit, second.people, QStringLiteral("other"))));
        QCOMPARE(events(again), events(xml));
        QCOMPARE(ids(again), ids(xml));
    }

    // A frab schedule with offsets and no zone name keeps the organisers' local times: 31C3
    // opened at 11:00 in Hamburg, not at 10:00 UTC.
    void offsetsWithoutNameKeepLocalTimes()
    {
        auto published =
            Frab::parse(readFile(QStringLiteral(COE_TEST_DATA_DIR "/frab-31c3-day1.xml")), QStringLiteral("31c3.xml"));
        QVERIFY(published);
        const Frab::Event& opening = published->events.first();
        QCOMPARE(opening.guid, QStringLiteral("29aecfd7-2e44-4f49-ab86-29b5e0877325"));
        QCOMPARE(opening.start, QDateTime(QDate(2014, 12, 27), QTime(11, 0)));
        QCOMPARE(TimeZones::atWallClock(opening.start, TimeZones::fromId(published->timeZone)).toUTC(),
                 QDateTime(QDate(2014, 12, 27), QTime(10, 0), QTimeZone(QTimeZone::UTC)));
        const QByteArray xml = Frab::toXml(Frab::fromSummit(
            [&] {
                QTemporaryDir dir;
                auto ws = test::createWorkspace(dir);
                return importInto(*ws, published.value()).summit;
            }(),
            {}, QStringLiteral("k")));
        QVERIFY(xml.contains("<date>2014-12-27T11:00:00+01:00</date>"));
        QVERIFY(!xml.contains("<time_zone_name>")); // a fixed offset is not a zone name
    }

    // The zone helpers the views and printouts use.
    void timeZonesNameAndCompare()
    {
        QCOMPARE(TimeZones::fixedOffsetId(3600), QStringLiteral("UTC+01:00"));
        QCOMPARE(TimeZones::fixedOffsetId(-(4 * 3600 + 30 * 60)), QStringLiteral("UTC-04:30"));
        QCOMPARE(TimeZones::fixedOffsetId(0), QStringLiteral("UTC"));
        QCOMPARE(TimeZones::fromId(QStringLiteral("UTC+05:45")).offsetFromUtc(QDateTime::currentDateTimeUtc()),
                 5 * 3600 + 45 * 60);
        QCOMPARE(TimeZones::name(TimeZones::fromId(QStringLiteral("UTC+05:45"))), QStringLiteral("UTC+05:45"));
        QVERIFY(!TimeZones::fromId(QStringLiteral("Mars/Olympus_Mons")).isValid());
        QVERIFY(TimeZones::isFixedOffset(QStringLiteral("UTC-03:00")));
        QVERIFY(!TimeZones::isFixedOffset(QStringLiteral("Europe/Berlin")));
        const QDateTime when(QDate(2026, 7, 1), QTime(12, 0), QTimeZone(QTimeZone::UTC));
        const QTimeZone berlin("Europe/Berlin");
        const QTimeZone newYork("America/New_York");
        QCOMPARE(TimeZones::shownInNote(berlin, newYork, TimeZones::Source::Summit, when),
                 QStringLiteral("Times are shown in your zone (Europe/Berlin); the summit's is America/New_York."));
        QCOMPARE(TimeZones::shownInNote(berlin, TimeZones::fromId(QStringLiteral("UTC+02:00")),
                                        TimeZones::Source::Session, when),
                 QString());
        QCOMPARE(TimeZones::format(when, newYork), QStringLiteral("2026-07-01 08:00"));
        QCOMPARE(TimeZones::wallClock(when, berlin), QDateTime(QDate(2026, 7, 1), QTime(14, 0)));
    }

    // An overnight CTF of 20 hours and a hackathon of 23½ keep their length (no 12-hour cap).
    void longItemsKeepTheirLength()
    {
        const QByteArray json =
            R"({"schedule": {"version": "1", "conference": {"acronym": "ctf", "title": "Long nights",
            "start": "2025-06-06", "end": "2025-06-08", "time_zone_name": "Europe/Vienna", "days": [
            {"index": 1, "date": "2025-06-06", "rooms": {"Hall": [
              {"guid": "0b3f2f4e-1111-4a5b-9c7d-000000000001", "id": 7, "date": "2025-06-06T18:00:00+02:00", "start": "18:00",
               "duration": "20:00", "room": "Hall", "title": "Capture the flag", "type": "workshop"},
              {"guid": "0b3f2f4e-1111-4a5b-9c7d-000000000002", "id": 8, "date": "2025-06-06T10:00:00+02:00", "start": "10:00",
               "duration": "23:30", "room": "Hall", "title": "Hackathon", "type": "workshop"}]}}]}}})";
        auto parsed = Frab::parse(json, QStringLiteral("long.json"));
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QVERIFY2(parsed->notes.isEmpty(), qPrintable(parsed->notes.join(QLatin1Char('\n'))));
        QTemporaryDir dir;
        auto ws = test::createWorkspace(dir);
        const Imported imported = importInto(*ws, parsed.value());
        QMap<QString, int> minutes;
        for (const SummitItem& item : imported.summit.items)
            minutes.insert(item.title, item.durationMinutes);
        QCOMPARE(minutes.value(QStringLiteral("Capture the flag")), 20 * 60);
        QCOMPARE(minutes.value(QStringLiteral("Hackathon")), 23 * 60 + 30);
        QCOMPARE(events(reparse(Frab::toXml(Frab::fromSummit(imported.summit, imported.people, QStringLiteral("k"))))),
                 events(parsed.value()));

        // Longer than a day is fine while it ends by the end of the last day (2025-06-08).
        QByteArray longer = json;
        longer.replace(R"("duration": "20:00")", R"("duration": "54:00")");
        auto kept = Frab::parse(longer, QStringLiteral("long.json"));
        QVERIFY2(kept, qPrintable(kept ? QString() : kept.error().message));
        longer.replace(R"("duration": "54:00")", R"("duration": "54:01")");
        auto refused = Frab::parse(longer, QStringLiteral("long.json"));
        QVERIFY(!refused);
        QCOMPARE(
            refused.error().message,
            QStringLiteral("long.json: event 7 (“Capture the flag”) starts 2025-06-06 18:00 and lasts 3241 minutes, "
                           "past the end of the schedule's last day, 2025-06-08."));
    }
};

QTEST_GUILESS_MAIN(TestSchedules)
#include "tst_schedules.moc"
