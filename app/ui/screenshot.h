// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>

class QWidget;

namespace coe::ui {

/// Renders @p window (shown, laid out, at @p size when valid) into a PNG at @p path.
/// Returns an empty string on success, else a message naming the file and the reason.
QString saveWindowScreenshot(QWidget* window, const QString& path, QSize size = {});

/// Grabs the part of the real screen that @p window covers (window-system platforms such as
/// xcb under Xvfb) into a PNG at @p path. Same return convention.
QString captureWindowFromScreen(QWidget* window, const QString& path);

/// Parses "WxH" (e.g. "1400x900"); returns an invalid size for anything else.
QSize parseSize(const QString& text);

} // namespace coe::ui
