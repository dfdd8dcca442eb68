// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/screenshot.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QPixmap>
#include <QRegularExpression>
#include <QScreen>
#include <QWidget>

namespace coe::ui {

namespace {

QString writePng(const QPixmap& pixmap, const QString& path)
{
    if (pixmap.isNull())
        return QApplication::translate("Screenshot", "Could not render the window.");
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return QApplication::translate("Screenshot", "Cannot create the folder %1.")
            .arg(QDir::toNativeSeparators(info.absolutePath()));
    QImageWriter writer(path, "png");
    if (!writer.write(pixmap.toImage()))
        return QApplication::translate("Screenshot", "Cannot write %1: %2")
            .arg(QDir::toNativeSeparators(path), writer.errorString());
    return {};
}

} // namespace

QString saveWindowScreenshot(QWidget* window, const QString& path, QSize size)
{
    if (size.isValid())
        window->resize(size);
    window->show();
    // Let layouts, fonts and item views settle before painting.
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    return writePng(window->grab(), path);
}

QString captureWindowFromScreen(QWidget* window, const QString& path)
{
    QScreen* screen = window->screen();
    if (!screen)
        return QApplication::translate("Screenshot", "There is no screen to capture.");
    const QRect frame = window->frameGeometry();
    return writePng(screen->grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height()), path);
}

QSize parseSize(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})[xX](\\d{2,5})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    return {match.captured(1).toInt(), match.captured(2).toInt()};
}

} // namespace coe::ui
