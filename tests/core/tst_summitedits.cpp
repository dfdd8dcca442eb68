// SPDX-License-Identifier: GPL-3.0-or-later
// SummitEdits::addTracks, the typed write behind "Add suggested tracks": one undo step, the
// palette's next colours, and names it refuses without writing anything.
#include "commands/summitedits.h"
#include "storage/planrepository.h"
#include "support/testbackend.h"

#include <QTest>
#include <QUndoStack>

using namespace coe;

namespace {

/// The only summit of @p ws, as the views read it.
Summit readSummit(Workspace& ws)
{
    auto summits = PlanRepository(ws).summits();
    if (!summits || summits->size() != 1)
        qFatal("expected one summit");
    return summits->first();
}

QStringList trackNames(const Summit& summit)
{
    QStringList names;
    for (const Track& t : summit.tracks)
        names << t.name;
    names.sort();
    return names;
}

} // namespace

class TestSummitEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addTracksIsOneUndoStepInThePalettesNextColours()
    {
        QTemporaryDir dir;
        auto ws = test::createWorkspace(dir);
        QVERIFY(commands::SummitEdits::createSummit(*ws, QStringLiteral("CoE Summit")));
        const int steps = ws->undoStack()->count();
        auto added = commands::SummitEdits::addTracks(*ws, readSummit(*ws),
                                                      {QStringLiteral("Platform"), QStringLiteral("Security")},
                                                      QStringLiteral("Add suggested tracks"));
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        QCOMPARE(added.value(), 2);
        QCOMPARE(ws->undoStack()->count(), steps + 1);
        QCOMPARE(ws->undoStack()->undoText(), QStringLiteral("Add suggested tracks"));
        Summit summit = readSummit(*ws);
        QCOMPARE(trackNames(summit), (QStringList{QStringLiteral("Platform"), QStringLiteral("Security")}));
        for (const Track& t : std::as_const(summit.tracks))
            QCOMPARE(t.color, Track::paletteColor(t.name == QLatin1String("Platform") ? 0 : 1));

        // More tracks take the colours after those the summit has.
        QVERIFY(commands::SummitEdits::addTracks(*ws, summit, {QStringLiteral("Reliability")},
                                                 QStringLiteral("Add a track")));
        summit = readSummit(*ws);
        for (const Track& t : std::as_const(summit.tracks))
            if (t.name == QLatin1String("Reliability"))
                QCOMPARE(t.color, Track::paletteColor(2));

        ws->undoStack()->undo();
        ws->undoStack()->undo();
        QVERIFY(readSummit(*ws).tracks.isEmpty());
        ws->undoStack()->redo();
        QCOMPARE(trackNames(readSummit(*ws)), (QStringList{QStringLiteral("Platform"), QStringLiteral("Security")}));
    }

    void nothingAskedWritesNothing()
    {
        QTemporaryDir dir;
        auto ws = test::createWorkspace(dir);
        QVERIFY(commands::SummitEdits::createSummit(*ws, QStringLiteral("CoE Summit")));
        const int steps = ws->undoStack()->count();
        auto added = commands::SummitEdits::addTracks(*ws, readSummit(*ws), {}, QStringLiteral("Add suggested tracks"));
        QVERIFY(added);
        QCOMPARE(added.value(), 0);
        QCOMPARE(ws->undoStack()->count(), steps);
    }

    void refusesBlankAndTakenNamesWritingNothing_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("message");
        QTest::newRow("blank") << QStringList{QStringLiteral("Cloud"), QStringLiteral("  ")}
                               << QStringLiteral("A track of “CoE Summit” needs a name.");
        QTest::newRow("the summit's") << QStringList{QStringLiteral("Cloud"), QStringLiteral("Platform")}
                                      << QStringLiteral("“CoE Summit” has a track “Platform” already.");
        QTest::newRow("twice") << QStringList{QStringLiteral("Cloud"), QStringLiteral("Cloud")}
                               << QStringLiteral("“CoE Summit” has a track “Cloud” already.");
    }

    void refusesBlankAndTakenNamesWritingNothing()
    {
        QFETCH(QStringList, names);
        QFETCH(QString, message);
        QTemporaryDir dir;
        auto ws = test::createWorkspace(dir);
        QVERIFY(commands::SummitEdits::createSummit(*ws, QStringLiteral("CoE Summit")));
        QVERIFY(commands::SummitEdits::addTracks(*ws, readSummit(*ws), {QStringLiteral("Platform")},
                                                 QStringLiteral("Add a track")));
        const int steps = ws->undoStack()->count();
        auto added =
            commands::SummitEdits::addTracks(*ws, readSummit(*ws), names, QStringLiteral("Add suggested tracks"));
        QVERIFY(!added);
        QCOMPARE(added.error().code, Error::Invalid);
        QCOMPARE(added.error().message, message);
        QCOMPARE(ws->undoStack()->count(), steps);
        QCOMPARE(trackNames(readSummit(*ws)), QStringList{QStringLiteral("Platform")});
    }
};

QTEST_GUILESS_MAIN(TestSummitEdits)
#include "tst_summitedits.moc"
