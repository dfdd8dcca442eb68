// SPDX-License-Identifier: GPL-3.0-or-later
// Spreadsheet export (XLSX and ODS, wide and long) checked by independent readers: LibreOffice
// converts each file to the CSV we export ourselves and sees the level drop-down; KZip and
// QXmlStreamReader check the ODS container; a failed export leaves nothing under its name.
#include "commands/edits.h"
#include "domain/scale.h"
#include "io/matrixexport.h"
#include "io/matriximport.h"
#include "models/matrixdata.h"
#include "support/testbackend.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QXmlStreamReader>

#include <KZip>

#include <memory>

using namespace coe;

namespace {

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The bytes of one entry of a ZIP file, or a null array when it is missing.
QByteArray entry(const QString& zipPath, const QString& name)
{
    KZip zip(zipPath);
    if (!zip.open(QIODevice::ReadOnly))
        return {};
    const KArchiveEntry* found = zip.directory()->entry(name);
    if (!found || !found->isFile())
        return {};
    return static_cast<const KArchiveFile*>(found)->data();
}

/// Empty when @p xml is well-formed, else the parser's complaint.
QString xmlProblem(const QByteArray& xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    return reader.hasError() ? QStringLiteral("%1 at line %2").arg(reader.errorString()).arg(reader.lineNumber())
                             : QString();
}

/// "person|email|skill=level" for every effective level, sorted: equal lists, equal matrices.
QStringList effectiveCells(Workspace& ws)
{
    MatrixData data;
    if (auto loaded = data.load(ws); !loaded)
        return {loaded.error().message};
    QStringList lines;
    for (int p = 0; p < data.personCount(); ++p) {
        for (int s = 0; s < data.skillCount(); ++s) {
            if (const auto level = data.effectiveLevel(p, s))
                lines << QStringLiteral("%1|%2|%3=%4")
                             .arg(data.people().at(p).name, data.people().at(p).email, data.skills().at(s).name)
                             .arg(*level);
        }
    }
    lines.sort();
    return lines;
}

/// The table:condition of every table:content-validation, and how many cells name each.
struct Validations
{
    QHash<QString, QString> conditions; ///< name → condition
    QHash<QString, int> cells;          ///< name → cells (repeats counted) that use it
};

Validations validations(const QByteArray& contentXml)
{
    Validations found;
    QXmlStreamReader reader(contentXml);
    int rowRepeat = 1;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto attributes = reader.attributes();
        if (reader.qualifiedName() == QLatin1String("table:content-validation"))
            found.conditions.insert(attributes.value(QLatin1String("table:name")).toString(),
                                    attributes.value(QLatin1String("table:condition")).toString());
        if (reader.qualifiedName() == QLatin1String("table:table-row"))
            rowRepeat = std::max(1, attributes.value(QLatin1String("table:number-rows-repeated")).toInt());
        if (reader.qualifiedName() == QLatin1String("table:table-cell") &&
            attributes.hasAttribute(QLatin1String("table:content-validation-name"))) {
            const int repeat = std::max(1, attributes.value(QLatin1String("table:number-columns-repeated")).toInt());
            found.cells[attributes.value(QLatin1String("table:content-validation-name")).toString()] +=
                repeat * rowRepeat;
        }
    }
    return found;
}

} // namespace

class TestSpreadsheetExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    QString m_soffice;
    int m_levelCellsWide = 0; ///< people × skills
    int m_levelCellsLong = 0; ///< assessed cells

    QString path(const QString& name) const { return m_dir.filePath(name); }

    Result<void> exportTo(const QString& file, bool longForm, Workspace* ws = nullptr)
    {
        MatrixExport::Options options;
        options.format = *MatrixExport::formatFor(file);
        options.longForm = longForm;
        return MatrixExport::write(ws ? *ws : *m_ws, file, options);
    }

    /// LibreOffice converts @p files to @p format into @p outDir; false (with a message) when
    /// it fails.
    bool convert(const QStringList& files, const QString& format, const QString& outDir)
    {
        QProcess office;
        QStringList arguments{QStringLiteral("--headless"),
                              QStringLiteral("-env:UserInstallation=") +
                                  QUrl::fromLocalFile(path(QStringLiteral("lo-profile"))).toString(),
                              QStringLiteral("--convert-to"),
                              format,
                              QStringLiteral("--outdir"),
                              outDir};
        arguments += files;
        office.start(m_soffice, arguments);
        if (!office.waitForFinished(300000) || office.exitCode() != 0) {
            qWarning("soffice failed: %s", office.readAllStandardError().constData());
            office.kill();
            return false;
        }
        return true;
    }

    /// Opens @p file in LibreOffice with a view (a Basic macro in a profile of our own), and
    /// saves it as ODS with that view's settings; returns the Matrix sheet's view settings
    /// ("HorizontalSplitMode" → "2", …) plus "frozen" → "True" or "False" as the view says.
    QHash<QString, QString> libreOfficeView(const QString& file)
    {
        const QString profile = path(QStringLiteral("lo-macro-profile"));
        const QString profileUrl = QUrl::fromLocalFile(profile).toString();
        const QString module = profile + QStringLiteral("/user/basic/Standard/Module1.xba");
        if (!QFileInfo::exists(module)) {
            QProcess init;
            init.start(m_soffice, {QStringLiteral("--headless"), QStringLiteral("-env:UserInstallation=") + profileUrl,
                                   QStringLiteral("--terminate_after_init")});
            init.waitForFinished(300000);
        }
        QFile basic(module);
        if (!basic.open(QIODevice::WriteOnly))
            return {};
        basic.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    "<!DOCTYPE script:module PUBLIC \"-//OpenOffice.org//DTD OfficeDocument "
                    "1.0//EN\" \"module.dtd\">\n"
                    "<script:module xmlns:script=\"http://openoffice.org/2000/script\" "
                    "script:name=\"Module1\" script:language=\"StarBasic\">\n"
                    "Sub Main(url As String, saved As String, report As String)\n"
                    "  Dim args(0) As New com.sun.star.beans.PropertyValue\n"
                    "  args(0).Name = &quot;Hidden&quot;\n"
                    "  args(0).Value = False\n"
                    "  doc = StarDesktop.loadComponentFromURL(url, &quot;_blank&quot;, 0, args())\n"
                    "  f = FreeFile\n"
                    "  Open report For Output As #f\n"
                    "  Print #f, doc.getCurrentController().hasFrozenPanes()\n"
                    "  Close #f\n"
                    "  Dim none()\n"
                    "  doc.storeToURL(saved, none())\n"
                    "  doc.close(True)\n"
                    "End Sub\n"
                    "</script:module>\n");
        basic.close();
        const QString saved = file + QStringLiteral(".view.ods");
        const QString report = file + QStringLiteral(".view.txt");
        const auto quoted = [](const QString& text) -> QString {
            return QLatin1Char('"') + text + QLatin1Char('"');
        };
        QProcess office;
        office.start(m_soffice, {QStringLiteral("--headless"), QStringLiteral("-env:UserInstallation=") + profileUrl,
                                 QStringLiteral("macro:///Standard.Module1.Main(%1,%2,%3)")
                                     .arg(quoted(QUrl::fromLocalFile(file).toString()),
                                          quoted(QUrl::fromLocalFile(saved).toString()), quoted(report))});
        if (!office.waitForFinished(300000))
            office.kill();
        QHash<QString, QString> view;
        view.insert(QStringLiteral("frozen"), QString::fromUtf8(readBytes(report)).trimmed());
        QXmlStreamReader reader(entry(saved, QStringLiteral("settings.xml")));
        bool inMatrix = false;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement() && reader.qualifiedName() == QLatin1String("config:config-item-map-entry"))
                inMatrix = reader.attributes().value(QLatin1String("config:name")) == QLatin1String("Matrix");
            else if (reader.isEndElement() && reader.qualifiedName() == QLatin1String("config:config-item-map-entry"))
                inMatrix = false;
            else if (inMatrix && reader.isStartElement() &&
                     reader.qualifiedName() == QLatin1String("config:config-item")) {
                const QString name = reader.attributes().value(QLatin1String("config:name")).toString();
                view.insert(name, reader.readElementText());
            }
        }
        return view;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        m_ws = test::createWorkspace(m_dir);
        using commands::Edits;
        Workspace& ws = *m_ws;
        const Id team = Edits::addTeam(ws, {0, QStringLiteral("R&D <core>"), {}, 0}).value();
        const Id other = Edits::addTeam(ws, {0, QStringLiteral("Ops \"night\""), {}, 0}).value();
        const Id cat = Edits::addCategory(ws, {0, 0, QStringLiteral("IaC & more"), 0, 0}).value();
        QList<Id> skills;
        for (const QString& name :
             {QStringLiteral("Terraform"), QStringLiteral("Ansible & <Chef>"), QStringLiteral("K8s \"Helm\""),
              QStringLiteral("Ünïcode 日本語"), QStringLiteral("Backups, restores")})
            skills << Edits::addSkill(ws, {0, cat, name, {}, int(skills.size()), 0}).value();
        QList<Id> people;
        const QList<std::tuple<QString, QString, Id>> persons{
            {QStringLiteral("Ana & \"Bo\" <Lima>"), QStringLiteral("ana@x.org"), team},
            {QStringLiteral("Zoë 😀 Müller"), QString(), team},
            {QStringLiteral("李小龙"), QStringLiteral("li@x.org"), other},
            {QStringLiteral("O'Brien, Pat"), QStringLiteral("pat@x.org"), 0},
            {QStringLiteral("Eve Nolevels"), QString(), other},
        };
        for (const auto& [name, email, teamId] : persons)
            people << Edits::addPerson(ws, {0, name, email, false, teamId, 0, {}, 0}).value();
        // A level per (person, skill) for the first four people, skipping some cells.
        int n = 0;
        for (int p = 0; p < 4; ++p) {
            for (int s = 0; s < skills.size(); ++s) {
                if ((p + s) % 3 == 2)
                    continue;
                Assessment a;
                a.personId = people.at(p);
                a.skillId = skills.at(s);
                a.source = (p + s) % 2 ? Source::Self : Source::Lead;
                a.level = (p * 3 + s) % 5;
                a.assessedOn = QDate(2026, 3, 1 + n % 28);
                QVERIFY(Edits::addAssessment(ws, a));
                ++n;
            }
        }
        m_levelCellsWide = int(people.size() * skills.size());
        m_levelCellsLong = n;

        for (const char* form : {"wide", "long"}) {
            const bool longForm = qstrcmp(form, "long") == 0;
            for (const char* suffix : {"csv", "xlsx", "ods"}) {
                const QString file = path(QStringLiteral("%1-%2.%2").arg(QLatin1String(form), QLatin1String(suffix)));
                const auto done = exportTo(file, longForm);
                QVERIFY2(done, qPrintable(done.error().message));
            }
        }
    }

    void formatForKnowsOds()
    {
        QCOMPARE(MatrixExport::formatFor(QStringLiteral("a/b.ODS")), std::optional(MatrixExport::Ods));
        QCOMPARE(MatrixExport::formatFor(QStringLiteral("b.xlsx")), std::optional(MatrixExport::Xlsx));
    }

    // The ODS container: mimetype first and stored, every part present and well-formed.
    void odsContainerIsWellFormed()
    {
        for (const char* form : {"wide", "long"}) {
            const QString file = path(QStringLiteral("%1-ods.ods").arg(QLatin1String(form)));
            const QByteArray bytes = readBytes(file);
            QVERIFY(bytes.startsWith("PK\x03\x04"));
            QCOMPARE(bytes.at(8), '\0'); // compression method 0: stored
            QCOMPARE(bytes.at(9), '\0');
            QCOMPARE(bytes.mid(26, 2), QByteArray("\x08\x00", 2)); // name length 8
            QCOMPARE(bytes.mid(28, 2), QByteArray("\x00\x00", 2)); // no extra field
            QCOMPARE(bytes.mid(30, 8), QByteArray("mimetype"));
            QCOMPARE(bytes.mid(38, 46), QByteArray("application/vnd.oasis.opendocument.spreadsheet"));
            for (const char* part :
                 {"content.xml", "styles.xml", "meta.xml", "settings.xml", "META-INF/manifest.xml"}) {
                const QByteArray xml = entry(file, QString::fromLatin1(part));
                QVERIFY2(!xml.isEmpty(), part);
                const QString problem = xmlProblem(xml);
                QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(part), problem)));
            }
            const QByteArray content = entry(file, QStringLiteral("content.xml"));
            QVERIFY(content.contains("Ana &amp; &quot;Bo&quot; &lt;Lima&gt;") ||
                    content.contains("Ana &amp; \"Bo\" &lt;Lima&gt;"));
            QVERIFY(content.contains(QStringLiteral("Zoë 😀 Müller").toUtf8()));
            QVERIFY(content.contains("office:value-type=\"float\""));
            const QByteArray settings = entry(file, QStringLiteral("settings.xml"));
            QVERIFY(settings.contains("<config:config-item config:name=\"VerticalSplitMode\" "
                                      "config:type=\"short\">2</config:config-item>"));
        }
    }

    // LibreOffice reads each spreadsheet as the CSV we write ourselves.
    void libreOfficeReadsTheSameMatrix_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("wide xlsx") << QStringLiteral("wide") << QStringLiteral("xlsx");
        QTest::newRow("wide ods") << QStringLiteral("wide") << QStringLiteral("ods");
        QTest::newRow("long xlsx") << QStringLiteral("long") << QStringLiteral("xlsx");
        QTest::newRow("long ods") << QStringLiteral("long") << QStringLiteral("ods");
    }

    void libreOfficeReadsTheSameMatrix()
    {
        if (m_soffice.isEmpty())
            QSKIP("LibreOffice (soffice) is not installed; the build root has it");
        QFETCH(QString, form);
        QFETCH(QString, suffix);
        const QString file = path(QStringLiteral("%1-%2.%2").arg(form, suffix));
        const QString out = path(QStringLiteral("lo-csv"));
        // UTF-8, comma, double quote: the CSV we write.
        QVERIFY(convert({file}, QStringLiteral("csv"), out));
        const QByteArray ours = readBytes(path(QStringLiteral("%1-csv.csv").arg(form)));
        QVERIFY(ours.count('\n') >= (form == QLatin1String("wide") ? 6 : m_levelCellsLong + 1));
        QVERIFY(ours.contains("\"Ana & \"\"Bo\"\" <Lima>\""));
        QCOMPARE(readBytes(out + QStringLiteral("/%1-%2.csv").arg(form, suffix)), ours);
    }

    // The level drop-down is where LibreOffice sees it: on every level cell, offering the
    // labels and the numbers. Our XLSX goes through LibreOffice's own ODS writer; our ODS
    // through its reader and writer.
    void libreOfficeSeesTheLevelDropDown_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("longForm");
        QTest::addColumn<bool>("throughLibreOffice");
        QTest::newRow("wide xlsx") << QStringLiteral("wide-xlsx.xlsx") << false << true;
        QTest::newRow("long xlsx") << QStringLiteral("long-xlsx.xlsx") << true << true;
        QTest::newRow("wide ods, ours") << QStringLiteral("wide-ods.ods") << false << false;
        QTest::newRow("long ods, ours") << QStringLiteral("long-ods.ods") << true << false;
        QTest::newRow("wide ods") << QStringLiteral("wide-ods.ods") << false << true;
        QTest::newRow("long ods") << QStringLiteral("long-ods.ods") << true << true;
    }

    void libreOfficeSeesTheLevelDropDown()
    {
        QFETCH(QString, file);
        QFETCH(bool, longForm);
        QFETCH(bool, throughLibreOffice);
        QString ods = path(file);
        if (throughLibreOffice) {
            if (m_soffice.isEmpty())
                QSKIP("LibreOffice (soffice) is not installed; the build root has it");
            const QString out = path(QStringLiteral("lo-ods"));
            QVERIFY(convert({ods}, QStringLiteral("ods"), out));
            ods = out + QLatin1Char('/') + QFileInfo(file).completeBaseName() + QStringLiteral(".ods");
        }
        const QByteArray content = entry(ods, QStringLiteral("content.xml"));
        QVERIFY(!content.isEmpty());
        const Validations found = validations(content);
        QCOMPARE(found.conditions.size(), 1);
        const QString name = found.conditions.cbegin().key();
        const QString condition = found.conditions.value(name);
        QVERIFY2(condition.contains(QLatin1String("cell-content-is-in-list(")), qPrintable(condition));
        const QList<ScaleLevel> levels = Scale::defaultLevels();
        for (const ScaleLevel& level : levels)
            QVERIFY2(condition.contains(QLatin1Char('"') + level.label + QLatin1Char('"')), qPrintable(condition));
        static const QRegularExpression numbers(QStringLiteral(R"(;"?0"?;"?1"?;"?2"?;"?3"?;"?4"?\))"));
        QVERIFY2(numbers.match(condition).hasMatch(), qPrintable(condition));
        // LibreOffice may write repeated cells; counted out, every level cell has the list.
        QCOMPARE(found.cells.value(name), longForm ? m_levelCellsLong : m_levelCellsWide);
    }

    // The header row and the name columns stay in view: LibreOffice, opening each file with a
    // view, finds frozen panes there and saves them at the same place.
    void libreOfficeFreezesTheHeaderAndNames_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("columns");
        QTest::newRow("wide xlsx") << QStringLiteral("wide-xlsx.xlsx") << QStringLiteral("3");
        QTest::newRow("wide ods") << QStringLiteral("wide-ods.ods") << QStringLiteral("3");
        QTest::newRow("long xlsx") << QStringLiteral("long-xlsx.xlsx") << QStringLiteral("1");
        QTest::newRow("long ods") << QStringLiteral("long-ods.ods") << QStringLiteral("1");
    }

    void libreOfficeFreezesTheHeaderAndNames()
    {
        if (m_soffice.isEmpty())
            QSKIP("LibreOffice (soffice) is not installed; the build root has it");
        QFETCH(QString, file);
        QFETCH(QString, columns);
        const QHash<QString, QString> view = libreOfficeView(path(file));
        QCOMPARE(view.value(QStringLiteral("frozen")), QStringLiteral("True"));
        QCOMPARE(view.value(QStringLiteral("HorizontalSplitMode")), QStringLiteral("2"));
        QCOMPARE(view.value(QStringLiteral("VerticalSplitMode")), QStringLiteral("2"));
        QCOMPARE(view.value(QStringLiteral("HorizontalSplitPosition")), columns);
        QCOMPARE(view.value(QStringLiteral("VerticalSplitPosition")), QStringLiteral("1"));
    }

    // Labels too long for Excel's inline list: the XLSX list refers to the Scale sheet, which
    // holds the labels and then the numbers.
    void longLabelsUseARangeOnTheScaleSheet()
    {
        if (m_soffice.isEmpty())
            QSKIP("LibreOffice (soffice) is not installed; the build root has it");
        auto ws = test::createWorkspace(m_dir);
        QList<ScaleLevel> levels;
        for (int i = 0; i < 11; ++i)
            levels << ScaleLevel{i,
                                 QStringLiteral("Level number %1, long words").arg(i),
                                 {},
                                 QColor::fromHsv(200, 20 + i * 20, 250 - i * 15),
                                 i == 6    ? ScaleLevel::Independent
                                 : i == 10 ? ScaleLevel::Teacher
                                           : ScaleLevel::Plain};
        const auto set = commands::Edits::setScale(*ws, levels);
        QVERIFY2(set, qPrintable(set.error().message));
        using commands::Edits;
        const Id cat = Edits::addCategory(*ws, {0, 0, QStringLiteral("C"), 0, 0}).value();
        const Id skill = Edits::addSkill(*ws, {0, cat, QStringLiteral("S"), {}, 0, 0}).value();
        const Id person = Edits::addPerson(*ws, {0, QStringLiteral("P"), {}, false, 0, 0, {}, 0}).value();
        Assessment a;
        a.personId = person;
        a.skillId = skill;
        a.level = 7;
        a.assessedOn = QDate(2026, 1, 1);
        QVERIFY(Edits::addAssessment(*ws, a));
        const QString xlsx = path(QStringLiteral("range.xlsx"));
        const auto done = exportTo(xlsx, false, ws.get());
        QVERIFY2(done, qPrintable(done.error().message));
        QVERIFY(convert({xlsx}, QStringLiteral("ods"), path(QStringLiteral("lo-range"))));
        const Validations found =
            validations(entry(path(QStringLiteral("lo-range/range.ods")), QStringLiteral("content.xml")));
        QCOMPARE(found.conditions.size(), 1);
        const QString condition = found.conditions.cbegin().value();
        QVERIFY2(condition.contains(QLatin1String("Scale")) && condition.contains(QLatin1String("$E$2")) &&
                     condition.contains(QLatin1String("$E$23")),
                 qPrintable(condition));
    }

    // Our own reader gives back the matrix we wrote, names with XML specials included.
    void ourReaderReadsTheSameMatrix_data()
    {
        QTest::addColumn<QString>("file");
        for (const char* file : {"wide-xlsx.xlsx", "long-xlsx.xlsx", "wide-ods.ods", "long-ods.ods"})
            QTest::newRow(file) << QString::fromLatin1(file);
    }

    void ourReaderReadsTheSameMatrix()
    {
        QFETCH(QString, file);
        auto copy = test::createWorkspace(m_dir);
        MatrixImport::Options options;
        options.createMissing = true;
        const auto report = MatrixImport::run(*copy, path(file), options);
        QVERIFY2(report, qPrintable(report.error().message));
        QVERIFY2(report->written, qPrintable(report->plan.problems.join(QLatin1Char('\n'))));
        const QStringList expected = effectiveCells(*m_ws);
        QCOMPARE(expected.size(), m_levelCellsLong);
        QCOMPARE(effectiveCells(*copy), expected);
    }

    // A failed export names the file and leaves nothing under its name or beside it.
    void failedExportLeavesNothing_data()
    {
        QTest::addColumn<QString>("suffix");
        for (const char* suffix : {"csv", "xlsx", "ods", "json"})
            QTest::newRow(suffix) << QString::fromLatin1(suffix);
    }

    void failedExportLeavesNothing()
    {
        QFETCH(QString, suffix);
        const QString missing = path(QStringLiteral("no-such-folder/m.") + suffix);
        const auto done = exportTo(missing, false);
        QVERIFY(!done);
        QVERIFY2(done.error().message.contains(QDir::toNativeSeparators(missing)), qPrintable(done.error().message));
        QVERIFY(!QFileInfo::exists(missing));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("no-such-folder"))));

        // A folder in the way of the target: it stays a folder, and no temporary is left.
        const QString folder = path(QStringLiteral("in-the-way.") + suffix);
        QVERIFY(QDir().mkpath(folder));
        const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
        QVERIFY(!exportTo(folder, false));
        QVERIFY(QFileInfo(folder).isDir());
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before);
    }

    void readOnlyFolderLeavesNothing_data() { failedExportLeavesNothing_data(); }

    void readOnlyFolderLeavesNothing()
    {
        QFETCH(QString, suffix);
        const QString folder = path(QStringLiteral("read-only-") + suffix);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        QFile probe(folder + QStringLiteral("/probe"));
        if (probe.open(QIODevice::WriteOnly)) {
            probe.remove();
            QSKIP("this user (root?) can write into a read-only folder");
        }
        const QString target = folder + QStringLiteral("/m.") + suffix;
        const auto done = exportTo(target, true);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(!done);
        QVERIFY2(done.error().message.contains(QDir::toNativeSeparators(target)), qPrintable(done.error().message));
        QVERIFY(QDir(folder).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    // An export over an existing file replaces it whole.
    void exportReplacesAnOldFile()
    {
        for (const char* suffix : {"xlsx", "ods"}) {
            const QString file = path(QStringLiteral("again.") + QLatin1String(suffix));
            QVERIFY(exportTo(file, false));
            const auto parts = [&file] {
                return QByteArray(entry(file, QStringLiteral("[Content_Types].xml")) +
                                  entry(file, QStringLiteral("mimetype")));
            };
            QVERIFY(!parts().isEmpty());
            QVERIFY(exportTo(file, true));
            QVERIFY(!parts().isEmpty());
            QVERIFY(!QFileInfo::exists(file + QStringLiteral(".part")));
        }
    }
};

QTEST_GUILESS_MAIN(TestSpreadsheetExport)
#include "tst_spreadsheetexport.moc"
