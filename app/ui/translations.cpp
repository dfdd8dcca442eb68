// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace coe::ui {

QString installTranslations(QCoreApplication* app, const QLocale& locale)
{
    auto* qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto* own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("coe"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        // English holds only plural forms and names no language of its own.
        return own->language().isEmpty() ? QStringLiteral("en") : own->language().left(2);
    }
    // A language we do not translate (or the C locale): English, with its plural forms.
    if (own->load(QStringLiteral("coe_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    return QStringLiteral("en");
}

} // namespace coe::ui
