// SPDX-License-Identifier: GPL-3.0-or-later
// Reading spreadsheets a row at a time. Every format a user's file may be in (CSV, XLSX, ODS)
// has a SheetReader that hands out one row after another as it reads them, so memory does
// not grow with the sheet, and each enforces the same SheetLimits: a file that breaks one is
// refused with a message naming the file, the sheet, the place and the limit.
#pragma once

#include "core/result.h"
#include "io/csv.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace coe {

/// What a reader accepts before it refuses a file. The defaults are Excel's own sheet limits
/// and bounds that no real matrix comes near; tests lower them to try the refusals.
struct SheetLimits
{
    int maxColumns = 16384;                 ///< Excel's limit (column XFD)
    int maxRows = 1048576;                  ///< Excel's limit
    int maxCellChars = 32767;               ///< Excel's limit for one cell's text
    int maxRowChars = 1 << 22;              ///< the text of one row, all cells together (8 MB)
    qint64 maxEntryBytes = qint64(1) << 30; ///< an entry of a ZIP container, inflated (1 GiB)
    qint64 ratioFloor = qint64(16) << 20;   ///< entries smaller than this inflated are not ratio-checked
    int maxRatio =
        500; ///< inflated : compressed, above ratioFloor (a uniform sheet reaches ~180; deflate at most ~1030)
    int maxXmlDepth = 64;                           ///< element nesting in the XML of a ZIP container
    qint64 maxSharedStringBytes = qint64(64) << 20; ///< characters of text kept for shared strings (XLSX)
};

/// One spreadsheet's sheet, read a row at a time. Open it with open(); next() gives the rows
/// that hold anything (blank rows are skipped, trailing empty cells dropped), each with the
/// row or line number a person sees in their spreadsheet program.
class SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(SheetReader)

public:
    enum class Format
    {
        Csv,  ///< comma- or semicolon-separated text (see CsvTable for the dialect)
        Xlsx, ///< Office Open XML workbook
        Ods,  ///< OpenDocument spreadsheet
    };

    /// Opens @p path, by its content (a ZIP is XLSX or ODS by what it holds, anything else is
    /// read as CSV). @p sheet chooses a sheet by name (case-insensitive); empty means the first.
    static Result<std::unique_ptr<SheetReader>> open(const QString& path, const QString& sheet = {},
                                                     const SheetLimits& limits = {});

    virtual ~SheetReader();

    /// @p reader read ahead on a thread of its own: rows come out in the same order with the
    /// same errors, while the next ones are being read (parsing a workbook's XML is most of an
    /// import's time; checking the rows goes on beside it). At most a few thousand rows wait.
    static std::unique_ptr<SheetReader> readAhead(std::unique_ptr<SheetReader> reader);

    /// The next row that holds anything: true and @p row filled, false at the end, or an Error
    /// (a limit, damaged content) after which the reader must not be used again.
    virtual Result<bool> next(CsvTable::Record& row) = 0;
    /// How far through the file reading is, 0 to 1 (for progress bars).
    virtual double progress() const = 0;

    Format format() const { return m_format; }
    QString fileName() const { return m_fileName; }         ///< without its folder
    QString sheetName() const { return m_sheetName; }       ///< empty for CSV
    QStringList sheetNames() const { return m_sheetNames; } ///< every sheet, in order; empty for CSV
    const SheetLimits& limits() const { return m_limits; }

    /// "people.csv, line 4, column C" or "matrix.xlsx, sheet Matrix, row 4, column C"
    /// (@p column -1: no column).
    QString where(int line, int column = -1) const { return describe(m_format, m_fileName, m_sheetName, line, column); }
    static QString describe(Format format, const QString& fileName, const QString& sheetName, int line,
                            int column = -1);
    static QString columnName(int column); ///< 0 → A, 26 → AA

protected:
    SheetReader(Format format, const QString& fileName, const SheetLimits& limits);

    /// Errors every reader gives alike, worded once.
    Error tooManyColumns(int line) const;
    Error tooManyRows() const;
    Error cellTooLong(int line, int column) const;
    Error rowTooLong(int line) const;

    Format m_format;
    QString m_fileName;
    QString m_sheetName;
    QStringList m_sheetNames;
    SheetLimits m_limits;
};

} // namespace coe
