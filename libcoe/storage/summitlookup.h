// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "domain/entities.h"

#include <optional>

namespace coe {

class Workspace;

/// Finds a summit without reading it whole (storage/planrepository.h reads summits with their
/// rooms, tracks, items and slots).
class SummitLookup
{
public:
    /// The id of the summit named @p name, ignoring case, if there is one.
    static Result<std::optional<Id>> byName(Workspace& ws, const QString& name);
};

} // namespace coe
