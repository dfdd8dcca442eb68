// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace coe::ui {

QString installTranslations(QCoreApplication* app, const QLocale& locale)
{
    // Dates and numbers follow the chosen language too ("Dienstag, 1. Dezember 2026"), also
    // where CoE Studio has no translation of its own and speaks English.
    QLocale::setDefault(locale);
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
