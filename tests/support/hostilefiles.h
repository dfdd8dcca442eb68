// SPDX-License-Identifier: GPL-3.0-or-later
// Workbooks made to hurt a reader: zip bombs, archives that lie or are cut short, XML with
// entity expansion or external entities, cells and rows past the limits, password-protected
// files. Each generator writes one file into a folder and returns its path; they stream what
// they write, so making a bomb of hundreds of MB costs the test a buffer, not the bomb.
// Shared by tests/core/tst_sheetreader.cpp and the integration tests of the import.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <KZip>

#include <functional>
#include <utility>

namespace coe::test::hostile {

using Entries = QList<std::pair<QString, QByteArray>>;

/// Writes a ZIP of @p entries (deflated, except a "mimetype", stored as ODF wants it first, and
/// those named in @p stored).
/// @p big, when set, adds one more entry @p bigName written in pieces by calling it until it
/// returns an empty piece.
inline bool writeZip(const QString& path, const Entries& entries, const QString& bigName = {},
                     const std::function<QByteArray()>& big = {}, const QStringList& stored = {})
{
    QFile::remove(path);
    KZip zip(path);
    if (!zip.open(QIODevice::WriteOnly))
        return false;
    for (const auto& [name, data] : entries) {
        zip.setCompression(name == QLatin1String("mimetype") || stored.contains(name) ? KZip::NoCompression
                                                                                      : KZip::DeflateCompression);
        if (!zip.writeFile(name, data))
            return false;
    }
    if (big) {
        zip.setCompression(KZip::DeflateCompression);
        if (!zip.prepareWriting(bigName, QString(), QString(), 0))
            return false;
        qint64 size = 0;
        for (QByteArray piece = big(); !piece.isEmpty(); piece = big()) {
            if (!zip.writeData(piece.constData(), piece.size()))
                return false;
            size += piece.size();
        }
        if (!zip.finishWriting(size))
            return false;
    }
    return zip.close();
}

inline QByteArray contentTypes()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/xl/workbook.xml\" "
        "ContentType=\"application/"
        "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/"
        ">"
        "</Types>");
}

/// The parts of a one-sheet XLSX (sheet "Sheet1") around a worksheet, without the worksheet.
inline Entries xlsxFrame(const QByteArray& sharedStrings = {})
{
    Entries entries{
        {QStringLiteral("[Content_Types].xml"), contentTypes()},
        {QStringLiteral("_rels/.rels"),
         QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                           "<Relationships "
                           "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                           "<Relationship Id=\"rId1\" "
                           "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                           "relationships/officeDocument\" "
                           "Target=\"xl/workbook.xml\"/></Relationships>")},
        {QStringLiteral("xl/workbook.xml"),
         QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                           "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                           "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                           "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                           "<Relationships "
                           "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                           "<Relationship Id=\"rId1\" "
                           "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                           "relationships/worksheet\" "
                           "Target=\"worksheets/sheet1.xml\"/>"
                           "<Relationship Id=\"rId2\" "
                           "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                           "relationships/sharedStrings\" "
                           "Target=\"/xl/sharedStrings.xml\"/></Relationships>")},
    };
    if (!sharedStrings.isEmpty())
        entries.append({QStringLiteral("xl/sharedStrings.xml"), sharedStrings});
    return entries;
}

inline QByteArray worksheet(const QByteArray& sheetData)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<worksheet "
           "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" +
           sheetData + "</sheetData></worksheet>";
}

/// An XLSX whose one worksheet is @p sheetXml (written as it is).
inline QString xlsxWithSheet(const QString& dir, const QString& fileName, const QByteArray& sheetXml,
                             const QByteArray& sharedStrings = {})
{
    const QString path = QDir(dir).filePath(fileName);
    Entries entries = xlsxFrame(sharedStrings);
    entries.append({QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml});
    return writeZip(path, entries) ? path : QString();
}

/// A small valid XLSX (three rows, inline strings), the base of the damaged ones.
inline QString smallXlsx(const QString& dir, const QString& fileName = QStringLiteral("small.xlsx"))
{
    QByteArray rows;
    for (int r = 1; r <= 3; ++r) {
        rows += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"A" + QByteArray::number(r) +
                "\" t=\"inlineStr\"><is><t>name " + QByteArray::number(r) + "</t></is></c><c r=\"B" +
                QByteArray::number(r) + "\"><v>" + QByteArray::number(r) + "</v></c></row>";
    }
    return xlsxWithSheet(dir, fileName, worksheet(rows));
}

/// A zip bomb: a worksheet of 300 MB of whitespace, a few hundred KB compressed.
inline QString zipBomb(const QString& dir, const QString& fileName = QStringLiteral("bomb.xlsx"))
{
    const QString path = QDir(dir).filePath(fileName);
    const QByteArray head = "<?xml version=\"1.0\"?><worksheet "
                            "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                            "<sheetData><row r=\"1\"><c><v>1</v></c></row>";
    const QByteArray blank(1 << 20, ' ');
    int piece = 0;
    auto next = [&]() -> QByteArray {
        ++piece;
        if (piece == 1)
            return head;
        if (piece <= 301)
            return blank;
        if (piece == 302)
            return QByteArrayLiteral("</sheetData></worksheet>");
        return {};
    };
    return writeZip(path, xlsxFrame(), QStringLiteral("xl/worksheets/sheet1.xml"), next) ? path : QString();
}

