// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/odsreader.h"

#include "io/ziparchive.h"

#include <QRegularExpression>

#include <cmath>

namespace coe {

namespace {

const QString contentXml = QStringLiteral("content.xml");
constexpr QLatin1StringView officeNs("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
constexpr QLatin1StringView tableNs("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
constexpr QLatin1StringView textNs("urn:oasis:names:tc:opendocument:xmlns:text:1.0");

bool isElement(const QXmlStreamReader& xml, QLatin1StringView ns, QLatin1StringView name)
{
    return xml.namespaceUri() == ns && xml.name() == name;
}

// A repeat count: at least 1, and never past @p cap (a count beyond every limit is as good as
// the cap, and cannot overflow what it is added to).
qint64 repeatCount(const QXmlStreamAttributes& attributes, QLatin1StringView name, qint64 cap)
{
    const QStringView value = attributes.value(tableNs, name);
    if (value.isEmpty())
        return 1;
    bool ok = false;
    const qint64 count = value.toLongLong(&ok);
    if (!ok || count < 1)
        return 1;
    return qMin(count, cap);
}

QString xmlUnescape(const QString& text)
{
    static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9A-Fa-f]+);"));
    QString out;
    qsizetype last = 0;
    auto it = numeric.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        bool ok = false;
        const uint code = match.captured(2).toUInt(&ok, match.captured(1).isEmpty() ? 10 : 16);
        if (ok && code > 0 && code <= 0x10FFFF)
            out += QString::fromUcs4(reinterpret_cast<const char32_t*>(&code), 1);
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    out.replace(QLatin1String("&lt;"), QLatin1String("<"));
    out.replace(QLatin1String("&gt;"), QLatin1String(">"));
    out.replace(QLatin1String("&quot;"), QLatin1String("\""));
    out.replace(QLatin1String("&apos;"), QLatin1String("'"));
    out.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return out;
}

// Where the start tag at @p from ends: its '>' outside quotes (an attribute value may hold a
// '>'), or -1 when the tag goes on past @p bytes.
qsizetype tagEnd(const QByteArray& bytes, qsizetype from)
{
    char quote = 0;
    for (qsizetype i = from; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            return i;
        }
    }
    return -1;
}

} // namespace

OdsReader::OdsReader(std::unique_ptr<ZipArchive> zip, const QString& fileName)
    : SheetReader(Format::Ods, fileName, zip->limits()), m_zip(std::move(zip))
{}

OdsReader::~OdsReader() = default;

Result<std::unique_ptr<SheetReader>> OdsReader::open(std::unique_ptr<ZipArchive> zip, const QString& sheet)
{
    const QString fileName = zip->fileName();
    std::unique_ptr<OdsReader> reader(new OdsReader(std::move(zip), fileName));
    // The names settings.xml lists (LibreOffice and our writer list every sheet there) spare a
    // pass over content.xml, which is most of the file; the sheet is then found by its name as
    // content.xml is read, so a stale list cannot choose the wrong one.
    reader->m_byName = reader->sheetNamesFromSettings();
    if (!reader->m_byName) {
        if (auto scanned = reader->scanSheetNames(); !scanned)
            return scanned.error();
    }
    const int index = findSheet(reader->m_sheetNames, sheet);
    if (index < 0)
        return noSuchSheet(fileName, sheet, reader->m_sheetNames);
    reader->m_sheetIndex = index;
    reader->m_sheetName = reader->m_sheetNames[index];

    const QString place = tr("%1, sheet %2").arg(fileName, reader->m_sheetName);
    auto device = reader->m_zip->openEntry(contentXml, place);
    if (!device)
        return device.error();
    reader->m_device = device.take();
    reader->m_xml = std::make_unique<XmlPart>(reader->m_device.get(), place, tr("the sheet's content.xml"),
                                              reader->m_limits.maxXmlDepth);
    return std::unique_ptr<SheetReader>(std::move(reader));
}

