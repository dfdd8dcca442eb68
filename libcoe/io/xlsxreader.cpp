// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/xlsxreader.h"

#include "io/ziparchive.h"

#include <QDate>
#include <QDir>
#include <QTime>

#include <cmath>

namespace coe {

namespace {

constexpr qint64 relationBytes = qint64(8) << 20; // relationships and the workbook part

// The text of the element that just started: its direct characters (<v>, <t>) or, with
// @p onlyInT, those of its <t> children (<si>, <is>, rich-text runs <r><t>), never those of
// phonetic runs <rPh>. Appends at most @p cap + 1 characters, so that an overlong text is
// seen as such without being kept whole.
bool readCellText(XmlPart& xml, QString& text, qsizetype cap, bool onlyInT)
{
    const int depth = xml.depth();
    int inT = onlyInT ? 0 : 1;
    while (xml.next()) {
        switch (xml.xml().tokenType()) {
        case QXmlStreamReader::StartElement:
            if (xml.xml().name() == QLatin1String("rPh") || xml.xml().name() == QLatin1String("phoneticPr")) {
                if (!xml.skipElement())
                    return false;
            } else if (onlyInT && xml.xml().name() == QLatin1String("t")) {
                ++inT;
            }
            break;
        case QXmlStreamReader::EndElement:
            if (xml.depth() < depth)
                return true;
            if (onlyInT && xml.xml().name() == QLatin1String("t"))
                --inT;
            break;
        case QXmlStreamReader::Characters:
            if (inT > 0 && text.size() <= cap)
                text += xml.xml().text().left(cap + 1 - text.size());
            break;
        default:
            break;
        }
    }
    return false;
}

// "B12" → column 1; -1 when @p ref starts with no letter; @p tooFar when it names a column
// past @p maxColumns (never computed past that, so a long run of letters cannot overflow).
int parseColumn(QStringView ref, int maxColumns, bool& tooFar)
{
    tooFar = false;
    qint64 column = 0;
    qsizetype i = 0;
    for (; i < ref.size(); ++i) {
        const QChar c = ref[i];
        const char16_t u = c.unicode();
        if (u >= u'A' && u <= u'Z')
            column = column * 26 + (u - u'A' + 1);
        else if (u >= u'a' && u <= u'z')
            column = column * 26 + (u - u'a' + 1);
        else
            break;
        if (column > maxColumns) {
            tooFar = true;
            return -1;
        }
    }
    if (i == 0)
        return -1;
    return int(column - 1);
}

QString resolveTarget(const QString& basePart, const QString& target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1));
    const qsizetype slash = basePart.lastIndexOf(u'/');
    return QDir::cleanPath(basePart.left(slash + 1) + target);
}

QString relationsOf(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return part.left(slash + 1) + QStringLiteral("_rels/") + part.mid(slash + 1) + QStringLiteral(".rels");
}

// r:id, whatever prefix the relationships namespace has (transitional or strict OOXML).
QString relationId(const QXmlStreamAttributes& attributes)
{
    for (const auto& attribute : attributes) {
        if (attribute.name() == QLatin1String("id") && !attribute.namespaceUri().isEmpty())
            return attribute.value().toString();
    }
    return {};
}

bool isTrue(QStringView value)
{
    return value == QLatin1String("1") || value == QLatin1String("true");
}

} // namespace

XlsxReader::XlsxReader(std::unique_ptr<ZipArchive> zip, const QString& fileName)
    : SheetReader(Format::Xlsx, fileName, zip->limits()), m_zip(std::move(zip))
{}

XlsxReader::~XlsxReader() = default;

