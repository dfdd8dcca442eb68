// SPDX-License-Identifier: GPL-3.0-or-later
// Knowledge transfer: the warnings of engagements' capabilities, and who should teach and
// attend a session. Levels come from the matrix (effective level, interest, targets).
#pragma once

#include "domain/phasename.h"
#include "domain/transfer.h"

#include <QCoreApplication>

namespace coe {

class MatrixData;

struct TransferWarning
{
    enum Kind
    {
        ExpertLeadsNearRollOff, ///< still at Expert leads within 30 days of roll-off (or after it)
        OwnerBelowCoached,      ///< the internal owner is below Coached in one of its skills
    };
    Kind kind = ExpertLeadsNearRollOff;
    Id engagementId = 0;
    Id capabilityId = 0;
    Id skillId = 0;
    QString message;
};

struct PersonSuggestion
{
    Id person = 0;
    QString name;
    QString reason;
};

class Transfer
{
    Q_DECLARE_TR_FUNCTIONS(coe::Transfer)

public:
    static constexpr int kRollOffWarningDays = 30;

    /// The level called Coached: the one just below the scale's Independent.
    static int coachedLevel(const MatrixData& data);
    /// The phase's name (domain/phasename.h, which commands use too).
    static QString phaseName(Phase phase) { return PhaseName::of(phase); }
    /// Both warnings for every capability of @p engagements at @p today.
    static QList<TransferWarning> warnings(const QList<Engagement>& engagements, const MatrixData& data,
                                           const QDate& today);
    /// Instructors for a session in @p skills: people at Teacher level first (most such skills
    /// first), then at Independent; ties by name.
    static QList<PersonSuggestion> instructors(const MatrixData& data, const QList<Id>& skills);
    /// Attendees: internal people (not @p instructor) with a gap against their target in the
    /// skills, or keen on them below Independent; the larger total gap first, then keener,
    /// then by name.
    static QList<PersonSuggestion> attendees(const MatrixData& data, const QList<Id>& skills, Id instructor);
};

} // namespace coe
