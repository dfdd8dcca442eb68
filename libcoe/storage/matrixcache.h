// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "domain/entities.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace coe {

class Workspace;

/// A copy of the skill matrix's per-cell arrays (MatrixData, 6 bytes a cell), kept in the
/// user's cache folder beside no document, so that opening a workspace of millions of
/// assessment rows reads one file instead of every row (over the network, for a server). It is derived data: a copy is
/// used only while the workspace's assessments are those it was made from (the stamp: row count, largest id, batches)
/// plus rows appended since, which are read one cell at a time; anything else (a deleted row, a new batch, a damaged or
/// foreign file) means a full load.
class MatrixCache
{
public:
    /// What the copy was made from: changes to assessments change one of these.
    struct Stamp
    {
        QString created; ///< the workspace's meta created_at: another file at the same path differs
        int schema = 0;
        qint64 rows = 0; ///< assessment rows
        qint64 maxRowId = 0;
        qint64 batches = 0;
        qint64 maxBatchId = 0;
        qint64 batchPeople = 0; ///< link rows: deleting a person or skill removes theirs
        qint64 batchSkills = 0;
    };
    struct Contents
    {
        Stamp stamp;
        QList<Id> people; ///< the rows of the arrays
        QList<Id> skills; ///< the columns
        std::array<std::vector<quint8>, 3> levels;
        std::vector<quint8> interest;
        std::vector<quint16> days;
    };

    /// Where the copy for @p ws lives (a file by its path, a server database by its
    /// URL); empty without a cache folder.
    static QString pathFor(const Workspace& ws);
    static Result<Stamp> stamp(const Workspace& ws);
    /// The copy at @p path, or nothing when it is missing, damaged or of another format.
    static std::optional<Contents> read(const QString& path);
    static Result<void> write(const QString& path, const Contents& contents);

    /// Loads of at least this many assessment rows leave a copy (default 500,000; -1: never,
    /// and copies are not read either). For tests and benchmarks.
    static qint64 threshold();
    static void setThreshold(qint64 rows);
};

} // namespace coe
