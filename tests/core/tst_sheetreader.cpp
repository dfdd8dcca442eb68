// SPDX-License-Identifier: GPL-3.0-or-later
// The XLSX and ODS readers: workbooks written by independent programs (openpyxl, LibreOffice)
// read back as their cells' text, and hostile files (zip bombs, lying or cut archives, entity
// expansion, cells and rows past the limits, passwords) are refused with a message that names
// the file and what is wrong, within bounded time and memory.
#include "io/odsreader.h"
#include "io/sheetreader.h"
#include "io/xlsxreader.h"
#include "support/hostilefiles.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace coe;
namespace hostile = coe::test::hostile;

namespace {

struct Sheet
{
    QList<CsvTable::Record> rows;
    QString sheetName;
    QStringList sheetNames;
    SheetReader::Format format = SheetReader::Format::Csv;
};

Result<Sheet> readSheet(const QString& path, const QString& sheet = {}, const SheetLimits& limits = {})
{
    auto opened = SheetReader::open(path, sheet, limits);
    if (!opened)
        return opened.error();
    SheetReader& reader = *opened.value();
    Sheet result;
    result.sheetName = reader.sheetName();
    result.sheetNames = reader.sheetNames();
    result.format = reader.format();
    CsvTable::Record row;
    for (;;) {
        auto more = reader.next(row);
        if (!more)
            return more.error();
        if (!more.value())
            break;
        result.rows.append(row);
        if (reader.progress() < 0.0 || reader.progress() > 1.0)
            return Error{Error::Failed, QStringLiteral("progress out of range")};
    }
    if (reader.progress() != 1.0)
        return Error{Error::Failed, QStringLiteral("progress does not end at 1")};
    return result;
}

QString describe(const QList<CsvTable::Record>& rows)
{
    QStringList lines;
    for (const auto& row : rows)
        lines.append(QString::number(row.line) + u": " + row.fields.join(u'|'));
    return lines.join(u'\n');
}

// AddressSanitizer keeps freed memory in quarantine, besides its shadow memory: there the
// peak says nothing about the reader.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool peakMemoryTells = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool peakMemoryTells = false;
#else
constexpr bool peakMemoryTells = true;
#endif
#else
constexpr bool peakMemoryTells = true;
#endif

qint64 peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss) / 1024; // kB on Linux
}

} // namespace

class TestSheetReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// Runs python3 with @p script and @p args; skips when python3 or openpyxl is missing.
    bool runPython(const QString& script, const QStringList& args)
    {
        QProcess python;
        python.start(QStringLiteral("python3"), QStringList{QStringLiteral("-c"), script} + args);
        if (!python.waitForFinished(60000) || python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0) {
            qWarning().noquote() << "python3 failed:" << python.readAllStandardError();
            return false;
        }
        return true;
    }

    /// Converts @p input (CSV or a workbook) to @p format with LibreOffice in a profile of its
    /// own; empty on failure.
    QString libreOffice(const QString& input, const QString& format)
    {
        const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (soffice.isEmpty())
            return {};
        const QString profile = m_dir.filePath(QStringLiteral("lo-profile-") + format);
        const QString out = m_dir.filePath(QStringLiteral("lo-") + format);
        QStringList args{QStringLiteral("-env:UserInstallation=file://") + profile, QStringLiteral("--headless")};
        if (input.endsWith(QLatin1String(".csv")))
            args.append(QStringLiteral("--infilter=CSV:44,34,76,1"));
        args += QStringList{QStringLiteral("--convert-to"), format, QStringLiteral("--outdir"), out, input};
        QProcess lo;
        lo.start(soffice, args);
        if (!lo.waitForFinished(180000) || lo.exitCode() != 0)
            qWarning().noquote() << "soffice failed:" << lo.readAllStandardError();
        const QString result = QDir(out).filePath(QFileInfo(input).completeBaseName() + u'.' + format);
        return QFile::exists(result) ? result : QString();
    }

    /// Opens and reads @p path, expects an Error whose message holds each of @p fragments, and
    /// checks the time and the peak memory it took.
    void expectRefusal(const QString& path, const QStringList& fragments, const SheetLimits& limits = {},
                       const QString& sheet = {})
    {
        QVERIFY2(!path.isEmpty(), "the hostile file could not be written");
        QElapsedTimer timer;
        timer.start();
        auto read = readSheet(path, sheet, limits);
        const qint64 ms = timer.elapsed();
        QVERIFY2(!read,
                 qPrintable(QStringLiteral("accepted: ") + (read ? describe(read.value().rows).left(300) : QString())));
        const QString message = read.error().message;
        qInfo().noquote() << QFileInfo(path).fileName() << "refused in" << ms << "ms, peak" << peakRssMb()
                          << "MB:" << message;
        for (const QString& fragment : fragments)
            QVERIFY2(message.contains(fragment, Qt::CaseInsensitive),
                     qPrintable(QStringLiteral("\"%1\" not in: %2").arg(fragment, message)));
        // Generous bounds that only a reader that inflates or expands everything would break.
        QVERIFY2(ms < 30000, qPrintable(QStringLiteral("took %1 ms").arg(ms)));
        if (peakMemoryTells)
            QVERIFY2(peakRssMb() < 300, qPrintable(QStringLiteral("peak memory %1 MB").arg(peakRssMb())));
    }

    /// The workbook openpyxl writes for openpyxlWorkbook(), made once; empty without openpyxl.
    QString openpyxlWorkbookPath()
    {
        QString path = m_dir.filePath(QStringLiteral("openpyxl.xlsx"));
        if (QFile::exists(path))
            return path;
        const QString script = QStringLiteral("import datetime, sys, openpyxl\n"
                                              "wb = openpyxl.Workbook()\n"
                                              "ws = wb.active\n"
                                              "ws.title = \"People\"\n"
                                              "ws.append([\"Name\", \"Level\", \"Ratio\", \"Active\", \"Since\", "
                                              "\"Start\", \"At\"])\n"
                                              "ws.append([\"Ada\", 3, 0.25, True, datetime.date(2024, 3, 1), "
                                              "datetime.datetime(2024, 3, 1, 9, 30), datetime.time(9, 30)])\n"
                                              "ws.append([\"Grace\", 4.0, 1/3, False, datetime.date(1999, 12, 31), "
                                              "datetime.datetime(2000, 1, 1, 0, 0, 5), datetime.time(23, 59, 59)])\n"
                                              "ws[\"A5\"] = \"after a blank row\"\n"
                                              "ws[\"D5\"] = \"gap\"\n"
                                              "ws[\"A6\"] = \"merged\"\n"
                                              "ws.merge_cells(\"A6:C6\")\n"
                                              "ws[\"A7\"] = \"#N/A\"\n"
                                              "ws[\"B7\"] = -12.5\n"
                                              "ws[\"C7\"] = 123456789012\n"
                                              "ws[\"D7\"] = \"caf\\u00e9 \\u2713\"\n"
                                              "ws[\"A8\"] = \"  spaced  \"\n"
                                              "levels = wb.create_sheet(\"Levels\")\n"
                                              "levels.append([\"Level\", \"Label\"])\n"
                                              "levels.append([0, \"Unaware\"])\n"
                                              "levels.append([4, \"Teacher\"])\n"
                                              "wb.create_sheet(\"Notes\")[\"A1\"] = \"x\"\n"
                                              "wb.save(sys.argv[1])\n");
        return runPython(script, {path}) ? path : QString();
    }

    static QString openpyxlExpected()
    {
        return QStringLiteral("1: Name|Level|Ratio|Active|Since|Start|At\n"
                              "2: Ada|3|0.25|TRUE|2024-03-01|2024-03-01T09:30:00|09:30:00\n"
                              "3: Grace|4|0.333333333333333|FALSE|1999-12-31|2000-01-01T00:00:05|23:59:59\n"
                              "5: after a blank row|||gap\n"
                              "6: merged\n"
                              "7: #N/A|-12.5|123456789012|caf\u00e9 \u2713\n"
                              "8:   spaced  ");
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // --- reading what independent programs write ---------------------------------------------

    void openpyxlWorkbook()
    {
        if (!runPython(QStringLiteral("import openpyxl"), {}))
            QSKIP("python3 with openpyxl is not installed (Debian: python3-openpyxl)");
        const QString path = openpyxlWorkbookPath();
        QVERIFY(!path.isEmpty());

        auto read = readSheet(path);
        QVERIFY2(read, qPrintable(read.error().message));
        QCOMPARE(read.value().format, SheetReader::Format::Xlsx);
        QCOMPARE(read.value().sheetName, QStringLiteral("People"));
        QCOMPARE(read.value().sheetNames,
                 (QStringList{QStringLiteral("People"), QStringLiteral("Levels"), QStringLiteral("Notes")}));
        QCOMPARE(describe(read.value().rows), openpyxlExpected());

        auto levels = readSheet(path, QStringLiteral("levels"));
        QVERIFY2(levels, qPrintable(levels.error().message));
        QCOMPARE(levels.value().sheetName, QStringLiteral("Levels"));
        QCOMPARE(describe(levels.value().rows), QStringLiteral("1: Level|Label\n2: 0|Unaware\n3: 4|Teacher"));

        auto missing = readSheet(path, QStringLiteral("Skills"));
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(QStringLiteral("openpyxl.xlsx")) &&
                     missing.error().message.contains(QStringLiteral("Skills")) &&
                     missing.error().message.contains(QStringLiteral("People, Levels, Notes")),
                 qPrintable(missing.error().message));
    }

    void libreOfficeSavesTheOpenpyxlWorkbook_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("xlsx") << QStringLiteral("xlsx");
        QTest::newRow("ods") << QStringLiteral("ods");
    }

    /// The openpyxl workbook as LibreOffice saves it: several sheets, a merged range, dates,
    /// times, booleans, an error, and spaces that ODS writes as text:s.
    void libreOfficeSavesTheOpenpyxlWorkbook()
    {
        QFETCH(QString, format);
        if (!runPython(QStringLiteral("import openpyxl"), {}))
            QSKIP("python3 with openpyxl is not installed (Debian: python3-openpyxl)");
        if (QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty())
            QSKIP("LibreOffice (soffice) is not installed (Debian: libreoffice-calc-nogui)");
        const QString xlsx = openpyxlWorkbookPath();
        QVERIFY(!xlsx.isEmpty());
        const QString path = libreOffice(xlsx, format);
        QVERIFY2(!path.isEmpty(), "LibreOffice did not convert the workbook");
        auto read = readSheet(path);
        QVERIFY2(read, qPrintable(read.error().message));
        QCOMPARE(read.value().format,
                 format == QLatin1String("ods") ? SheetReader::Format::Ods : SheetReader::Format::Xlsx);
        QCOMPARE(read.value().sheetNames,
                 (QStringList{QStringLiteral("People"), QStringLiteral("Levels"), QStringLiteral("Notes")}));
        QCOMPARE(describe(read.value().rows), openpyxlExpected());
        auto levels = readSheet(path, QStringLiteral("LEVELS"));
        QVERIFY2(levels, qPrintable(levels.error().message));
        QCOMPARE(describe(levels.value().rows), QStringLiteral("1: Level|Label\n2: 0|Unaware\n3: 4|Teacher"));
    }

    void openpyxlDate1904()
    {
        if (!runPython(QStringLiteral("import openpyxl"), {}))
            QSKIP("python3 with openpyxl is not installed (Debian: python3-openpyxl)");
        const QString path = m_dir.filePath(QStringLiteral("mac1904.xlsx"));
        const QString script = QStringLiteral("import datetime, sys, openpyxl\n"
                                              "from openpyxl.utils.datetime import CALENDAR_MAC_1904\n"
                                              "wb = openpyxl.Workbook()\n"
                                              "wb.epoch = CALENDAR_MAC_1904\n"
                                              "ws = wb.active\n"
                                              "ws[\"A1\"] = datetime.date(2024, 3, 1)\n"
                                              "ws[\"B1\"] = datetime.datetime(1990, 7, 4, 18, 0, 0)\n"
                                              "ws[\"A2\"] = 42\n"
                                              "ws[\"A2\"].number_format = \"dd/mm/yyyy\"\n"
                                              "ws[\"B2\"] = 0.5\n"
                                              "ws[\"B2\"].number_format = \"0.00%\"\n"
                                              "ws[\"C2\"] = 0.75\n"
                                              "ws[\"C2\"].number_format = \"[h]:mm:ss\"\n"
                                              "wb.save(sys.argv[1])\n");
        QVERIFY(runPython(script, {path}));
        auto read = readSheet(path);
        QVERIFY2(read, qPrintable(read.error().message));
        QCOMPARE(describe(read.value().rows),
                 QStringLiteral("1: 2024-03-01|1990-07-04T18:00:00\n2: 1904-02-12|0.5|18:00:00"));
    }

    void libreOfficeXlsxAndOds_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("xlsx") << QStringLiteral("xlsx");
        QTest::newRow("ods") << QStringLiteral("ods");
    }

    void libreOfficeXlsxAndOds()
    {
        QFETCH(QString, format);
        if (QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty())
            QSKIP("LibreOffice (soffice) is not installed (Debian: libreoffice-calc-nogui)");
        const QString csv = m_dir.filePath(QStringLiteral("from-lo-%1.csv").arg(format));
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Name,Level,Since,Ratio,Note\n"
                       "Ada,3,2024-03-01,0.5,two words\n"
                       "Grace,4,1999-12-31,1.25,\n"
                       ",,,,\n"
                       "Linus,,2001-02-03,,\"a, b\"\n");
        }
        const QString path = libreOffice(csv, format);
        QVERIFY2(!path.isEmpty(), "LibreOffice did not convert the CSV");
        auto read = readSheet(path);
        QVERIFY2(read, qPrintable(read.error().message));
        QCOMPARE(read.value().format,
                 format == QLatin1String("ods") ? SheetReader::Format::Ods : SheetReader::Format::Xlsx);
        QCOMPARE(read.value().sheetNames.size(), 1);
        QCOMPARE(describe(read.value().rows), QStringLiteral("1: Name|Level|Since|Ratio|Note\n"
                                                             "2: Ada|3|2024-03-01|0.5|two words\n"
                                                             "3: Grace|4|1999-12-31|1.25\n"
                                                             "5: Linus||2001-02-03||a, b"));
    }

    /// What libxlsxwriter writes in constant_memory mode: inline strings, and rows and cells
    /// without references; with rich text and phonetic runs besides.
    void inlineStringsWithoutReferences()
    {
        const QByteArray shared = "<?xml version=\"1.0\"?><sst "
                                  "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                                  "<si><r><rPr><b/></rPr><t>bold</t></r><r><t xml:space=\"preserve\"> and "
                                  "plain</t></r></si>"
                                  "<si><t>\u6f22\u5b57</t><rPh sb=\"0\" eb=\"2\"><t>kanji</t></rPh><phoneticPr "
                                  "fontId=\"1\"/></si>"
                                  "</sst>";
        const QString path = hostile::xlsxWithSheet(
            m_dir.path(), QStringLiteral("constmem.xlsx"),
            hostile::worksheet("<row><c t=\"inlineStr\"><is><t>Name</t></is></c><c "
                               "t=\"inlineStr\"><is><t>Level</t></is></c></row>"
                               "<row><c t=\"inlineStr\"><is><t>Ada &amp; co</t></is></c><c><v>3</v></c><c "
                               "t=\"b\"><v>1</v></c></row>"
                               "<row r=\"5\"><c r=\"B5\" t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c>"
                               "<c t=\"str\"><f>A1</f><v>Name</v></c><c t=\"e\"><v>#DIV/0!</v></c></row>"
                               "<row><c r=\"C6\"/><c r=\"D6\" t=\"inlineStr\"><is><t></t></is></c></row>"
                               "<row><c "
                               "t=\"d\"><v>2024-03-01T10:00:00</v></c><c><v>1.5E-3</v></c><c><v>2.0</v></c></"
                               "row>"),
            shared);
        auto read = readSheet(path);
        QVERIFY2(read, qPrintable(read.error().message));
        QCOMPARE(describe(read.value().rows), QStringLiteral("1: Name|Level\n"
                                                             "2: Ada & co|3|TRUE\n"
                                                             "5: |bold and plain|\u6f22\u5b57|Name|#DIV/0!\n"
                                                             "7: 2024-03-01T10:00:00|0.0015|2"));
    }

    void progressFollowsTheCompressedBytes()
    {
        QByteArray rows;
        for (int r = 1; r <= 20000; ++r)
            rows += "<row r=\"" + QByteArray::number(r) + "\"><c t=\"inlineStr\"><is><t>" +
                    QByteArray::number(qint64(r) * 2654435761LL % 1000003) + "</t></is></c><c><v>" +
                    QByteArray::number(r * 7919 % 10007) + "</v></c></row>";
        const QString path =
            hostile::xlsxWithSheet(m_dir.path(), QStringLiteral("progress.xlsx"), hostile::worksheet(rows));
        auto opened = SheetReader::open(path);
        QVERIFY2(opened, qPrintable(opened.error().message));
        SheetReader& reader = *opened.value();
        QCOMPARE(reader.progress(), 0.0);
        CsvTable::Record row;
        double last = 0.0;
        double halfway = -1.0;
        for (;;) {
            auto more = reader.next(row);
            QVERIFY2(more, qPrintable(more.error().message));
            if (!more.value())
                break;
            QVERIFY(reader.progress() >= last);
            last = reader.progress();
            if (row.line == 10000)
                halfway = last;
        }
        QCOMPARE(reader.progress(), 1.0);
        QVERIFY2(halfway > 0.3 && halfway < 0.7, qPrintable(QString::number(halfway)));
    }

    void formatCodes()
    {
        using K = XlsxReader::DateKind;
        QCOMPARE(XlsxReader::classifyFormat(u"yyyy-mm-dd"), K::Date);
        QCOMPARE(XlsxReader::classifyFormat(u"[$-409]mmmm d, yyyy;@"), K::Date);
        QCOMPARE(XlsxReader::classifyFormat(u"h:mm AM/PM"), K::Time);
        QCOMPARE(XlsxReader::classifyFormat(u"[h]:mm:ss"), K::Time);
        QCOMPARE(XlsxReader::classifyFormat(u"mm:ss"), K::Time);
        QCOMPARE(XlsxReader::classifyFormat(u"0.00%"), K::None);
        QCOMPARE(XlsxReader::classifyFormat(u"#,##0.00 \"days\""), K::None);
        QCOMPARE(XlsxReader::classifyFormat(u"[Red]0.00"), K::None);
        QCOMPARE(XlsxReader::classifyFormat(u"General"), K::None);
        QCOMPARE(XlsxReader::classifyFormat(u"@"), K::None);
        QCOMPARE(XlsxReader::builtinFormat(14), K::Date);
        QCOMPARE(XlsxReader::builtinFormat(21), K::Time);
        QCOMPARE(XlsxReader::builtinFormat(2), K::None);
        QCOMPARE(XlsxReader::serialToIso(1, K::Date, false), QStringLiteral("1900-01-01"));
        QCOMPARE(XlsxReader::serialToIso(61, K::Date, false), QStringLiteral("1900-03-01"));
        QCOMPARE(XlsxReader::serialToIso(45352.5, K::Date, false), QStringLiteral("2024-03-01T12:00:00"));
        QCOMPARE(XlsxReader::serialToIso(0, K::Date, true), QStringLiteral("1904-01-01"));
        QCOMPARE(XlsxReader::serialToIso(0.25, K::Time, false), QStringLiteral("06:00:00"));
    }

    void odsRepeatsCoveredCellsAndText()
    {
        const QByteArray content =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<office:document-content "
            "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
            "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
            "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
            "office:version=\"1.3\"><office:body><office:spreadsheet>"
            "<table:table table:name=\"First &amp; only\"><table:table-column "
            "table:number-columns-repeated=\"1024\"/>"
            "<table:table-row><table:table-cell "
            "office:value-type=\"string\"><text:p>Name</text:p></table:table-cell>"
            "<table:table-cell table:number-columns-repeated=\"2\"/>"
            "<table:table-cell office:value-type=\"float\" "
            "office:value=\"3\"><text:p>3.00</text:p></table:table-cell>"
            "<table:table-cell table:number-columns-repeated=\"16380\"/></table:table-row>"
            "<table:table-row table:number-rows-repeated=\"3\"><table:table-cell "
            "table:number-columns-repeated=\"1024\"/></table:table-row>"
            "<table:table-header-rows><table:table-row>"
            "<table:table-cell office:value-type=\"string\" "
            "table:number-columns-spanned=\"2\"><text:p>two<text:s/>"
            "<text:span>spaced</text:span><text:s "
            "text:c=\"3\"/>end</text:p><text:p>next<text:tab/>line<text:line-break/>"
            "<text:a>link</text:a></text:p><office:annotation><dc:creator>me</"
            "dc:creator><text:p>comment</text:p>"
            "</office:annotation></table:table-cell><table:covered-table-cell><text:p>hidden</"
            "text:p></table:covered-table-cell>"
            "<table:table-cell office:value-type=\"percentage\" office:value=\"0.125\"/>"
            "<table:table-cell office:value-type=\"boolean\" office:boolean-value=\"true\"/>"
            "<table:table-cell office:value-type=\"date\" office:date-value=\"2024-03-01\"/>"
            "<table:table-cell office:value-type=\"date\" "
            "office:date-value=\"2024-03-01T09:30:00\"/>"
            "<table:table-cell office:value-type=\"time\" office:time-value=\"PT13H05M07S\"/>"
            "<table:table-cell office:value-type=\"currency\" office:currency=\"EUR\" "
            "office:value=\"-2.5\"/>"
            "</table:table-row></table:table-header-rows>"
            "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell "
            "table:number-columns-repeated=\"3\" "
            "office:value-type=\"string\"><text:p>x</text:p></table:table-cell></table:table-row>"
            "<table:table-row table:number-rows-repeated=\"1048560\"><table:table-cell "
            "table:number-columns-repeated=\"16384\"/>"
            "</table:table-row></table:table>"
            "<table:table table:name=\"Second > first\"><table:table-row><table:table-cell "
            "office:value-type=\"string\">"
            "<text:p>b</text:p></table:table-cell></table:table-row></table:table>"
            "</office:spreadsheet></office:body></office:document-content>";
        const QString path = m_dir.filePath(QStringLiteral("handmade.ods"));
        QVERIFY(hostile::writeZip(
            path, {{QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.spreadsheet")},
                   {QStringLiteral("content.xml"), content}}));
        auto read = readSheet(path);
        QVERIFY2(read, qPrintable(read.error().message));
        QCOMPARE(read.value().format, SheetReader::Format::Ods);
        QCOMPARE(read.value().sheetNames,
                 (QStringList{QStringLiteral("First & only"), QStringLiteral("Second > first")}));
        QCOMPARE(read.value().sheetName, QStringLiteral("First & only"));
        QCOMPARE(describe(read.value().rows),
                 QStringLiteral("1: Name|||3\n"
                                "5: two spaced   "
                                "end\nnext\tline\nlink||0.125|TRUE|2024-03-01|2024-03-01T09:30:00|13:05:07|-2.5\n"
                                "6: x|x|x\n"
                                "7: x|x|x"));
        auto second = readSheet(path, QStringLiteral("SECOND > FIRST"));
        QVERIFY2(second, qPrintable(second.error().message));
        QCOMPARE(describe(second.value().rows), QStringLiteral("1: b"));
        QCOMPARE(OdsReader::isoTime(u"PT36H00M00S"), QStringLiteral("36:00:00"));
    }

    // --- hostile files -----------------------------------------------------------------------

    void zipBomb()
    {
        expectRefusal(hostile::zipBomb(m_dir.path()), {QStringLiteral("bomb.xlsx"), QStringLiteral("zip bomb")});
    }

    void zipBombWhoseHeaderLies()
    {
        expectRefusal(
            hostile::zipBombLyingHeader(m_dir.path()),
            {QStringLiteral("lyingbomb.xlsx"), QStringLiteral("sheet Sheet1"), QStringLiteral("header says")});
    }

    void entryPastMaxEntryBytes()
    {
        SheetLimits limits;
        limits.maxEntryBytes = 100;
        expectRefusal(hostile::smallXlsx(m_dir.path(), QStringLiteral("big.xlsx")),
                      {QStringLiteral("big.xlsx"), QStringLiteral("more than the 100 bytes")}, limits);
    }

    void entryHeaderLiesAboutSize()
    {
        expectRefusal(hostile::sizeLie(m_dir.path()), {QStringLiteral("sizelie.xlsx"), QStringLiteral("header says")});
    }

    void checksumMismatch()
    {
        expectRefusal(hostile::crcMismatch(m_dir.path()),
                      {QStringLiteral("crc.xlsx, sheet Sheet1"), QStringLiteral("CRC-32")});
    }

    void truncatedZip()
    {
        expectRefusal(hostile::truncatedZip(m_dir.path()),
                      {QStringLiteral("truncated.xlsx"), QStringLiteral("incomplete")});
    }

    void columnPastXfd()
    {
        expectRefusal(hostile::columnPastXfd(m_dir.path()),
                      {QStringLiteral("xfe.xlsx, sheet Sheet1, row 1"), QStringLiteral("16384 columns")});
    }

    void tooManyCellsInARow()
    {
        expectRefusal(hostile::tooManyCells(m_dir.path()),
                      {QStringLiteral("wide.xlsx, sheet Sheet1, row 1"), QStringLiteral("16384 columns")});
    }

    void endlessCell()
    {
        expectRefusal(
            hostile::endlessCell(m_dir.path()),
            {QStringLiteral("endless.xlsx, sheet Sheet1, row 1, column A"), QStringLiteral("32767 characters")});
    }

    void endlessWhitespace()
    {
        expectRefusal(hostile::endlessWhitespace(m_dir.path()),
                      {QStringLiteral("whitespace.xlsx, sheet Sheet1"), QStringLiteral("without markup")});
    }

    void endlessSharedString()
    {
        expectRefusal(
            hostile::endlessSharedString(m_dir.path()),
            {QStringLiteral("endlessshared.xlsx, sheet Sheet1, row 2, column C"), QStringLiteral("32767 characters")});
    }

    void sharedStringsPastTheirBudget()
    {
        SheetLimits limits;
        limits.maxSharedStringBytes = 10000;
        expectRefusal(hostile::endlessSharedString(m_dir.path()),
                      {QStringLiteral("endlessshared.xlsx"), QStringLiteral("shared strings")}, limits);
    }

    void billionLaughs()
    {
        expectRefusal(hostile::billionLaughs(m_dir.path()),
                      {QStringLiteral("laughs.xlsx, sheet Sheet1"), QStringLiteral("DTD")});
    }

    void externalEntity()
    {
        expectRefusal(hostile::externalEntity(m_dir.path()),
                      {QStringLiteral("external.xlsx, sheet Sheet1"), QStringLiteral("DTD")});
    }

    void worksheetNotXml()
    {
        expectRefusal(hostile::notXml(m_dir.path()),
                      {QStringLiteral("notxml.xlsx, sheet Sheet1: the worksheet is damaged (line 1")});
    }

    void deepNesting()
    {
        expectRefusal(hostile::deepNesting(m_dir.path()),
                      {QStringLiteral("deep.xlsx, sheet Sheet1"), QStringLiteral("64 deep")});
    }

    void passwordProtectedXlsx()
    {
        expectRefusal(hostile::oleEncrypted(m_dir.path()),
                      {QStringLiteral("protected.xlsx"), QStringLiteral("password-protected")});
    }

    void passwordProtectedOds()
    {
        expectRefusal(hostile::odsEncrypted(m_dir.path()),
                      {QStringLiteral("protected.ods"), QStringLiteral("password-protected")});
    }

    void zipThatIsNoSpreadsheet()
    {
        expectRefusal(hostile::zipNotSpreadsheet(m_dir.path()),
                      {QStringLiteral("photos.xlsx is a ZIP file but not a spreadsheet (.xlsx or .ods)")});
    }

    void unknownSheet()
    {
        expectRefusal(hostile::smallXlsx(m_dir.path()),
                      {QStringLiteral("small.xlsx"), QStringLiteral("Matrix"), QStringLiteral("Sheet1")}, {},
                      QStringLiteral("Matrix"));
    }

    void rowsOutOfOrder()
    {
        const QString path = hostile::xlsxWithSheet(
            m_dir.path(), QStringLiteral("order.xlsx"),
            hostile::worksheet("<row r=\"3\"><c><v>1</v></c></row><row r=\"2\"><c><v>2</v></c></row>"));
        expectRefusal(path, {QStringLiteral("order.xlsx, sheet Sheet1: the worksheet is damaged"),
                             QStringLiteral("row 2 comes after row 3")});
    }

    void tooManyRows()
    {
        SheetLimits limits;
        limits.maxRows = 2;
        expectRefusal(hostile::smallXlsx(m_dir.path(), QStringLiteral("tall.xlsx")),
                      {QStringLiteral("tall.xlsx, sheet Sheet1"), QStringLiteral("more than 2 rows")}, limits);
    }

    void odsRepeatsPastTheLimits_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("columns") << QByteArray(
                                        "<table:table-row><table:table-cell table:number-columns-repeated=\"16385\" "
                                        "office:value-type=\"float\" office:value=\"1\"/></table:table-row>")
                                 << QStringLiteral("repeats.ods, sheet S, row 1 has more than 16384 columns");
        QTest::newRow("rows") << QByteArray("<table:table-row table:number-rows-repeated=\"2000000\"><table:table-cell "
                                            "office:value-type=\"float\" office:value=\"1\"/></table:table-row>")
                              << QStringLiteral("repeats.ods, sheet S has more than 1048576 rows");
        QTest::newRow("text:s") << QByteArray(
                                       "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>"
                                       "<text:s text:c=\"2000000000\"/></text:p></table:table-cell></table:table-row>")
                                << QStringLiteral(
                                       "repeats.ods, sheet S, row 1, column A holds more than 32767 characters");
        QTest::newRow("DTD") << QByteArray("") << QStringLiteral("DTD");
    }

    void odsRepeatsPastTheLimits()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, fragment);
        const QByteArray doctype =
            row.isEmpty() ? QByteArray("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n") : QByteArray();
        const QByteArray content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype +
                                   "<office:document-content "
                                   "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                                   "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
                                   "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:"
                                   "spreadsheet>"
                                   "<table:table table:name=\"S\">" +
                                   row + "</table:table></office:spreadsheet></office:body></office:document-content>";
        const QString path = m_dir.filePath(QStringLiteral("repeats.ods"));
        QVERIFY(hostile::writeZip(
            path, {{QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.spreadsheet")},
                   {QStringLiteral("content.xml"), content}}));
        expectRefusal(path, {fragment});
    }
};

QTEST_GUILESS_MAIN(TestSheetReader)
#include "tst_sheetreader.moc"
