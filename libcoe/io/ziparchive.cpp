// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ziparchive.h"

#include "io/odsreader.h"
#include "io/xlsxreader.h"

#include <QFile>
#include <QFileInfo>

#include <KZip>
#include <KZipFileEntry>

#include <array>
#include <cmath>

namespace coe {

namespace {

// CRC-32 (the ZIP polynomial), slicing by four: fast enough beside inflating, and no zlib
// dependency of our own.
using CrcTable = std::array<std::array<quint32, 256>, 4>;

constexpr CrcTable makeCrcTable()
{
    CrcTable t{};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        t[0][i] = c;
    }
    for (quint32 i = 0; i < 256; ++i) {
        for (int s = 1; s < 4; ++s)
            t[s][i] = (t[s - 1][i] >> 8) ^ t[0][t[s - 1][i] & 0xFF];
    }
    return t;
}

constexpr CrcTable crcTable = makeCrcTable();

quint32 crc32Update(quint32 crc, const char* data, qint64 size)
{
    auto p = reinterpret_cast<const uchar*>(data);
    crc = ~crc;
    while (size >= 4) {
        crc ^= quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24;
        crc = crcTable[3][crc & 0xFF] ^ crcTable[2][(crc >> 8) & 0xFF] ^ crcTable[1][(crc >> 16) & 0xFF] ^
              crcTable[0][crc >> 24];
        p += 4;
        size -= 4;
    }
    while (size-- > 0)
        crc = crcTable[0][(crc ^ *p++) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

// The end of a ZIP is its central directory, closed by an end record in the last 64 KiB: a file
// cut short has none, whatever KZip makes of its local headers.
bool hasEndRecord(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const qint64 tail = qMin<qint64>(file.size(), 22 + 65535 + 20);
    if (!file.seek(file.size() - tail))
        return false;
    const QByteArray bytes = file.read(tail);
    for (qsizetype i = bytes.size() - 22; i >= 0; --i) {
        if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == '\x05' && bytes[i + 3] == '\x06')
            return true;
    }
    return false;
}

} // namespace

QString sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return ZipArchive::tr("%n bytes", nullptr, int(bytes));
    constexpr qint64 kMiB = qint64(1024) * 1024;
    if (bytes < kMiB)
        return ZipArchive::tr("%1 KB").arg(QString::number(double(bytes) / 1024.0, 'f', bytes % 1024 ? 1 : 0));
    return ZipArchive::tr("%1 MB").arg(QString::number(double(bytes) / (1024.0 * 1024.0), 'f', bytes % kMiB ? 1 : 0));
}

// --- ZipArchive ---------------------------------------------------------------------------

ZipArchive::~ZipArchive() = default;

Result<std::unique_ptr<ZipArchive>> ZipArchive::open(const QString& path, const SheetLimits& limits)
{
    std::unique_ptr<ZipArchive> archive(new ZipArchive);
    archive->m_fileName = QFileInfo(path).fileName();
    archive->m_limits = limits;
    if (!hasEndRecord(path))
        return Error{Error::Corrupt, tr("%1 is damaged or incomplete: the ZIP archive it should be has no end (was the "
                                        "file cut short while it was copied or downloaded?); nothing was imported.")
                                         .arg(archive->m_fileName)};
    archive->m_zip = std::make_unique<KZip>(path);
    if (!archive->m_zip->open(QIODevice::ReadOnly))
        return Error{Error::Corrupt, tr("%1 is damaged: its ZIP archive cannot be read (%2); nothing was imported.")
                                         .arg(archive->m_fileName, archive->m_zip->errorString())};
    return archive;
}

const KZipFileEntry* ZipArchive::entry(const QString& name) const
{
    const KArchiveEntry* e = m_zip->directory()->entry(name);
    if (!e || !e->isFile())
        return nullptr;
    return static_cast<const KZipFileEntry*>(e);
}

bool ZipArchive::contains(const QString& name) const
{
    return entry(name) != nullptr;
}