// The names of the sheets, in order, from the start tags of the tables: a scan of the bytes,
// much cheaper than parsing content.xml twice. The parse that follows checks the XML.
Result<void> OdsReader::scanSheetNames()
{
    auto device = m_zip->openEntry(contentXml);
    if (!device)
        return device.error();
    static const QRegularExpression nameAttribute(QStringLiteral("\\stable:name\\s*=\\s*(\"([^\"]*)\"|'([^']*)')"));
    static const QByteArray tag("<table:table");
    QByteArray buffer;
    char chunk[65536];
    for (;;) {
        const qint64 n = device.value()->read(chunk, sizeof chunk);
        if (n < 0)
            return device.value()->error();
        if (n == 0)
            break;
        buffer.append(chunk, n);
        qsizetype from = 0;
        qsizetype keep = qMax<qsizetype>(0, buffer.size() - (tag.size() + 1));
        for (;;) {
            const qsizetype at = buffer.indexOf(tag, from);
            if (at < 0 || at + tag.size() >= buffer.size())
                break;
            const char after = buffer[at + tag.size()];
            if (after != ' ' && after != '>' && after != '\t' && after != '\n' && after != '\r' && after != '/') {
                from = at + tag.size();
                continue;
            }
            const qsizetype end = tagEnd(buffer, at);
            if (end < 0) {
                keep = at; // the tag goes on in the next chunk
                break;
            }
            const QString startTag = QString::fromUtf8(buffer.constData() + at, end - at);
            const auto match = nameAttribute.match(startTag);
            m_sheetNames.append(xmlUnescape(match.hasMatch() ? match.captured(2) + match.captured(3) : QString()));
            from = end + 1;
            keep = qMax(from, keep);
        }
        buffer.remove(0, qMin(keep, buffer.size()));
    }
    if (device.value()->failed())
        return device.value()->error();
    return {};
}

Error OdsReader::stop(const Error& error)
{
    m_error = error;
    return error;
}

Result<bool> OdsReader::next(CsvTable::Record& row)
{
    if (m_error)
        return *m_error;
    if (m_repeatLeft > 0) {
        --m_repeatLeft;
        ++m_repeat.line;
        row = m_repeat;
        return true;
    }
    if (m_finished)
        return false;
    QXmlStreamReader& xml = m_xml->xml();
    while (m_xml->next()) {
        if (m_tableDepth < 0) {
            if (xml.tokenType() == QXmlStreamReader::StartElement &&
                isElement(xml, tableNs, QLatin1StringView("table"))) {
                const bool chosen = m_byName ? (m_sheetIndex == 0 && m_tablesSeen == 0) ||
                                                   xml.attributes()
                                                           .value(tableNs, QLatin1StringView("name"))
                                                           .compare(m_sheetName, Qt::CaseInsensitive) == 0
                                             : m_tablesSeen == m_sheetIndex;
                if (chosen && m_byName)
                    m_sheetName = xml.attributes().value(tableNs, QLatin1StringView("name")).toString();
                ++m_tablesSeen;
                if (chosen)
                    m_tableDepth = m_xml->depth();
                else if (!m_xml->skipElement())
                    break;
            }
            continue;
        }
        if (xml.tokenType() == QXmlStreamReader::EndElement && m_xml->depth() < m_tableDepth) {
            // The sheet is read: the rest of content.xml (other sheets) is not needed.
            m_finished = true;
            return false;
        }
        if (xml.tokenType() == QXmlStreamReader::StartElement &&
            isElement(xml, tableNs, QLatin1StringView("table-row"))) {
            auto read = readRow(row);
            if (!read)
                return stop(read.error());
            if (read.value())
                return true;
        }
    }
    if (m_xml->failed())
        return stop(m_xml->error());
    if (m_tableDepth < 0 && m_byName) // settings.xml named a sheet that content.xml does not hold
        return stop(noSuchSheet(m_fileName, m_sheetName, m_sheetNames));
    m_finished = true;
    return false;
}

