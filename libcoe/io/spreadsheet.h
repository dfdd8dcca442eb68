// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "io/sheetreader.h"

#include <QCoreApplication>

namespace coe {

/// A sheet of a spreadsheet file held in memory: its header row and its rows as text, read
/// through SheetReader (CSV, XLSX or ODS). With a row limit it holds only the first rows — what
/// a preview shows — and says whether that was all. Rows keep the line or row number a person
/// sees, so messages can point at them.
class Spreadsheet
{
    Q_DECLARE_TR_FUNCTIONS(Spreadsheet)

public:
    /// Reads @p sheet (empty: the first) of @p path; with @p maxRows > 0, at most that many rows
    /// after the header.
    static Result<Spreadsheet> read(const QString& path, const QString& sheet = {}, int maxRows = 0);
    /// Reads the rest of an open reader (or at most @p maxRows rows after the header).
    static Result<Spreadsheet> read(SheetReader& reader, int maxRows = 0);

    QString fileName() const { return m_fileName; }
    QString sheetName() const { return m_sheetName; } ///< empty for CSV
    QStringList sheetNames() const { return m_sheetNames; }
    SheetReader::Format format() const { return m_format; }
    bool isWorkbook() const { return m_format != SheetReader::Format::Csv; } ///< XLSX or ODS
    QStringList header() const { return m_rows.isEmpty() ? QStringList() : m_rows.first().fields; }
    QList<CsvTable::Record> rows() const { return m_rows.mid(1); }
    /// False when a row limit left rows of the file unread.
    bool complete() const { return m_complete; }
    /// "people.csv, line 4" or "matrix.xlsx, sheet Matrix, row 4, column C".
    QString where(int line, int column = -1) const;
    static QString columnName(int column) { return SheetReader::columnName(column); }

private:
    QString m_fileName;
    QString m_sheetName;
    QStringList m_sheetNames;
    SheetReader::Format m_format = SheetReader::Format::Csv;
    QList<CsvTable::Record> m_rows;
    bool m_complete = true;
};

} // namespace coe