Result<std::unique_ptr<ZipEntryDevice>> ZipArchive::openEntry(const QString& name, const QString& place) const
{
    const QString where = place.isEmpty() ? m_fileName : place;
    const KZipFileEntry* e = entry(name);
    if (!e)
        return Error{Error::Corrupt,
                     tr("%1 is damaged: it has no part %2, which it needs; nothing was imported.").arg(where, name)};
    // What the header claims is refused before anything is inflated; the stream checks the
    // claim as it reads, for a header that lies.
    if (e->size() > m_limits.maxEntryBytes)
        return Error{Error::Invalid,
                     tr("%1 is refused: its part %2 inflates to %3, more than the %4 a workbook may need; "
                        "nothing was imported.")
                         .arg(where, name, sizeText(e->size()), sizeText(m_limits.maxEntryBytes))};
    if (e->size() > m_limits.ratioFloor && e->size() / qMax<qint64>(1, e->compressedSize()) > m_limits.maxRatio)
        return Error{Error::Invalid, tr("%1 is refused: its part %2 inflates to more than %3 times its compressed size "
                                        "(%4 from %5 bytes), as a zip bomb does; nothing was imported.")
                                         .arg(where, name)
                                         .arg(m_limits.maxRatio)
                                         .arg(sizeText(e->size()))
                                         .arg(e->compressedSize())};
    if (e->encoding() != 0 && e->encoding() != 8)
        return Error{Error::Invalid,
                     tr("%1: its part %2 is compressed with a method (%3) that cannot be read; save the "
                        "workbook again with your spreadsheet program and import that.")
                         .arg(where, name)
                         .arg(e->encoding())};
    std::unique_ptr<QIODevice> inner(e->createDevice());
    if (!inner || !inner->isOpen())
        return Error{Error::Corrupt,
                     tr("%1 is damaged: its part %2 cannot be read; nothing was imported.").arg(where, name)};
    auto device = std::make_unique<ZipEntryDevice>(std::move(inner), *e, m_zip->device(), where, m_limits);
    if (!device->open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return Error{Error::Corrupt,
                     tr("%1 is damaged: its part %2 cannot be read; nothing was imported.").arg(where, name)};
    return device;
}

Result<QByteArray> ZipArchive::readSmall(const QString& name, qint64 maxBytes) const
{
    auto device = openEntry(name);
    if (!device)
        return device.error();
    QByteArray bytes;
    char buffer[16384];
    for (;;) {
        const qint64 n = device.value()->read(buffer, sizeof buffer);
        if (n < 0)
            return device.value()->error();
        if (n == 0)
            break;
        if (bytes.size() + n > maxBytes)
            return Error{Error::Invalid,
                         tr("%1 is refused: its part %2 is larger than %3, more than any workbook needs; "
                            "nothing was imported.")
                             .arg(m_fileName, name, sizeText(maxBytes))};
        bytes.append(buffer, n);
    }
    if (device.value()->failed())
        return device.value()->error();
    return bytes;
}

// --- ZipEntryDevice -----------------------------------------------------------------------

ZipEntryDevice::ZipEntryDevice(std::unique_ptr<QIODevice> inner, const KZipFileEntry& entry, const QIODevice* archive,
                               const QString& place, const SheetLimits& limits)
    : m_inner(std::move(inner)), m_archive(archive), m_start(entry.position()), m_entryName(entry.path()),
      m_place(place), m_limits(limits), m_claimedSize(entry.size()), m_compressedSize(entry.compressedSize()),
      m_claimedCrc(quint32(entry.crc32()))
      // No markup-free run in a workbook's XML is longer than a cell's text, escaped.
      ,
      m_maxRun(qMax<qint64>(qint64(1) << 20, qint64(limits.maxCellChars) * 16))
{}

ZipEntryDevice::~ZipEntryDevice() = default;

double ZipEntryDevice::progress() const
{
    if (m_ended)
        return 1.0;
    return m_compressedSize > 0 ? double(m_consumed) / double(m_compressedSize) : 0.0;
}

void ZipEntryDevice::fail(Error::Code code, const QString& message)
{
    if (m_failed)
        return;
    m_failed = true;
    m_error = Error{code, message};
    setErrorString(message);
}

void ZipEntryDevice::scanRuns(const char* data, qint64 size)
{
    // Only the ends of a piece need a look: a run inside it is shorter than the piece, and
    // pieces are shorter than the limit (a longer one is scanned through).
    auto marker = [](char c) {
        return c == '<' || c == '>';
    };
    qint64 first = 0;
    while (first < size && !marker(data[first]))
        ++first;
    qint64 longest = m_run + first;
    if (first == size) {
        m_run = longest;
    } else {
        qint64 last = size - 1;
        while (!marker(data[last]))
            --last;
        if (last - first > m_maxRun) {
            for (qint64 i = first + 1, start = first; i <= last; ++i) {
                if (marker(data[i])) {
                    longest = qMax(longest, i - start - 1);
                    start = i;
                }
            }
        }
        m_run = size - 1 - last;
    }
    if (qMax(longest, m_run) > m_maxRun)
        fail(Error::Invalid, tr("%1 is refused: its part %2 holds a run of more than %3 of text without markup, "
                                "longer than any cell may hold; nothing was imported.")
                                 .arg(m_place, m_entryName, sizeText(m_maxRun)));
}

qint64 ZipEntryDevice::readData(char* data, qint64 maxSize)
{
    if (m_failed)
        return -1;
    if (m_ended)
        return 0;
    const qint64 n = m_inner->read(data, maxSize);
    // The inflater reads the archive where this entry is (entries are read one at a time).
    if (m_archive)
        m_consumed = qBound<qint64>(m_consumed, m_archive->pos() - m_start, m_compressedSize);
    if (n < 0) {
        fail(Error::Corrupt, tr("%1 is damaged: its part %2 cannot be decompressed (%3); nothing was imported.")
                                 .arg(m_place, m_entryName, m_inner->errorString()));
        return -1;
    }
    if (n == 0) {
        m_ended = true;
        if (m_inflated < m_claimedSize)
            fail(Error::Corrupt, tr("%1 is damaged: its part %2 holds %3 bytes although its header "
                                    "says %4; nothing was imported.")
                                     .arg(m_place, m_entryName)
                                     .arg(m_inflated)
                                     .arg(m_claimedSize));
        else if (m_crc != m_claimedCrc)
            fail(Error::Corrupt, tr("%1 is damaged: its part %2 does not match its checksum "
                                    "(CRC-32); nothing was imported.")
                                     .arg(m_place, m_entryName));
        return m_failed ? -1 : 0;
    }
    m_inflated += n;
    if (m_inflated > m_claimedSize) {
        fail(Error::Corrupt, tr("%1 is damaged: its part %2 holds more than the %3 bytes its "
                                "header says; nothing was imported.")
                                 .arg(m_place, m_entryName)
                                 .arg(m_claimedSize));
        return -1;
    }
    if (m_inflated > m_limits.maxEntryBytes) {
        fail(Error::Invalid, tr("%1 is refused: its part %2 inflates to more than the %3 a "
                                "workbook may need; nothing was imported.")
                                 .arg(m_place, m_entryName, sizeText(m_limits.maxEntryBytes)));
        return -1;
    }
    // The header's claims were checked before reading and the data may not pass them, so these
    // two hold already; they stay so that no header, however it lies, decides alone how much
    // is inflated. The compressed size bounds what the entry's stream may consume, so this
    // ratio is never above the true one.
    if (m_inflated > m_limits.ratioFloor && m_inflated / qMax<qint64>(1, m_compressedSize) > m_limits.maxRatio) {
        fail(Error::Invalid, tr("%1 is refused: its part %2 inflates to more than %3 times its "
                                "compressed size, as a zip bomb "
                                "does; nothing was imported.")
                                 .arg(m_place, m_entryName)
                                 .arg(m_limits.maxRatio));
        return -1;
    }
    m_crc = crc32Update(m_crc, data, n);
    scanRuns(data, n);
    return m_failed ? -1 : n;
}

Result<void> ZipEntryDevice::finish()
{
    char buffer[16384];
    while (!m_ended && !m_failed) {
        if (read(buffer, sizeof buffer) < 0)
            break;
    }
    if (m_failed)
        return m_error;
    return {};
}

// --- XmlPart ------------------------------------------------------------------------------

XmlPart::XmlPart(ZipEntryDevice* device, const QString& place, const QString& part, int maxDepth)
    : m_xml(device), m_device(device), m_place(place), m_part(part), m_maxDepth(maxDepth)
{
    setUp();
}

XmlPart::XmlPart(const QByteArray& bytes, const QString& place, const QString& part, int maxDepth)
    : m_xml(bytes), m_place(place), m_part(part), m_maxDepth(maxDepth)
{
    setUp();
}

void XmlPart::setUp()
{
    // A DTD is refused as soon as it is seen; this is a second fence.
    m_xml.setEntityExpansionLimit(16);
    m_xml.setNamespaceProcessing(true);
}

Error XmlPart::damaged(const QString& what) const
{
    return Error{Error::Corrupt, tr("%1: %2 is damaged (%3); nothing was imported.").arg(m_place, m_part, what)};
}

bool XmlPart::fail(const Error& error)
{
    if (!m_failed) {
        m_failed = true;
        m_error = error;
    }
    return false;
}

bool XmlPart::next()
{
    if (m_failed)
        return false;
    const QXmlStreamReader::TokenType token = m_xml.readNext();
    if (m_device && m_device->failed())
        return fail(m_device->error());
    switch (token) {
    case QXmlStreamReader::DTD:
        return fail(
            Error{Error::Invalid, tr("%1 is refused: %2 declares a document type (DTD), which workbooks never do and "
                                     "which can hide entity expansion or external entities; nothing was imported.")
                                      .arg(m_place, m_part)});
    case QXmlStreamReader::StartElement:
        if (++m_depth > m_maxDepth)
            return fail(
                Error{Error::Invalid, tr("%1 is refused: %2 nests elements more than %3 deep, more than any workbook "
                                         "does; nothing was imported.")
                                          .arg(m_place, m_part)
                                          .arg(m_maxDepth)});
        return true;
    case QXmlStreamReader::EndElement:
        --m_depth;
        return true;
    case QXmlStreamReader::EndDocument:
        return false;
    case QXmlStreamReader::Invalid:
        return fail(damaged(tr("line %1: %2").arg(m_xml.lineNumber()).arg(m_xml.errorString())));
    default:
        return true;
    }
}

bool XmlPart::skipElement()
{
    const int depth = m_depth;
    while (next()) {
        if (m_xml.tokenType() == QXmlStreamReader::EndElement && m_depth < depth)
            return true;
    }
    return !m_failed && m_depth < depth;
}

// --- helpers shared by the readers --------------------------------------------------------

QString formatNumber(QStringView text)
{
    // Most cells are small integers written as such: they stay as they are.
    if (!text.isEmpty() && text.size() <= 15 && text[0] != u'0') {
        qsizetype i = text[0] == u'-' ? 1 : 0;
        while (i < text.size() && text[i] >= u'0' && text[i] <= u'9')
            ++i;
        if (i == text.size() && i > (text[0] == u'-' ? 1 : 0))
            return text.toString();
    }
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return text.toString();
    if (value == 0.0)
        return QStringLiteral("0");
    if (std::fabs(value) < 1e15 && value == std::floor(value))
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

int findSheet(const QStringList& sheets, const QString& sheet)
{
    if (sheet.isEmpty())
        return sheets.isEmpty() ? -1 : 0;
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        if (sheets[i].compare(sheet, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

Error noSuchSheet(const QString& fileName, const QString& sheet, const QStringList& sheets)
{
    if (sheets.isEmpty())
        return Error{Error::NotFound, ZipArchive::tr("%1 has no sheets.").arg(fileName)};
    return Error{Error::NotFound, ZipArchive::tr("%1 has no sheet named \u201c%2\u201d; its sheets are: %3.")
                                      .arg(fileName, sheet, sheets.join(QLatin1String(", ")))};
}

// --- telling XLSX from ODS ----------------------------------------------------------------

namespace {

constexpr qint64 smallPartBytes = qint64(8) << 20; // relationships, manifest, mimetype

// The officeDocument relation of _rels/.rels: where an OOXML package keeps its workbook.
Result<QString> officeDocument(const ZipArchive& zip)
{
    const QString fallback = QStringLiteral("xl/workbook.xml");
    if (!zip.contains(QStringLiteral("_rels/.rels")))
        return fallback;
    auto bytes = zip.readSmall(QStringLiteral("_rels/.rels"), smallPartBytes);
    if (!bytes)
        return bytes.error();
    XmlPart xml(bytes.value(), zip.fileName(), QStringLiteral("_rels/.rels"), zip.limits().maxXmlDepth);
    while (xml.next()) {
        if (xml.isStart(QLatin1StringView("Relationship"))) {
            const auto attributes = xml.xml().attributes();
            if (attributes.value(QLatin1String("Type")).endsWith(QLatin1String("/officeDocument"))) {
                QString target = attributes.value(QLatin1String("Target")).toString();
                while (target.startsWith(u'/'))
                    target.remove(0, 1);
                if (zip.contains(target))
                    return target;
            }
        }
    }
    if (xml.failed())
        return xml.error();
    return fallback;
}

// An ODS whose manifest lists encryption data for content.xml was saved with a password.
Result<bool> odsEncrypted(const ZipArchive& zip)
{
    const QString manifest = QStringLiteral("META-INF/manifest.xml");
    if (!zip.contains(manifest))
        return false;
    auto bytes = zip.readSmall(manifest, smallPartBytes);
    if (!bytes)
        return bytes.error();
    XmlPart xml(bytes.value(), zip.fileName(), manifest, zip.limits().maxXmlDepth);
    bool inContent = false;
    while (xml.next()) {
        if (xml.isStart(QLatin1StringView("file-entry"))) {
            const auto attributes = xml.xml().attributes();
            for (const auto& attribute : attributes) {
                if (attribute.name() == QLatin1String("full-path"))
                    inContent = attribute.value() == QLatin1String("content.xml");
            }
        } else if (xml.isEnd(QLatin1StringView("file-entry"))) {
            inContent = false;
        } else if (inContent && xml.isStart(QLatin1StringView("encryption-data"))) {
            return true;
        }
    }
    if (xml.failed())
        return xml.error();
    return false;
}

} // namespace

Result<std::unique_ptr<SheetReader>> openZipSheet(const QString& path, const QString& sheet, const SheetLimits& limits)
{
    auto opened = ZipArchive::open(path, limits);
    if (!opened)
        return opened.error();
    std::unique_ptr<ZipArchive> zip = opened.take();
    const QString fileName = zip->fileName();

    if (zip->contains(QStringLiteral("mimetype"))) {
        auto mimetype = zip->readSmall(QStringLiteral("mimetype"), 4096);
        if (!mimetype)
            return mimetype.error();
        const QByteArray type = mimetype.value().trimmed();
        if (type == "application/vnd.oasis.opendocument.spreadsheet" ||
            type == "application/vnd.oasis.opendocument.spreadsheet-template") {
            auto encrypted = odsEncrypted(*zip);
            if (!encrypted)
                return encrypted.error();
            if (encrypted.value())
                return Error{Error::Invalid,
                             ZipArchive::tr("%1 is password-protected, which cannot be read: open it in your "
                                            "spreadsheet program, save it without a password, and import that.")
                                 .arg(fileName)};
            if (!zip->contains(QStringLiteral("content.xml")))
                return Error{Error::Corrupt,
                             ZipArchive::tr("%1 is damaged: it has no content.xml, which an OpenDocument "
                                            "spreadsheet needs; nothing was imported.")
                                 .arg(fileName)};
            return OdsReader::open(std::move(zip), sheet);
        }
    }
    auto workbook = officeDocument(*zip);
    if (!workbook)
        return workbook.error();
    if (zip->contains(workbook.value()))
        return XlsxReader::open(std::move(zip), workbook.value(), sheet);
    return Error{
        Error::Invalid,
        ZipArchive::tr("%1 is a ZIP file but not a spreadsheet (.xlsx or .ods); nothing was imported.").arg(fileName)};
}

} // namespace coe
