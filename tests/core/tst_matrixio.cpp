// SPDX-License-Identifier: GPL-3.0-or-later
// Skill matrix import and export: every accepted form, every kind of bad input (with its
// message and nothing written), round trips, and an import undone and redone as one step.
#include "commands/edits.h"
#include "core/changenotifier.h"
#include "io/demo.h"
#include "io/matrixexport.h"
#include "io/matriximport.h"
#include "models/matrixdata.h"
#include "storage/catalog.h"
#include "storage/schema.h"
#include "support/testbackend.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace coe;

namespace {

void write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

/// "person|skill|source → level" for every cell, sorted: equal strings, equal matrices.
QStringList cells(Workspace& ws)
{
    MatrixData data;
    if (!data.load(ws))
        return {QStringLiteral("load failed")};
    QStringList lines;
    for (int p = 0; p < data.personCount(); ++p) {
        for (int s = 0; s < data.skillCount(); ++s) {
            for (Source source : {Source::Self, Source::Lead, Source::Consultant}) {
                if (const auto level = data.level(p, s, source))
                    lines << QStringLiteral("%1|%2|%3=%4").arg(data.people().at(p).email.isEmpty() ? data.people().at(p).name : data.people().at(p).email,
                                                               data.skills().at(s).name, sourceName(source))
                                 .arg(*level);
            }
        }
    }
    lines.sort();
    return lines;
}

qint64 assessments(Workspace& ws)
{
    return Catalog(ws).counts()->value(QStringLiteral("assessment"));
}

} // namespace

class TestMatrixIo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<Workspace> small()
    {
        auto ws = test::createWorkspace(m_dir);
        using commands::Edits;
        const Id cat = Edits::addCategory(*ws, {0, 0, QStringLiteral("IaC"), 0, 0}).value();
        Edits::addSkill(*ws, {0, cat, QStringLiteral("Terraform"), {}, 0, 0}).value();
        Edits::addSkill(*ws, {0, cat, QStringLiteral("Ansible"), {}, 1, 0}).value();
        Edits::addPerson(*ws, {0, QStringLiteral("Ana Lima"), QStringLiteral("ana@x.org"), false, 0, 0, {}, 0}).value();
        Edits::addPerson(*ws, {0, QStringLiteral("Bo Berg"), {}, false, 0, 0, {}, 0}).value();
        ws->undoStack()->clear();
        return ws;
    }

    MatrixImport::Report importFile(Workspace& ws, const QByteArray& content, const QString& name, MatrixImport::Options options = {})
    {
        const QString path = m_dir.filePath(name);
        write(path, content);
        options.date = QDate(2026, 5, 1);
        auto report = MatrixImport::run(ws, path, options);
        if (!report)
            return {MatrixImport::Plan{name, false, {}, {}, {}, {}, {report.error().message}, 0}, false};
        return report.take();
    }

