// SPDX-License-Identifier: GPL-3.0-or-later
// Skill matrix import and export: every accepted form, every kind of bad input (with its
// message and nothing written), round trips, and an import undone and redone as one step.
#include "analytics/readiness.h"
#include "commands/edits.h"
#include "core/changenotifier.h"
#include "io/demo.h"
#include "io/matrixexport.h"
#include "io/matriximport.h"
#include "models/matrixdata.h"
#include "models/skillmatrixmodel.h"
#include "storage/assessmentbatch.h"
#include "storage/catalog.h"
#include "storage/schema.h"
#include "support/testbackend.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
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
                    lines << QStringLiteral("%1|%2|%3=%4")
                                 .arg(data.people().at(p).email.isEmpty() ? data.people().at(p).name
                                                                          : data.people().at(p).email,
                                      data.skills().at(s).name, sourceName(source))
                                 .arg(*level);
            }
        }
    }
    lines.sort();
    return lines;
}

/// Assessment rows plus the cells of assessment batches.
qint64 assessments(Workspace& ws)
{
    return Catalog(ws).counts()->value(QStringLiteral("assessment")) + AssessmentBatches::cellCount(ws).value();
}

qint64 rowCount(Workspace& ws, const QString& table)
{
    return Catalog(ws).counts()->value(table);
}

