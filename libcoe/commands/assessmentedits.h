// SPDX-License-Identifier: GPL-3.0-or-later
// The skill matrix's edits as undo steps: assessments appended to the history (levels set,
// sources cleared, notes) and personal targets set or removed, many cells in one step.
#pragma once

#include "core/result.h"
#include "domain/entities.h"

#include <QList>
#include <QString>

#include <optional>

namespace coe {
class Workspace;
}

namespace coe::commands {

/// A person's own target in a skill, from what it is to what it becomes.
struct PersonTargetChange
{
    Id personId = 0;
    Id skillId = 0;
    std::optional<int> current; ///< the target now; empty: none
    std::optional<int> level;   ///< the new target; empty: remove it
};

class AssessmentEdits
{
public:
    /// Appends @p assessments (ids are ignored; an invalid date is today) to the history as one
    /// undo step named @p text. Levels are not checked against the scale: the matrix offers
    /// only its levels. An empty list writes nothing.
    static Result<void> append(Workspace& ws, const QList<Assessment>& assessments, const QString& text);
    /// Sets, changes or removes the personal targets of @p changes as one undo step named
    /// @p text. An empty list writes nothing.
    static Result<void> setPersonTargets(Workspace& ws, const QList<PersonTargetChange>& changes, const QString& text);
};

} // namespace coe::commands
