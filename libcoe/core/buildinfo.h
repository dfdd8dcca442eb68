// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace coe {

/// Versions of CoE Studio and of the libraries it runs on, for About boxes and --version.
struct BuildInfo
{
    static QString appVersion();    ///< CoE Studio's own version, e.g. "0.1.0"
    static QString qtVersion();     ///< the Qt library loaded at run time
    static QString sqliteVersion(); ///< the SQLite library behind the QSQLITE driver, or "" when missing
};

} // namespace coe
