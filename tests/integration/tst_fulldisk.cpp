// SPDX-License-Identifier: GPL-3.0-or-later
// coectl on a full disk. The test mounts a 3 MB tmpfs (it needs root, as in the CI build root,
// and skips otherwise) and fills it with a ballast file so that only so much room is left; then
// it imports a matrix, streams edits, creates workspaces, upgrades a version 1 file and runs
// every export onto it. Each command that runs out of room must say so, naming the path, in
// words a person can act on; once the ballast is gone the workspace opens, `coectl check`
// passes, every edit reported as saved is there and an import is all there or not at all; an
// export leaves no file under the target name (an older one stays as it was) and no temporary.
#include "support/coectlrun.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <cstring>
#include <sys/mount.h>
#include <sys/statvfs.h>
#endif

namespace {

constexpr qint64 kKiB = 1024;
const char* const kDiskSize = "size=3m";

/// `coectl info --json` table counts, or an empty object when the workspace does not open.
QJsonObject counts(const QString& ws)
{
    const auto info = test::coectl({QStringLiteral("info"), ws, QStringLiteral("--json")});
    if (info.exitCode != 0)
        return {};
    return QJsonDocument::fromJson(info.out.toUtf8()).object().value(QStringLiteral("counts")).toObject();
}

/// Why @p err is not a message a person can act on when a disk fills up (empty when it is): it
/// must say the disk is full and name @p path, and must not be the database's raw text.
QString unclear(const QString& err, const QString& path)
{
    static const QRegularExpression full(QStringLiteral("disk\\b.*\\bfull|no space|not enough space"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (!full.match(err).hasMatch())
        return QStringLiteral("does not say the disk is full: ") + err;
    if (!err.contains(QDir::toNativeSeparators(path)))
        return QStringLiteral("does not name %1: %2").arg(path, err);
    for (const char* raw :
         {"Unable to fetch row", "Unable to execute", "Unable to commit", "database or disk is full", "QSqlError"})
        if (err.contains(QLatin1String(raw), Qt::CaseInsensitive))
            return QStringLiteral("shows the raw database text: ") + err;
    return {};
}

} // namespace

class TestFullDisk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir; ///< on the ordinary disk: sources, references
    QString m_disk;      ///< the small tmpfs, mounted under m_dir
    bool m_mounted = false;
    QString m_demo;     ///< the demo workspace (30 people)
    QString m_matrix;   ///< a long-form CSV of 2,000 new people x 60 new skills
    QString m_imported; ///< the demo with the matrix imported and a summit release: what exports read
    QJsonObject m_before;
    QJsonObject m_after;
    QJsonObject m_upgraded; ///< the counts of workspace-v1.coe once upgraded
    QElapsedTimer m_clock;

    QString ballast() const { return m_disk + QStringLiteral("/ballast"); }

    qint64 available() const
    {
        struct statvfs s{};
        if (::statvfs(QFile::encodeName(m_disk).constData(), &s) != 0)
            return -1;
        return qint64(s.f_bavail) * qint64(s.f_frsize);
    }

    /// Grows the ballast until at most @p room bytes are left on the disk.
    bool leaveRoom(qint64 room)
    {
        QFile file(ballast());
        if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
            return false;
        const QByteArray zeros(64 * kKiB, '\0');
        for (qint64 more = available() - room; more > 0; more = available() - room) {
            if (file.write(zeros.constData(), std::min<qint64>(more, zeros.size())) <= 0)
                break;
        }
        return available() <= room;
    }

    void freeRoom() { QFile::remove(ballast()); }

    /// What is on the disk besides the ballast.
    QStringList files() const
    {
        QStringList names =
            QDir(m_disk).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
        names.removeAll(QStringLiteral("ballast"));
        return names;
    }

    void wipe()
    {
        const QDir disk(m_disk);
        const QStringList plainFiles = disk.entryList(QDir::Files | QDir::Hidden);
        for (const QString& name : plainFiles)
            QFile::remove(disk.filePath(name));
        const QStringList folders = disk.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
        for (const QString& name : folders)
            QDir(disk.filePath(name)).removeRecursively();
    }

    QString onDisk(const QString& name, const QString& from = {})
    {
        const QString path = m_disk + QLatin1Char('/') + name;
        if (!from.isEmpty())
            QFile::copy(from, path);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_clock.start();
        m_disk = m_dir.filePath(QStringLiteral("disk"));
        QVERIFY(QDir().mkpath(m_disk));
#ifdef Q_OS_LINUX
        if (::mount("tmpfs", QFile::encodeName(m_disk).constData(), "tmpfs", MS_NOSUID | MS_NODEV, kDiskSize) != 0) {
            const QString why = QString::fromLocal8Bit(std::strerror(errno));
            QSKIP(qPrintable(
                QStringLiteral(
                    "cannot mount a 3 MB tmpfs at %1 (%2): the full-disk tests need root with CAP_SYS_ADMIN, "
                    "as in the CI build root")
                    .arg(m_disk, why)));
        }
        m_mounted = true;
#else
        QSKIP("the full-disk tests mount a tmpfs, which needs Linux");
#endif
        QVERIFY2(available() > 2900 * kKiB && available() <= qint64(3) * 1024 * kKiB,
                 qPrintable(QString::number(available())));

        m_demo = m_dir.filePath(QStringLiteral("demo.coe"));
        QVERIFY(test::coectlDemo(m_demo));
        m_before = counts(m_demo);
        QVERIFY(!m_before.isEmpty());
        const QByteArray csv = test::longMatrixCsv("Full");
        m_matrix = m_dir.filePath(QStringLiteral("matrix.csv"));
        QFile file(m_matrix);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
        file.close();

        m_imported = m_dir.filePath(QStringLiteral("imported.coe"));
        QVERIFY(QFile::copy(m_demo, m_imported));
        const auto imported = test::coectl({QStringLiteral("import"), QStringLiteral("matrix"), m_matrix, m_imported,
                                            QStringLiteral("--create-missing")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        m_after = counts(m_imported);
        QCOMPARE(m_after.value(QStringLiteral("person")).toInt(),
                 m_before.value(QStringLiteral("person")).toInt() + 2000);
        const auto released = test::coectl({QStringLiteral("release"), m_imported});
        QVERIFY2(released.exitCode == 0, qPrintable(released.err));

        const QString upgraded = m_dir.filePath(QStringLiteral("upgraded.coe"));
        QVERIFY(QFile::copy(QStringLiteral(COE_TEST_DATA_DIR "/workspace-v1.coe"), upgraded));
        QFile(upgraded).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        m_upgraded = counts(upgraded);
        QVERIFY(!m_upgraded.isEmpty());
    }

    void init()
    {
        if (m_mounted) {
            wipe();
            QVERIFY(files().isEmpty());
        }
    }

    void cleanupTestCase()
    {
#ifdef Q_OS_LINUX
        if (m_mounted)
            ::umount2(QFile::encodeName(m_disk).constData(), MNT_DETACH);
#endif
        qInfo("full-disk tests took %lld ms", qint64(m_clock.elapsed()));
    }

    void importIsAllOrNothing_data()
    {
        QTest::addColumn<int>("roomKiB");
        QTest::addColumn<bool>("mustFail");
        // The import's transaction needs about 600 KB of WAL, then as much again when it is
        // checkpointed into the file: the disk fills before, during and after the commit.
        for (int room : {0, 40, 200, 500, 800, 1200, 2000})
            QTest::addRow("%d KB left", room) << room << (room <= 500);
    }

    void importIsAllOrNothing()
    {
        QFETCH(int, roomKiB);
        QFETCH(bool, mustFail);
        const QString ws = onDisk(QStringLiteral("import.coe"), m_demo);
        QVERIFY(leaveRoom(roomKiB * kKiB));
        const auto run = test::coectl(
            {QStringLiteral("import"), QStringLiteral("matrix"), m_matrix, ws, QStringLiteral("--create-missing")});
        qInfo("import with %d KB left: %s", roomKiB,
              qPrintable(run.exitCode == 0 ? QStringLiteral("done") : run.err.trimmed()));
        if (mustFail)
            QVERIFY2(run.exitCode != 0, qPrintable(run.out));
        if (run.exitCode != 0) {
            const QString why = unclear(run.err, ws);
            QVERIFY2(why.isEmpty(), qPrintable(why));
        }
        freeRoom();
        const QJsonObject now = counts(ws);
        QVERIFY2(!now.isEmpty(), "the workspace does not open");
        QVERIFY2(run.exitCode == 0 ? now == m_after : now == m_before,
                 run.exitCode == 0 ? "the import reported success but is not all there"
                                   : "the failed import left part of itself behind");
        const auto check = test::coectl({QStringLiteral("check"), ws});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    }

    void editsReportedSavedAreKept_data()
    {
        QTest::addColumn<int>("roomKiB");
        for (int room : {0, 24, 64, 160})
            QTest::addRow("%d KB left", room) << room;
    }

    void editsReportedSavedAreKept()
    {
        QFETCH(int, roomKiB);
        const QString ws = onDisk(QStringLiteral("edits.coe"), m_demo);
        QStringList saved;
        QString refused;
        // Each edit takes 8 KB more of the room away, so the stream runs into the full disk.
        for (int i = 0; i < 40 && refused.isEmpty(); ++i) {
            QVERIFY(leaveRoom(std::max<qint64>(0, roomKiB * kKiB - qint64(i) * 8 * kKiB)));
            const QString title = QStringLiteral("Full-disk session %1").arg(i);
            const auto run = test::coectl(
                {QStringLiteral("add"), QStringLiteral("session"), ws, QStringLiteral("--title"), title,
                 QStringLiteral("--at"), QStringLiteral("2026-07-%1T10:00").arg(i % 28 + 1, 2, 10, QLatin1Char('0'))});
            if (run.exitCode == 0) {
                saved << title;
                continue;
            }
            refused = title;
            qInfo("edits with %d KB left: %lld saved, then %s", roomKiB, qint64(saved.size()),
                  qPrintable(run.err.trimmed()));
            const QString why = unclear(run.err, ws);
            QVERIFY2(why.isEmpty(), qPrintable(QStringLiteral("edit %1: %2").arg(i).arg(why)));
        }
        QVERIFY2(!refused.isEmpty(), "the disk never filled up");
        freeRoom();
        const auto sessions =
            test::coectl({QStringLiteral("sessions"), ws, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(sessions.exitCode == 0, qPrintable(sessions.err));
        QStringList titles;
        const QJsonArray listed = QJsonDocument::fromJson(sessions.out.toUtf8()).array();
        for (const auto& s : listed)
            titles << s.toObject().value(QStringLiteral("title")).toString();
        for (const QString& title : std::as_const(saved))
            QVERIFY2(titles.contains(title),
                     qPrintable(QStringLiteral("lost %1, which was reported as saved").arg(title)));
        QVERIFY2(!titles.contains(refused), qPrintable(QStringLiteral("%1 was refused, yet it is there").arg(refused)));
        const auto check = test::coectl({QStringLiteral("check"), ws});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    }

    void createLeavesNothingHalfMade_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<int>("roomKiB");
        const QStringList init{QStringLiteral("init")};
        const QStringList demo{QStringLiteral("demo"), QStringLiteral("--people"), QStringLiteral("100"),
                               QStringLiteral("--skills"), QStringLiteral("30")};
        for (int room : {0, 16, 64})
            QTest::addRow("init, %d KB left", room) << init << room;
        for (int room : {0, 100, 400, 700})
            QTest::addRow("demo, %d KB left", room) << demo << room;
    }

    void createLeavesNothingHalfMade()
    {
        QFETCH(QStringList, command);
        QFETCH(int, roomKiB);
        const QString ws = onDisk(QStringLiteral("new.coe"));
        QVERIFY(leaveRoom(roomKiB * kKiB));
        const auto run = test::coectl(command << ws);
        qInfo("%s with %d KB left: %s", qPrintable(command.first()), roomKiB,
              qPrintable(run.exitCode == 0 ? QStringLiteral("done") : run.err.trimmed()));
        QVERIFY2(run.exitCode != 0, qPrintable(run.out));
        const QString why = unclear(run.err, ws);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        // Nothing left: not the temporary file, its log, or a file without its schema.
        QVERIFY2(files().isEmpty(), qPrintable(QStringLiteral("left behind: ") + files().join(QStringLiteral(", "))));
    }

    void upgradeFinishesOnceThereIsRoom_data()
    {
        QTest::addColumn<int>("roomKiB");
        QTest::addColumn<bool>("mustFail");
        // The backup copy takes 300 KB, the upgrade's transaction about as much again.
        for (int room : {0, 100, 290, 360, 480, 640})
            QTest::addRow("%d KB left", room) << room << (room < 290);
    }

    void upgradeFinishesOnceThereIsRoom()
    {
        QFETCH(int, roomKiB);
        QFETCH(bool, mustFail);
        const QString ws = onDisk(QStringLiteral("old.coe"), QStringLiteral(COE_TEST_DATA_DIR "/workspace-v1.coe"));
        QFile(ws).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QByteArray original = test::readBytes(ws);
        QVERIFY(leaveRoom(roomKiB * kKiB));
        const auto run = test::coectl({QStringLiteral("info"), ws, QStringLiteral("--json")});
        qInfo("upgrade with %d KB left: %s", roomKiB,
              qPrintable(run.exitCode == 0 ? QStringLiteral("done") : run.err.trimmed()));
        if (mustFail)
            QVERIFY2(run.exitCode != 0, qPrintable(run.out));
        if (run.exitCode != 0) {
            const QString why = unclear(run.err, ws);
            QVERIFY2(why.isEmpty(), qPrintable(why));
            // No half-written backup: either none or a whole copy of the original.
            const QStringList left = files();
            for (const QString& name : left) {
                if (name.startsWith(QLatin1String("old.backup")))
                    QVERIFY2(test::readBytes(m_disk + QLatin1Char('/') + name).size() >= original.size(),
                             qPrintable(QStringLiteral("a partial backup %1 is left").arg(name)));
            }
        } else {
            QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("counts")).toObject(),
                     m_upgraded);
        }
        freeRoom();
        QCOMPARE(counts(ws), m_upgraded);
        const auto check = test::coectl({QStringLiteral("check"), ws});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    }

    void exportsLeaveNoHalfFile_data()
    {
        QTest::addColumn<QStringList>("command"); // TARGET stands for the file to write
        QTest::addColumn<QString>("suffix");
        const QString target = QStringLiteral("TARGET");
        const QString matrix = QStringLiteral("matrix");
        for (const char* format : {"csv", "xlsx", "ods", "json"})
            QTest::addRow("matrix %s", format)
                << QStringList{QStringLiteral("export"), matrix, QStringLiteral("WS"), QStringLiteral("-o"), target}
                << QString::fromLatin1(format);
        for (const char* format : {"png", "svg", "pdf"})
            QTest::addRow("chart %s", format) << QStringList{QStringLiteral("chart"), QStringLiteral("radar"),
                                                             QStringLiteral("WS"), QStringLiteral("-o"), target}
                                              << QString::fromLatin1(format);
        QTest::addRow("readiness report") << QStringList{QStringLiteral("report"), QStringLiteral("readiness"),
                                                         QStringLiteral("WS"), QStringLiteral("-o"), target}
                                          << QStringLiteral("pdf");
        QTest::addRow("agenda") << QStringList{QStringLiteral("agenda"), QStringLiteral("WS"), QStringLiteral("-o"),
                                               target}
                                << QStringLiteral("pdf");
        QTest::addRow("handout") << QStringList{QStringLiteral("handout"),   QStringLiteral("WS"),
                                                QStringLiteral("--session"), QStringLiteral("Bite-size: GitLab CI"),
                                                QStringLiteral("-o"),        target}
                                 << QStringLiteral("pdf");
        QTest::addRow("ics") << QStringList{QStringLiteral("ics"), QStringLiteral("WS"), QStringLiteral("-o"), target}
                             << QStringLiteral("ics");
        for (const char* format : {"xml", "json"})
            QTest::addRow("frab %s", format)
                << QStringList{QStringLiteral("frab"), QStringLiteral("WS"), QStringLiteral("-o"), target}
                << QString::fromLatin1(format);
        for (const char* format : {"pdf", "csv"})
            QTest::addRow("changelog %s", format)
                << QStringList{QStringLiteral("changelog"), QStringLiteral("WS"), QStringLiteral("-o"), target}
                << QString::fromLatin1(format);
    }

    void exportsLeaveNoHalfFile()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, suffix);
        const auto to = [&](const QString& path) {
            QStringList args = command;
            args.replace(args.indexOf(QStringLiteral("WS")), m_imported);
            args.replace(args.indexOf(QStringLiteral("TARGET")), path);
            return args;
        };
        // What the export writes when there is room.
        const QString reference = m_dir.filePath(QStringLiteral("reference.") + suffix);
        QFile::remove(reference);
        const auto whole = test::coectl(to(reference));
        QVERIFY2(whole.exitCode == 0, qPrintable(whole.err));
        const qint64 size = QFileInfo(reference).size();
        QVERIFY(size > 0);

        const QString target = onDisk(QStringLiteral("export.") + suffix);
        // No room at all, then room for half of it (when that is at least a page).
        QList<qint64> rooms{0};
        if (size / 2 >= 4 * kKiB)
            rooms << size / 2 / (4 * kKiB) * (4 * kKiB);
        for (qint64 room : std::as_const(rooms)) {
            const QString context = QStringLiteral("%1 bytes of %2 left: ").arg(room).arg(size);
            for (bool existing : {false, true}) {
                wipe();
                const QByteArray previous = "an earlier export that must survive\n";
                if (existing) {
                    QFile old(target);
                    QVERIFY(old.open(QIODevice::WriteOnly));
                    old.write(previous);
                }
                QVERIFY(leaveRoom(room));
                const auto run = test::coectl(to(target));
                if (!existing)
                    qInfo("%s with %lld of %lld bytes left: %s", QTest::currentDataTag(), room, size,
                          qPrintable(run.err.trimmed()));
                QVERIFY2(run.exitCode != 0, qPrintable(context + run.out));
                const QString why = unclear(run.err, target);
                QVERIFY2(why.isEmpty(), qPrintable(context + why));
                const QStringList left = files();
                if (existing) {
                    QVERIFY2(left == QStringList{QFileInfo(target).fileName()},
                             qPrintable(context + QStringLiteral("left: ") + left.join(QStringLiteral(", "))));
                    QVERIFY2(test::readBytes(target) == previous,
                             qPrintable(context + QStringLiteral("the earlier file was overwritten")));
                } else {
                    QVERIFY2(left.isEmpty(),
                             qPrintable(context + QStringLiteral("left: ") + left.join(QStringLiteral(", "))));
                }
                freeRoom();
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestFullDisk)
#include "tst_fulldisk.moc"
