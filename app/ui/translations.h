// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QCoreApplication;

namespace coe::ui {

/// Makes @p locale the default QLocale, so that every date, time and number shown through
/// QLocale() follows it, and installs Qt's own translation and CoE Studio's for it; returns the
/// language CoE Studio's strings are now in ("en" when there is no translation for the locale).
QString installTranslations(QCoreApplication* app, const QLocale& locale);

} // namespace coe::ui
