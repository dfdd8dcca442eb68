// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace coe::render {

/// The KF6 SyntaxHighlighting version CoE Studio was built against, e.g. "6.13.0".
QString syntaxHighlightingVersion();

/// One line naming CoE Studio's version and those of Qt, KF6 SyntaxHighlighting and SQLite.
QString versionSummary();

} // namespace coe::render