bool OdsReader::sheetNamesFromSettings()
{
    if (!m_zip->contains(QStringLiteral("settings.xml")))
        return false;
    auto bytes = m_zip->readSmall(QStringLiteral("settings.xml"), qint64(16) << 20);
    if (!bytes)
        return false; // the names then come from content.xml, which is checked as it is read
    constexpr QLatin1StringView configNs("urn:oasis:names:tc:opendocument:xmlns:config:1.0");
    XmlPart part(bytes.value(), m_fileName, QStringLiteral("settings.xml"), m_limits.maxXmlDepth);
    QXmlStreamReader& xml = part.xml();
    int tablesDepth = -1;
    QStringList names;
    while (part.next()) {
        if (xml.tokenType() == QXmlStreamReader::StartElement) {
            const QStringView name = xml.attributes().value(configNs, QLatin1StringView("name"));
            if (tablesDepth < 0 && isElement(xml, configNs, QLatin1StringView("config-item-map-named")) &&
                name == QLatin1String("Tables"))
                tablesDepth = part.depth();
            else if (tablesDepth >= 0 && part.depth() == tablesDepth + 1 &&
                     isElement(xml, configNs, QLatin1StringView("config-item-map-entry")))
                names << name.toString();
        } else if (xml.tokenType() == QXmlStreamReader::EndElement && tablesDepth >= 0 && part.depth() < tablesDepth) {
            break;
        }
    }
    if (part.failed() || names.isEmpty())
        return false;
    m_sheetNames = names;
    return true;
}

Result<bool> OdsReader::readRow(CsvTable::Record& row)
{
    QXmlStreamReader& xml = m_xml->xml();
    const qint64 rowCap = qint64(m_limits.maxRows) + 1;
    const qint64 repeat = repeatCount(xml.attributes(), QLatin1StringView("number-rows-repeated"), rowCap);
    const qint64 first = m_rows + 1;
    m_rows = qMin(m_rows + repeat, rowCap * 2);
    const int line = int(qMin(first, rowCap));

    QStringList fields;
    qint64 column = 0;
    const qint64 columnCap = qint64(m_limits.maxColumns) + 1;
    const int depth = m_xml->depth();
    while (m_xml->next()) {
        if (xml.tokenType() == QXmlStreamReader::EndElement && m_xml->depth() < depth)
            break;
        if (xml.tokenType() != QXmlStreamReader::StartElement)
            continue;
        const bool cell = isElement(xml, tableNs, QLatin1StringView("table-cell"));
        const bool covered = isElement(xml, tableNs, QLatin1StringView("covered-table-cell"));
        if (!cell && !covered) {
            if (!m_xml->skipElement())
                break;
            continue;
        }
        const qint64 count = repeatCount(xml.attributes(), QLatin1StringView("number-columns-repeated"), columnCap);
        auto value = readCell(line, column, covered);
        if (!value)
            return value.error();
        if (!value.value().isEmpty()) {
            if (column + count > m_limits.maxColumns)
                return tooManyColumns(line);
            if (first > m_limits.maxRows)
                return tooManyRows();
            fields.resize(column);
            for (qint64 i = 0; i < count; ++i)
                fields.append(value.value());
        }
        column = qMin(column + count, columnCap * 2);
    }
    if (m_xml->failed())
        return m_xml->error();
    if (fields.isEmpty())
        return false;
    if (m_rows > m_limits.maxRows)
        return tooManyRows();
    row.line = line;
    row.fields = fields;
    m_repeat = row;
    m_repeatLeft = repeat - 1;
    return true;
}