/// The skills of every team at @p date as "team|skill|independent|teacher" lines.
QStringList readiness(Workspace& ws, const QDate& date)
{
    auto loaded = Readiness::load(ws);
    if (!loaded)
        return {loaded.error().message};
    QStringList lines;
    const QList<Id> teams = loaded->teamIds();
    for (Id team : teams) {
        const TeamReadiness r = loaded->compute(team, date, true);
        for (const SkillReadiness& s : r.skills)
            lines << QStringLiteral("%1|%2|%3|%4").arg(r.team, s.skill).arg(s.independent).arg(s.hasTeacher);
    }
    return lines;
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

    MatrixImport::Report importFile(Workspace& ws, const QByteArray& content, const QString& name,
                                    MatrixImport::Options options = {})
    {
        const QString path = m_dir.filePath(name);
        write(path, content);
        options.date = QDate(2026, 5, 1);
        auto report = MatrixImport::run(ws, path, options);
        if (!report) {
            MatrixImport::Plan failed;
            failed.fileName = name;
            failed.problems << report.error().message;
            return {failed, false};
        }
        return report.take();
    }

private Q_SLOTS:
    void wideCsvWithBomSemicolonsAndLabels()
    {
        auto ws = small();
        const auto report = importFile(*ws,
                                       "\xEF\xBB\xBFName;Email;Terraform;Ansible\r\n"
                                       "Ana Lima;ana@x.org;3;coached\r\n"
                                       "Bo Berg;;TEACHER;\r\n",
                                       QStringLiteral("wide.csv"));
        QVERIFY2(report.plan.problems.isEmpty(), qPrintable(report.plan.problems.join(QLatin1Char('\n'))));
        QVERIFY(report.written);
        QCOMPARE(cells(*ws),
                 (QStringList{QStringLiteral("Bo Berg|Terraform|lead=4"), QStringLiteral("ana@x.org|Ansible|lead=2"),
                              QStringLiteral("ana@x.org|Terraform|lead=3")}));
        QCOMPARE(ws->undoStack()->count(), 1);
        QCOMPARE(ws->undoStack()->text(0), QStringLiteral("Import 3 cell(s) from wide.csv"));
    }

    void longCsvWithSourcesDatesAndQuotedNotes()
    {
        auto ws = small();
        const auto report =
            importFile(*ws,
                       "person,email,skill,level,source,date,note\n"
                       "Ana Lima,ana@x.org,Terraform,2,self,2026-01-02,\"Did the state move,\nwith help\"\n"
                       "Ana Lima,ana@x.org,Terraform,3,consultant,2026-02-03,\n"
                       "Bo Berg,,Ansible,1,,,\n",
                       QStringLiteral("long.csv"));
        QVERIFY2(report.plan.problems.isEmpty(), qPrintable(report.plan.problems.join(QLatin1Char('\n'))));
        QVERIFY(report.plan.longForm);
        QCOMPARE(cells(*ws), (QStringList{QStringLiteral("Bo Berg|Ansible|lead=1"),
                                          QStringLiteral("ana@x.org|Terraform|consultant=3"),
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
        QTest::newRow("wrong label")
            << QByteArray("Person,Terraform\nAna Lima,expert\n")
            << QStringLiteral(
                   "bad.csv, line 2, column B: 'expert' is not a level (0 to 4, or a label such as Teacher)");
        QTest::newRow("unknown person") << QByteArray("Person,Terraform\nZed Unknown,2\n")
                                        << QStringLiteral("bad.csv, line 2, column A: no person 'Zed Unknown' in this "
                                                          "workspace (import with --create-missing to add them)");
        QTest::newRow("unknown skill") << QByteArray("Person,Kubernetes\nAna Lima,2\n")
                                       << QStringLiteral("bad.csv, line 1, column B: no skill named 'Kubernetes' in "
                                                         "this workspace (import with --create-missing to add it)");
        QTest::newRow("duplicate person")
            << QByteArray("Person,Terraform\nAna Lima,2\nana lima,3\n")
            << QStringLiteral("bad.csv, line 3, column A: ana lima appears on more than one row");
        QTest::newRow("ragged row") << QByteArray("Person,Terraform,Ansible\nAna Lima,2\n")
                                    << QStringLiteral("bad.csv, line 2 has 2 fields, the header has 3");
        QTest::newRow("no person column")
            << QByteArray("Who,Terraform\nAna,2\n")
            << QStringLiteral("bad.csv, line 1: no Person (or Name) column in the header row.");
        QTest::newRow("empty file") << QByteArray("")
                                    << QStringLiteral("bad.csv is empty: expected a header row and data rows.");
        QTest::newRow("binary junk") << QByteArray("\x7f"
                                                   "ELF\x02\x01\x01\x00\x00\x00",
                                                   10)
                                     << QStringLiteral(
                                            "bad.csv is not a CSV text file (it contains binary data on line 1).");
        QTest::newRow("fake xlsx") << QByteArray("PK\x03\x04garbage that is no zip", 26)
                                   << QStringLiteral("bad.csv is damaged or incomplete: the ZIP archive it should be "
                                                     "has no end (was the file cut short while it was "
                                                     "copied or downloaded?); nothing was imported.");
        QTest::newRow("bad long source")
            << QByteArray("person,skill,level,source\nAna Lima,Terraform,2,boss\n")
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
        auto report = importFile(*ws, "Person,Terraform,Ansible\nAna Lima,2,nope\nBo Berg,1,3\n",
                                 QStringLiteral("mixed.csv"), options);
        QVERIFY(report.written);
        QCOMPARE(report.plan.problems.size(), 1);
        QCOMPARE(assessments(*ws), 3);
        options = {};
        options.createMissing = true;
        options.source = Source::Self;
        report = importFile(*ws, "Person,Email,Team,Terraform,Backstage\nCy New,cy@x.org,Platform,1,2\n",
                            QStringLiteral("new.csv"), options);
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
        QCOMPARE(cells(*ws),
                 (QStringList{QStringLiteral("Bo Berg|Terraform|lead=4"), QStringLiteral("ana@x.org|Ansible|lead=2"),
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

    void aPlanMadeBeforeAnotherWriterIsRefused()
    {
        // Two imports of the same new person planned at once: the second to write would
        // create a twin (or fail on the unique email). It is refused with a message instead.
        auto ws = small();
        const QString path = m_dir.filePath(QStringLiteral("twice.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Person,Email,Terraform\nNew Person,new@x.org,2\n");
        file.close();
        MatrixImport::Options options;
        options.createMissing = true;
        auto first = MatrixImport::plan(*ws, path, options);
        auto second = MatrixImport::plan(*ws, path, options);
        QVERIFY(first && second);
        QVERIFY(MatrixImport::apply(*ws, first.take()));
        const QStringList before = test::dump(*ws, Schema::tables());
        const auto refused = MatrixImport::apply(*ws, second.take());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Conflict);
        QCOMPARE(refused.error().message,
                 QStringLiteral("The workspace changed while twice.csv was being checked (people or skills were added "
                                "or edited by someone else); nothing was written. Import the file again."));
        QCOMPARE(test::dump(*ws, Schema::tables()), before);
        // An edit of a person's name counts too; planning again goes through.
        auto third = MatrixImport::plan(*ws, path, options);
        QVERIFY(third);
        QSqlQuery rename = ws->prepare(
            QStringLiteral("UPDATE person SET name = 'Ana Lima-Sousa', version = version + 1 WHERE name = 'Ana Lima'"));
        QVERIFY(ws->exec(rename));
        QVERIFY(!MatrixImport::apply(*ws, third.take()));
        auto fourth = MatrixImport::plan(*ws, path, options);
        QVERIFY(fourth && MatrixImport::apply(*ws, fourth.take()));
    }

    void importIsOneUndoStepAndRedoRestoresTheSameRows()
    {
        auto ws = small();
        const QStringList before = test::dump(*ws, Schema::tables());
        MatrixImport::Options options;
        options.createMissing = true;
        importFile(*ws,
                   "Person,Email,Team,Terraform,Ansible,Helm\nAna Lima,ana@x.org,,1,2,3\nDee Dee,dee@x.org,Ops,4,,0\n",
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

    void largeImportsStayUndoable_data()
    {
        QTest::addColumn<bool>("longForm");
        QTest::addColumn<qint64>("rows");
        QTest::addColumn<qint64>("batches");
        // A wide file: one source, one date, no notes, a full grid: one batch.
        QTest::newRow("wide: one batch") << false << qint64(0) << qint64(1);
        // Notes go to rows; past 50,000 rows the import rebuilds the secondary indexes once
        // instead of updating them row by row.
        QTest::newRow("long with notes: rows") << true << qint64(50250) << qint64(0);
    }

    void largeImportsStayUndoable()
    {
        QFETCH(bool, longForm);
        QFETCH(qint64, rows);
        QFETCH(qint64, batches);
        auto ws = test::createWorkspace(m_dir);
        QByteArray csv = longForm ? "Person,Skill,Level,Note\n" : "Person";
        if (!longForm) {
            for (int s = 0; s < 201; ++s)
                csv += ",S" + QByteArray::number(s);
            csv += '\n';
        }
        for (int p = 0; p < 250; ++p) {
            if (!longForm)
                csv += "P" + QByteArray::number(p);
            for (int s = 0; s < 201; ++s) {
                const QByteArray level = QByteArray::number((p + s) % 5);
                if (longForm)
                    csv += "P" + QByteArray::number(p) + ",S" + QByteArray::number(s) + ',' + level + ",seen\n";
                else
                    csv += ',' + level;
            }
            if (!longForm)
                csv += '\n';
        }
        MatrixImport::Options options;
        options.createMissing = true;
        const auto report = importFile(*ws, csv, QStringLiteral("large.csv"), options);
        QVERIFY2(report.written, qPrintable(report.plan.problems.value(0)));
        QCOMPARE(assessments(*ws), 50250);
        QCOMPARE(rowCount(*ws, QStringLiteral("assessment")), rows);
        QCOMPARE(rowCount(*ws, QStringLiteral("assessment_batch")), batches);
        MatrixData data;
        QVERIFY(data.load(*ws));
        QCOMPARE(data.level(data.personIndex(Id(8)), data.skillIndex(Id(10)), Source::Lead),
                 std::optional<int>((7 + 9) % 5)); // P7, S9
        auto problems = ws->check();
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
        QSignalSpy failures(ws->notifier(), &ChangeNotifier::failed);
        ws->undoStack()->undo();
        QCOMPARE(assessments(*ws), 0);
        QCOMPARE(rowCount(*ws, QStringLiteral("assessment_batch_person")), 0);
        ws->undoStack()->redo();
        QVERIFY2(failures.isEmpty(), failures.isEmpty() ? "" : qPrintable(failures.first().first().toString()));
        QCOMPARE(assessments(*ws), 50250);
        QCOMPARE(rowCount(*ws, QStringLiteral("assessment_batch")), batches);
    }

    // A batch cell must mean exactly what an assessment row would: the same workspace built
    // once from a batch (wide file) and once from rows (long file with notes) gives the same
    // matrix, readiness and history, with edits before and after the import on the same day
    // and on earlier days, and with people deleted and undeleted.
    void batchCellsMeanWhatRowsMean()
    {
        QByteArray wide = "Person,Team", longCsv = "Person,Team,Skill,Level,Note\n";
        for (int s = 0; s < 30; ++s)
            wide += ",S" + QByteArray::number(s);
        wide += '\n';
        for (int p = 0; p < 40; ++p) {
            const QByteArray person = "P" + QByteArray::number(p), team = p % 2 ? "Blue" : "Red";
            wide += person + ',' + team;
            for (int s = 0; s < 30; ++s) {
                const bool empty = (p + s) % 6 == 0;
                const QByteArray level = QByteArray::number((p * 7 + s * 3) % 5);
                wide += ',' + (empty ? QByteArray() : level);
                if (!empty)
                    longCsv += person + ',' + team + ",S" + QByteArray::number(s) + ',' + level + ",n\n";
            }
            wide += '\n';
        }
        // Skills and people exist before the import, so edits can come first.
        const auto prepare = [](Workspace& ws) {
            using commands::Edits;
            const Id cat = Edits::addCategory(ws, {0, 0, QStringLiteral("All"), 0, 0}).value();
            for (int s = 0; s < 30; ++s)
                Edits::addSkill(ws, {0, cat, QStringLiteral("S%1").arg(s), {}, s, 0}).value();
            const Id red = Edits::addTeam(ws, {0, QStringLiteral("Red"), {}, 0}).value();
            const Id blue = Edits::addTeam(ws, {0, QStringLiteral("Blue"), {}, 0}).value();
            for (int p = 0; p < 40; ++p)
                Edits::addPerson(ws, {0, QStringLiteral("P%1").arg(p), {}, false, p % 2 ? blue : red, 0, {}, 0})
                    .value();
            QSqlQuery q = ws.prepare(QStringLiteral("INSERT INTO team_requirement (team_id, skill_id, min_independent) "
                                                    "SELECT t.id, s.id, 2 FROM team t, skill s"));
            QVERIFY(ws.exec(q));
        };
        const auto edit = [](Workspace& ws, int person, int skill, int level, const QDate& on) {
            Assessment a;
            a.personId = person + 1;
            a.skillId = skill + 1;
            a.source = Source::Lead;
            a.level = level;
            a.assessedOn = on;
            QVERIFY(commands::Edits::addAssessment(ws, a));
        };
        const QDate day(2026, 5, 1), earlier(2026, 4, 1);
        std::unique_ptr<Workspace> workspaces[2];
        for (int form = 0; form < 2; ++form) {
            workspaces[form] = test::createWorkspace(m_dir);
            Workspace& ws = *workspaces[form];
            prepare(ws);
            edit(ws, 0, 1, 4, earlier); // older than the import: the import wins
            edit(ws, 1, 2, 4, day);     // the same day, before the import: the import wins
            const auto report =
                importFile(ws, form ? longCsv : wide, form ? QStringLiteral("l.csv") : QStringLiteral("w.csv"));
            QVERIFY2(report.written, qPrintable(report.plan.problems.value(0)));
            edit(ws, 2, 3, 4, day);     // the same day, after the import: the edit wins
            edit(ws, 3, 4, 4, earlier); // after the import but older: the import wins
            edit(ws, 5, 1, 4, day);     // an empty cell of the file
        }
        Workspace& batched = *workspaces[0];
        Workspace& rows = *workspaces[1];
        QCOMPARE(rowCount(batched, QStringLiteral("assessment_batch")), 1);
        QCOMPARE(rowCount(batched, QStringLiteral("assessment")), 5);
        QCOMPARE(rowCount(rows, QStringLiteral("assessment_batch")), 0);
        QCOMPARE(assessments(batched), assessments(rows));

        QCOMPARE(cells(batched), cells(rows));
        MatrixData data;
        QVERIFY(data.load(batched));
        // Person n and skill n have the ids n + 1.
        const auto lead = [&data](int p, int s) {
            return data.level(data.personIndex(p + 1), data.skillIndex(s + 1), Source::Lead);
        };
        QCOMPARE(lead(0, 1), std::optional<int>((0 * 7 + 1 * 3) % 5));
        QCOMPARE(lead(1, 2), std::optional<int>((1 * 7 + 2 * 3) % 5));
        QCOMPARE(lead(2, 3), std::optional<int>(4));
        QCOMPARE(lead(3, 4), std::optional<int>((3 * 7 + 4 * 3) % 5));
        QCOMPARE(lead(5, 1), std::optional<int>(4));
        QCOMPARE(lead(6, 0), std::nullopt);
        QCOMPARE(data.lastAssessed(data.personIndex(4), data.skillIndex(5)), day);
        // One cell read again after an edit agrees with the full load.
        for (auto [p, s] : {std::pair{0, 1}, {1, 2}, {2, 3}, {3, 4}, {5, 1}, {6, 0}}) {
            const auto loaded = lead(p, s);
            QVERIFY(data.reloadCell(batched, data.personIndex(p + 1), data.skillIndex(s + 1)));
            QCOMPARE(lead(p, s), loaded);
        }
        for (const QDate& at : {QDate(2026, 4, 15), day, QDate(2026, 6, 1)})
            QCOMPARE(readiness(batched, at), readiness(rows, at));

        // History: the same entries, newest first (the long file's notes aside).
        SkillMatrixModel batchedModel(batched), rowModel(rows);
        const auto history = [](SkillMatrixModel& model, int p, int s) {
            return model.history(model.index(model.personRow(p + 1), model.skillColumn(s + 1)), 10);
        };
        for (auto [p, s] : {std::pair{0, 1}, {1, 2}, {2, 3}, {3, 4}}) {
            QStringList expected = history(rowModel, p, s);
            expected.replaceInStrings(QStringLiteral(" — n"), QString());
            QCOMPARE(history(batchedModel, p, s), expected);
            QCOMPARE(expected.size(), 2);
        }
        QCOMPARE(history(batchedModel, 2, 3).constFirst(),
                 QStringLiteral("%1 · lead · %2")
                     .arg(QLocale().toString(QDate(2026, 5, 1), QLocale::ShortFormat), batchedModel.levelLabel(4)));

        // Deleting a person drops their batch cells; undo brings them back.
        const QStringList before = cells(batched);
        QVERIFY(commands::Edits::remove(batched, QStringLiteral("person"), {Id(40)}, QStringLiteral("Delete P39")));
        QVERIFY(!cells(batched).join(QLatin1Char(' ')).contains(QLatin1String("P39|")));
        batched.undoStack()->undo();
        QCOMPARE(cells(batched), before);
        // A new person who gets a deleted person's id does not inherit their cells.
        batched.undoStack()->redo();
        const Id newcomer =
            commands::Edits::addPerson(batched, {0, QStringLiteral("Newcomer"), {}, false, 0, 0, {}, 0}).value();
        if (!test::usePostgres())
            QCOMPARE(newcomer, Id(40)); // SQLite hands out the largest id + 1 again; PostgreSQL never does
        QVERIFY(!cells(batched).join(QLatin1Char(' ')).contains(QLatin1String("Newcomer|")));
        auto problems = batched.check();
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
    }

    void damagedBatchesAreReported()
    {
        auto ws = test::createWorkspace(m_dir);
        QByteArray csv = "Person";
        for (int s = 0; s < 40; ++s)
            csv += ",S" + QByteArray::number(s);
        csv += '\n';
        for (int p = 0; p < 30; ++p)
            csv += "P" + QByteArray::number(p) + QByteArray(",2").repeated(40) + '\n';
        MatrixImport::Options options;
        options.createMissing = true;
        QVERIFY(importFile(*ws, csv, QStringLiteral("w.csv"), options).written);
        QSqlQuery level = ws->prepare(QStringLiteral("UPDATE assessment_batch SET levels = :l"));
        QByteArray grid(qsizetype(30) * 40, 3);
        grid[45] = 42;
        level.bindValue(QStringLiteral(":l"), grid);
        QVERIFY(ws->exec(level));
        auto problems = ws->check();
        QCOMPARE(problems->join(QLatin1Char('\n')),
                 QStringLiteral("assessment batch 1: cell 45 holds 41, which is no level on the scale"));
        QSqlQuery shorter = ws->prepare(QStringLiteral("UPDATE assessment_batch SET levels = :l"));
        shorter.bindValue(QStringLiteral(":l"), QByteArray(10, 1));
        QVERIFY(ws->exec(shorter));
        problems = ws->check();
        QCOMPARE(problems->join(QLatin1Char('\n')),
                 QStringLiteral("assessment batch 1: 10 bytes of levels for 30 people × 40 skills"));
        MatrixData data;
        const auto loaded = data.load(*ws);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().message,
                 QStringLiteral("Assessment batch 1 is damaged: its grid holds 10 bytes for 30 × 40 cells."));
        // A row claiming an impossible grid is refused before anything is sized by it.
        QSqlQuery huge =
            ws->prepare(QStringLiteral("UPDATE assessment_batch SET people = 2000000000, skills = 2000000000"));
        QVERIFY(ws->exec(huge));
        const auto refused = data.load(*ws);
        QVERIFY(!refused);
        QCOMPARE(refused.error().message,
                 QStringLiteral(
                     "Assessment batch 1 is damaged: its grid holds 10 bytes for 2000000000 × 2000000000 cells."));
    }

    void exportAndImportGiveBackTheSameMatrix_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("longForm");
        QTest::newRow("wide csv") << QStringLiteral("m.csv") << false;
        QTest::newRow("long csv") << QStringLiteral("l.csv") << true;
        QTest::newRow("wide xlsx") << QStringLiteral("m.xlsx") << false;
        QTest::newRow("long xlsx") << QStringLiteral("l.xlsx") << true;
        QTest::newRow("wide ods") << QStringLiteral("m.ods") << false;
        QTest::newRow("long ods") << QStringLiteral("l.ods") << true;
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
        const QStringList sourceCells = cells(*source);
        for (const QString& line : sourceCells)
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
        const QJsonArray listed = root.value(QStringLiteral("people")).toArray();
        for (const auto& person : listed)
            QCOMPARE(person.toObject().value(QStringLiteral("team")).toString(), QStringLiteral("Data"));
        QCOMPARE(
            root.value(QStringLiteral("scale")).toArray().at(3).toObject().value(QStringLiteral("label")).toString(),
            QStringLiteral("Independent"));
        options.team = QStringLiteral("Nope");
        auto missing = MatrixExport::write(*ws, path, options);
        QCOMPARE(missing.error().message, QStringLiteral("There is no team named 'Nope'."));
    }
};

QTEST_GUILESS_MAIN(TestMatrixIo)
#include "tst_matrixio.moc"