Result<std::unique_ptr<SheetReader>> XlsxReader::open(std::unique_ptr<ZipArchive> zip, const QString& workbookPath,
                                                      const QString& sheet)
{
    const QString fileName = zip->fileName();
    std::unique_ptr<XlsxReader> reader(new XlsxReader(std::move(zip), fileName));

    QStringList sheetIds;
    if (auto read = reader->readWorkbook(workbookPath, sheetIds); !read)
        return read.error();
    const int index = findSheet(reader->m_sheetNames, sheet);
    if (index < 0)
        return noSuchSheet(fileName, sheet, reader->m_sheetNames);
    reader->m_sheetName = reader->m_sheetNames[index];

    auto relations = reader->readRelations(workbookPath);
    if (!relations)
        return relations.error();
    QString sheetPath;
    QString stylesPath;
    QString sharedPath;
    for (auto it = relations.value().cbegin(); it != relations.value().cend(); ++it) {
        if (it->type.endsWith(QLatin1String("/styles")))
            stylesPath = it->target;
        else if (it->type.endsWith(QLatin1String("/sharedStrings")))
            sharedPath = it->target;
    }
    sheetPath = relations.value().value(sheetIds[index]).target;
    if (sheetPath.isEmpty())
        sheetPath = QStringLiteral("xl/worksheets/sheet%1.xml").arg(index + 1);
    if (stylesPath.isEmpty() && reader->m_zip->contains(QStringLiteral("xl/styles.xml")))
        stylesPath = QStringLiteral("xl/styles.xml");
    if (sharedPath.isEmpty() && reader->m_zip->contains(QStringLiteral("xl/sharedStrings.xml")))
        sharedPath = QStringLiteral("xl/sharedStrings.xml");
    if (!reader->m_zip->contains(sheetPath))
        return Error{Error::Corrupt, tr("%1 is damaged: the part %2 that should hold sheet %3 is "
                                        "missing; nothing was imported.")
                                         .arg(fileName, sheetPath, reader->m_sheetName)};

    if (!stylesPath.isEmpty() && reader->m_zip->contains(stylesPath)) {
        if (auto read = reader->readStyles(stylesPath); !read)
            return read.error();
    }
    if (!sharedPath.isEmpty() && reader->m_zip->contains(sharedPath)) {
        if (auto read = reader->readSharedStrings(sharedPath); !read)
            return read.error();
    }

    const QString place = tr("%1, sheet %2").arg(fileName, reader->m_sheetName);
    auto device = reader->m_zip->openEntry(sheetPath, place);
    if (!device)
        return device.error();
    reader->m_device = device.take();
    reader->m_xml =
        std::make_unique<XmlPart>(reader->m_device.get(), place, tr("the worksheet"), reader->m_limits.maxXmlDepth);
    return std::unique_ptr<SheetReader>(std::move(reader));
}

Result<QHash<QString, XlsxReader::Relation>> XlsxReader::readRelations(const QString& partPath)
{
    QHash<QString, Relation> relations;
    const QString path = relationsOf(partPath);
    if (!m_zip->contains(path))
        return relations;
    auto bytes = m_zip->readSmall(path, relationBytes);
    if (!bytes)
        return bytes.error();
    XmlPart xml(bytes.value(), m_fileName, path, m_limits.maxXmlDepth);
    while (xml.next()) {
        if (!xml.isStart(QLatin1StringView("Relationship")))
            continue;
        const auto attributes = xml.xml().attributes();
        if (attributes.value(QLatin1String("TargetMode")) == QLatin1String("External"))
            continue;
        relations.insert(attributes.value(QLatin1String("Id")).toString(),
                         Relation{attributes.value(QLatin1String("Type")).toString(),
                                  resolveTarget(partPath, attributes.value(QLatin1String("Target")).toString())});
    }
    if (xml.failed())
        return xml.error();
    return relations;
}

Result<void> XlsxReader::readWorkbook(const QString& workbookPath, QStringList& sheetIds)
{
    auto bytes = m_zip->readSmall(workbookPath, relationBytes);
    if (!bytes)
        return bytes.error();
    XmlPart xml(bytes.value(), m_fileName, workbookPath, m_limits.maxXmlDepth);
    while (xml.next()) {
        if (xml.isStart(QLatin1StringView("workbookPr"))) {
            m_date1904 = isTrue(xml.xml().attributes().value(QLatin1String("date1904")));
        } else if (xml.isStart(QLatin1StringView("sheet"))) {
            const auto attributes = xml.xml().attributes();
            m_sheetNames.append(attributes.value(QLatin1String("name")).toString());
            sheetIds.append(relationId(attributes));
        }
    }
    if (xml.failed())
        return xml.error();
    return {};
}

Result<void> XlsxReader::readStyles(const QString& path)
{
    auto device = m_zip->openEntry(path);
    if (!device)
        return device.error();
    XmlPart xml(device.value().get(), m_fileName, path, m_limits.maxXmlDepth);
    QHash<int, DateKind> custom;
    bool inCellXfs = false;
    while (xml.next()) {
        if (xml.isStart(QLatin1StringView("numFmt"))) {
            const auto attributes = xml.xml().attributes();
            custom.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                          classifyFormat(attributes.value(QLatin1String("formatCode"))));
        } else if (xml.isStart(QLatin1StringView("cellXfs"))) {
            inCellXfs = true;
        } else if (xml.isEnd(QLatin1StringView("cellXfs"))) {
            inCellXfs = false;
        } else if (inCellXfs && xml.isStart(QLatin1StringView("xf"))) {
            const int id = xml.xml().attributes().value(QLatin1String("numFmtId")).toInt();
            m_styles.append(custom.contains(id) ? custom.value(id) : builtinFormat(id));
        }
    }
    if (xml.failed())
        return xml.error();
    return device.value()->finish();
}

