// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlitefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace coe {

namespace {

QString describeContent(const QByteArray& head)
{
    if (head.startsWith("PK\x03\x04"))
        return SqliteFile::tr("It looks like a ZIP or an Excel (.xlsx) file; to read a "
                              "spreadsheet, use File ▸ Import.");
    if (head.startsWith("%PDF"))
        return SqliteFile::tr("It looks like a PDF document.");
    bool text = !head.isEmpty();
    for (char c : head) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x09 || (u > 0x0d && u < 0x20))
            text = false;
    }
    if (text)
        return SqliteFile::tr("It looks like a text file; to read a CSV file, use File ▸ Import.");
    return {};
}

} // namespace

Result<void> SqliteFile::check(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Error{Error::NotFound, tr("There is no workspace at %1.").arg(shown)};
    if (info.isDir())
        return Error{Error::NotSqlite, tr("%1 is a folder, not a workspace file.").arg(shown)};

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::ReadOnly, tr("%1 cannot be read: %2").arg(shown, file.errorString())};
    const QByteArray head = file.read(100);
    const qint64 size = file.size();
    if (size == 0)
        return Error{Error::NotWorkspace,
                     tr("%1 is empty (0 bytes), so it is not a CoE Studio workspace.").arg(shown)};
    if (!head.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
        const QString hint = describeContent(head);
        return Error{Error::NotSqlite,
                     tr("%1 is not a CoE Studio workspace: it is not an SQLite database.").arg(shown)
                         + (hint.isEmpty() ? QString() : QLatin1Char(' ') + hint)};
    }
    if (head.size() < 100)
        return Error{Error::Corrupt, tr("%1 is damaged: it is truncated (%2 bytes, shorter than an "
                                        "SQLite header). Restore it from a backup.")
                                         .arg(shown)
                                         .arg(size)};
    const auto* bytes = reinterpret_cast<const uchar*>(head.constData());
    const quint32 rawPageSize = qFromBigEndian<quint16>(bytes + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    // The in-header size is trustworthy only when "version-valid-for" matches the counter.
    if (pageCount > 0 && validFor == changeCounter && size < pageSize * pageCount) {
        return Error{Error::Corrupt,
                     tr("%1 is damaged: it is truncated (%2 bytes; its header promises %3). Restore "
                        "it from a backup; CoE Studio keeps a copy named *.backup-*.coe beside it "
                        "before each upgrade.")
                         .arg(shown)
                         .arg(size)
                         .arg(pageSize * pageCount)};
    }
    if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()) {
        return Error{Error::ReadOnly,
                     tr("%1 is read-only (the file or its folder cannot be written). Make them "
                        "writable, or copy the workspace somewhere you can write to.")
                         .arg(shown)};
    }
    return {};
}

} // namespace coe
