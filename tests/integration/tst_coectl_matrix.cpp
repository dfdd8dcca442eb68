// SPDX-License-Identifier: GPL-3.0-or-later
// coectl import matrix and coectl export matrix, run as a user runs them: a wide file becomes
// a batch, exports of it import back to the same matrix in every format, bad cells are named
// by line and column and nothing is written.
#include "support/coectlrun.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {

using Result = test::CoectlResult;
using test::coectl;

QJsonObject info(const QString& workspace)
{
    return QJsonDocument::fromJson(coectl({QStringLiteral("info"), workspace, QStringLiteral("--json")}).out.toUtf8())
        .object();
}

} // namespace

class TestCoectlMatrix : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_wide;

    QString fresh(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        const Result r = coectl({QStringLiteral("init"), path});
        return r.exitCode == 0 ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // 40 people × 30 skills, every sixth cell empty: 1,000 cells, enough for a batch.
        QByteArray csv = "Person,Team";
        for (int s = 0; s < 30; ++s)
            csv += ",Skill " + QByteArray::number(s);
        csv += '\n';
        for (int p = 0; p < 40; ++p) {
            csv += "Person " + QByteArray::number(p) + (p % 2 ? ",Blue" : ",Red");
            for (int s = 0; s < 30; ++s)
                csv += ',' + ((p + s) % 6 == 0 ? QByteArray() : QByteArray::number((p * 7 + s * 3) % 5));
            csv += '\n';
        }
        m_wide = m_dir.filePath(QStringLiteral("wide.csv"));
        QFile file(m_wide);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
    }

    void wideImportIsOneBatchAndExportsRoundTrip()
    {
        const QString ws = fresh(QStringLiteral("a.coe"));
        QVERIFY(!ws.isEmpty());
        const Result dry = coectl({QStringLiteral("import"), QStringLiteral("matrix"), m_wide, ws,
                                   QStringLiteral("--create-missing"), QStringLiteral("--dry-run")});
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.startsWith(
                     QLatin1String("Would import 1000 cells from 40 rows (wide form), 40 new people, 30 new skills.")),
                 qPrintable(dry.out));
        QCOMPARE(info(ws).value(QStringLiteral("counts")).toObject().value(QStringLiteral("person")).toInt(), 0);

        const Result imported =
            coectl({QStringLiteral("import"), QStringLiteral("matrix"), m_wide, ws, QStringLiteral("--create-missing"),
                    QStringLiteral("--source"), QStringLiteral("self"), QStringLiteral("--date"),
                    QStringLiteral("2026-05-01")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.startsWith(
                     QLatin1String("Imported 1000 cells from 40 rows (wide form), 40 new people, 30 new skills in ")),
                 qPrintable(imported.out));
        const QJsonObject after = info(ws);
        QCOMPARE(after.value(QStringLiteral("batch_cells")).toInt(), 1000);
        QCOMPARE(after.value(QStringLiteral("counts")).toObject().value(QStringLiteral("assessment")).toInt(), 0);
        QCOMPARE(after.value(QStringLiteral("counts")).toObject().value(QStringLiteral("team")).toInt(), 2);
        QCOMPARE(coectl({QStringLiteral("check"), ws}).exitCode, 0);

        // The self assessments export as they were imported: the same cells, Email added.
        const QString exported = m_dir.filePath(QStringLiteral("a.csv"));
        const Result csv = coectl({QStringLiteral("export"), QStringLiteral("matrix"), ws, QStringLiteral("-o"),
                                   exported, QStringLiteral("--source"), QStringLiteral("self")});
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
        const QList<QByteArray> lines = test::readBytes(exported).trimmed().split('\n');
        QCOMPARE(lines.size(), 41);
        QVERIFY2(lines.first().startsWith("Person,Email,Team,Skill 0,Skill 1"), lines.first().constData());
        QCOMPARE(lines.at(4).trimmed(),
                 QByteArray("Person 3,,Blue,1,4,2,,3,1,4,2,0,,1,4,2,0,3,,4,2,0,3,1,,2,0,3,1,4,,0,3"));
        const Result longForm = coectl({QStringLiteral("export"), QStringLiteral("matrix"), ws, QStringLiteral("-o"),
                                        m_dir.filePath(QStringLiteral("a-long.csv")), QStringLiteral("--source"),
                                        QStringLiteral("self"), QStringLiteral("--long")});
        QCOMPARE(longForm.exitCode, 0);
        QCOMPARE(test::readBytes(m_dir.filePath(QStringLiteral("a-long.csv"))).trimmed().split('\n').size(), 1001);

        // Each format import reads, imported into a new workspace, exports the same CSV again.
        for (const QString& format : {QStringLiteral("csv"), QStringLiteral("xlsx")}) {
            const QString file = m_dir.filePath(QStringLiteral("round.") + format);
            QCOMPARE(coectl({QStringLiteral("export"), QStringLiteral("matrix"), ws, QStringLiteral("-o"), file,
                             QStringLiteral("--source"), QStringLiteral("self")})
                         .exitCode,
                     0);
            const QString copy = fresh(QStringLiteral("copy-%1.coe").arg(format));
            const Result again =
                coectl({QStringLiteral("import"), QStringLiteral("matrix"), file, copy,
                        QStringLiteral("--create-missing"), QStringLiteral("--source"), QStringLiteral("self")});
            QVERIFY2(again.exitCode == 0, qPrintable(again.err));
            const QString back = m_dir.filePath(QStringLiteral("back-%1.csv").arg(format));
            QCOMPARE(coectl({QStringLiteral("export"), QStringLiteral("matrix"), copy, QStringLiteral("-o"), back,
                             QStringLiteral("--source"), QStringLiteral("self")})
                         .exitCode,
                     0);
            QCOMPARE(test::readBytes(back), test::readBytes(exported));
        }
    }

    // An exported workbook (XLSX or ODS, wide or long) opens in LibreOffice, and LibreOffice's
    // CSV of it is our CSV export.
    void exportedSpreadsheetsConvertBackInLibreOffice()
    {
        const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (soffice.isEmpty())
            QSKIP("LibreOffice (soffice) is not installed; the build root has it");
        const QString ws = m_dir.filePath(QStringLiteral("demo.coe"));
        QVERIFY(test::coectlDemo(ws));
        QStringList workbooks;
        for (const QString& form : {QStringLiteral("wide"), QStringLiteral("long")}) {
            QStringList extra;
            if (form == QLatin1String("long"))
                extra << QStringLiteral("--long");
            for (const QString& suffix : {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("ods")}) {
                const QString file = m_dir.filePath(QStringLiteral("demo-%1-%2.%2").arg(form, suffix));
                const Result r = coectl(
                    QStringList{QStringLiteral("export"), QStringLiteral("matrix"), ws, QStringLiteral("-o"), file} +
                    extra);
                QVERIFY2(r.exitCode == 0, qPrintable(r.err));
                if (suffix != QLatin1String("csv"))
                    workbooks << file;
            }
        }
        QProcess office;
        office.start(soffice,
                     QStringList{QStringLiteral("--headless"),
                                 QStringLiteral("-env:UserInstallation=") +
                                     QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("lo-profile"))).toString(),
                                 QStringLiteral("--convert-to"), QStringLiteral("csv"), QStringLiteral("--outdir"),
                                 m_dir.filePath(QStringLiteral("lo"))} +
                         workbooks);
        QVERIFY(office.waitForFinished(300000));
        QCOMPARE(office.exitCode(), 0);
        for (const QString& form : {QStringLiteral("wide"), QStringLiteral("long")}) {
            const QByteArray ours = test::readBytes(m_dir.filePath(QStringLiteral("demo-%1-csv.csv").arg(form)));
            QVERIFY(ours.count('\n') > 30);
            for (const QString& suffix : {QStringLiteral("xlsx"), QStringLiteral("ods")})
                QCOMPARE(test::readBytes(m_dir.filePath(QStringLiteral("lo/demo-%1-%2.csv").arg(form, suffix))), ours);
        }
    }

    void badCellsAreNamedAndNothingIsWritten()
    {
        const QString ws = fresh(QStringLiteral("b.coe"));
        QVERIFY(!ws.isEmpty());
        QByteArray csv = test::readBytes(m_wide);
        csv.replace("\nPerson 3,Blue,1,", "\nPerson 3,Blue,expert,");
        const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
        file.close();
        const Result r =
            coectl({QStringLiteral("import"), QStringLiteral("matrix"), bad, ws, QStringLiteral("--create-missing")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("bad.csv, line 5, column C: 'expert' is not a level")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("nothing was imported")), qPrintable(r.err));
        const QJsonObject after = info(ws);
        QCOMPARE(after.value(QStringLiteral("batch_cells")).toInt(), 0);
        QCOMPARE(after.value(QStringLiteral("counts")).toObject().value(QStringLiteral("person")).toInt(), 0);

        const Result date = coectl({QStringLiteral("import"), QStringLiteral("matrix"), m_wide, ws,
                                    QStringLiteral("--date"), QStringLiteral("1 May")});
        QCOMPARE(date.exitCode, 2);
        QVERIFY(date.err.contains(QLatin1String("--date takes YYYY-MM-DD")));
    }
};

QTEST_GUILESS_MAIN(TestCoectlMatrix)
#include "tst_coectl_matrix.moc"
