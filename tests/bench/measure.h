// SPDX-License-Identifier: GPL-3.0-or-later
// How coe-bench measures a step: wall time, and resident memory either added to this process
// (for our code, run in-process) or of a whole child process (for coectl and reference tools).
#pragma once

#include "core/result.h"
#include "procstatus.h"
#include "spawner.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QStringList>

#include <cstdio>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace coe::bench {

/// One measured step; -1 marks a figure that was not measured.
struct Measured
{
    bool ok = false;
    bool here = false;     ///< measured in this process (else in a child, or not at all)
    QString error;         ///< why it failed, when !ok
    double seconds = -1;   ///< wall time
    double peakMB = -1;    ///< in-process: resident memory added at the peak (VmHWM less VmRSS before)
    double heldMB = 0;     ///< in-process: resident memory still held after (VmRSS after less before)
    double anonMB = 0;     ///< in-process: the same without mapped file pages (RssAnon after less before)
    double processMB = -1; ///< child process: its peak resident memory (wait4's ru_maxrss)
};

inline double secondsOf(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

/// Runs @p step (returning Result<void>) in this process and measures it. The peak is only
/// known where the kernel lets resetPeak() restart VmHWM.
template<typename Step> Measured measureHere(Step&& step)
{
    Measured m;
#ifdef __GLIBC__
    // Memory an earlier step freed goes back to the system first: otherwise this step could
    // reuse it unseen, and its figures would depend on what ran before.
    malloc_trim(0);
#endif
    const bool peakKnown = resetPeak();
    const qint64 before = statusKiB("VmRSS:");
    const qint64 anonBefore = statusKiB("RssAnon:");
    QElapsedTimer timer;
    timer.start();
    const Result<void> done = step();
    m.seconds = secondsOf(timer);
#ifdef __GLIBC__
    malloc_trim(0); // what the step freed is not "held"
#endif
    const qint64 after = statusKiB("VmRSS:");
    const qint64 anonAfter = statusKiB("RssAnon:");
    m.ok = done.ok();
    m.here = true;
    m.error = done.error().message;
    if (before >= 0 && after >= 0)
        m.heldMB = double(after - before) / 1024;
    if (anonBefore >= 0 && anonAfter >= 0)
        m.anonMB = double(anonAfter - anonBefore) / 1024;
    if (peakKnown && before >= 0)
        m.peakMB = double(statusKiB("VmHWM:") - before) / 1024;
    return m;
}

/// Whether @p program can be run: a path, or a name found on the PATH.
inline QString findProgram(const QString& program)
{
    return program.contains(QLatin1Char('/')) ? program : QStandardPaths::findExecutable(program);
}

/// Runs @p program in a child process and measures it (its time includes starting it).
inline Measured measureChild(const QString& program, const QStringList& arguments)
{
    Measured m;
    const QString found = findProgram(program);
    if (found.isEmpty()) {
        m.error = QStringLiteral("%1 not found").arg(program);
        return m;
    }
    const ChildRun run = runChild(found, arguments);
    m.ok = run.exitCode == 0;
    m.seconds = run.seconds;
    m.processMB = run.peakMB;
    if (!m.ok)
        m.error = QStringLiteral("%1 exited with %2: %3").arg(program).arg(run.exitCode).arg(run.err.trimmed());
    return m;
}

} // namespace coe::bench
