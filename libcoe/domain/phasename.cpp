// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/phasename.h"

#include <QCoreApplication>

namespace coe {

QString PhaseName::of(Phase phase)
{
    switch (phase) {
    case Phase::ExpertLeads:
        return QCoreApplication::translate("coe::Transfer", "Expert leads");
    case Phase::Pairing:
        return QCoreApplication::translate("coe::Transfer", "Pairing");
    case Phase::StaffLeads:
        return QCoreApplication::translate("coe::Transfer", "Staff leads");
    case Phase::HandedOver:
        return QCoreApplication::translate("coe::Transfer", "Handed over");
    }
    return {};
}

} // namespace coe
