// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QPageLayout>

#include <functional>

class QPagedPaintDevice;

namespace coe::render {

/// Writes a PDF through a QSaveFile (see coe::saveFile), so a failure — a full disk, say — never
/// leaves half a document under @p path nor replaces an older one. @p paint returns the number
/// of pages, or -1 when it could not paint.
Result<int> writePdfFile(const QString& path, const QString& title, const QPageLayout& layout, int resolution,
                         const std::function<int(QPagedPaintDevice&)>& paint);

} // namespace coe::render
