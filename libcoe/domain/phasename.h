// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/transfer.h"

#include <QString>

namespace coe {

/// The name a person reads for a hand-over phase, in undo texts, messages and views. Its
/// translations keep the context coe::Transfer, where the names were first declared.
class PhaseName
{
public:
    static QString of(Phase phase);
};

} // namespace coe
