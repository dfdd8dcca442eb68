// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/savefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace coe {

namespace {

constexpr qsizetype kPiece = 64 << 10; // SaveDevice writes in pieces of this size

} // namespace

SaveDevice::SaveDevice(QSaveFile* file) : m_file(file)
{
    m_buffer.reserve(kPiece);
    QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

SaveDevice::~SaveDevice() = default;

bool SaveDevice::writeWhole(const char* data, qint64 len)
{
    while (len > 0 && !m_failed) {
        const qint64 written = m_file->write(data, len);
        if (written <= 0) {
            m_failed = true;
            setErrorString(m_file->errorString());
            break;
        }
        data += written;
        len -= written;
    }
    return !m_failed;
}

bool SaveDevice::flushBuffer()
{
    if (!m_buffer.isEmpty()) {
        writeWhole(m_buffer.constData(), m_buffer.size());
        m_buffer.clear();
    }
    return !m_failed;
}

qint64 SaveDevice::writeData(const char* data, qint64 len)
{
    if (m_failed)
        return -1;
    if (m_buffer.size() + len > kPiece && !flushBuffer())
        return -1;
    if (len >= kPiece)
        return writeWhole(data, len) ? len : -1;
    m_buffer.append(data, len);
    return len;
}

bool SaveDevice::seek(qint64 pos)
{
    return flushBuffer() && QIODevice::seek(pos) && m_file->seek(pos);
}

qint64 SaveDevice::size() const
{
    // The buffer goes to the file at its position.
    return std::max(m_file->size(), m_file->pos() + m_buffer.size());
}

void SaveDevice::close()
{
    flushBuffer();
    QIODevice::close();
}

Error diskFullError(const QString& path)
{
    return Error{Error::Failed, QCoreApplication::translate(
                                    "MatrixExport", "Cannot write %1: the disk is full. Free some space and try again.")
                                    .arg(QDir::toNativeSeparators(path))};
}

Error writeError(const QString& path, const QFileDevice& file)
{
    // Qt reports ENOSPC, and only that, from a write as a ResourceError.
    if (file.error() == QFileDevice::ResourceError)
        return diskFullError(path);
    return Error{Error::Failed, QCoreApplication::translate("MatrixExport", "Cannot write %1: %2")
                                    .arg(QDir::toNativeSeparators(path), file.errorString())};
}

Result<void> saveFile(const QString& path, const std::function<Result<void>(QIODevice&)>& write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        Error error = writeError(path, file);
        error.code = Error::ReadOnly;
        return error;
    }
    // Without commit() the QSaveFile drops its temporary file and leaves any old file alone.
    SaveDevice device(&file);
    Result<void> written = write(device); // not const: returned by move
    if (!device.flushBuffer() || file.error() != QFileDevice::NoError)
        return writeError(path, file);
    if (!written)
        return written;
    if (!file.commit())
        return writeError(path, file);
    return {};
}

Result<void> saveFile(const QString& path, const QByteArray& bytes)
{
    return saveFile(path, [&bytes](QIODevice& device) -> Result<void> {
        device.write(bytes); // a failed write is in the file's error, which saveFile checks
        return {};
    });
}

} // namespace coe
