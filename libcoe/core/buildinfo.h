// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace coe {

/// Versions of CoE Studio and of Qt, for About boxes and --version. The SQLite library's is
/// storage's to ask (storage/sqlitelibrary.h): core lies below storage.
struct BuildInfo
{
    static QString appVersion(); ///< CoE Studio's own version, e.g. "0.1.0"
    static QString qtVersion();  ///< the Qt library loaded at run time
};

} // namespace coe