Result<void> XlsxReader::readSharedStrings(const QString& path)
{
    auto device = m_zip->openEntry(path);
    if (!device)
        return device.error();
    XmlPart xml(device.value().get(), m_fileName, path, m_limits.maxXmlDepth);
    qint64 bytes = 0;
    while (xml.next()) {
        if (!xml.isStart(QLatin1StringView("si")))
            continue;
        QString text;
        if (!readCellText(xml, text, m_limits.maxCellChars, true))
            break;
        // Each string costs its characters and a string's own size, so that millions of empty
        // strings are bounded too.
        bytes += text.size() * qint64(sizeof(QChar)) + 32;
        if (bytes > m_limits.maxSharedStringBytes)
            return Error{Error::Invalid, tr("%1 is refused: its shared strings hold more than %2 of text, more than a "
                                            "workbook of this size may need; nothing was imported.")
                                             .arg(m_fileName, sizeText(m_limits.maxSharedStringBytes))};
        m_shared.append(text);
    }
    if (xml.failed())
        return xml.error();
    return device.value()->finish();
}

Error XlsxReader::stop(const Error& error)
{
    m_error = error;
    return error;
}

Result<bool> XlsxReader::next(CsvTable::Record& row)
{
    if (m_error)
        return *m_error;
    if (m_finished)
        return false;
    while (m_xml->next()) {
        if (!m_inSheetData) {
            if (m_xml->isStart(QLatin1StringView("sheetData")))
                m_inSheetData = true;
            continue;
        }
        if (m_xml->isEnd(QLatin1StringView("sheetData")))
            break;
        if (m_xml->isStart(QLatin1StringView("row"))) {
            auto read = readRow(row);
            if (!read)
                return stop(read.error());
            if (read.value())
                return true;
        }
    }
    if (m_xml->failed())
        return stop(m_xml->error());
    // What follows the cells (merged ranges, page setup) is not needed, but the whole part is
    // read for its length and checksum.
    if (auto finished = m_device->finish(); !finished)
        return stop(finished.error());
    m_finished = true;
    return false;
}

Result<bool> XlsxReader::readRow(CsvTable::Record& row)
{
    QXmlStreamReader& xml = m_xml->xml();
    int line = m_lastRow + 1;
    const QStringView r = xml.attributes().value(QLatin1String("r"));
    if (!r.isEmpty()) {
        bool ok = false;
        const qint64 number = r.toLongLong(&ok);
        if (!ok || number < 1)
            return m_xml->damaged(
                tr("line %1: a row is numbered \u201c%2\u201d").arg(xml.lineNumber()).arg(r.toString()));
        if (number > m_limits.maxRows)
            return tooManyRows();
        line = int(number);
    }
    if (line > m_limits.maxRows)
        return tooManyRows();
    if (line <= m_lastRow)
        return m_xml->damaged(tr("line %1: row %2 comes after row %3; rows must be in order")
                                  .arg(xml.lineNumber())
                                  .arg(line)
                                  .arg(m_lastRow));
    m_lastRow = line;

    row.line = line;
    row.fields.clear();
    const int depth = m_xml->depth();
    int column = -1;
    while (m_xml->next()) {
        if (xml.tokenType() == QXmlStreamReader::EndElement && m_xml->depth() < depth)
            break;
        if (xml.tokenType() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("c")) {
            if (auto read = readCell(line, row, column); !read)
                return read.error();
        } else if (!m_xml->skipElement()) {
            break;
        }
    }
    if (m_xml->failed())
        return m_xml->error();
    return !row.fields.isEmpty();
}

