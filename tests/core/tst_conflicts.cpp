// SPDX-License-Identifier: GPL-3.0-or-later
// Summit warnings on small hand-built summits: every kind, and the edges around each.
#include "planning/conflicts.h"

#include <QTest>

using namespace coe;

namespace {

const QDate kDay(2026, 12, 7);

/// A one-day summit, 09:00–17:00, rooms A (cap 50, projector) and B (cap 20, projector,
/// whiteboard), 10 minutes minimum speaker gap.
Summit baseSummit()
{
    Summit s;
    s.id = 1;
    s.name = QStringLiteral("Test summit");
    s.startsOn = kDay;
    s.endsOn = kDay;
    s.dayStarts = QTime(9, 0);
    s.dayEnds = QTime(17, 0);
    s.minSpeakerGapMinutes = 10;
    s.rooms = {{1, QStringLiteral("A"), 50, {QStringLiteral("projector")}, 0, 1},
               {2, QStringLiteral("B"), 20, {QStringLiteral("Projector"), QStringLiteral("whiteboard")}, 1, 1}};
    return s;
}

Id nextSlot = 100;

/// Adds item @p id with one slot per room in @p rooms at @p from for @p minutes.
SummitItem& addItem(Summit& s, Id id, const QString& title, const QList<Id>& rooms, const QString& from, int minutes,
                    QList<Id> speakers = {})
{
    SummitItem item;
    item.id = id;
    item.title = title;
    item.durationMinutes = minutes;
    item.speakerIds = std::move(speakers);
    const QDateTime start(kDay, QTime::fromString(from, QStringLiteral("HH:mm")));
    for (Id room : rooms)
        item.slots.append({++nextSlot, id, room, start, start.addSecs(qint64(minutes) * 60), 1});
    s.items.append(item);
    return s.items.last();
}

QStringList kinds(const QList<SummitWarning>& warnings)
{
    QStringList list;
    for (const SummitWarning& w : warnings)
        list << SummitWarning::kindName(w.kind);
    return list;
}

const QHash<Id, QString> kNames{{7, QStringLiteral("Ana Silva")}, {8, QStringLiteral("Bo Chen")}};

} // namespace

