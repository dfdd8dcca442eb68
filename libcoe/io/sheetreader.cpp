// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/sheetreader.h"

#include "io/csvreader.h"
#include "io/ziparchive.h"

#include <QFile>
#include <QFileInfo>

namespace coe {

SheetReader::SheetReader(Format format, const QString& fileName, const SheetLimits& limits)
    : m_format(format)
    , m_fileName(fileName)
    , m_limits(limits)
{
}

SheetReader::~SheetReader() = default;

QString SheetReader::columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

QString SheetReader::describe(Format format, const QString& fileName, const QString& sheetName, int line, int column)
{
    if (format != Format::Csv) {
        return column >= 0 ? tr("%1, sheet %2, row %3, column %4").arg(fileName, sheetName).arg(line).arg(columnName(column))
                           : tr("%1, sheet %2, row %3").arg(fileName, sheetName).arg(line);
    }
    return column >= 0 ? tr("%1, line %2, column %3").arg(fileName).arg(line).arg(columnName(column))
                       : tr("%1, line %2").arg(fileName).arg(line);
}

Error SheetReader::tooManyColumns(int line) const
{
    return Error{Error::Invalid, tr("%1 has more than %2 columns, the most a spreadsheet may have; nothing was imported.")
                                     .arg(where(line))
                                     .arg(m_limits.maxColumns)};
}

Error SheetReader::tooManyRows() const
{
    const QString place = m_format == Format::Csv ? m_fileName : tr("%1, sheet %2").arg(m_fileName, m_sheetName);
    return Error{Error::Invalid, tr("%1 has more than %2 rows, the most a spreadsheet may have; nothing was imported.")
                                     .arg(place)
                                     .arg(m_limits.maxRows)};
}

Error SheetReader::cellTooLong(int line, int column) const
{
    return Error{Error::Invalid, tr("%1 holds more than %2 characters, the most a cell may hold; nothing was imported.")
                                     .arg(where(line, column))
                                     .arg(m_limits.maxCellChars)};
}

Error SheetReader::rowTooLong(int line) const
{
    return Error{Error::Invalid, tr("%1 holds more than %2 characters in all, more than any skill matrix needs; nothing was imported.")
                                     .arg(where(line))
                                     .arg(m_limits.maxRowChars)};
}

Result<std::unique_ptr<SheetReader>> SheetReader::open(const QString& path, const QString& sheet, const SheetLimits& limits)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::NotFound, tr("Cannot read %1: %2").arg(path, file.errorString())};
    const QByteArray head = file.peek(8);
    file.close();
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return openZipSheet(path, sheet, limits);
    // Excel saves a workbook with a password (and Excel 97-2003 saved every workbook) as an
    // OLE compound file, not a ZIP.
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return Error{Error::Invalid, tr("%1 is password-protected or an Excel 97-2003 workbook (.xls), which cannot be read: "
                                        "remove the password, or save it as .xlsx, .ods or .csv, and import that.")
                                         .arg(fileName)};
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("ods"))
        return Error{Error::Invalid, tr("%1 is not a spreadsheet workbook (.%2) although its name says so.").arg(fileName, suffix)};
    return CsvReader::open(path, limits);
}

} // namespace coe
