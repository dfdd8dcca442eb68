// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/buildinfo.h"

namespace coe {

QString BuildInfo::appVersion()
{
    return QStringLiteral(COE_VERSION);
}

QString BuildInfo::qtVersion()
{
    return QString::fromLatin1(qVersion());
}

} // namespace coe
