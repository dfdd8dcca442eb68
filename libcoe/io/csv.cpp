// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csv.h"

#include "io/csvreader.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace coe {

namespace {

QString normalise(const QString& name)
{
    QString n = name.trimmed().toLower();
    n.remove(QLatin1Char(' '));
    n.remove(QLatin1Char('_'));
    n.remove(QLatin1Char('-'));
    return n;
}

} // namespace

Result<CsvTable> CsvTable::read(const QString& path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Error{Error::NotFound,
                     tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file->errorString())};
    // A table is held whole: people and skills lists are small, and this keeps memory bounded
    // for a file that is not one (a skill matrix is read row by row through SheetReader).
    if (file->size() > kMaxBytes)
        return Error{Error::Invalid, tr("%1 is %2 MB; a people or skills list is at most %3 MB.")
                                         .arg(QFileInfo(path).fileName())
                                         .arg(file->size() >> 20)
                                         .arg(kMaxBytes >> 20)};
    return collect(CsvReader(std::move(file), QFileInfo(path).fileName(), {}));
}

Result<CsvTable> CsvTable::parse(const QByteArray& bytes, const QString& fileName)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    return collect(CsvReader(std::move(buffer), fileName, {}));
}

Result<CsvTable> CsvTable::collect(CsvReader&& reader)
{
    CsvTable table;
    Record record;
    for (;;) {
        auto more = reader.next(record);
        if (!more)
            return more.error();
        if (!more.value())
            break;
        table.m_records << std::move(record);
    }
    if (table.m_records.isEmpty())
        return Error{Error::Invalid, tr("%1 is empty: expected a header row and data rows.").arg(reader.fileName())};
    table.m_separator = reader.separator();
    return table;
}

int CsvTable::column(const QStringList& names) const
{
    const QStringList head = header();
    for (int i = 0; i < head.size(); ++i) {
        for (const QString& name : names) {
            if (normalise(head.at(i)) == normalise(name))
                return i;
        }
    }
    return -1;
}

QString CsvTable::quote(const QString& field, QChar separator)
{
    if (!field.contains(separator) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n')) &&
        !field.contains(QLatin1Char('\r')))
        return field;
    QString quoted = field;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace coe
