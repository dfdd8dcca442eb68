// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>

namespace coe {

/// Checks a file before SQLite touches it: present, an SQLite database by its header, not
/// truncated, writable. Reads only; never changes the file.
class SqliteFile
{
    Q_DECLARE_TR_FUNCTIONS(SqliteFile)

public:
    static Result<void> check(const QString& path);
};

} // namespace coe
