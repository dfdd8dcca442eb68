// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace coe {

namespace {
constexpr qint64 kChunk = qint64(1) << 20; ///< bytes read from the device at a time
}

Result<std::unique_ptr<SheetReader>> CsvReader::open(const QString& path, const SheetLimits& limits)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Error{Error::NotFound,
                     tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file->errorString())};
    auto reader = std::make_unique<CsvReader>(std::move(file), QFileInfo(path).fileName(), limits);
    if (auto started = reader->start(); !started)
        return started.error();
    return std::unique_ptr<SheetReader>(std::move(reader));
}

CsvReader::CsvReader(std::unique_ptr<QIODevice> device, const QString& fileName, const SheetLimits& limits)
    : SheetReader(Format::Csv, fileName, limits), m_device(std::move(device)), m_size(m_device->size())
{}

CsvReader::~CsvReader() = default;

double CsvReader::progress() const
{
    return m_size > 0 ? double(m_device->pos()) / double(m_size) : 1.0;
}

Result<bool> CsvReader::fill()
{
    if (m_eof)
        return false;
    // What was parsed is dropped first, so the buffer holds at most a chunk beyond the place
    // the parser is at.
    if (m_pos > 0) {
        m_text.remove(0, m_pos);
        m_pos = 0;
    }
    const QByteArray bytes = m_device->read(kChunk);
    // The line a problem is on: the parser's line, plus the line breaks between it and there.
    const auto lineAt = [this](qsizetype textEnd, QByteArrayView more) {
        return m_line + int(QStringView(m_text).sliced(m_pos, textEnd - m_pos).count(QLatin1Char('\n'))) +
               int(more.count('\n'));
    };
    const auto notUtf8 = [&] {
        const qsizetype bad = m_text.indexOf(QChar(QChar::ReplacementCharacter), m_pos);
        return Error{Error::Invalid, tr("%1 is not UTF-8 text (line %2). Save it as 'CSV UTF-8' and try again.")
                                         .arg(m_fileName)
                                         .arg(lineAt(bad < 0 ? m_text.size() : bad, {}))};
    };
    if (bytes.isEmpty()) {
        m_eof = true;
        m_text += m_decoder.decode(QByteArrayView());
        if (m_decoder.hasError())
            return notUtf8();
        return false;
    }
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        return Error{Error::Invalid, tr("%1 is not a CSV text file (it contains binary data on line %2).")
                                         .arg(m_fileName)
                                         .arg(lineAt(m_text.size(), QByteArrayView(bytes).first(nul)))};
    m_text += m_decoder.decode(bytes);
    if (m_decoder.hasError())
        return notUtf8();
    return true;
}

Result<void> CsvReader::start()
{
    m_started = true;
    const QByteArray head = m_device->peek(2);
    if (head == QByteArrayLiteral("\xff\xfe") || head == QByteArrayLiteral("\xfe\xff"))
        return Error{Error::Invalid, tr("%1 is UTF-16 text. Save it as 'CSV UTF-8' and try again.").arg(m_fileName)};
    // The separator is whichever of ',' and ';' the header line uses more, outside quotes:
    // look at the first line, or the first chunk when a line is longer than that.
    auto more = fill();
    if (!more)
        return more.error();
    if (m_text.startsWith(QChar(0xfeff)))
        m_text.remove(0, 1);
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (QChar c : std::as_const(m_text)) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
    }
    m_separator = semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
    return {};
}

Result<bool> CsvReader::next(CsvTable::Record& row)
{
    if (!m_started) {
        if (auto started = start(); !started)
            return started.error();
    }
    const QChar sep = m_separator;
    for (;;) {
        row.line = m_line;
        row.fields.clear();
        QString field;
        bool quoted = false;
        bool fieldStarted = false;
        qsizetype rowChars = 0;
        bool ended = false;
        const auto endField = [&]() -> Result<void> {
            if (row.fields.size() >= m_limits.maxColumns)
                return tooManyColumns(row.line);
            rowChars += field.size();
            if (rowChars > m_limits.maxRowChars)
                return rowTooLong(row.line);
            row.fields << field;
            field.clear();
            fieldStarted = false;
            return {};
        };
        const auto grow = [&](qsizetype extra) -> Result<void> {
            if (field.size() + extra > m_limits.maxCellChars)
                return cellTooLong(row.line, int(row.fields.size()));
            return {};
        };
        while (!ended) {
            if (m_pos >= m_text.size()) {
                auto more = fill();
                if (!more)
                    return more.error();
                if (!more.value()) {
                    if (quoted)
                        return Error{Error::Invalid,
                                     tr("%1, line %2: a quoted field is never closed (a \" is missing).")
                                         .arg(m_fileName)
                                         .arg(row.line)};
                    if (!fieldStarted && row.fields.isEmpty() && field.isEmpty())
                        return false; // nothing after the last line break
                    if (auto done = endField(); !done)
                        return done.error();
                    ended = true;
                    break;
                }
                continue;
            }
            const qsizetype n = m_text.size();
            const QChar c = m_text.at(m_pos);
            if (quoted) {
                if (c == QLatin1Char('"')) {
                    // A doubled quote may straddle two chunks: look ahead once more.
                    if (m_pos + 1 >= n && !m_eof) {
                        auto more = fill();
                        if (!more)
                            return more.error();
                        continue;
                    }
                    if (m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == QLatin1Char('"')) {
                        if (auto ok = grow(1); !ok)
                            return ok.error();
                        field += QLatin1Char('"');
                        m_pos += 2;
                    } else {
                        quoted = false;
                        ++m_pos;
                    }
                    continue;
                }
                // Take the run up to the next quote whole.
                qsizetype end = m_pos;
                while (end < n && m_text.at(end) != QLatin1Char('"')) {
                    if (m_text.at(end) == QLatin1Char('\n'))
                        ++m_line;
                    ++end;
                }
                if (auto ok = grow(end - m_pos); !ok)
                    return ok.error();
                field += QStringView(m_text).sliced(m_pos, end - m_pos);
                m_pos = end;
                continue;
            }
            if (c == QLatin1Char('"') && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
                ++m_pos;
            } else if (c == sep) {
                if (auto done = endField(); !done)
                    return done.error();
                ++m_pos;
            } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                if (c == QLatin1Char('\r')) {
                    if (m_pos + 1 >= n && !m_eof) {
                        auto more = fill();
                        if (!more)
                            return more.error();
                        continue;
                    }
                    if (m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == QLatin1Char('\n'))
                        ++m_pos;
                }
                ++m_pos;
                ++m_line;
                if (auto done = endField(); !done)
                    return done.error();
                ended = true;
            } else {
                // An unquoted run: taken whole, one allocation instead of one append per character.
                qsizetype end = m_pos + 1;
                while (end < n && m_text.at(end) != sep && m_text.at(end) != QLatin1Char('\r') &&
                       m_text.at(end) != QLatin1Char('\n'))
                    ++end;
                if (auto ok = grow(end - m_pos); !ok)
                    return ok.error();
                if (field.isEmpty())
                    field = m_text.sliced(m_pos, end - m_pos);
                else
                    field += QStringView(m_text).sliced(m_pos, end - m_pos);
                fieldStarted = true;
                m_pos = end;
            }
        }
        const bool blank = row.fields.size() == 1 && row.fields.first().trimmed().isEmpty();
        if (blank)
            continue;
        if (++m_records > m_limits.maxRows)
            return tooManyRows();
        return true;
    }
}

} // namespace coe
