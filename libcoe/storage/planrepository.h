// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "domain/summit.h"
#include "domain/transfer.h"

namespace coe {

class Workspace;

/// Reads engagements (with capabilities and phase history), sessions (with skills,
/// attendees and apply tasks), level proposals and summits (with rooms, tracks, items, slots
/// and availability) as whole values. Writes go through commands::Batch.
class PlanRepository
{
public:
    explicit PlanRepository(Workspace& workspace) : m_workspace(workspace) {}

    Result<QList<Engagement>> engagements() const;
    Result<QList<Session>> sessions() const;
    Result<QList<LevelProposal>> proposals() const;
    Result<QList<Summit>> summits() const;

private:
    Workspace& m_workspace;
};

} // namespace coe
