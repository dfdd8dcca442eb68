// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/transfer.h"

#include <QCoreApplication>

namespace coe {

/// The name a person reads for a hand-over phase, in undo texts, messages and views. Its
/// translations keep the context of Transfer, where it was first declared.
class PhaseName
{
    Q_DECLARE_TR_FUNCTIONS(coe::Transfer)

public:
    static QString of(Phase phase);
};

} // namespace coe
