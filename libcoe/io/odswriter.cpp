// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/odswriter.h"

#include "core/savefile.h"

#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QSaveFile>

#include <KZip>

namespace coe {

namespace {

constexpr qsizetype kChunk = 1 << 20; // content.xml goes to the archive in pieces of this size

const char* const kNamespaces = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                                " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
                                " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                                " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                                " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
                                " xmlns:of=\"urn:oasis:names:tc:opendocument:xmlns:of:1.2\"";

QByteArray cm(double value)
{
    return QByteArray::number(value, 'f', 3) + "cm";
}

QByteArray attribute(const char* name, const QByteArray& value)
{
    return QByteArray(" ") + name + "=\"" + value + '"';
}

/// An OpenFormula string literal: quotes doubled inside double quotes.
QString formulaString(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

OdsWriter::OdsWriter(const QString& path) : m_path(path)
{}

OdsWriter::~OdsWriter()
{
    // Closing the archive only writes into the QSaveFile; without commit() it is dropped.
    m_zip.reset();
}

int OdsWriter::addStyle(const CellStyle& style)
{
    m_styles << style;
    return int(m_styles.size()) - 1;
}

int OdsWriter::addValidation(const ListValidation& validation)
{
    m_validations << validation;
    return int(m_validations.size()) - 1;
}

void OdsWriter::addSheet(const Sheet& sheet)
{
    m_sheets << sheet;
}

QByteArray OdsWriter::escaped(QStringView text)
{
    QString clean;
    clean.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate()) {
            if (i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                clean += c;
                clean += text.at(++i);
            }
            continue;
        }
        if (c.isLowSurrogate() || u == 0xFFFE || u == 0xFFFF)
            continue;
        switch (u) {
        case u'&':
            clean += QLatin1String("&amp;");
            break;
        case u'<':
            clean += QLatin1String("&lt;");
            break;
        case u'>':
            clean += QLatin1String("&gt;");
            break;
        case u'"':
            clean += QLatin1String("&quot;");
            break;
        case u'\t':
            clean += QLatin1String("&#9;");
            break;
        case u'\n':
            clean += QLatin1String("&#10;");
            break;
        case u'\r':
            clean += QLatin1String("&#13;");
            break;
        default:
            if (u >= 0x20)
                clean += c;
        }
    }
    return clean.toUtf8();
}

QByteArray OdsWriter::paragraphs(QStringView text)
{
    // ODF collapses white space in a paragraph: runs of spaces beyond the first, and spaces at
    // either end, are written as <text:s/>; tabs as <text:tab/>; each line is a paragraph.
    QByteArray out;
    QString normalised = text.toString();
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalised.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QList<QStringView> lines = QStringView(normalised).split(u'\n');
    for (QStringView line : lines) {
        out += "<text:p>";
        qsizetype i = 0;
        while (i < line.size()) {
            if (line.at(i) == u' ') {
                qsizetype end = i;
                while (end < line.size() && line.at(end) == u' ')
                    ++end;
                const qsizetype run = end - i;
                const bool edge = i == 0 || end == line.size();
                const qsizetype coded = edge ? run : run - 1;
                if (!edge)
                    out += ' ';
                if (coded == 1)
                    out += "<text:s/>";
                else if (coded > 1)
                    out += "<text:s text:c=\"" + QByteArray::number(coded) + "\"/>";
                i = end;
            } else if (line.at(i) == u'\t') {
                out += "<text:tab/>";
                ++i;
            } else {
                qsizetype end = i;
                while (end < line.size() && line.at(end) != u' ' && line.at(end) != u'\t')
                    ++end;
                out += escaped(line.mid(i, end - i));
                i = end;
            }
        }
        out += "</text:p>";
    }
    return out;
}

void OdsWriter::fail(const QString& reason)
{
    if (m_error.isEmpty())
        m_error = reason;
}

bool OdsWriter::writeEntry(const QString& name, const QByteArray& bytes)
{
    if (!m_error.isEmpty())
        return false;
    if (!m_zip->writeFile(name, bytes)) {
        fail(m_zip->errorString());
        return false;
    }
    return true;
}

QByteArray OdsWriter::contentHead() const
{
    QByteArray head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content";
    head += kNamespaces;
    head += " office:version=\"1.3\"><office:automatic-styles>";
    for (int s = 0; s < m_sheets.size(); ++s) {
        const Sheet& sheet = m_sheets.at(s);
        for (int c = 0; c < sheet.columns.size(); ++c)
            head += "<style:style style:name=\"co" + QByteArray::number(s + 1) + '_' + QByteArray::number(c + 1) +
                    "\" style:family=\"table-column\"><style:table-column-properties "
                    "fo:break-before=\"auto\" style:column-width=\"" +
                    cm(sheet.columns.at(c).widthCm) + "\"/></style:style>";
        if (sheet.firstRowHeightCm > 0)
            head += "<style:style style:name=\"ro" + QByteArray::number(s + 1) +
                    "\" style:family=\"table-row\"><style:table-row-properties style:row-height=\"" +
                    cm(sheet.firstRowHeightCm) +
                    "\" fo:break-before=\"auto\" "
                    "style:use-optimal-row-height=\"false\"/></style:style>";
    }
    head += "<style:style style:name=\"ta1\" style:family=\"table\" style:master-page-name=\"Default\">"
            "<style:table-properties table:display=\"true\" "
            "style:writing-mode=\"lr-tb\"/></style:style>";
    for (int i = 0; i < m_styles.size(); ++i) {
        const CellStyle& style = m_styles.at(i);
        head += "<style:style style:name=\"ce" + QByteArray::number(i + 1) +
                "\" style:family=\"table-cell\" "
                "style:parent-style-name=\"Default\"><style:table-cell-properties";
        if (style.background.isValid())
            head += attribute("fo:background-color", style.background.name().toLatin1());
        if (style.ruled)
            head += attribute("fo:border-bottom", "0.74pt solid #000000");
        if (style.rotated)
            head += " style:rotation-angle=\"90\" style:rotation-align=\"none\" "
                    "style:vertical-align=\"bottom\"";
        head += "/>";
        if (style.centered)
            head += "<style:paragraph-properties fo:text-align=\"center\" fo:margin-left=\"0cm\"/>";
        if (style.bold || style.text.isValid()) {
            head += "<style:text-properties";
            if (style.text.isValid())
                head += attribute("fo:color", style.text.name().toLatin1());
            if (style.bold)
                head += " fo:font-weight=\"bold\" style:font-weight-asian=\"bold\" "
                        "style:font-weight-complex=\"bold\"";
            head += "/>";
        }
        head += "</style:style>";
    }
    head += "</office:automatic-styles><office:body><office:spreadsheet>";
    if (!m_validations.isEmpty()) {
        head += "<table:content-validations>";
        for (int i = 0; i < m_validations.size(); ++i) {
            const ListValidation& v = m_validations.at(i);
            QStringList items;
            for (const QString& t : v.texts)
                items << formulaString(t);
            for (double n : v.numbers)
                items << QString::number(n, 'g', 15);
            const QString condition =
                QStringLiteral("of:cell-content-is-in-list(%1)").arg(items.join(QLatin1Char(';')));
            head += "<table:content-validation table:name=\"val" + QByteArray::number(i + 1) + '"' +
                    attribute("table:condition", escaped(condition)) +
                    " table:allow-empty-cell=\"true\" table:display-list=\"unsorted\"" +
                    attribute("table:base-cell-address", escaped(v.baseCell)) + '>';
            head += "<table:help-message" + attribute("table:title", escaped(v.title)) + " table:display=\"true\">" +
                    paragraphs(v.message) + "</table:help-message>";
            head += "<table:error-message" + attribute("table:title", escaped(v.title)) +
                    " table:message-type=\"stop\" table:display=\"true\">" + paragraphs(v.message) +
                    "</table:error-message>";
            head += "</table:content-validation>";
        }
        head += "</table:content-validations>";
    }
    return head;
}

QByteArray OdsWriter::settings() const
{
    const auto item = [](const char* name, const char* type, const QByteArray& value) -> QByteArray {
        return QByteArray("<config:config-item config:name=\"") + name + "\" config:type=\"" + type + "\">" + value +
               "</config:config-item>";
    };
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<office:document-settings "
                     "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                     " xmlns:config=\"urn:oasis:names:tc:opendocument:xmlns:config:1.0\""
                     // LibreOffice resolves the prefix of "ooo:view-settings": without it, no frozen panes.
                     " xmlns:ooo=\"http://openoffice.org/2004/office\" office:version=\"1.3\"><office:settings>"
                     "<config:config-item-set config:name=\"ooo:view-settings\"><config:config-item-map-indexed "
                     "config:name=\"Views\">"
                     "<config:config-item-map-entry>";
    xml += item("ViewId", "string", "view1");
    xml += "<config:config-item-map-named config:name=\"Tables\">";
    for (const Sheet& sheet : m_sheets) {
        xml += "<config:config-item-map-entry" + attribute("config:name", escaped(sheet.name)) + '>';
        const QByteArray columns = QByteArray::number(sheet.frozenColumns);
        const QByteArray rows = QByteArray::number(sheet.frozenRows);
        xml += item("CursorPositionX", "int", columns);
        xml += item("CursorPositionY", "int", rows);
        xml += item("HorizontalSplitMode", "short", sheet.frozenColumns > 0 ? "2" : "0");
        xml += item("VerticalSplitMode", "short", sheet.frozenRows > 0 ? "2" : "0");
        xml += item("HorizontalSplitPosition", "int", columns);
        xml += item("VerticalSplitPosition", "int", rows);
        // The pane that holds the cursor (LibreOffice's ScSplitPos): 0 top left, 1 top right,
        // 2 bottom left, 3 bottom right — the one below and right of the frozen cells.
        // Without frozen cells LibreOffice writes 2.
        const int pane = sheet.frozenRows > 0 || sheet.frozenColumns == 0 ? 2 + (sheet.frozenColumns > 0 ? 1 : 0) : 1;
        xml += item("ActiveSplitRange", "short", QByteArray::number(pane));
        xml += item("PositionLeft", "int", "0");
        xml += item("PositionRight", "int", columns);
        xml += item("PositionTop", "int", "0");
        xml += item("PositionBottom", "int", rows);
        xml += "</config:config-item-map-entry>";
    }
    xml += "</config:config-item-map-named>";
    xml += item("ActiveTable", "string", m_sheets.isEmpty() ? QByteArray() : escaped(m_sheets.first().name));
    xml += "</config:config-item-map-entry></config:config-item-map-indexed></"
           "config:config-item-set></office:settings>"
           "</office:document-settings>";
    return xml;
}

Result<void> OdsWriter::open()
{
    const QString where = QDir::toNativeSeparators(m_path);
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return Error{Error::ReadOnly, tr("Cannot write %1: %2").arg(where, m_file->errorString())};
    // KZip closes its device when it is done; the SaveDevice does not pass that on to the
    // QSaveFile, which must be committed instead (or dropped, on failure).
    m_device = std::make_unique<SaveDevice>(m_file.get());
    m_zip = std::make_unique<KZip>(m_device.get());
    if (!m_zip->open(QIODevice::WriteOnly))
        return Error{Error::Failed, tr("Cannot write %1: %2").arg(where, m_zip->errorString())};
    m_open = true;

    // The mimetype comes first, stored and without an extra field, so that its text sits at a
    // fixed offset where file type sniffers look for it.
    m_zip->setCompression(KZip::NoCompression);
    m_zip->setExtraField(KZip::NoExtraField);
    writeEntry(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.spreadsheet");
    m_zip->setCompression(KZip::DeflateCompression);
    writeEntry(QStringLiteral("META-INF/manifest.xml"),
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
               "manifest:version=\"1.3\">"
               "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\""
               " manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>"
               "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
               "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
               "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
               "<manifest:file-entry manifest:full-path=\"settings.xml\" "
               "manifest:media-type=\"text/xml\"/>"
               "</manifest:manifest>");
    const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toLatin1();
    writeEntry(QStringLiteral("meta.xml"),
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
               " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" "
               "xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
               " office:version=\"1.3\"><office:meta><meta:generator>CoE "
               "Studio</meta:generator><meta:creation-date>" +
                   now + "</meta:creation-date><dc:date>" + now + "</dc:date></office:meta></office:document-meta>");
    writeEntry(QStringLiteral("styles.xml"),
               QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles") + kNamespaces +
                   " office:version=\"1.3\"><office:styles>"
                   "<style:default-style style:family=\"table-cell\"><style:paragraph-properties "
                   "style:tab-stop-distance=\"1.25cm\"/>"
                   "</style:default-style>"
                   "<style:style style:name=\"Default\" style:family=\"table-cell\"/>"
                   "</office:styles><office:automatic-styles><style:page-layout style:name=\"pm1\">"
                   "<style:page-layout-properties "
                   "style:writing-mode=\"lr-tb\"/></style:page-layout></office:automatic-styles>"
                   "<office:master-styles><style:master-page style:name=\"Default\" "
                   "style:page-layout-name=\"pm1\"/>"
                   "</office:master-styles></office:document-styles>");
    writeEntry(QStringLiteral("settings.xml"), settings());
    if (m_error.isEmpty() && !m_zip->prepareWriting(QStringLiteral("content.xml"), QString(), QString(), 0))
        fail(m_zip->errorString());
    if (!m_error.isEmpty())
        return m_file->error() == QFileDevice::ResourceError
                   ? diskFullError(m_path)
                   : Error{Error::Failed, tr("Cannot write %1: %2").arg(where, m_error)};
    m_buffer.reserve(kChunk + (64 << 10));
    put(contentHead());
    return {};
}

void OdsWriter::put(const QByteArray& bytes)
{
    m_buffer += bytes;
    if (m_buffer.size() >= kChunk)
        flush();
}

void OdsWriter::put(const char* bytes)
{
    m_buffer += bytes;
    if (m_buffer.size() >= kChunk)
        flush();
}

void OdsWriter::flush()
{
    if (m_buffer.isEmpty())
        return;
    if (m_error.isEmpty()) {
        if (m_zip->writeData(m_buffer.constData(), m_buffer.size()))
            m_contentSize += m_buffer.size();
        else
            fail(m_zip->errorString());
    }
    m_buffer.resize(0);
}

void OdsWriter::startSheet()
{
    ++m_sheet;
    m_row = 0;
    const Sheet& sheet = m_sheets.at(m_sheet);
    QByteArray xml = "<table:table" + attribute("table:name", escaped(sheet.name)) + " table:style-name=\"ta1\">";
    for (int c = 0; c < sheet.columns.size(); ++c) {
        xml += "<table:table-column table:style-name=\"co" + QByteArray::number(m_sheet + 1) + '_' +
               QByteArray::number(c + 1) + '"';
        if (sheet.columns.at(c).count > 1)
            xml += " table:number-columns-repeated=\"" + QByteArray::number(sheet.columns.at(c).count) + '"';
        xml += " table:default-cell-style-name=\"Default\"/>";
    }
    put(xml);
}

void OdsWriter::startRow()
{
    if (m_row == 0 && m_sheets.at(m_sheet).firstRowHeightCm > 0)
        put("<table:table-row table:style-name=\"ro" + QByteArray::number(m_sheet + 1) + "\">");
    else
        put("<table:table-row>");
    ++m_row;
}

void OdsWriter::text(const QString& text, int style)
{
    if (text.isEmpty()) {
        empty();
        return;
    }
    QByteArray xml = "<table:table-cell";
    if (style >= 0)
        xml += " table:style-name=\"ce" + QByteArray::number(style + 1) + '"';
    xml += " office:value-type=\"string\">" + paragraphs(text) + "</table:table-cell>";
    put(xml);
}

void OdsWriter::number(double value, int style, int validation)
{
    // Level cells repeat a handful of values millions of times: each distinct cell is built once.
    const bool small = value >= 0 && value < 1000 && value == double(int(value)) && style < 1000 && validation < 1000;
    const quint64 key = small ? (quint64(value) << 32) | (quint64(style + 1) << 16) | quint64(validation + 1) : 0;
    if (small) {
        if (const auto found = m_cells.constFind(key); found != m_cells.cend()) {
            put(*found);
            return;
        }
    }
    const QByteArray shown = QByteArray::number(value, 'g', 15);
    QByteArray xml = "<table:table-cell";
    if (style >= 0)
        xml += " table:style-name=\"ce" + QByteArray::number(style + 1) + '"';
    if (validation >= 0)
        xml += " table:content-validation-name=\"val" + QByteArray::number(validation + 1) + '"';
    // No <text:p> with the number shown: readers take office:value, and leaving it out makes
    // a 10,000 × 500 content.xml 170 MB smaller (inflated), well inside readers' entry limits.
    xml += " office:value-type=\"float\" office:value=\"" + shown + "\"/>";
    if (small)
        m_cells.insert(key, xml);
    put(xml);
}

void OdsWriter::empty(int count, int validation)
{
    if (count <= 0)
        return;
    QByteArray xml = "<table:table-cell";
    if (validation >= 0)
        xml += " table:content-validation-name=\"val" + QByteArray::number(validation + 1) + '"';
    if (count > 1)
        xml += " table:number-columns-repeated=\"" + QByteArray::number(count) + '"';
    xml += "/>";
    put(xml);
}

void OdsWriter::endRow()
{
    put("</table:table-row>");
}

void OdsWriter::endSheet()
{
    put("</table:table>");
}

Result<void> OdsWriter::finish()
{
    const QString where = QDir::toNativeSeparators(m_path);
    if (!m_open)
        return Error{Error::Failed, tr("Cannot write %1: the file was not opened.").arg(where)};
    put("</office:spreadsheet></office:body></office:document-content>");
    flush();
    if (m_error.isEmpty() && !m_zip->finishWriting(m_contentSize))
        fail(m_zip->errorString());
    if (m_error.isEmpty() && !m_zip->close())
        fail(m_zip->errorString());
    if (m_error.isEmpty() && !static_cast<SaveDevice*>(m_device.get())->flushBuffer())
        fail(m_device->errorString());
    if (m_error.isEmpty() && !m_file->commit())
        fail(m_file->errorString());
    m_open = false;
    if (m_error.isEmpty())
        return {};
    if (m_file->error() == QFileDevice::ResourceError) // ENOSPC, whatever words KZip chose
        return diskFullError(m_path);
    return Error{Error::Failed, tr("Cannot write %1: %2").arg(where, m_error)};
}

} // namespace coe