class TestConflicts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanSummitHasNoWarnings()
    {
        Summit s = baseSummit();
        addItem(s, 1, QStringLiteral("Opening"), {1}, QStringLiteral("09:00"), 30, {7});
        addItem(s, 2, QStringLiteral("Next"), {1}, QStringLiteral("09:30"), 30, {7}); // touches, same room
        addItem(s, 3, QStringLiteral("Elsewhere"), {2}, QStringLiteral("09:00"), 30, {8});
        QCOMPARE(Conflicts::find(s, kNames).size(), 0);
    }

    void roomOverlap()
    {
        Summit s = baseSummit();
        addItem(s, 1, QStringLiteral("First"), {1}, QStringLiteral("09:00"), 45);
        addItem(s, 2, QStringLiteral("Second"), {1}, QStringLiteral("09:30"), 45);
        addItem(s, 3, QStringLiteral("Touching"), {1}, QStringLiteral("10:15"), 30); // starts when Second ends
        const auto w = Conflicts::find(s, kNames);
        QCOMPARE(kinds(w), QStringList{QStringLiteral("room-overlap")});
        QCOMPARE(w.first().itemIds, (QList<Id>{1, 2}));
        QCOMPARE(w.first().roomId, Id(1));
        QVERIFY2(w.first().message.contains(QStringLiteral("“First” and “Second” overlap in A")),
                 qPrintable(w.first().message));
        QVERIFY(w.first().key.startsWith(QLatin1String("room-overlap:")));
    }

    void equalDurationsAtTheSameTimeOverlap()
    {
        Summit s = baseSummit();
        addItem(s, 1, QStringLiteral("One"), {2}, QStringLiteral("11:00"), 30);
        addItem(s, 2, QStringLiteral("Two"), {2}, QStringLiteral("11:00"), 30);
        addItem(s, 3, QStringLiteral("Three"), {2}, QStringLiteral("11:00"), 30);
        const auto w = Conflicts::find(s, kNames);
        QCOMPARE(kinds(w), QStringList(3, QStringLiteral("room-overlap"))); // every pair once
        QStringList keys;
        for (const auto& x : w)
            keys << x.key;
        keys.removeDuplicates();
        QCOMPARE(keys.size(), 3);
    }

    void speakerDoubleBooked()
    {
        Summit s = baseSummit();
        addItem(s, 1, QStringLiteral("Talk A"), {1}, QStringLiteral("10:00"), 30, {7});
        addItem(s, 2, QStringLiteral("Talk B"), {2}, QStringLiteral("10:15"), 30, {7, 8});
        const auto w = Conflicts::find(s, kNames);
        QCOMPARE(kinds(w), QStringList{QStringLiteral("speaker-overlap")});
        QCOMPARE(w.first().personId, Id(7));
        QVERIFY2(w.first().message.startsWith(QStringLiteral("Ana Silva speaks in “Talk A” and “Talk B”")),
                 qPrintable(w.first().message));
    }

    void plenaryInEveryRoomIsNotADoubleBooking()
    {
        Summit s = baseSummit();
        addItem(s, 1, QStringLiteral("Keynote"), {1, 2}, QStringLiteral("09:00"), 30, {7});
        QCOMPARE(Conflicts::find(s, kNames).size(), 0);
    }

    void speakerGapBetweenRooms()
    {
        Summit s = baseSummit();
        addItem(s, 1, QStringLiteral("Early"), {1}, QStringLiteral("09:00"), 30, {7});
        addItem(s, 2, QStringLiteral("Rushed"), {2}, QStringLiteral("09:35"), 30, {7});    // 5 min < 10
        addItem(s, 3, QStringLiteral("Relaxed"), {1}, QStringLiteral("10:15"), 30, {7});   // exactly 10: fine
        addItem(s, 4, QStringLiteral("Same room"), {1}, QStringLiteral("10:45"), 30, {7}); // same room: fine
        const auto w = Conflicts::find(s, kNames);
        QCOMPARE(kinds(w), QStringList{QStringLiteral("speaker-gap")});
        QVERIFY2(w.first().message.contains(QStringLiteral("has only 5 min to get from A to B for “Rushed”")),
                 qPrintable(w.first().message));
        s.minSpeakerGapMinutes = 0;
        QCOMPARE(Conflicts::find(s, kNames).size(), 0);
    }

    void speakerAvailability()
    {
        Summit s = baseSummit();
        addItem(s, 1, QStringLiteral("Morning"), {1}, QStringLiteral("09:00"), 60, {7});
        addItem(s, 2, QStringLiteral("Afternoon"), {1}, QStringLiteral("13:00"), 60, {7});
        addItem(s, 3, QStringLiteral("Ends at noon"), {2}, QStringLiteral("11:30"), 30, {7});
        addItem(s, 4, QStringLiteral("No limits"), {2}, QStringLiteral("15:00"), 60, {8}); // 8 gave no availability
        s.availability = {{1, 7, kDay, QTime(9, 0), QTime(12, 0)}};
        const auto w = Conflicts::find(s, kNames);
        QCOMPARE(kinds(w), QStringList{QStringLiteral("speaker-unavailable")});
        QCOMPARE(w.first().itemIds, QList<Id>{2});
        s.availability.append({2, 7, kDay.addDays(1), QTime(13, 0), QTime(17, 0)}); // another day does not help
        QCOMPARE(Conflicts::find(s, kNames).size(), 1);
        s.availability.append({3, 7, kDay, QTime(13, 0), QTime(14, 0)});
        QCOMPARE(Conflicts::find(s, kNames).size(), 0);
    }

    void capacityAndEquipment()
    {
        Summit s = baseSummit();
        SummitItem& big = addItem(s, 1, QStringLiteral("Popular"), {2}, QStringLiteral("09:00"), 30);
        big.expectedAudience = 21;
        SummitItem& fits = addItem(s, 2, QStringLiteral("Just fits"), {2}, QStringLiteral("10:00"), 30);
        fits.expectedAudience = 20;
        fits.equipment = {QStringLiteral("projector"), QStringLiteral("WHITEBOARD")};
        SummitItem& lab = addItem(s, 3, QStringLiteral("Lab work"), {1}, QStringLiteral("11:00"), 30);
        lab.equipment = {QStringLiteral("workstations"), QStringLiteral("projector")};
        const auto w = Conflicts::find(s, kNames);
        QCOMPARE(kinds(w), (QStringList{QStringLiteral("over-capacity"), QStringLiteral("missing-equipment")}));
        QVERIFY2(w.at(0).message.contains(QLatin1String("expects 21 people but B seats 20")),
                 qPrintable(w.at(0).message));
        QVERIFY2(w.at(1).message.contains(QLatin1String("needs workstations, which A does not have")),
                 qPrintable(w.at(1).message));
        s.rooms[1].capacity = 0; // unknown capacity: no warning
        QCOMPARE(Conflicts::find(s, kNames).size(), 1);
    }

    void venueHours()
    {
        Summit s = baseSummit();
        addItem(s, 1, QStringLiteral("Too early"), {1}, QStringLiteral("08:45"), 30);
        addItem(s, 2, QStringLiteral("Last"), {1}, QStringLiteral("16:30"), 30); // ends exactly at 17:00
        addItem(s, 3, QStringLiteral("Too late"), {2}, QStringLiteral("16:45"), 30);
        SummitItem& other = addItem(s, 4, QStringLiteral("Wrong day"), {2}, QStringLiteral("10:00"), 30);
        other.slots.first().startsAt = other.slots.first().startsAt.addDays(2);
        other.slots.first().endsAt = other.slots.first().endsAt.addDays(2);
        const auto w = Conflicts::find(s, kNames);
        QCOMPARE(kinds(w), QStringList(3, QStringLiteral("outside-venue-hours")));
        QCOMPARE(w.at(0).itemIds, QList<Id>{1});
        QCOMPARE(w.at(1).itemIds, QList<Id>{3});
        QCOMPARE(w.at(2).itemIds, QList<Id>{4});
        QVERIFY2(w.at(2).message.contains(QLatin1String("outside the summit's days")), qPrintable(w.at(2).message));
    }

    void acknowledgedWarningsAreMarked()
    {
        Summit s = baseSummit();
        addItem(s, 1, QStringLiteral("First"), {1}, QStringLiteral("09:00"), 45);
        addItem(s, 2, QStringLiteral("Second"), {1}, QStringLiteral("09:30"), 45);
        const QString key = Conflicts::find(s, kNames).constFirst().key;
        s.acknowledgements.insert(key, QStringLiteral("Shared slot on purpose"));
        const auto w = Conflicts::find(s, kNames);
        QCOMPARE(w.size(), 1);
        QVERIFY(w.first().acknowledged);
        QCOMPARE(w.first().note, QStringLiteral("Shared slot on purpose"));
        QCOMPARE(w.first().key, key);
    }

    void orderedByTime()
    {
        Summit s = baseSummit();
        addItem(s, 1, QStringLiteral("Late 1"), {2}, QStringLiteral("15:00"), 30);
        addItem(s, 2, QStringLiteral("Late 2"), {2}, QStringLiteral("15:10"), 30);
        addItem(s, 3, QStringLiteral("Early 1"), {1}, QStringLiteral("09:00"), 30);
        addItem(s, 4, QStringLiteral("Early 2"), {1}, QStringLiteral("09:10"), 30);
        const auto w = Conflicts::find(s, kNames);
        QCOMPARE(w.size(), 2);
        QCOMPARE(w.at(0).itemIds, (QList<Id>{3, 4}));
        QCOMPARE(w.at(1).itemIds, (QList<Id>{1, 2}));
    }
};

QTEST_GUILESS_MAIN(TestConflicts)
#include "tst_conflicts.moc"
