// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "domain/summit.h"
#include "domain/transfer.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace coe {

class Workspace;

/// Reads engagements (with capabilities and phase history), sessions (with skills,
/// attendees and apply tasks), level proposals and summits (with rooms, tracks, items, slots
/// and availability) as whole values. Writes go through commands::Batch.
class PlanRepository
{
    Q_DECLARE_TR_FUNCTIONS(coe::PlanRepository)

public:
    explicit PlanRepository(Workspace& workspace) : m_workspace(workspace) {}

    Result<QList<Engagement>> engagements() const;
    Result<QList<Session>> sessions() const;
    Result<QList<LevelProposal>> proposals() const;
    Result<QList<Summit>> summits() const;
    /// The zone of sessions that name none: the workspace's (meta key time_zone), or the
    /// system's where the workspace sets none, which is how sessions were read before they had
    /// a zone.
    Result<QTimeZone> workspaceZone() const;

private:
    Workspace& m_workspace;
};

} // namespace coe
