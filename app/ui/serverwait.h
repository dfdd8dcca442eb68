// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "storage/location.h"

class QWidget;

namespace coe::ui {

/// Finds out whether the server @p location names answers, on a worker thread, while the
/// window stays responsive: after a moment a "Connecting to …" dialog with Cancel appears.
/// Files pass at once. Returns the server's error, or std::nullopt when the user cancelled
/// (the attempt then ends on its own, within the connect timeout).
std::optional<Result<void>> waitForServer(QWidget* parent, const WorkspaceLocation& location);

} // namespace coe::ui
