// SPDX-License-Identifier: GPL-3.0-or-later
// coectl init, info, check, demo and import, run as a user runs them.
#include "support/sqlitepeek.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

Result run(const QStringList& arguments, const QString& program = QStringLiteral(COECTL_PATH),
           const QStringList& prefix = {})
{
    QProcess process;
    if (prefix.isEmpty()) {
        process.start(program, arguments);
    } else {
        process.start(prefix.first(), prefix.mid(1) + QStringList{program} + arguments);
    }
    process.waitForFinished(300000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

void write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

/// Runs coectl as a user in the time zone @p zone (TZ) runs it.
Result runIn(const QString& zone, const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TZ"), zone);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(COECTL_PATH), arguments);
    process.waitForFinished(300000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

/// The workspace's time zone setting as stored, or "(none)".
QString storedZone(const QString& workspace)
{
    const QStringList rows =
        test::sqliteRows(workspace, QStringLiteral("SELECT value FROM meta WHERE key = 'time_zone'"));
    return rows.isEmpty() ? QStringLiteral("(none)") : rows.join(QLatin1Char(','));
}

QJsonObject counts(const QString& workspace)
{
    const Result r = run({QStringLiteral("info"), workspace, QStringLiteral("--json")});
    return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("counts")).toObject();
}

} // namespace

class TestCoectlWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initCreatesAndRefusesToOverwrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.coe"));
        Result r = run({QStringLiteral("init"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("Created ")));
        QCOMPARE(counts(path).value(QStringLiteral("scale_level")).toInt(), 5);
        const QByteArray before = QFile(path).exists() ? QByteArray("x") : QByteArray();
        r = run({QStringLiteral("init"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("will not overwrite")));
        QVERIFY(!before.isEmpty());
    }

    void demoIsDeterministicAndIntact()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.coe"));
        const QString b = dir.filePath(QStringLiteral("b.coe"));
        for (const QString& path : {a, b}) {
            const Result r =
                run({QStringLiteral("demo"), QStringLiteral("--people"), QStringLiteral("80"), QStringLiteral("--seed"),
                     QStringLiteral("7"), QStringLiteral("--today"), QStringLiteral("2026-06-01"), path});
            QCOMPARE(r.exitCode, 0);
        }
        const QJsonObject ca = counts(a);
        QCOMPARE(ca, counts(b));
        QCOMPARE(ca.value(QStringLiteral("person")).toInt(), 80);
        QCOMPARE(ca.value(QStringLiteral("skill")).toInt(), 40);
        QCOMPARE(ca.value(QStringLiteral("skill_category")).toInt(), 10);
        QVERIFY(ca.value(QStringLiteral("assessment")).toInt() > 1000);
        QVERIFY(ca.value(QStringLiteral("capability")).toInt() >= 4);
        QVERIFY(ca.value(QStringLiteral("slot")).toInt() > 10);
        // Every phase appears.
        const Result check = run({QStringLiteral("check"), a});
        QCOMPARE(check.exitCode, 0);
        QVERIFY(check.out.isEmpty());
    }

    void checkReportsDomainProblems()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.coe"));
        QCOMPARE(run({QStringLiteral("demo"), path}).exitCode, 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral(
                "UPDATE person SET external = 0 WHERE id IN (SELECT person_id FROM engagement_consultant)")));
            QVERIFY(
                QSqlQuery(db).exec(QStringLiteral("UPDATE scale_level SET meaning = NULL WHERE meaning = 'teacher'")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        const Result r = run({QStringLiteral("check"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("scale: no level means teacher")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("is not marked external")));
    }

    void importPeopleIsAllOrNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.coe"));
        QCOMPARE(run({QStringLiteral("init"), path}).exitCode, 0);
        const QString csv = dir.filePath(QStringLiteral("people.csv"));
        write(csv, "\xEF\xBB\xBFName;Email;Team;External\n"
                   "Ana Lima;ana@example.com;Platform;no\n"
                   "\"Berg, Bo\";bo@example.com;Data;yes\n"
                   "Cy;not-an-email;Data;no\n"
                   "Dee;dee@example.com;Data\n"
                   "Ana Again;ana@example.com;Platform;no\n");
        Result r = run({QStringLiteral("import"), QStringLiteral("people"), csv, path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("people.csv, line 4: 'not-an-email' is not an email address.")));
        QVERIFY(r.err.contains(QStringLiteral("people.csv, line 5 has 3 fields, the header has 4")));
        QVERIFY(r.err.contains(QStringLiteral("people.csv, line 6: ana@example.com appears twice in the file")));
        QVERIFY(r.err.contains(QStringLiteral("nothing was imported")));
        QCOMPARE(counts(path).value(QStringLiteral("person")).toInt(), 0);
        QCOMPARE(counts(path).value(QStringLiteral("team")).toInt(), 0);

        r = run({QStringLiteral("import"), QStringLiteral("people"), csv, path, QStringLiteral("--skip-bad")});
        QCOMPARE(counts(path).value(QStringLiteral("person")).toInt(), 2);
        QCOMPARE(counts(path).value(QStringLiteral("team")).toInt(), 2);
        QVERIFY(r.out.contains(QStringLiteral("Created team Platform")));
        // Importing again updates instead of duplicating.
        r = run({QStringLiteral("import"), QStringLiteral("people"), csv, path, QStringLiteral("--skip-bad")});
        QVERIFY(r.out.contains(QStringLiteral("Added 0 and updated 2 people.")));
    }

    void importSkillsWithQuotedNewlinesAndNesting()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.coe"));
        QCOMPARE(run({QStringLiteral("init"), path}).exitCode, 0);
        const QString csv = dir.filePath(QStringLiteral("skills.csv"));
        write(csv, "category,skill,description\r\n"
                   "Cloud / AWS,Lambda,\"Functions,\nevents and layers\"\r\n"
                   "Cloud,FinOps,\r\n");
        const Result r = run({QStringLiteral("import"), QStringLiteral("skills"), csv, path});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(counts(path).value(QStringLiteral("skill_category")).toInt(), 2);
        QCOMPARE(counts(path).value(QStringLiteral("skill")).toInt(), 2);
    }

    void importRejectsJunk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.coe"));
        QCOMPARE(run({QStringLiteral("init"), path}).exitCode, 0);
        const QString junk = dir.filePath(QStringLiteral("junk.csv"));
        write(junk, QByteArray("\x00\x01\x02garbage", 10));
        Result r = run({QStringLiteral("import"), QStringLiteral("people"), junk, path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("junk.csv is not a CSV text file")));
        const QString empty = dir.filePath(QStringLiteral("empty.csv"));
        write(empty, "");
        r = run({QStringLiteral("import"), QStringLiteral("skills"), empty, path});
        QVERIFY(r.err.contains(QStringLiteral("empty.csv is empty")));
        r = run({QStringLiteral("import"), QStringLiteral("teams"), empty, path});
        QCOMPARE(r.exitCode, 2);
    }

    void setZoneMovesSessionsThatNameNone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("zones.coe"));
        const QString ny = QStringLiteral("America/New_York");
        QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--people"), QStringLiteral("12"),
                      QStringLiteral("--skills"), QStringLiteral("8"), path})
                     .exitCode,
                 0);
        // A user in New York, and no workspace zone yet: a session that names none is in theirs.
        Result r =
            runIn(ny, {QStringLiteral("add"), QStringLiteral("session"), path, QStringLiteral("--title"),
                       QStringLiteral("Zone drill"), QStringLiteral("--at"), QStringLiteral("2026-12-10T10:00")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Its time is in America/New_York, the workspace's zone.")),
                 qPrintable(r.out));

        // Unknown zones and a missing option are refused, and nothing is written.
        for (const QString& zone : {QStringLiteral("Mars/Olympus"), QStringLiteral("UTC+25:00")}) {
            r = runIn(ny, {QStringLiteral("set"), path, QStringLiteral("--zone"), zone});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(
                r.err.startsWith(QStringLiteral("coectl set: “%1” is not a time zone this system knows").arg(zone)),
                qPrintable(r.err));
        }
        r = runIn(ny, {QStringLiteral("set"), path, QStringLiteral("--zone"), QStringLiteral(" ")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("Name the workspace's time zone")), qPrintable(r.err));
        r = runIn(ny, {QStringLiteral("set"), path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("say what to set")), qPrintable(r.err));
        QCOMPARE(storedZone(path), QStringLiteral("(none)"));

        // Europe/Berlin: the sessions that name no zone keep their wall clock, now Berlin's.
        r = runIn(ny, {QStringLiteral("set"), path, QStringLiteral("--zone"), QStringLiteral("Europe/Berlin")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QLatin1String("The workspace's time zone is now Europe/Berlin (it was "
                                                "America/New_York).\n")),
                 qPrintable(r.out));
        const QString following = test::sqliteRows(path, QStringLiteral("SELECT COUNT(*) FROM kt_session WHERE "
                                                                        "time_zone = ''"))
                                      .value(0);
        QVERIFY(following.toInt() >= 1);
        QVERIFY2(
            r.out.contains(
                QStringLiteral("%1 session(s) that name no zone of their own are in Europe/Berlin.").arg(following)),
            qPrintable(r.out));
        QCOMPARE(storedZone(path), QStringLiteral("Europe/Berlin"));
        r = runIn(ny, {QStringLiteral("sessions"), path, QStringLiteral("--format"), QStringLiteral("ics"),
                       QStringLiteral("--from"), QStringLiteral("2026-12-10"), QStringLiteral("--to"),
                       QStringLiteral("2026-12-10")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("DTSTART;TZID=Europe/Berlin:20261210T100000")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QLatin1String("America/New_York")), qPrintable(r.out));
        r = runIn(ny, {QStringLiteral("add"), QStringLiteral("session"), path, QStringLiteral("--title"),
                       QStringLiteral("Second drill"), QStringLiteral("--at"), QStringLiteral("2026-12-11T10:00")});
        QVERIFY2(r.out.contains(QLatin1String("Its time is in Europe/Berlin, the workspace's zone.")),
                 qPrintable(r.out));

        // The same again changes nothing; a fixed offset is a zone too; the file stays intact.
        r = runIn(ny, {QStringLiteral("set"), path, QStringLiteral("--zone"), QStringLiteral("Europe/Berlin")});
        QVERIFY2(r.exitCode == 0 && r.out.startsWith(QLatin1String("The workspace's time zone is Europe/Berlin.\n")),
                 qPrintable(r.out + r.err));
        QCOMPARE(storedZone(path), QStringLiteral("Europe/Berlin"));
        r = runIn(ny, {QStringLiteral("set"), path, QStringLiteral("--zone"), QStringLiteral("UTC+05:30")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(storedZone(path), QStringLiteral("UTC+05:30"));
        QCOMPARE(run({QStringLiteral("check"), path}).exitCode, 0);
    }

    void setReadinessWeights()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("weights.coe"));
        QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--people"), QStringLiteral("12"),
                      QStringLiteral("--skills"), QStringLiteral("8"), path})
                     .exitCode,
                 0);
        const auto stored = [&] {
            return test::sqliteRows(path, QStringLiteral("SELECT value FROM meta WHERE key = 'readiness.weights'"));
        };
        // Refused, nothing written: not three numbers, not adding up to 100.
        Result r = run({QStringLiteral("set"), path, QStringLiteral("--readiness-weights"), QStringLiteral("50,abc")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("three percentages such as 50,20,30, not '50,abc'")), qPrintable(r.err));
        r = run({QStringLiteral("set"), path, QStringLiteral("--readiness-weights"), QStringLiteral("60,20,30")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("add up to 110 %; they must add up to 100 %")), qPrintable(r.err));
        QVERIFY(stored().isEmpty());

        r = run({QStringLiteral("set"), path, QStringLiteral("--readiness-weights"), QStringLiteral("40, 30, 30")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("Readiness weighs coverage 40 %, Teachers 30 % and hand-over 30 %.\n"));
        QCOMPARE(stored(), QStringList{QStringLiteral("0.4,0.3,0.3")});
        // Both at once, one step; the readiness command uses the new weights.
        r = run({QStringLiteral("set"), path, QStringLiteral("--zone"), QStringLiteral("Europe/Oslo"),
                 QStringLiteral("--readiness-weights"), QStringLiteral("100,0,0")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("Europe/Oslo")));
        QCOMPARE(stored(), QStringList{QStringLiteral("1,0,0")});
        QCOMPARE(run({QStringLiteral("check"), path}).exitCode, 0);
    }

    void readOnlyFileIsRefusedUnchanged()
    {
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther |
                                              QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
        const QString path = dir.filePath(QStringLiteral("ro.coe"));
        QCOMPARE(run({QStringLiteral("demo"), path}).exitCode, 0);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        // Root ignores file permissions; run as an unprivileged user so they apply.
        QStringList prefix;
        if (geteuid() == 0)
            prefix = {QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                      QStringLiteral("--clear-groups"), QStringLiteral("--")};
        const Result r = run({QStringLiteral("info"), path}, QStringLiteral(COECTL_PATH), prefix);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("ro.coe is read-only")), qPrintable(r.err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }
};

QTEST_GUILESS_MAIN(TestCoectlWorkspace)
#include "tst_coectl_workspace.moc"
