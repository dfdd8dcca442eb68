// SPDX-License-Identifier: GPL-3.0-or-later
// The ZIP containers of XLSX and ODS workbooks, read within SheetLimits. KF6 Archive's KZip
// lists the entries and inflates them as they are read; ZipArchive adds what reading a
// stranger's file needs: a clear error for a damaged or truncated archive, and entries read as
// a stream (ZipEntryDevice) that refuses to inflate past maxEntryBytes or past maxRatio (a zip
// bomb), notices data longer or shorter than the entry's header says and a wrong CRC-32, and
// never holds more than a buffer of the entry. XmlPart reads the XML inside within the same
// limits: no DTD (so no entity expansion, no external entities), bounded nesting, and no run
// of text longer than a cell may hold.
#pragma once

#include "io/sheetreader.h"

#include <QIODevice>
#include <QXmlStreamReader>

class KZip;
class KZipFileEntry;

namespace coe {

class ZipEntryDevice;

/// A ZIP archive opened for reading within SheetLimits.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(ZipArchive)

public:
    /// Opens @p path; a truncated or damaged archive is an Error naming the file.
    static Result<std::unique_ptr<ZipArchive>> open(const QString& path, const SheetLimits& limits);
    ~ZipArchive();

    QString fileName() const { return m_fileName; } ///< without its folder
    const SheetLimits& limits() const { return m_limits; }
    bool contains(const QString& name) const; ///< a file entry by its full path ("xl/workbook.xml")

    /// The entry @p name as a stream of its inflated bytes; @p place names it in messages
    /// ("matrix.xlsx, sheet Matrix"; empty: the file name).
    Result<std::unique_ptr<ZipEntryDevice>> openEntry(const QString& name, const QString& place = {}) const;
    /// The whole of a small entry (relationships, workbook, styles, manifest), refused past
    /// @p maxBytes inflated.
    Result<QByteArray> readSmall(const QString& name, qint64 maxBytes) const;

private:
    ZipArchive() = default;
    const KZipFileEntry* entry(const QString& name) const;

    std::unique_ptr<KZip> m_zip;
    QString m_fileName;
    SheetLimits m_limits;
};

/// One entry's inflated bytes as a sequential read-only device that enforces SheetLimits as it
/// reads. When a limit or damage stops it, read() gives -1 and error() says why; an XML reader
/// on it then sees the end of its data, and the caller reports error() instead of the XML error.
class ZipEntryDevice : public QIODevice
{
public:
    /// Reads @p inner, the inflating device of @p entry, which reads @p archive (for progress).
    ZipEntryDevice(std::unique_ptr<QIODevice> inner, const KZipFileEntry& entry, const QIODevice* archive,
                   const QString& place, const SheetLimits& limits);
    ~ZipEntryDevice() override;

    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_ended || m_failed; }
    bool failed() const { return m_failed; }
    const Error& error() const { return m_error; }
    /// How much of the entry is read, 0 to 1: the compressed bytes consumed by the inflater
    /// over the entry's compressed size.
    double progress() const;
    /// Reads what the XML reader left (after the end of the document) and checks the length and
    /// the CRC-32, which are known only at the end.
    Result<void> finish();

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    void fail(Error::Code code, const QString& message);
    void scanRuns(const char* data, qint64 size);

    std::unique_ptr<QIODevice> m_inner;
    const QIODevice* m_archive = nullptr;
    qint64 m_start = 0;    ///< where the entry's compressed data starts in the archive
    qint64 m_consumed = 0; ///< compressed bytes the inflater has read
    QString m_entryName;
    QString m_place;
    SheetLimits m_limits;
    qint64 m_claimedSize = 0;
    qint64 m_compressedSize = 0;
    quint32 m_claimedCrc = 0;
    quint32 m_crc = 0;
    qint64 m_inflated = 0;
    qint64 m_run = 0;    ///< bytes since the last '<' or '>'
    qint64 m_maxRun = 0; ///< the longest run allowed
    bool m_ended = false;
    bool m_failed = false;
    Error m_error;
};

/// A QXmlStreamReader over a part of a workbook that refuses what OOXML and ODF never hold: a
/// DTD (entity declarations, external entities) and nesting deeper than maxXmlDepth. Messages
/// read "<place>: <part> is damaged (line L: …)".
class XmlPart
{
    Q_DECLARE_TR_FUNCTIONS(XmlPart)

public:
    /// Reads the stream @p device (kept by the caller) or, with the other constructor, @p bytes.
    XmlPart(ZipEntryDevice* device, const QString& place, const QString& part, int maxDepth);
    XmlPart(const QByteArray& bytes, const QString& place, const QString& part, int maxDepth);

    /// The next token: false at the end of the document or on an Error (then failed()).
    bool next();
    bool failed() const { return m_failed; }
    const Error& error() const { return m_error; }
    QXmlStreamReader& xml() { return m_xml; }
    int depth() const { return m_depth; }
    bool isStart(QLatin1StringView name) const
    {
        return m_xml.tokenType() == QXmlStreamReader::StartElement && m_xml.name() == name;
    }
    bool isEnd(QLatin1StringView name) const
    {
        return m_xml.tokenType() == QXmlStreamReader::EndElement && m_xml.name() == name;
    }
    /// Skips to the end of the element that just started.
    bool skipElement();
    /// Marks the part as damaged with @p what (an Error the caller returns).
    Error damaged(const QString& what) const;

private:
    void setUp();
    bool fail(const Error& error); ///< stops reading with @p error; false

    QXmlStreamReader m_xml;
    ZipEntryDevice* m_device = nullptr;
    QString m_place;
    QString m_part;
    int m_maxDepth = 0;
    int m_depth = 0;
    bool m_failed = false;
    Error m_error;
};

/// Opens the sheet of an XLSX or ODS workbook (both are ZIP containers), telling them apart by
/// what the archive holds; a ZIP that is neither is refused with a message that says so.
Result<std::unique_ptr<SheetReader>> openZipSheet(const QString& path, const QString& sheet, const SheetLimits& limits);

/// Formats a number as a spreadsheet shows it in General: integers without a decimal point,
/// others with up to 15 significant digits. Text that is no number is returned as it is.
QString formatNumber(QStringView text);

/// @p bytes for messages: "418 bytes", "12 KB", "1.5 MB".
QString sizeText(qint64 bytes);

/// "The sheet X is not in Y; it has A, B." for a sheet chosen by a name that is not there.
Error noSuchSheet(const QString& fileName, const QString& sheet, const QStringList& sheets);
/// The index in @p sheets of @p sheet (case-insensitive; empty: 0), or -1.
int findSheet(const QStringList& sheets, const QString& sheet);

} // namespace coe
