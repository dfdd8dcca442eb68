// SPDX-License-Identifier: GPL-3.0-or-later
// Demo data is a bulk write, so it lives with the other writes in commands/ (io/demo.h, where
// it was, now only includes this header): its rows go in through prepared INSERTs, each reused
// for many rows, in one transaction and without undo steps, which keeps `coectl demo` fast.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace coe {

class Workspace;

/// Fills an empty workspace with a realistic, deterministic DevOps CoE: skill categories
/// and skills, teams, roles with targets, staff and consultants, assessments from all three
/// sources with history, team requirements, engagements with capabilities in every phase,
/// sessions with material and apply tasks, and a two-day summit. Same options, same data.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    struct Options
    {
        int people = 60;
        int skills = 40;
        int teams = 5;
        int historyMonths = 12;
        quint32 seed = 1;
        QDate today = QDate::currentDate(); ///< the date the data is "as of"
    };

    /// @p progress receives a short description of each stage.
    static Result<void> fill(Workspace& ws, const Options& options,
                             const std::function<void(const QString&)>& progress = {});
};

} // namespace coe
