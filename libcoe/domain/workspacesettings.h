// SPDX-License-Identifier: GPL-3.0-or-later
// The settings a workspace keeps for everyone who opens it (not a user's preferences, which
// are in Config): the zone of sessions that name none, and how the readiness index is weighed.
#pragma once

#include <QString>

namespace coe {

/// The weights of the readiness index's three components; they add up to 1.
struct ReadinessWeights
{
    double coverage = 0.5; ///< coverage of the required skills
    double teacher = 0.2;  ///< a Teacher where one is required
    double handover = 0.3; ///< capabilities handed over

    bool operator==(const ReadinessWeights&) const = default;
};

struct WorkspaceSettings
{
    /// An IANA name or a fixed offset; empty when none was set (the system's zone is used).
    QString timeZone;
    ReadinessWeights weights;

    bool operator==(const WorkspaceSettings&) const = default;
};

} // namespace coe
