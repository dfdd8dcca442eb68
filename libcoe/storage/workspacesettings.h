// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workspacesettings.h"

namespace coe {

class Workspace;

/// The workspace's settings as stored in its meta table; readiness weights that are missing or
/// not three numbers from 0 to 1 adding up to 1 read as the defaults.
WorkspaceSettings readWorkspaceSettings(const Workspace& ws);

} // namespace coe
