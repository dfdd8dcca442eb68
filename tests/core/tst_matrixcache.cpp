// SPDX-License-Identifier: GPL-3.0-or-later
// The matrix cache: a load that leaves a copy, loads served from it (with rows appended since,
// and with people or skills added or reordered) give exactly what a full read gives; anything
// the copy cannot describe (a deleted row, a deleted person, a new batch, a damaged or foreign
// file) falls back to the full read.
#include "commands/edits.h"
#include "io/matriximport.h"
#include "models/matrixcache.h"
#include "models/matrixdata.h"
#include "storage/workspace.h"
#include "support/testbackend.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace coe;

namespace {

/// Every cell as "person|skill|self,lead,consultant|interest|note|day", people and skills
/// by id, so two loads compare whatever their order.
QStringList dump(const MatrixData& data)
{
    QStringList lines;
    for (int p = 0; p < data.personCount(); ++p) {
        for (int s = 0; s < data.skillCount(); ++s) {
            QStringList levels;
            for (Source source : {Source::Self, Source::Lead, Source::Consultant})
                levels << QString::number(data.level(p, s, source).value_or(-1));
            lines << QStringLiteral("%1|%2|%3|%4|%5|%6")
                         .arg(data.people().at(p).id)
                         .arg(data.skills().at(s).id)
                         .arg(levels.join(QLatin1Char(',')))
                         .arg(data.interest(p, s).value_or(-1))
                         .arg(data.hasNote(p, s))
                         .arg(data.lastAssessed(p, s).toString(Qt::ISODate));
        }
    }
    lines.sort();
    return lines;
}

} // namespace

class TestMatrixCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;

    /// A full read, with the cache neither read nor written.
    QStringList fresh()
    {
        const qint64 threshold = MatrixCache::threshold();
        MatrixCache::setThreshold(-1);
        MatrixData data;
        const bool loaded = bool(data.load(*m_ws));
        MatrixCache::setThreshold(threshold);
        return loaded ? dump(data) : QStringList{QStringLiteral("load failed")};
    }

    /// A load through the cache; @p fromCache says whether the copy served it.
    QStringList cached(bool* fromCache)
    {
        MatrixData data;
        if (!data.load(*m_ws))
            return {QStringLiteral("load failed")};
        *fromCache = data.loadedFromCache();
        return dump(data);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MatrixCache::setThreshold(1);
        m_ws = test::createWorkspace(m_dir);
        using commands::Edits;
        const Id cat = Edits::addCategory(*m_ws, {0, 0, QStringLiteral("All"), 0, 0}).value();
        for (int s = 0; s < 6; ++s)
            Edits::addSkill(*m_ws, {0, cat, QStringLiteral("S%1").arg(s), {}, s, 0}).value();
        for (int p = 0; p < 8; ++p)
            Edits::addPerson(*m_ws, {0, QStringLiteral("P%1").arg(p), {}, false, 0, 0, {}, 0}).value();
        for (int p = 0; p < 8; ++p) {
            for (int s = 0; s < 6; ++s) {
                if ((p + s) % 3)
                    QVERIFY(test::assess(*m_ws, p + 1, s + 1, Source(s % 3), (p * s) % 5, QDate(2026, 1, 1 + p),
                                         (p + s) % 4));
            }
        }
        QFile::remove(MatrixCache::pathFor(*m_ws));
    }

    void cleanupTestCase() { QFile::remove(MatrixCache::pathFor(*m_ws)); }

    void aFullReadLeavesACopyThatServesTheNextLoad()
    {
        const QString path = MatrixCache::pathFor(*m_ws);
        QVERIFY(path.contains(QLatin1String("coe-studio/matrix/")));
        bool fromCache = true;
        const QStringList first = cached(&fromCache);
        QVERIFY(!fromCache);
        QVERIFY(QFile::exists(path));
        QCOMPARE(first, fresh());
        QCOMPARE(cached(&fromCache), first);
        QVERIFY(fromCache);
    }

    void rowsAppendedSinceAreReadCellByCell()
    {
        QVERIFY(test::assess(*m_ws, 2, 3, Source::Lead, 4, QDate(2026, 3, 1), 1));
        QVERIFY(test::assess(*m_ws, 5, 1, Source::Self, 0, QDate(2025, 1, 1))); // older than what the cell has
        bool fromCache = false;
        QCOMPARE(cached(&fromCache), fresh());
        QVERIFY(fromCache);
    }

    void aDeletedRowMeansAFullRead()
    {
        m_ws->undoStack()->undo(); // removes the last row, which the copy does not hold...
        bool fromCache = false;
        QCOMPARE(cached(&fromCache), fresh());
        QVERIFY(fromCache); // ...so it still serves
        const QStringList before = fresh();
        // A row the copy was made from goes away: the copy cannot serve.
        QVERIFY(commands::Edits::remove(*m_ws, QStringLiteral("person"), {Id(4)}, QStringLiteral("Delete P3")));
        QCOMPARE(cached(&fromCache), fresh());
        QVERIFY(!fromCache);
        m_ws->undoStack()->undo();
        QCOMPARE(cached(&fromCache), before);
    }

    void peopleAndSkillsAddedOrReorderedAreMapped()
    {
        bool fromCache = false;
        cached(&fromCache); // a copy of the current state
        using commands::Edits;
        Edits::addPerson(*m_ws, {0, QStringLiteral("New"), {}, false, 0, 0, {}, 0}).value();
        Skill moved;
        moved.id = 2;
        moved.categoryId = 1;
        moved.name = QStringLiteral("S1");
        moved.position = 99; // now the last column
        moved.version = 1;
        QVERIFY(Edits::editSkill(*m_ws, moved));
        QCOMPARE(cached(&fromCache), fresh());
        QVERIFY(fromCache);
    }

    void aNewBatchMeansAFullRead()
    {
        QByteArray csv = "Person";
        for (int s = 0; s < 40; ++s)
            csv += ",T" + QByteArray::number(s);
        csv += '\n';
        for (int p = 0; p < 30; ++p)
            csv += "P" + QByteArray::number(p % 8) + "x" + QByteArray::number(p) + QByteArray(",3").repeated(40) + '\n';
        const QString file = m_dir.filePath(QStringLiteral("batch.csv"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(csv);
        out.close();
        MatrixImport::Options options;
        options.createMissing = true;
        auto report = MatrixImport::run(*m_ws, file, options);
        QVERIFY(report && report->written);
        bool fromCache = true;
        QCOMPARE(cached(&fromCache), fresh());
        QVERIFY(!fromCache);
        QCOMPARE(cached(&fromCache), fresh());
        QVERIFY(fromCache);
    }

    void aDamagedOrForeignCopyIsIgnored()
    {
        const QString path = MatrixCache::pathFor(*m_ws);
        bool fromCache = false;
        cached(&fromCache);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() - 7));
        file.close();
        QCOMPARE(cached(&fromCache), fresh());
        QVERIFY(!fromCache); // and the full read wrote a good copy again
        QCOMPARE(cached(&fromCache), fresh());
        QVERIFY(fromCache);

        // A copy made for another workspace (another creation time) at this path.
        auto contents = MatrixCache::read(path);
        QVERIFY(contents);
        contents->stamp.created = QStringLiteral("2020-01-01T00:00:00Z");
        QVERIFY(MatrixCache::write(path, *contents));
        QCOMPARE(cached(&fromCache), fresh());
        QVERIFY(!fromCache);

        // A damaged count of people must not be believed.
        const auto good = MatrixCache::read(path);
        QVERIFY(good);
        QVERIFY(file.open(QIODevice::ReadWrite));
        // magic, format, created (length + UTF-16), schema, six 64-bit stamp fields: then the count
        QVERIFY(file.seek(4 + 4 + 4 + good->stamp.created.size() * 2 + 4 + qsizetype(6) * 8));
        QCOMPARE(file.peek(8), QByteArray::fromHex("00000000000000") + char(good->people.size()));
        file.write(QByteArray::fromHex("00000fffffffffff"));
        file.close();
        QVERIFY(!MatrixCache::read(path));
        QCOMPARE(cached(&fromCache), fresh());
        QVERIFY(!fromCache);

        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a cache at all");
        file.close();
        QCOMPARE(cached(&fromCache), fresh());
        QVERIFY(!fromCache);
    }
};

QTEST_GUILESS_MAIN(TestMatrixCache)
#include "tst_matrixcache.moc"
