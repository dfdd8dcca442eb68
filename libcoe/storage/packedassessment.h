// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QString>

#include <optional>

namespace coe {

/// An assessment row's source, level, interest and note flag, packed into one integer by the
/// database so that bulk reads (the skill matrix, readiness) fetch one value instead of four:
/// source 0-2 | (level + 1) << 2 | (interest + 1) << 6 | has note << 9.
struct PackedAssessment
{
    Source source = Source::Self;
    std::optional<int> level; ///< empty: cleared
    std::optional<int> interest;
    bool note = false;

    /// SQL that packs a row of assessment; @p prefix qualifies the columns (e.g. "a."). Readers
    /// that never look at notes pass @p note false and save reading the note text.
    static QString sql(const QString& prefix = {}, bool note = true)
    {
        return QStringLiteral("((CASE %1source WHEN 'self' THEN 0 WHEN 'lead' THEN 1 ELSE 2 END) "
                              "+ 4 * (COALESCE(%1level, -1) + 1) + 64 * (COALESCE(%1interest, -1) + 1)%2)")
            .arg(prefix,
                 note ? QStringLiteral(" + 512 * (CASE WHEN %1note <> '' THEN 1 ELSE 0 END)").arg(prefix) : QString());
    }

    static PackedAssessment decode(int packed)
    {
        PackedAssessment a;
        a.source = Source(packed & 3);
        if (const int level = (packed >> 2) & 15)
            a.level = level - 1;
        if (const int interest = (packed >> 6) & 7)
            a.interest = interest - 1;
        a.note = (packed >> 9) & 1;
        return a;
    }
};

} // namespace coe
