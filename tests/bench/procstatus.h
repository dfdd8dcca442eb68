// SPDX-License-Identifier: GPL-3.0-or-later
// The benchmarks' memory figures, from Linux's /proc/self.
#pragma once

#include <QFile>

namespace coe::bench {

/// A figure of /proc/self/status in KiB (-1 when it cannot be read): VmRSS is everything
/// resident, including pages of a workspace file SQLite maps; RssAnon is the process's own
/// memory; VmHWM the peak of VmRSS since the start or resetPeak().
inline qint64 statusKiB(const char* field = "VmRSS:")
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

/// Makes VmHWM start again from the current resident size (Linux 4.0 and later); false when
/// it could not.
inline bool resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

} // namespace coe::bench
