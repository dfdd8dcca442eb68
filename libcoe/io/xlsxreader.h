// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/sheetreader.h"

#include <QHash>
#include <QList>

#include <optional>

namespace coe {

class XmlPart;
class ZipArchive;
class ZipEntryDevice;

/// Reads one sheet of an Office Open XML workbook (.xlsx, as Excel, LibreOffice, openpyxl and
/// libxlsxwriter write it) a row at a time. The workbook, its relationships, the styles (to
/// tell dates from numbers) and the shared strings are read first; the worksheet is then
/// streamed, so memory holds the shared strings and one row, never the sheet.
///
/// Cells come out as text the way LibreOffice's CSV export gives them: numbers in General
/// form ("3", "0.25"), booleans as TRUE/FALSE, errors as their text (#N/A), cells with a date
/// or time format as ISO 8601 ("2024-03-01", "2024-03-01T09:30:00", "09:30:00"). A merged
/// range keeps its value in its top-left cell, the others read empty (which is what the file
/// holds: the merge itself, listed after the cells, changes nothing here).
class XlsxReader : public SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    /// Reads @p workbookPath (the officeDocument part) of @p zip and opens @p sheet (by name,
    /// case-insensitive; empty: the first).
    static Result<std::unique_ptr<SheetReader>> open(std::unique_ptr<ZipArchive> zip, const QString& workbookPath,
                                                     const QString& sheet);
    ~XlsxReader() override;

    Result<bool> next(CsvTable::Record& row) override;
    double progress() const override;

    /// What a number format shows: not a date, a date (maybe with a time), or a time of day.
    enum class DateKind : quint8
    {
        None, ///< a number
        Date, ///< a date, with its time when it has one
        Time, ///< a time of day only
    };
    /// The kind of the format code @p code (tokens inside quotes and [colour] brackets ignored).
    static DateKind classifyFormat(QStringView code);
    /// The kind of built-in number format @p id (14–22, 45–47 and the East Asian 27–36, 50–58).
    static DateKind builtinFormat(int id);
    /// A date serial as ISO 8601 text, in the 1900 or the 1904 date system.
    static QString serialToIso(double serial, DateKind kind, bool date1904);

private:
    XlsxReader(std::unique_ptr<ZipArchive> zip, const QString& fileName);

    struct Relation
    {
        QString type;
        QString target;
    };
    Result<QHash<QString, Relation>> readRelations(const QString& partPath);
    Result<void> readWorkbook(const QString& workbookPath, QStringList& sheetIds);
    Result<void> readStyles(const QString& path);
    Result<void> readSharedStrings(const QString& path);
    Result<bool> readRow(CsvTable::Record& row);
    Result<void> readCell(int line, CsvTable::Record& row, int& column);
    Error stop(const Error& error);

    std::unique_ptr<ZipArchive> m_zip;
    std::unique_ptr<ZipEntryDevice> m_device;
    std::unique_ptr<XmlPart> m_xml;
    QStringList m_shared;
    QList<DateKind> m_styles; ///< by the cell's style index (s)
    bool m_date1904 = false;
    bool m_inSheetData = false;
    bool m_finished = false;
    int m_lastRow = 0;
    std::optional<Error> m_error;
};

} // namespace coe
