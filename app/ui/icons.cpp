// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/icons.h"

#include <QApplication>
#include <QIcon>

namespace coe::ui {

QString bundledIconTheme()
{
    return QStringLiteral("coe");
}

void installIcons()
{
    QGuiApplication::setDesktopFileName(QStringLiteral("org.coestudio.CoEStudio"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/coe-studio.svg")));
    QIcon::setFallbackThemeName(bundledIconTheme());
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    QIcon::setThemeName(bundledIconTheme());
#else
    if (QIcon::themeName().isEmpty())
        QIcon::setThemeName(bundledIconTheme());
#endif
}

} // namespace coe::ui
