// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csv.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>

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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::NotFound, tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return parse(file.readAll(), QFileInfo(path).fileName());
}

Result<CsvTable> CsvTable::parse(const QByteArray& bytes, const QString& fileName)
{
    if (bytes.trimmed().isEmpty())
        return Error{Error::Invalid, tr("%1 is empty: expected a header row and data rows.").arg(fileName)};
    if (bytes.contains('\0'))
        return Error{Error::Invalid, tr("%1 is not a CSV text file (it contains binary data).").arg(fileName)};
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Error{Error::Invalid, tr("%1 is not UTF-8 text. Save it as 'CSV UTF-8' and try again.").arg(fileName)};
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);

    // The separator is whichever of ',' and ';' the header line uses more, outside quotes.
    CsvTable table;
    {
        int commas = 0;
        int semicolons = 0;
        bool quoted = false;
        for (QChar c : text) {
            if (c == QLatin1Char('"'))
                quoted = !quoted;
            else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
                break;
            else if (!quoted && c == QLatin1Char(','))
                ++commas;
            else if (!quoted && c == QLatin1Char(';'))
                ++semicolons;
        }
        table.m_separator = semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
    }

    Record record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    record.line = 1;
    const auto endField = [&] {
        record.fields << field;
        field.clear();
        fieldStarted = false;
    };
    qsizetype width = 0; // fields of the last record: most records have as many
    const auto endRecord = [&] {
        endField();
        const bool blank = record.fields.size() == 1 && record.fields.first().trimmed().isEmpty();
        width = record.fields.size();
        if (!blank)
            table.m_records << std::move(record);
        record = Record();
        record.line = line;
        record.fields.reserve(width);
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (!fieldStarted && c != table.m_separator && c != QLatin1Char('\r') && c != QLatin1Char('\n')) {
            // An unquoted field: taken whole, one allocation instead of one append per character.
            qsizetype end = i + 1;
            while (end < n && text.at(end) != table.m_separator && text.at(end) != QLatin1Char('\r') && text.at(end) != QLatin1Char('\n'))
                ++end;
            field = text.sliced(i, end - i);
            fieldStarted = true;
            i = end - 1;
        } else if (c == table.m_separator) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            endRecord();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return Error{Error::Invalid, tr("%1, line %2: a quoted field is never closed (a \" is missing).")
                                         .arg(fileName)
                                         .arg(record.line)};
    if (!field.isEmpty() || !record.fields.isEmpty())
        endRecord();
    if (table.m_records.isEmpty())
        return Error{Error::Invalid, tr("%1 is empty: expected a header row and data rows.").arg(fileName)};
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
    if (!field.contains(separator) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n'))
        && !field.contains(QLatin1Char('\r')))
        return field;
    QString quoted = field;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace coe
