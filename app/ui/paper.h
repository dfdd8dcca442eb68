// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPageSize>

namespace coe::ui {

/// The paper printed pages and PDF exports start on: the Preferences' choice, or where none is
/// made, Letter in the locales that use it and A4 everywhere else.
QPageSize::PageSizeId preferredPaper();

} // namespace coe::ui
