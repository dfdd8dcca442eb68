// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "io/csv.h"

#include <QCoreApplication>

namespace coe {

/// The first sheet of a spreadsheet file as rows of text: CSV (see CsvTable) or XLSX (read
/// with freexl; numbers become text, dates ISO text). Rows keep the line or row number a
/// person sees, so messages can point at them.
class Spreadsheet
{
    Q_DECLARE_TR_FUNCTIONS(Spreadsheet)

public:
    static Result<Spreadsheet> read(const QString& path);

    QString fileName() const { return m_fileName; }
    QString sheetName() const { return m_sheetName; } ///< empty for CSV
    bool isXlsx() const { return !m_sheetName.isEmpty(); }
    QStringList header() const { return m_rows.isEmpty() ? QStringList() : m_rows.first().fields; }
    QList<CsvTable::Record> rows() const { return m_rows.mid(1); }
    /// "people.csv, line 4" or "matrix.xlsx, sheet Matrix, row 4, column C".
    QString where(int line, int column = -1) const;
    static QString columnName(int column); ///< 0 → A, 26 → AA

private:
    QString m_fileName;
    QString m_sheetName;
    QList<CsvTable::Record> m_rows;
};

} // namespace coe