/// Overwrites the sizes that the local and central headers of @p entry claim: @p uncompressed
/// (and @p compressed when >= 0). The data stays as it is, so the headers lie.
inline bool patchEntrySizes(const QString& path, const QByteArray& entry, quint32 uncompressed, qint64 compressed = -1)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    QByteArray bytes = file.readAll();
    auto put = [&](qsizetype at, quint32 value) {
        for (int i = 0; i < 4; ++i)
            bytes[at + i] = char((value >> (8 * i)) & 0xFF);
    };
    auto u16 = [&](qsizetype at) {
        return int(uchar(bytes[at])) | int(uchar(bytes[at + 1])) << 8;
    };
    bool found = false;
    for (qsizetype at = bytes.indexOf("PK\x03\x04"); at >= 0; at = bytes.indexOf("PK\x03\x04", at + 4)) {
        if (at + 30 <= bytes.size() && bytes.mid(at + 30, u16(at + 26)) == entry) {
            put(at + 22, uncompressed);
            if (compressed >= 0)
                put(at + 18, quint32(compressed));
            found = true;
        }
    }
    for (qsizetype at = bytes.indexOf("PK\x01\x02"); at >= 0; at = bytes.indexOf("PK\x01\x02", at + 4)) {
        if (at + 46 <= bytes.size() && bytes.mid(at + 46, u16(at + 28)) == entry) {
            put(at + 24, uncompressed);
            if (compressed >= 0)
                put(at + 20, quint32(compressed));
        }
    }
    file.seek(0);
    return found && file.write(bytes) == bytes.size();
}

/// The zip bomb, but its headers claim the worksheet inflates to 4 KB: only a reader that
/// counts what it inflates stops it.
inline QString zipBombLyingHeader(const QString& dir)
{
    const QString path = zipBomb(dir, QStringLiteral("lyingbomb.xlsx"));
    return patchEntrySizes(path, "xl/worksheets/sheet1.xml", 4096) ? path : QString();
}

/// A small XLSX whose worksheet header says it inflates to 100 bytes more than it does.
inline QString sizeLie(const QString& dir)
{
    const QString path = smallXlsx(dir, QStringLiteral("sizelie.xlsx"));
    KZip zip(path);
    if (!zip.open(QIODevice::ReadOnly))
        return {};
    const KArchiveEntry* entry = zip.directory()->entry(QStringLiteral("xl/worksheets/sheet1.xml"));
    const qint64 size = entry && entry->isFile() ? static_cast<const KArchiveFile*>(entry)->size() : 0;
    zip.close();
    return size > 0 && patchEntrySizes(path, "xl/worksheets/sheet1.xml", quint32(size + 100)) ? path : QString();
}

/// A small XLSX whose worksheet, stored uncompressed, had one byte changed after it was
/// written: its sizes are right, its CRC-32 is not.
inline QString crcMismatch(const QString& dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("crc.xlsx"));
    Entries entries = xlsxFrame();
    entries.append({QStringLiteral("xl/worksheets/sheet1.xml"),
                    worksheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>level 3</t></is></c></row>")});
    if (!writeZip(path, entries, {}, {}, {QStringLiteral("xl/worksheets/sheet1.xml")}))
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return {};
    QByteArray bytes = file.readAll();
    const qsizetype at = bytes.indexOf("level 3");
    if (at < 0)
        return {};
    bytes[at + 6] = '4';
    file.seek(0);
    return file.write(bytes) == bytes.size() ? path : QString();
}

/// A valid XLSX cut in half, as a download that stopped.
inline QString truncatedZip(const QString& dir)
{
    QString path = smallXlsx(dir, QStringLiteral("truncated.xlsx"));
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.resize(file.size() / 2))
        return {};
    return path;
}

/// A cell in column XFE, one past Excel's last column.
inline QString columnPastXfd(const QString& dir)
{
    return xlsxWithSheet(dir, QStringLiteral("xfe.xlsx"),
                         worksheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"XFE1\"><v>2</v></c></row>"));
}

/// A row of 16,385 cells without references (each follows the one before).
inline QString tooManyCells(const QString& dir)
{
    QByteArray row = "<row>";
    for (int i = 0; i < 16385; ++i)
        row += "<c><v>1</v></c>";
    row += "</row>";
    return xlsxWithSheet(dir, QStringLiteral("wide.xlsx"), worksheet(row));
}

/// 8 MB of whitespace inside a cell's value: below every size and ratio limit, but a run of
/// text that a reader holding whole tokens would keep in memory.
inline QString endlessWhitespace(const QString& dir)
{
    return xlsxWithSheet(dir, QStringLiteral("whitespace.xlsx"),
                         worksheet("<row r=\"1\"><c r=\"A1\"><v>1" + QByteArray(8 << 20, ' ') + "</v></c></row>"));
}

