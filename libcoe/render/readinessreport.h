// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/readiness.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QPageSize>

namespace coe::render {

/// The printable readiness report: a section per team, each starting on a new page, with
/// its index and parts, forecast, gaps, next actions, the radar and coverage charts, and its
/// required skills as a table whose header repeats on every page and whose rows never split.
/// A4 or Letter, 15 mm margins, a header with what and when, a footer with page x of y.
class ReadinessReport
{
    Q_DECLARE_TR_FUNCTIONS(ReadinessReport)

public:
    struct Options
    {
        QPageSize::PageSizeId paper = QPageSize::A4;
        QDate date = QDate::currentDate();
        QString workspace; ///< named in the header
        QList<Id> teams;   ///< empty: every team
    };

    static Result<int> write(const Readiness& readiness, const QString& path, const Options& options);
};

} // namespace coe::render
