// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/sheetreader.h"

#include "io/csvreader.h"
#include "io/ziparchive.h"

#include <QFile>
#include <QFileInfo>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace coe {

SheetReader::SheetReader(Format format, const QString& fileName, const SheetLimits& limits)
    : m_format(format), m_fileName(fileName), m_limits(limits)
{}

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
        return column >= 0
                   ? tr("%1, sheet %2, row %3, column %4").arg(fileName, sheetName).arg(line).arg(columnName(column))
                   : tr("%1, sheet %2, row %3").arg(fileName, sheetName).arg(line);
    }
    return column >= 0 ? tr("%1, line %2, column %3").arg(fileName).arg(line).arg(columnName(column))
                       : tr("%1, line %2").arg(fileName).arg(line);
}

Error SheetReader::tooManyColumns(int line) const
{
    return Error{Error::Invalid,
                 tr("%1 has more than %2 columns, the most a spreadsheet may have; nothing was imported.")
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
    return Error{Error::Invalid,
                 tr("%1 holds more than %2 characters in all, more than any skill matrix needs; nothing was imported.")
                     .arg(where(line))
                     .arg(m_limits.maxRowChars)};
}

namespace {

/// SheetReader::readAhead(): the wrapped reader runs on a thread and hands rows over in
/// batches through a bounded queue; an error travels in order, after the rows before it.
class ReadAhead : public SheetReader
{
public:
    explicit ReadAhead(std::unique_ptr<SheetReader> reader)
        : SheetReader(reader->format(), reader->fileName(), reader->limits()), m_reader(std::move(reader))
    {
        m_sheetName = m_reader->sheetName();
        m_sheetNames = m_reader->sheetNames();
        m_thread = std::thread([this] { run(); });
    }

    ~ReadAhead() override
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }

    Result<bool> next(CsvTable::Record& row) override
    {
        if (m_current.empty()) {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty(); });
            m_current = std::move(m_queue.front());
            m_queue.pop_front();
            lock.unlock();
            m_changed.notify_all();
            m_position = 0;
        }
        RowChunk& batch = m_current;
        if (m_position < batch.rows.size()) {
            row = std::move(batch.rows[m_position++]);
            if (m_position == batch.rows.size() && !batch.end)
                batch = {};
            return true;
        }
        // The last batch: the end of the sheet, or the error that ended it.
        if (batch.error)
            return *batch.error;
        return false;
    }

    double progress() const override { return m_progress.load(std::memory_order_relaxed); }

private:
    struct RowChunk
    {
        std::vector<CsvTable::Record> rows;
        bool end = false;           ///< nothing comes after this batch
        std::optional<Error> error; ///< what ended the sheet early
        bool empty() const { return rows.empty() && !end; }
    };
    static constexpr size_t kBatchRows = 256;
    static constexpr size_t kQueued = 16; ///< batches waiting at most

    void run()
    {
        for (;;) {
            RowChunk batch;
            batch.rows.reserve(kBatchRows);
            CsvTable::Record row;
            while (batch.rows.size() < kBatchRows) {
                auto more = m_reader->next(row);
                if (!more) {
                    batch.error = more.error();
                    batch.end = true;
                    break;
                }
                if (!more.value()) {
                    batch.end = true;
                    break;
                }
                batch.rows.push_back(std::move(row));
            }
            m_progress.store(m_reader->progress(), std::memory_order_relaxed);
            const bool end = batch.end;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return m_queue.size() < kQueued || m_stop; });
                if (m_stop)
                    return;
                m_queue.push_back(std::move(batch));
            }
            m_changed.notify_all();
            if (end)
                return;
        }
    }

    std::unique_ptr<SheetReader> m_reader;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<RowChunk> m_queue;
    bool m_stop = false;
    RowChunk m_current;
    size_t m_position = 0;
    std::atomic<double> m_progress{0};
};

} // namespace

std::unique_ptr<SheetReader> SheetReader::readAhead(std::unique_ptr<SheetReader> reader)
{
    return std::make_unique<ReadAhead>(std::move(reader));
}

Result<std::unique_ptr<SheetReader>> SheetReader::open(const QString& path, const QString& sheet,
                                                       const SheetLimits& limits)
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
        return Error{Error::Invalid,
                     tr("%1 is password-protected or an Excel 97-2003 workbook (.xls), which cannot be read: "
                        "remove the password, or save it as .xlsx, .ods or .csv, and import that.")
                         .arg(fileName)};
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("ods"))
        return Error{Error::Invalid,
                     tr("%1 is not a spreadsheet workbook (.%2) although its name says so.").arg(fileName, suffix)};
    return CsvReader::open(path, limits);
}

} // namespace coe