/// A cell of 40,000 characters (Excel allows 32,767), as an inline string.
inline QString endlessCell(const QString& dir)
{
    return xlsxWithSheet(
        dir, QStringLiteral("endless.xlsx"),
        worksheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + QByteArray(40000, 'x') + "</t></is></c></row>"));
}

/// A shared string of 40,000 characters used by a cell.
inline QString endlessSharedString(const QString& dir)
{
    const QByteArray shared = "<?xml version=\"1.0\"?><sst "
                              "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                              "<si><t>short</t></si><si><t>" +
                              QByteArray(40000, 'y') + "</t></si></sst>";
    return xlsxWithSheet(dir, QStringLiteral("endlessshared.xlsx"),
                         worksheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row "
                                   "r=\"2\"><c r=\"C2\" t=\"s\"><v>1</v></c></row>"),
                         shared);
}

/// "Billion laughs": entities that expand to ten to the ninth copies of a word.
inline QString billionLaughs(const QString& dir)
{
    QByteArray dtd = "<!DOCTYPE worksheet [\n<!ENTITY lol \"lol\">\n";
    for (int i = 1; i <= 9; ++i) {
        dtd += "<!ENTITY lol" + QByteArray::number(i) + " \"";
        for (int k = 0; k < 10; ++k)
            dtd += "&lol" + (i > 1 ? QByteArray::number(i - 1) : QByteArray()) + ";";
        dtd += "\">\n";
    }
    dtd += "]>\n";
    return xlsxWithSheet(dir, QStringLiteral("laughs.xlsx"),
                         "<?xml version=\"1.0\"?>\n" + dtd +
                             "<worksheet "
                             "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                             "<row r=\"1\"><c r=\"A1\" "
                             "t=\"inlineStr\"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>");
}

/// An external entity that would read /etc/passwd into a cell.
inline QString externalEntity(const QString& dir)
{
    return xlsxWithSheet(dir, QStringLiteral("external.xlsx"),
                         "<?xml version=\"1.0\"?>\n<!DOCTYPE worksheet [<!ENTITY secret SYSTEM "
                         "\"file:///etc/passwd\">]>\n"
                         "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                         "<row r=\"1\"><c r=\"A1\" "
                         "t=\"inlineStr\"><is><t>&secret;</t></is></c></row></sheetData></worksheet>");
}

/// A worksheet that is no XML at all.
inline QString notXml(const QString& dir)
{
    return xlsxWithSheet(dir, QStringLiteral("notxml.xlsx"),
                         QByteArrayLiteral("PK\x01\x02 this is not XML < & >\n\x00\x01\x02"));
}

/// A worksheet that nests 200 elements deep.
inline QString deepNesting(const QString& dir)
{
    return xlsxWithSheet(dir, QStringLiteral("deep.xlsx"),
                         worksheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>" + QByteArray("<x>").repeated(200) +
                                   QByteArray("</x>").repeated(200)));
}

/// What Excel writes for a workbook with a password: an OLE compound file.
inline QString oleEncrypted(const QString& dir)
{
    QString path = QDir(dir).filePath(QStringLiteral("protected.xlsx"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QByteArray bytes = QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
    bytes += QByteArray(4096 - bytes.size(), '\0');
    file.write(bytes);
    return path;
}

/// An ODS saved with a password: its manifest lists encryption data for content.xml.
inline QString odsEncrypted(const QString& dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("protected.ods"));
    const Entries entries{
        {QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.spreadsheet")},
        {QStringLiteral("META-INF/manifest.xml"),
         QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                           "<manifest:manifest "
                           "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
                           "manifest:version=\"1.3\">"
                           "<manifest:file-entry manifest:full-path=\"/\" "
                           "manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>"
                           "<manifest:file-entry manifest:full-path=\"content.xml\" "
                           "manifest:media-type=\"text/xml\" "
                           "manifest:size=\"4000\"><manifest:encryption-data manifest:checksum-type=\"SHA1/1K\" "
                           "manifest:checksum=\"AAAA\"><manifest:algorithm manifest:algorithm-name=\"Blowfish "
                           "CFB\" "
                           "manifest:initialisation-vector=\"AAAA\"/><manifest:key-derivation "
                           "manifest:key-derivation-name=\"PBKDF2\" manifest:iteration-count=\"1024\" "
                           "manifest:salt=\"AAAA\"/>"
                           "</manifest:encryption-data></manifest:file-entry></manifest:manifest>")},
        {QStringLiteral("content.xml"), QByteArray(4000, '\x5A')},
    };
    return writeZip(path, entries) ? path : QString();
}

/// A ZIP that holds no workbook.
inline QString zipNotSpreadsheet(const QString& dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("photos.xlsx"));
    return writeZip(path, {{QStringLiteral("readme.txt"), QByteArrayLiteral("holiday photos")}}) ? path : QString();
}

} // namespace coe::test::hostile
