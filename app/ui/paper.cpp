// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/paper.h"

#include "core/config.h"

#include <QLocale>

namespace coe::ui {

QPageSize::PageSizeId preferredPaper()
{
    const QString chosen = Config::instance()->get(Config::PaperSize).toString();
    if (chosen == QLatin1String("letter"))
        return QPageSize::Letter;
    if (chosen == QLatin1String("a4"))
        return QPageSize::A4;
    return QLocale::system().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4;
}

} // namespace coe::ui
