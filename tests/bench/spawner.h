// SPDX-License-Identifier: GPL-3.0-or-later
// Child processes measured from a small helper. Linux gives a child started with posix_spawn
// (or fork) a peak resident size (wait4's ru_maxrss) of at least its parent's resident size at
// the time, because exec records the old address space's peak: from coe-bench, holding a
// workspace and Qt, every tool would seem to need hundreds of MB. So coe-bench forks a helper
// first thing, while it is small, and the helper starts and measures the children.
#pragma once

#include <QString>
#include <QStringList>

namespace coe::bench {

struct ChildRun
{
    int exitCode = -1; ///< -1: could not start, or did not exit normally
    double seconds = -1;
    double peakMB = -1; ///< ru_maxrss: the child's, plus at most the helper's own (see floorMB)
    QString err;        ///< the end of what it wrote to stderr
};

/// Forks the helper; call before anything large is allocated (first thing in main). False
/// when it could not (then runChild() starts children itself, with the inflated figures).
bool startSpawner();
/// Runs @p program (a path) with @p arguments, stdin from /dev/null.
ChildRun runChild(const QString& program, const QStringList& arguments);
/// The peak a child that needs nothing shows (/bin/true): the floor under every child figure.
double floorMB();

} // namespace coe::bench
