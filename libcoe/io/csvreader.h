// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/sheetreader.h"

#include <QStringDecoder>

#include <memory>

class QIODevice;

namespace coe {

/// Reads CSV a record at a time, in the dialect CsvTable describes (RFC 4180 quoting, UTF-8
/// with or without BOM, comma or semicolon — whichever the header line uses more), from a
/// fixed-size buffer: memory stays bounded whatever the file holds, and SheetLimits refuse an
/// overlong field and too many columns or rows as soon as they are seen.
class CsvReader : public SheetReader
{
public:
    static Result<std::unique_ptr<SheetReader>> open(const QString& path, const SheetLimits& limits);
    /// Reads from @p device (opened for reading), named @p fileName in messages.
    CsvReader(std::unique_ptr<QIODevice> device, const QString& fileName, const SheetLimits& limits);
    ~CsvReader() override;

    Result<bool> next(CsvTable::Record& row) override;
    double progress() const override;
    QChar separator() const { return m_separator; }

private:
    /// Tops up m_text from the device; false at the end of the input. Errors: binary data,
    /// not UTF-8.
    Result<bool> fill();
    Result<void> start();

    std::unique_ptr<QIODevice> m_device;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    QString m_text;      ///< decoded text not yet parsed
    qsizetype m_pos = 0; ///< parse position in m_text
    bool m_eof = false;
    bool m_started = false;
    QChar m_separator = QLatin1Char(',');
    int m_line = 1; ///< the line the parser is on
    int m_records = 0;
    qint64 m_size = 0;
};

} // namespace coe
