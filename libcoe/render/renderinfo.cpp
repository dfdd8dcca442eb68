// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/renderinfo.h"

#include "core/buildinfo.h"
#include "storage/sqlitelibrary.h"

#include <ksyntaxhighlighting_version.h>

namespace coe::render {

QString syntaxHighlightingVersion()
{
    return QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING);
}

QString versionSummary()
{
    const QString sqlite = SqliteLibrary::version();
    return QStringLiteral("Qt %1 · KF6 SyntaxHighlighting %2 · SQLite %3")
        .arg(BuildInfo::qtVersion(), syntaxHighlightingVersion(),
             sqlite.isEmpty() ? QStringLiteral("(driver missing)") : sqlite);
}

} // namespace coe::render
