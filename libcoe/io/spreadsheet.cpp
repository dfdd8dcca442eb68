// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/spreadsheet.h"

#include <QFile>
#include <QFileInfo>

#include <freexl.h>

namespace coe {

QString Spreadsheet::columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

QString Spreadsheet::where(int line, int column) const
{
    if (isXlsx()) {
        return column >= 0 ? tr("%1, sheet %2, row %3, column %4").arg(m_fileName, m_sheetName).arg(line).arg(columnName(column))
                           : tr("%1, sheet %2, row %3").arg(m_fileName, m_sheetName).arg(line);
    }
    return column >= 0 ? tr("%1, line %2, column %3").arg(m_fileName).arg(line).arg(columnName(column))
                       : tr("%1, line %2").arg(m_fileName).arg(line);
}

Result<Spreadsheet> Spreadsheet::read(const QString& path)
{
    Spreadsheet sheet;
    sheet.m_fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::NotFound, tr("Cannot read %1: %2").arg(path, file.errorString())};
    const QByteArray head = file.peek(4);
    file.close();
    if (!head.startsWith("PK\x03\x04")) {
        if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
            return Error{Error::Invalid, tr("%1 is not an Excel workbook (.xlsx) although its name says so.").arg(sheet.m_fileName)};
        auto table = CsvTable::read(path);
        if (!table)
            return table.error();
        sheet.m_rows.append({1, table->header()});
        sheet.m_rows += table->rows();
        return sheet;
    }

    const void* handle = nullptr;
    const QByteArray native = QFile::encodeName(path);
    const int opened = freexl_open_xlsx(native.constData(), &handle);
    struct Closer
    {
        const void* handle;
        ~Closer()
        {
            if (handle)
                freexl_close(handle);
        }
    } closer{handle};
    if (opened != FREEXL_OK || !handle)
        return Error{Error::Invalid, tr("%1 is not a readable Excel workbook (.xlsx): it may be damaged, encrypted or another "
                                        "kind of ZIP file.")
                                         .arg(sheet.m_fileName)};
    unsigned int sheets = 0;
    freexl_get_worksheets_count(handle, &sheets);
    if (sheets == 0 || freexl_select_active_worksheet(handle, 0) != FREEXL_OK)
        return Error{Error::Invalid, tr("%1 has no worksheet.").arg(sheet.m_fileName)};
    const char* name = nullptr;
    freexl_get_worksheet_name(handle, 0, &name);
    sheet.m_sheetName = name ? QString::fromUtf8(name) : QStringLiteral("1");
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (freexl_worksheet_dimensions(handle, &rows, &columns) != FREEXL_OK)
        return Error{Error::Invalid, tr("%1: the first sheet cannot be read.").arg(sheet.m_fileName)};
    for (unsigned int r = 0; r < rows; ++r) {
        CsvTable::Record record;
        record.line = int(r) + 1;
        int lastFilled = -1;
        for (unsigned short c = 0; c < columns; ++c) {
            FreeXL_CellValue value;
            QString text;
            if (freexl_get_cell_value(handle, r, c, &value) == FREEXL_OK) {
                switch (value.type) {
                case FREEXL_CELL_INT:
                    text = QString::number(value.value.int_value);
                    break;
                case FREEXL_CELL_DOUBLE:
                    text = QString::number(value.value.double_value, 'g', 15);
                    break;
                case FREEXL_CELL_TEXT:
                case FREEXL_CELL_SST_TEXT:
                case FREEXL_CELL_DATE:
                case FREEXL_CELL_DATETIME:
                case FREEXL_CELL_TIME:
                    text = QString::fromUtf8(value.value.text_value);
                    break;
                default:
                    break;
                }
            }
            if (!text.isEmpty())
                lastFilled = c;
            record.fields << text;
        }
        if (lastFilled < 0)
            continue; // blank row
        sheet.m_rows << record;
    }
    if (sheet.m_rows.isEmpty())
        return Error{Error::Invalid, tr("%1 is empty: expected a header row and data rows.").arg(sheet.m_fileName)};
    return sheet;
}

} // namespace coe
