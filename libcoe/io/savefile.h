// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace coe {

/// Writes @p bytes to @p path through QSaveFile: a failed write never replaces a good file.
/// The message names the path and the reason.
Result<void> saveFile(const QString& path, const QByteArray& bytes);

} // namespace coe
