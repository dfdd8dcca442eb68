// SPDX-License-Identifier: GPL-3.0-or-later
// coe-bench's scenarios, in the order they run: each measures one thing and returns its row.
#pragma once

#include "benchdata.h"

#include <QList>

namespace coe::bench {

struct Scenario
{
    const char* name; ///< as --only takes it
    Row (*run)(Data& data);
};

/// Every scenario; later ones may use what earlier ones made (the edit changes the batches
/// workspace, so it comes after the opens and exports).
const QList<Scenario>& scenarios();

} // namespace coe::bench
