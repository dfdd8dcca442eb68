// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace coe {

/// The SQLite library behind the QSQLITE driver, for About boxes and --version (core's
/// BuildInfo names CoE Studio and Qt; SQLite is storage's to ask).
struct SqliteLibrary
{
    static QString version(); ///< e.g. "3.46.1", or "" when the QSQLITE driver is missing
};

} // namespace coe
