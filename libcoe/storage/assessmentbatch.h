// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "domain/entities.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <algorithm>
#include <optional>
#include <vector>

namespace coe {

class Workspace;

/// Bulk assessments (schema version 3): many cells with one source and one date, stored as a
/// grid of people × skills with one byte per cell instead of one assessment row per cell. A
/// batch cell means what an assessment row with the same person, skill, source, level and date
/// means; it comes after the rows whose id is at most afterId and before every later row, and
/// batches with the same afterId come in id order. Spreadsheet imports write batches: writing
/// and reading five million cells this way takes a fraction of a second.
struct AssessmentBatch
{
    Id id = 0;
    Id afterId = 0;
    Source source = Source::Lead;
    QDate assessedOn;
    QList<Id> people;  ///< grid rows; 0 where the person has been deleted
    QList<Id> skills;  ///< grid columns; 0 where the skill has been deleted
    QByteArray levels; ///< people × skills bytes, row by row: 0 no cell, otherwise level + 1

    std::optional<int> level(qsizetype personPosition, qsizetype skillPosition) const
    {
        const char v = levels.at(personPosition * skills.size() + skillPosition);
        return v ? std::optional<int>(int(v) - 1) : std::nullopt;
    }
};

/// One batch cell, as a cell's history shows it.
struct BatchCell
{
    Id afterId = 0;
    Source source = Source::Lead;
    QDate assessedOn;
    int level = 0;
};

class AssessmentBatches
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentBatches)
public:
    /// Where an assessment row falls in the assessment order, as one comparable integer.
    static qint64 rowOrder(Id id) { return id << 20; }
    /// Where a batch's cells fall: just after the row @p afterId, batches with the same
    /// afterId by their @p place in (afterId, id) order. Ids stay far below 2^43.
    static qint64 batchOrder(Id afterId, qsizetype place)
    {
        return (afterId << 20) | (1 + std::min<qint64>(place, (1 << 20) - 2));
    }

    /// Whether @p cells cells over @p people × @p skills are better written as a batch than as
    /// rows: many cells, and a grid at least a quarter full (an empty grid byte costs little).
    static bool worthABatch(qint64 cells, qint64 people, qint64 skills);

    /// Every batch, in the order its cells apply: (afterId, id). Grid rows and columns of
    /// deleted people and skills are 0.
    static Result<std::vector<AssessmentBatch>> all(const Workspace& ws);

    /// Writes @p batch, whose id the caller reserved, after every assessment row written so
    /// far (sets afterId). Runs inside the caller's transaction.
    static Result<void> insert(Workspace& ws, AssessmentBatch& batch);

    /// The batch cells of one person and skill, in the order they apply.
    static Result<QList<BatchCell>> cellHistory(const Workspace& ws, Id person, Id skill);

    /// How many cells the batches hold for people and skills that exist.
    static Result<qint64> cellCount(const Workspace& ws);

    /// Damage a batch can have: a grid whose size does not match its rows and columns, a link
    /// outside the grid, a byte that is no level on the scale.
    static Result<QStringList> check(const Workspace& ws);
};

} // namespace coe
