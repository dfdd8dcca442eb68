// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace coe {

/// Checks a file before CoE Studio writes to it: present, an SQLite database by its header,
/// not truncated, writable, and a schema as CoE Studio's migrations make it. Reads only;
/// never changes the file.
class SqliteFile
{
    Q_DECLARE_TR_FUNCTIONS(SqliteFile)

public:
    static Result<void> check(const QString& path);

    /// Checks the schema that the read-only connection @p db to @p path holds against the one
    /// the migrations make at @p version: every table and index there and as made, no index
    /// of another program on them, and no trigger at all. A trigger would run its own SQL on
    /// CoE Studio's edits - delete rows, write elsewhere - where undo cannot see it; dropping
    /// it would change the user's file unasked, so the file is refused with the trigger's name
    /// instead. Tables and views of other programs are left alone: nothing reads or writes
    /// them.
    static Result<void> checkSchema(QSqlDatabase& db, const QString& path, int version);

    /// The tables the migrations up to @p version make.
    static Result<QStringList> schemaTables(int version);

    /// Bounds every value SQLite reads or writes on @p db to kMaxValueBytes, so that a hostile
    /// file's field of hundreds of MB fails to read ("more than 32 MB") instead of being
    /// copied into memory twice. A no-op where the SQLite library cannot be reached.
    static void limitValues(QSqlDatabase& db);
    /// Larger than anything CoE Studio writes (an assessment batch of MatrixImport::kMaxCells
    /// is 8 MB).
    static constexpr int kMaxValueBytes = 32 << 20;
};

} // namespace coe