private Q_SLOTS:
    void wideCsvWithBomSemicolonsAndLabels()
    {
        auto ws = small();
        const auto report = importFile(*ws, "\xEF\xBB\xBFName;Email;Terraform;Ansible\r\n"
                                            "Ana Lima;ana@x.org;3;coached\r\n"
                                            "Bo Berg;;TEACHER;\r\n",
                                       QStringLiteral("wide.csv"));
        QVERIFY2(report.plan.problems.isEmpty(), qPrintable(report.plan.problems.join(QLatin1Char('\n'))));
        QVERIFY(report.written);
        QCOMPARE(cells(*ws), (QStringList{QStringLiteral("Bo Berg|Terraform|lead=4"), QStringLiteral("ana@x.org|Ansible|lead=2"),
                                          QStringLiteral("ana@x.org|Terraform|lead=3")}));
        QCOMPARE(ws->undoStack()->count(), 1);
        QCOMPARE(ws->undoStack()->text(0), QStringLiteral("Import 3 cell(s) from wide.csv"));
    }

    void longCsvWithSourcesDatesAndQuotedNotes()
    {
        auto ws = small();
        const auto report = importFile(*ws, "person,email,skill,level,source,date,note\n"
                                            "Ana Lima,ana@x.org,Terraform,2,self,2026-01-02,\"Did the state move,\nwith help\"\n"
                                            "Ana Lima,ana@x.org,Terraform,3,consultant,2026-02-03,\n"
                                            "Bo Berg,,Ansible,1,,,\n",
                                       QStringLiteral("long.csv"));
        QVERIFY2(report.plan.problems.isEmpty(), qPrintable(report.plan.problems.join(QLatin1Char('\n'))));
        QVERIFY(report.plan.longForm);
        QCOMPARE(cells(*ws), (QStringList{QStringLiteral("Bo Berg|Ansible|lead=1"), QStringLiteral("ana@x.org|Terraform|consultant=3"),
                                          QStringLiteral("ana@x.org|Terraform|self=2")}));
        QSqlQuery note = ws->prepare(QStringLiteral("SELECT note, assessed_on FROM assessment WHERE source = 'self'"));
        QVERIFY(note.exec() && note.next());
        QCOMPARE(note.value(0).toString(), QStringLiteral("Did the state move,\nwith help"));
        QCOMPARE(note.value(1).toString(), QStringLiteral("2026-01-02"));
    }

    void badInputIsReportedAndNothingIsWritten_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong label") << QByteArray("Person,Terraform\nAna Lima,expert\n")
                                     << QStringLiteral("bad.csv, line 2, column B: 'expert' is not a level (0 to 4, or a label such as Teacher)");
        QTest::newRow("unknown person") << QByteArray("Person,Terraform\nZed Unknown,2\n")
                                        << QStringLiteral("bad.csv, line 2, column A: no person 'Zed Unknown' in this workspace (import with --create-missing to add them)");
        QTest::newRow("unknown skill") << QByteArray("Person,Kubernetes\nAna Lima,2\n")
                                       << QStringLiteral("bad.csv, line 1, column B: no skill named 'Kubernetes' in this workspace (import with --create-missing to add it)");
        QTest::newRow("duplicate person") << QByteArray("Person,Terraform\nAna Lima,2\nana lima,3\n")
                                          << QStringLiteral("bad.csv, line 3, column A: ana lima appears on more than one row");
        QTest::newRow("ragged row") << QByteArray("Person,Terraform,Ansible\nAna Lima,2\n")
                                    << QStringLiteral("bad.csv, line 2 has 2 fields, the header has 3");
        QTest::newRow("no person column") << QByteArray("Who,Terraform\nAna,2\n")
                                          << QStringLiteral("bad.csv, line 1: no Person (or Name) column in the header row.");
        QTest::newRow("empty file") << QByteArray("") << QStringLiteral("bad.csv is empty: expected a header row and data rows.");
        QTest::newRow("binary junk") << QByteArray("\x7f" "ELF\x02\x01\x01\x00\x00\x00", 10)
                                     << QStringLiteral("bad.csv is not a CSV text file (it contains binary data).");
        QTest::newRow("fake xlsx") << QByteArray("PK\x03\x04garbage that is no zip", 26)
                                   << QStringLiteral("bad.csv is not a readable Excel workbook (.xlsx): it may be damaged, encrypted or another kind of ZIP file.");
        QTest::newRow("bad long source") << QByteArray("person,skill,level,source\nAna Lima,Terraform,2,boss\n")
                                         << QStringLiteral("bad.csv, line 2, column D: the source is self, lead or consultant, not 'boss'");
    }

    void badInputIsReportedAndNothingIsWritten()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        auto ws = small();
        // One good cell beside the bad one: all or nothing means the good one stays out too.
        const QStringList before = test::dump(*ws, Schema::tables());
        const auto report = importFile(*ws, content, QStringLiteral("bad.csv"));
        QVERIFY(!report.written);
        QVERIFY2(report.plan.problems.contains(message), qPrintable(report.plan.problems.join(QLatin1Char('\n'))));
        QCOMPARE(test::dump(*ws, Schema::tables()), before);
        QCOMPARE(ws->undoStack()->count(), 0);
    }

    void skipBadWritesTheGoodCellsAndCreateMissingAddsPeopleAndSkills()
    {
        auto ws = small();
        MatrixImport::Options options;
        options.skipBad = true;
        auto report = importFile(*ws, "Person,Terraform,Ansible\nAna Lima,2,nope\nBo Berg,1,3\n", QStringLiteral("mixed.csv"), options);
        QVERIFY(report.written);
        QCOMPARE(report.plan.problems.size(), 1);
        QCOMPARE(assessments(*ws), 3);
        options = {};
        options.createMissing = true;
        options.source = Source::Self;
        report = importFile(*ws, "Person,Email,Team,Terraform,Backstage\nCy New,cy@x.org,Platform,1,2\n", QStringLiteral("new.csv"), options);
        QVERIFY2(report.written, qPrintable(report.plan.problems.join(QLatin1Char('\n'))));
        QCOMPARE(report.plan.newPeople.size(), 1);
        QCOMPARE(report.plan.newSkills, QStringList{QStringLiteral("Backstage")});
        QVERIFY(cells(*ws).contains(QStringLiteral("cy@x.org|Backstage|self=2")));
        const auto teams = Catalog(*ws).teams();
        QCOMPARE(teams->size(), 1);
        QCOMPARE(teams->first().name, QStringLiteral("Platform"));
    }

    void xlsxWrittenByLibreOfficeImports()
    {
        // tests/data/libreoffice-wide.xlsx: libreoffice-wide.csv converted by
        // soffice --headless --convert-to xlsx (LibreOffice 7.4).
        auto ws = small();
        MatrixImport::Options options;
        options.date = QDate(2026, 5, 1);
        auto report = MatrixImport::run(*ws, QStringLiteral(COE_TEST_DATA_DIR "/libreoffice-wide.xlsx"), options);
        QVERIFY(report);
        QVERIFY2(report->written, qPrintable(report->plan.problems.join(QLatin1Char('\n'))));
        QCOMPARE(cells(*ws), (QStringList{QStringLiteral("Bo Berg|Terraform|lead=4"), QStringLiteral("ana@x.org|Ansible|lead=2"),
                                          QStringLiteral("ana@x.org|Terraform|lead=3")}));
    }

    void dryRunWritesNothing()
    {
        auto ws = small();
        MatrixImport::Options options;
        options.dryRun = true;
        const auto report = importFile(*ws, "Person,Terraform\nAna Lima,2\n", QStringLiteral("dry.csv"), options);
        QVERIFY(!report.written);
        QCOMPARE(report.plan.cells.size(), size_t(1));
        QCOMPARE(assessments(*ws), 0);
    }

    void importIsOneUndoStepAndRedoRestoresTheSameRows()
    {
        auto ws = small();
        const QStringList before = test::dump(*ws, Schema::tables());
        MatrixImport::Options options;
        options.createMissing = true;
        importFile(*ws, "Person,Email,Team,Terraform,Ansible,Helm\nAna Lima,ana@x.org,,1,2,3\nDee Dee,dee@x.org,Ops,4,,0\n",
                   QStringLiteral("undo.csv"), options);
        const QStringList after = test::dump(*ws, Schema::tables());
        QVERIFY(after != before);
        ws->undoStack()->undo();
        QCOMPARE(test::dump(*ws, Schema::tables()), before);
        ws->undoStack()->redo();
        QCOMPARE(test::dump(*ws, Schema::tables()), after);
        auto problems = ws->check();
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
    }

    void largeImportsRebuildTheIndexesAndStayUndoable()
    {
        // 250 × 201 = 50,250 cells: past the size from which the import rebuilds the
        // secondary indexes once instead of updating them row by row.
        auto ws = test::createWorkspace(m_dir);
        QByteArray csv = "Person";
        for (int s = 0; s < 201; ++s)
            csv += ",S" + QByteArray::number(s);
        csv += '\n';
        for (int p = 0; p < 250; ++p) {
            csv += "P" + QByteArray::number(p);
            for (int s = 0; s < 201; ++s)
                csv += ',' + QByteArray::number((p + s) % 5);
            csv += '\n';
        }
        MatrixImport::Options options;
        options.createMissing = true;
        const auto report = importFile(*ws, csv, QStringLiteral("large.csv"), options);
        QVERIFY2(report.written, qPrintable(report.plan.problems.value(0)));
        QCOMPARE(assessments(*ws), 50250);
        QSqlQuery lookup = ws->prepare(QStringLiteral("SELECT level FROM assessment a JOIN person p ON p.id = a.person_id "
                                                      "JOIN skill s ON s.id = a.skill_id WHERE p.name = 'P7' AND s.name = 'S9'"));
        QVERIFY(lookup.exec() && lookup.next());
        QCOMPARE(lookup.value(0).toInt(), 1);
        auto problems = ws->check();
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
        QSignalSpy failures(ws->notifier(), &ChangeNotifier::failed);
        ws->undoStack()->undo();
        QCOMPARE(assessments(*ws), 0);
        ws->undoStack()->redo();
        QVERIFY2(failures.isEmpty(), failures.isEmpty() ? "" : qPrintable(failures.first().first().toString()));
        QCOMPARE(assessments(*ws), 50250);
    }

    void exportAndImportGiveBackTheSameMatrix_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("longForm");
        QTest::newRow("wide csv") << QStringLiteral("m.csv") << false;
        QTest::newRow("long csv") << QStringLiteral("l.csv") << true;
        QTest::newRow("wide xlsx") << QStringLiteral("m.xlsx") << false;
        QTest::newRow("long xlsx") << QStringLiteral("l.xlsx") << true;
    }

    void exportAndImportGiveBackTheSameMatrix()
    {
        QFETCH(QString, file);
        QFETCH(bool, longForm);
        auto source = test::createWorkspace(m_dir);
        DemoGenerator::Options demo;
        demo.people = 25;
        demo.today = QDate(2026, 6, 1);
        QVERIFY(DemoGenerator::fill(*source, demo));
        MatrixExport::Options options;
        options.format = *MatrixExport::formatFor(file);
        options.longForm = longForm;
        options.source = Source::Lead;
        const QString path = m_dir.filePath(file);
        QVERIFY(MatrixExport::write(*source, path, options));

        auto target = test::createWorkspace(m_dir);
        MatrixImport::Options in;
        in.createMissing = true;
        auto report = MatrixImport::run(*target, path, in);
        QVERIFY(report);
        QVERIFY2(report->written, qPrintable(report->plan.problems.join(QLatin1Char('\n'))));
        QStringList expected;
        for (const QString& line : cells(*source))
            if (line.contains(QStringLiteral("|lead=")))
                expected << line;
        QCOMPARE(cells(*target), expected);
    }

    void exportFiltersAndJson()
    {
        auto ws = test::createWorkspace(m_dir);
        DemoGenerator::Options demo;
        demo.today = QDate(2026, 6, 1);
        QVERIFY(DemoGenerator::fill(*ws, demo));
        MatrixExport::Options options;
        options.format = MatrixExport::Json;
        options.team = QStringLiteral("data");
        options.category = QStringLiteral("Cloud");
        const QString path = m_dir.filePath(QStringLiteral("m.json"));
        QVERIFY(MatrixExport::write(*ws, path, options));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("skills")).toArray().size(), 4);
        QCOMPARE(root.value(QStringLiteral("people")).toArray().size(), 12);
        for (const QJsonValue& person : root.value(QStringLiteral("people")).toArray())
            QCOMPARE(person.toObject().value(QStringLiteral("team")).toString(), QStringLiteral("Data"));
        QCOMPARE(root.value(QStringLiteral("scale")).toArray().at(3).toObject().value(QStringLiteral("label")).toString(), QStringLiteral("Independent"));
        options.team = QStringLiteral("Nope");
        auto missing = MatrixExport::write(*ws, path, options);
        QCOMPARE(missing.error().message, QStringLiteral("There is no team named 'Nope'."));
    }
};

QTEST_GUILESS_MAIN(TestMatrixIo)
#include "tst_matrixio.moc"
