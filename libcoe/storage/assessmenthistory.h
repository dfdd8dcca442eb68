// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "domain/entities.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace coe {

class Workspace;

/// Reads of the assessment rows (the append-only history): one cell's latest note and newest
/// rows, for the skill matrix's tooltips and history, and the rows readiness works from. Batch
/// cells are storage/assessmentbatch.h's to read.
class AssessmentHistory
{
public:
    /// A note given on a cell.
    struct Note
    {
        QString text;
        Source source = Source::Lead; ///< Lead when the row names no known source
        QDate assessedOn;
    };
    /// One assessment row of a cell.
    struct Entry
    {
        qint64 id = 0;
        QString assessedOn;       ///< as stored (ISO date)
        QString source;           ///< as stored ("self", "lead", "consultant")
        std::optional<int> level; ///< empty: cleared (or a note without a level)
        QString note;
    };
    /// One row readiness reads: the cell (person << 32 | skill), the row's id, and
    /// PackedAssessment (without the note flag) * 10^8 + the Julian day of its date.
    struct Packed
    {
        quint64 cell = 0;
        qint64 id = 0;
        qint64 value = 0;
    };

    explicit AssessmentHistory(Workspace& workspace) : m_workspace(workspace) {}

    /// The newest row of the cell with a note (by date, then id), if any.
    Result<std::optional<Note>> latestNote(Id person, Id skill) const;
    /// The cell's newest @p limit rows, newest first (by date, then id).
    Result<QList<Entry>> cellRows(Id person, Id skill, int limit) const;
    /// Every row of members' and engaged consultants' assessments in the skills their team
    /// requires, in no order (a consultant who is also a member comes twice), handed to @p each.
    Result<void> requiredRows(const std::function<void(const Packed&)>& each) const;

private:
    Workspace& m_workspace;
};

} // namespace coe