Result<void> XlsxReader::readCell(int line, CsvTable::Record& row, int& column)
{
    QXmlStreamReader& xml = m_xml->xml();
    const QXmlStreamAttributes attributes = xml.attributes();
    const QStringView ref = attributes.value(QLatin1String("r"));
    if (ref.isEmpty()) {
        ++column;
    } else {
        bool tooFar = false;
        const int at = parseColumn(ref, m_limits.maxColumns, tooFar);
        if (tooFar)
            return tooManyColumns(line);
        if (at < 0)
            return m_xml->damaged(
                tr("line %1: a cell is named \u201c%2\u201d").arg(xml.lineNumber()).arg(ref.toString()));
        column = at;
    }
    if (column >= m_limits.maxColumns)
        return tooManyColumns(line);
    const QStringView type = attributes.value(QLatin1String("t"));
    const int style = attributes.value(QLatin1String("s")).toInt();

    QString value;
    bool hasValue = false;
    const int depth = m_xml->depth();
    while (m_xml->next()) {
        if (xml.tokenType() == QXmlStreamReader::EndElement && m_xml->depth() < depth)
            break;
        if (xml.tokenType() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("v")) {
            value.clear();
            if (!readCellText(*m_xml, value, m_limits.maxCellChars, false))
                break;
            hasValue = true;
        } else if (xml.name() == QLatin1String("is")) {
            value.clear();
            if (!readCellText(*m_xml, value, m_limits.maxCellChars, true))
                break;
            hasValue = true;
        } else if (!m_xml->skipElement()) { // a formula <f>, extensions
            break;
        }
    }
    if (m_xml->failed())
        return m_xml->error();
    if (!hasValue)
        return {};
    if (value.size() > m_limits.maxCellChars)
        return cellTooLong(line, column);

    QString text;
    if (type == QLatin1String("s")) {
        bool ok = false;
        const int index = value.trimmed().toInt(&ok);
        if (!ok || index < 0 || index >= m_shared.size())
            return m_xml->damaged(tr("cell %1%2 refers to shared string %3, but there are %4")
                                      .arg(columnName(column))
                                      .arg(line)
                                      .arg(value.left(20))
                                      .arg(m_shared.size()));
        text = m_shared[index];
        if (text.size() > m_limits.maxCellChars)
            return cellTooLong(line, column);
    } else if (type == QLatin1String("b")) {
        text = value.trimmed() == QLatin1String("0") ? QStringLiteral("FALSE") : QStringLiteral("TRUE");
    } else if (type == QLatin1String("str") || type == QLatin1String("inlineStr") || type == QLatin1String("e") ||
               type == QLatin1String("d")) {
        text = value;
    } else {
        const DateKind kind = style >= 0 && style < m_styles.size() ? m_styles[style] : DateKind::None;
        bool ok = false;
        const double number = value.trimmed().toDouble(&ok);
        text = kind != DateKind::None && ok ? serialToIso(number, kind, m_date1904) : formatNumber(value);
    }
    if (text.isEmpty())
        return {};
    if (row.fields.size() <= column)
        row.fields.resize(column + 1);
    row.fields[column] = text;
    return {};
}

double XlsxReader::progress() const
{
    return m_finished ? 1.0 : m_device ? m_device->progress() : 0.0;
}

// --- number formats and dates -------------------------------------------------------------

XlsxReader::DateKind XlsxReader::builtinFormat(int id)
{
    if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
        return DateKind::Date;
    if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47))
        return DateKind::Time;
    return DateKind::None;
}

XlsxReader::DateKind XlsxReader::classifyFormat(QStringView code)
{
    bool date = false;
    bool time = false;
    bool month = false; // an m, which is minutes beside h or s and a month otherwise
    for (qsizetype i = 0; i < code.size(); ++i) {
        const char16_t c = QChar::toLower(code[i].unicode());
        if (c == u'"') {
            const qsizetype close = code.indexOf(u'"', i + 1);
            i = close < 0 ? code.size() : close;
        } else if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i + 1);
            const QStringView inside = code.mid(i + 1, close < 0 ? -1 : close - i - 1);
            // [h], [mm], [ss]: elapsed time; anything else ([Red], [$-409]) is no token.
            if (!inside.isEmpty() &&
                (inside[0] == u'h' || inside[0] == u'H' || inside[0] == u's' || inside[0] == u'S' ||
                 inside[0] == u'm' || inside[0] == u'M') &&
                inside.size() <= 3 && inside.count(inside[0]) == inside.size())
                time = true;
            i = close < 0 ? code.size() : close;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u';') {
            break; // the first section says what positive numbers look like
        } else if (c == u'a' && (code.mid(i, 5).compare(u"AM/PM", Qt::CaseInsensitive) == 0)) {
            i += 4;
        } else if (c == u'a' && (code.mid(i, 3).compare(u"A/P", Qt::CaseInsensitive) == 0)) {
            i += 2;
        } else if (c == u'y' || c == u'd') {
            date = true;
        } else if (c == u'h' || c == u's') {
            time = true;
        } else if (c == u'm') {
            month = true;
        }
    }
    if (month && !time)
        date = true;
    if (date)
        return DateKind::Date;
    return time ? DateKind::Time : DateKind::None;
}

QString XlsxReader::serialToIso(double serial, DateKind kind, bool date1904)
{
    // 9999-12-31 is the last day a spreadsheet shows; beyond it (or before day 0) the number
    // stays a number.
    if (!std::isfinite(serial) || serial < 0 || serial > 2958466.0)
        return formatNumber(QString::number(serial, 'g', 17));
    const qint64 seconds = std::llround(serial * 86400.0);
    const qint64 days = seconds / 86400;
    const int rest = int(seconds % 86400);
    QString clock = QTime(0, 0).addSecs(rest).toString(QStringLiteral("HH:mm:ss"));
    if (kind == DateKind::Time && days == 0)
        return clock;
    // Day 0 is 1899-12-30 in the 1900 system, because Excel counts a 29 February 1900 that was
    // not; before that day (serials 1–59) the count starts a day later.
    QDate base = date1904 ? QDate(1904, 1, 1) : days < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30);
    const QString day = base.addDays(days).toString(Qt::ISODate);
    return rest ? day + u'T' + clock : day;
}

} // namespace coe
