// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/spreadsheet.h"

namespace coe {

QString Spreadsheet::where(int line, int column) const
{
    return SheetReader::describe(m_format, m_fileName, m_sheetName, line, column);
}

Result<Spreadsheet> Spreadsheet::read(const QString& path, const QString& sheet, int maxRows)
{
    auto reader = SheetReader::open(path, sheet);
    if (!reader)
        return reader.error();
    return read(*reader.value(), maxRows);
}

Result<Spreadsheet> Spreadsheet::read(SheetReader& reader, int maxRows)
{
    Spreadsheet sheet;
    sheet.m_fileName = reader.fileName();
    sheet.m_sheetName = reader.sheetName();
    sheet.m_sheetNames = reader.sheetNames();
    sheet.m_format = reader.format();
    CsvTable::Record record;
    for (;;) {
        if (maxRows > 0 && sheet.m_rows.size() > maxRows + 1) { // the header and maxRows rows
            // One row more than asked tells whether there is more.
            sheet.m_rows.removeLast();
            sheet.m_complete = false;
            break;
        }
        auto more = reader.next(record);
        if (!more)
            return more.error();
        if (!more.value())
            break;
        sheet.m_rows << std::move(record);
    }
    if (sheet.m_rows.isEmpty())
        return Error{Error::Invalid, tr("%1 is empty: expected a header row and data rows.").arg(sheet.m_fileName)};
    return sheet;
}

} // namespace coe
