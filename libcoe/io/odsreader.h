// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/sheetreader.h"

#include <optional>

namespace coe {

class XmlPart;
class ZipArchive;
class ZipEntryDevice;

/// Reads one sheet of an OpenDocument spreadsheet (.ods) a row at a time, streaming
/// content.xml: memory holds one row, never the sheet. Repeated rows and cells
/// (table:number-rows-repeated, table:number-columns-repeated) are never expanded when empty,
/// which is how LibreOffice writes the rest of a sheet; repeated values are, within the
/// limits. Cells come out as text: numbers in General form ("3", "0.25"), dates and times as
/// ISO 8601 ("2024-03-01", "2024-03-01T09:30:00", "09:30:00"), booleans as TRUE/FALSE,
/// strings as their paragraphs joined by newlines; covered (merged) cells read empty, as in
/// LibreOffice's CSV export.
class OdsReader : public SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(OdsReader)

public:
    /// Opens @p sheet (by name, case-insensitive; empty: the first) of the ODS in @p zip.
    static Result<std::unique_ptr<SheetReader>> open(std::unique_ptr<ZipArchive> zip, const QString& sheet);
    ~OdsReader() override;

    Result<bool> next(CsvTable::Record& row) override;
    double progress() const override;

    /// "PT12H30M05S" → "12:30:05" (hours past 24 kept); @p text itself when it is no duration.
    static QString isoTime(QStringView text);

private:
    OdsReader(std::unique_ptr<ZipArchive> zip, const QString& fileName);

    Result<void> scanSheetNames();
    /// The sheet names settings.xml lists, into m_sheetNames; false when it lists none.
    bool sheetNamesFromSettings();
    Result<bool> readRow(CsvTable::Record& row);
    Result<QString> readCell(int line, qint64 column, bool covered);
    Result<void> readParagraph(QString& text, int line, qint64 column);
    Error stop(const Error& error);

    std::unique_ptr<ZipArchive> m_zip;
    std::unique_ptr<ZipEntryDevice> m_device;
    std::unique_ptr<XmlPart> m_xml;
    int m_sheetIndex = 0;
    bool m_byName = false; ///< names from settings.xml: the sheet is found by name (index 0: the first)
    int m_tablesSeen = 0;
    int m_tableDepth = -1; ///< depth of the chosen table:table while inside it
    qint64 m_rows = 0;     ///< rows of the sheet read so far, the empty and repeated ones too
    CsvTable::Record m_repeat;
    qint64 m_repeatLeft = 0;
    bool m_finished = false;
    std::optional<Error> m_error;
};

} // namespace coe
