// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace coe {

class CsvReader;

/// A parsed CSV file: RFC 4180 quoting (embedded separators, quotes and newlines), UTF-8
/// with or without BOM, comma or semicolon separators (whichever the header uses).
class CsvTable
{
    Q_DECLARE_TR_FUNCTIONS(CsvTable)

public:
    struct Record
    {
        int line = 0; ///< 1-based line on which the record starts
        QStringList fields;
    };

    static Result<CsvTable> parse(const QByteArray& bytes, const QString& fileName);
    /// Reads a whole file of at most kMaxBytes (see CsvReader for the limits on its content).
    static Result<CsvTable> read(const QString& path);
    static constexpr qint64 kMaxBytes = qint64(64) << 20;

    QChar separator() const { return m_separator; }
    QStringList header() const { return m_records.isEmpty() ? QStringList() : m_records.first().fields; }
    /// Records after the header; blank lines are skipped.
    QList<Record> rows() const { return m_records.mid(1); }
    /// Index of the header column whose name matches one of @p names (case-insensitive,
    /// spaces/underscores ignored), or -1.
    int column(const QStringList& names) const;

    /// Quotes a field for writing when it needs it.
    static QString quote(const QString& field, QChar separator = QLatin1Char(','));

private:
    static Result<CsvTable> collect(CsvReader&& reader);

    QList<Record> m_records;
    QChar m_separator = QLatin1Char(',');
};

} // namespace coe
