// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QPageLayout>

#include <functional>

class QPagedPaintDevice;

namespace coe::render {

/// Writes a PDF through "PATH.part", renamed over @p path only when painting finished, so a
/// failure never leaves half a document behind. @p paint returns the number of pages.
Result<int> writePdfFile(const QString& path, const QString& title, const QPageLayout& layout, int resolution,
                         const std::function<int(QPagedPaintDevice&)>& paint);

} // namespace coe::render
