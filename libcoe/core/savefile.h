// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <functional>

class QFileDevice;
class QSaveFile;

namespace coe {

/// Hands a QSaveFile, opened WriteOnly | Unbuffered, to a writer that wants a device. Writes
/// are buffered here and written whole: QFileDevice takes a short write (what a full disk
/// gives) for success, so the rest is written again, which fails with the error that makes
/// commit() refuse the file. Closing this device never closes the file, so a writer that
/// closes its device (KZip does) cannot commit half a file; only commit() does.
class SaveDevice : public QIODevice
{
public:
    explicit SaveDevice(QSaveFile* file);
    ~SaveDevice() override;
    bool isSequential() const override { return false; }
    bool seek(qint64 pos) override;
    qint64 size() const override;
    void close() override;
    /// Writes what is buffered into the file; false when some write failed.
    bool flushBuffer();
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 len) override;

private:
    bool writeWhole(const char* data, qint64 len);

    QSaveFile* m_file;
    QByteArray m_buffer;
    bool m_failed = false;
};

/// Writes @p bytes to @p path through QSaveFile: a failed write never replaces a good file and
/// leaves no temporary file behind. The message names the path and the reason; a full disk is
/// said in those words.
Result<void> saveFile(const QString& path, const QByteArray& bytes);

/// Writes @p path through QSaveFile with @p write, which writes into the device it is given (a
/// QPdfWriter, QImageWriter or QSvgGenerator can paint into it). The file appears under @p path
/// only when @p write succeeded and every byte reached the disk; otherwise the old file, if
/// there is one, stays as it was and nothing else is left behind.
Result<void> saveFile(const QString& path, const std::function<Result<void>(QIODevice&)>& write);

/// The error for a file at @p path that could not be written, after @p file failed: "the disk is
/// full" when that is why, else the file's own reason.
Error writeError(const QString& path, const QFileDevice& file);

/// The error for a file at @p path that could not be written because the disk holding it is full.
Error diskFullError(const QString& path);

} // namespace coe
