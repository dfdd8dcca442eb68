// SPDX-License-Identifier: GPL-3.0-or-later
// coectl as a user runs it: a separate process, its exit codes and its output.
#include <QProcess>
#include <QTest>

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

Result coectl(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(COECTL_PATH), arguments);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestCoectl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionPrintsTheVersion()
    {
        const Result r = coectl({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), QStringLiteral("coectl " COE_VERSION));
        QVERIFY(lines.value(1).startsWith(QStringLiteral("Qt 6.")));
        QVERIFY(lines.value(1).contains(QStringLiteral("KF6 SyntaxHighlighting 6.")));
        QVERIFY(lines.value(1).contains(QStringLiteral("SQLite 3.")));
    }

    void helpListsUsage()
    {
        const Result r = coectl({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("Usage: coectl")));
        QVERIFY(r.err.isEmpty());
    }

    // A command's help names the command as it is typed, not the path coectl was started by.
    void commandHelpNamesTheCommand()
    {
        const Result r = coectl({QStringLiteral("import"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: coectl import [options] KIND FILE WORKSPACE\n")),
                 qPrintable(r.out));
        const Result wrong = coectl({QStringLiteral("check")});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains(QStringLiteral("\nUsage: coectl check [options]")), qPrintable(wrong.err));
    }

    void noCommandIsAUsageError()
    {
        const Result r = coectl({});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("Usage: coectl")));
        QVERIFY(r.out.isEmpty());
    }

    void unknownCommandExitsTwoWithUsage()
    {
        const Result r = coectl({QStringLiteral("frobnicate"), QStringLiteral("x.coe")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith(QStringLiteral("coectl: unknown command 'frobnicate'")));
        QVERIFY(r.err.contains(QStringLiteral("Usage: coectl")));
    }

    void unknownOptionExitsTwo()
    {
        const Result r = coectl({QStringLiteral("--frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith(QStringLiteral("coectl: unknown option '--frobnicate'")));
    }
};

QTEST_GUILESS_MAIN(TestCoectl)
#include "tst_coectl.moc"