Result<QString> OdsReader::readCell(int line, qint64 column, bool covered)
{
    QXmlStreamReader& xml = m_xml->xml();
    const int shownColumn = int(qMin<qint64>(column, m_limits.maxColumns));
    if (covered) {
        if (!m_xml->skipElement())
            return m_xml->error();
        return QString();
    }
    const QXmlStreamAttributes attributes = xml.attributes();
    const QStringView type = attributes.value(officeNs, QLatin1String("value-type"));
    QString value;
    if (type == QLatin1String("float") || type == QLatin1String("percentage") || type == QLatin1String("currency"))
        value = formatNumber(attributes.value(officeNs, QLatin1String("value")));
    else if (type == QLatin1String("date"))
        value = attributes.value(officeNs, QLatin1String("date-value")).toString();
    else if (type == QLatin1String("time"))
        value = isoTime(attributes.value(officeNs, QLatin1String("time-value")));
    else if (type == QLatin1String("boolean"))
        value = attributes.value(officeNs, QLatin1String("boolean-value")) == QLatin1String("true")
                    ? QStringLiteral("TRUE")
                    : QStringLiteral("FALSE");
    else
        // LibreOffice writes an empty office:string-value on error cells (#N/A), whose text
        // is in the paragraph: only a value that holds something overrides the paragraphs.
        value = attributes.value(officeNs, QLatin1String("string-value")).toString();
    const bool fromText = value.isEmpty() && (type.isEmpty() || type == QLatin1String("string"));
    if (value.size() > m_limits.maxCellChars)
        return cellTooLong(line, shownColumn);

    const int depth = m_xml->depth();
    bool firstParagraph = true;
    while (m_xml->next()) {
        if (xml.tokenType() == QXmlStreamReader::EndElement && m_xml->depth() < depth)
            break;
        if (xml.tokenType() != QXmlStreamReader::StartElement)
            continue;
        const bool paragraph =
            isElement(xml, textNs, QLatin1StringView("p")) || isElement(xml, textNs, QLatin1StringView("h"));
        if (fromText && paragraph) {
            if (!firstParagraph)
                value += u'\n';
            firstParagraph = false;
            if (auto read = readParagraph(value, line, shownColumn); !read)
                return read.error();
        } else if (!m_xml->skipElement()) { // a comment (office:annotation), a shape, a value's
                                            // display text
            break;
        }
    }
    if (m_xml->failed())
        return m_xml->error();
    if (value.size() > m_limits.maxCellChars)
        return cellTooLong(line, shownColumn);
    return value;
}

Result<void> OdsReader::readParagraph(QString& text, int line, qint64 column)
{
    QXmlStreamReader& xml = m_xml->xml();
    const int depth = m_xml->depth();
    const qsizetype cap = m_limits.maxCellChars;
    while (m_xml->next()) {
        switch (xml.tokenType()) {
        case QXmlStreamReader::EndElement:
            if (m_xml->depth() < depth)
                return {};
            break;
        case QXmlStreamReader::Characters:
            text += xml.text();
            break;
        case QXmlStreamReader::StartElement:
            if (isElement(xml, textNs, QLatin1StringView("s"))) {
                const QStringView c = xml.attributes().value(textNs, QLatin1String("c"));
                bool ok = false;
                const qint64 count = c.isEmpty() ? 1 : qBound<qint64>(1, c.toLongLong(&ok), cap + 1);
                text += QString(qsizetype(qMin<qint64>(count, cap + 1 - qMin<qint64>(text.size(), cap + 1))), u' ');
            } else if (isElement(xml, textNs, QLatin1StringView("tab"))) {
                text += u'\t';
            } else if (isElement(xml, textNs, QLatin1StringView("line-break"))) {
                text += u'\n';
            } else if (isElement(xml, officeNs, QLatin1StringView("annotation")) ||
                       isElement(xml, textNs, QLatin1StringView("note"))) {
                if (!m_xml->skipElement())
                    return m_xml->failed() ? m_xml->error() : m_xml->damaged(tr("a paragraph of a cell does not end"));
            }
            break; // spans, links: their characters come as they are
        default:
            break;
        }
        if (text.size() > cap)
            return cellTooLong(line, int(column));
    }
    if (m_xml->failed())
        return m_xml->error();
    return m_xml->damaged(tr("a paragraph of a cell does not end"));
}

QString OdsReader::isoTime(QStringView text)
{
    static const QRegularExpression duration(
        QStringLiteral("^-?P(?:(\\d+)D)?T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:[.,]\\d+)?)S)?$"));
    const auto match = duration.matchView(text.trimmed());
    if (!match.hasMatch())
        return text.toString();
    const qint64 total = match.capturedView(1).toLongLong() * 86400 + match.capturedView(2).toLongLong() * 3600 +
                         match.capturedView(3).toLongLong() * 60 +
                         std::llround(match.captured(4).replace(u',', u'.').toDouble());
    return QStringLiteral("%1:%2:%3")
        .arg(total / 3600, 2, 10, QLatin1Char('0'))
        .arg((total / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(total % 60, 2, 10, QLatin1Char('0'));
}

double OdsReader::progress() const
{
    return m_finished ? 1.0 : m_device ? m_device->progress() : 0.0;
}

} // namespace coe
