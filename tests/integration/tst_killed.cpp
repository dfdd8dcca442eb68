// SPDX-License-Identifier: GPL-3.0-or-later
// coectl killed with SIGKILL at a random moment of an import, a stream of edits, a demo
// generation or a schema upgrade: afterwards the workspace opens, `coectl check` passes, every
// edit coectl reported as saved is there, and an import is all there or not there at all.
//
// COE_KILL_ROUNDS (default 100) sets how many rounds run; COE_KILL_SEED the first seed.
#include "support/coectlrun.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {

/// `coectl info --json` table counts, or an empty object when the workspace does not open.
QJsonObject counts(const QString& ws)
{
    const auto info = test::coectl({QStringLiteral("info"), ws, QStringLiteral("--json")});
    if (info.exitCode != 0)
        return {};
    return QJsonDocument::fromJson(info.out.toUtf8()).object().value(QStringLiteral("counts")).toObject();
}

/// Starts coectl with @p arguments and kills it after @p delayMs (if it is still running);
/// true when it finished on its own with exit code 0.
bool runAndKill(const QStringList& arguments, int delayMs)
{
    QProcess process;
    process.start(QStringLiteral(COECTL_PATH), arguments);
    if (!process.waitForStarted())
        return false;
    if (process.waitForFinished(delayMs))
        return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    process.kill(); // SIGKILL
    process.waitForFinished();
    return false;
}

} // namespace

class TestKilled : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_matrix;
    QJsonObject m_before; ///< the demo's counts
    QJsonObject m_after;  ///< the demo's counts after the import, run to its end
    int m_importMs = 0;
    int m_demoMs = 0;
    int m_upgradeMs = 0;

    QString fresh(const QString& name, const QString& from)
    {
        const QString path = m_dir.filePath(name);
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        if (!from.isEmpty())
            QFile::copy(from, path);
        return path;
    }

    static int timed(const QStringList& arguments)
    {
        QElapsedTimer timer;
        timer.start();
        const auto run = test::coectl(arguments);
        return run.exitCode == 0 ? int(timer.elapsed()) : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.coe"));
        QVERIFY(test::coectlDemo(m_demo));
        m_before = counts(m_demo);
        // A matrix import of 2,000 new people x 60 new skills, some cells as rows (notes).
        const QByteArray csv = test::longMatrixCsv("Killed");
        m_matrix = m_dir.filePath(QStringLiteral("matrix.csv"));
        QFile file(m_matrix);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
        file.close();
        // How long each takes when left alone: kills fall inside that.
        const QString whole = fresh(QStringLiteral("whole.coe"), m_demo);
        m_importMs = timed(
            {QStringLiteral("import"), QStringLiteral("matrix"), m_matrix, whole, QStringLiteral("--create-missing")});
        QVERIFY(m_importMs > 0);
        m_after = counts(whole);
        QVERIFY(m_after.value(QStringLiteral("person")).toInt() ==
                m_before.value(QStringLiteral("person")).toInt() + 2000);
        m_demoMs = timed({QStringLiteral("demo"), QStringLiteral("--people"), QStringLiteral("300"),
                          fresh(QStringLiteral("demo-time.coe"), {})});
        QVERIFY(m_demoMs > 0);
        m_upgradeMs = timed({QStringLiteral("info"), fresh(QStringLiteral("upgrade-time.coe"),
                                                           QStringLiteral(COE_TEST_DATA_DIR "/workspace-v1.coe"))});
        QVERIFY(m_upgradeMs > 0);
        qInfo("left alone: import %d ms, demo %d ms, upgrade %d ms", m_importMs, m_demoMs, m_upgradeMs);
    }

    void killedAtRandomLosesNothing()
    {
        const int rounds =
            qEnvironmentVariableIsSet("COE_KILL_ROUNDS") ? qEnvironmentVariableIntValue("COE_KILL_ROUNDS") : 100;
        const quint32 firstSeed =
            qEnvironmentVariableIsSet("COE_KILL_SEED") ? quint32(qEnvironmentVariableIntValue("COE_KILL_SEED")) : 1;
        int killed = 0;
        for (int round = 0; round < rounds; ++round) {
            const quint32 seed = firstSeed + quint32(round);
            QRandomGenerator random(seed);
            const int kind = int(seed % 4);
            const QString context = QStringLiteral("seed %1, kind %2").arg(seed).arg(kind);
            QString ws;
            if (kind == 0) {
                // An import: all of it or none of it.
                ws = fresh(QStringLiteral("import.coe"), m_demo);
                const bool finished = runAndKill({QStringLiteral("import"), QStringLiteral("matrix"), m_matrix, ws,
                                                  QStringLiteral("--create-missing")},
                                                 int(random.bounded(m_importMs + 20)));
                killed += finished ? 0 : 1;
                const QJsonObject now = counts(ws);
                QVERIFY2(finished ? now == m_after : (now == m_after || now == m_before), qPrintable(context));
            } else if (kind == 1) {
                // A stream of edits: every one reported as saved is there.
                ws = fresh(QStringLiteral("edits.coe"), m_demo);
                const int stopAt = int(random.bounded(6));
                QStringList saved;
                for (int i = 0; i < 6; ++i) {
                    const QString title = QStringLiteral("Killed session %1-%2").arg(seed).arg(i);
                    const QStringList args{QStringLiteral("add"),
                                           QStringLiteral("session"),
                                           ws,
                                           QStringLiteral("--title"),
                                           title,
                                           QStringLiteral("--at"),
                                           QStringLiteral("2026-07-0%1T10:00").arg(i + 1)};
                    if (i == stopAt) {
                        if (runAndKill(args, int(random.bounded(60))))
                            saved << title;
                        else
                            ++killed;
                        break;
                    }
                    if (test::coectl(args).exitCode == 0)
                        saved << title;
                }
                const auto sessions =
                    test::coectl({QStringLiteral("sessions"), ws, QStringLiteral("--format"), QStringLiteral("json")});
                QVERIFY2(sessions.exitCode == 0, qPrintable(context + sessions.err));
                for (const QString& title : std::as_const(saved))
                    QVERIFY2(sessions.out.contains(title), qPrintable(context + QStringLiteral(": lost ") + title));
            } else if (kind == 2) {
                // A demo generation: the file, if there is one, is a workspace that checks.
                ws = fresh(QStringLiteral("generated.coe"), {});
                killed += runAndKill({QStringLiteral("demo"), QStringLiteral("--people"), QStringLiteral("300"), ws},
                                     int(random.bounded(m_demoMs + 20)))
                              ? 0
                              : 1;
                if (!QFile::exists(ws))
                    continue;
            } else {
                // A schema upgrade of a version 1 file: the next open finishes or redoes it.
                ws = fresh(QStringLiteral("upgrade.coe"), QStringLiteral(COE_TEST_DATA_DIR "/workspace-v1.coe"));
                const QStringList backups = QDir(m_dir.path()).entryList({QStringLiteral("upgrade.backup-*")});
                for (const QString& f : backups)
                    QFile::remove(m_dir.filePath(f));
                killed += runAndKill({QStringLiteral("info"), ws}, int(random.bounded(m_upgradeMs + 20))) ? 0 : 1;
            }
            const auto check = test::coectl({QStringLiteral("check"), ws});
            QVERIFY2(check.exitCode == 0, qPrintable(context + QStringLiteral(": ") + check.out + check.err));
        }
        qInfo("%d rounds, %d killed before they finished", rounds, killed);
        QVERIFY(killed > 0); // the kills did land mid-work
    }
};

QTEST_GUILESS_MAIN(TestKilled)
#include "tst_killed.moc"
