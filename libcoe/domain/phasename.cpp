// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/phasename.h"

namespace coe {

QString PhaseName::of(Phase phase)
{
    switch (phase) {
    case Phase::ExpertLeads:
        return tr("Expert leads");
    case Phase::Pairing:
        return tr("Pairing");
    case Phase::StaffLeads:
        return tr("Staff leads");
    case Phase::HandedOver:
        return tr("Handed over");
    }
    return {};
}

} // namespace coe
