// SPDX-License-Identifier: GPL-3.0-or-later
// Light and dark: the system's look by default, or Fusion with a light or a dark palette when
// the user forces one (Preferences). Widgets that draw their own colours ask here for the
// colours that stay readable on the current palette.
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QWidget;

namespace coe::ui {

class Theme
{
public:
    enum Choice
    {
        System,
        Light,
        Dark
    };

    /// "system", "light" or "dark" (as Config stores it); anything else is System.
    static Choice fromName(const QString& name);
    static QString name(Choice choice);
    /// Applies @p choice to the whole application. System restores the style and palette the
    /// application started with.
    static void apply(Choice choice);
    /// The choice applied last (System until apply() is called).
    static Choice current();
    /// Whether @p palette has light text on a dark window.
    static bool isDark(const QPalette& palette);
    /// The palettes Light and Dark use.
    static QPalette lightPalette();
    static QPalette darkPalette();
    /// A red for warnings and problems with at least AA contrast on @p palette's window.
    static QColor warning(const QPalette& palette);
    /// WCAG 2 contrast ratio of two colours, 1 (same) to 21 (black on white).
    static double contrast(const QColor& a, const QColor& b);
    /// @p colour made lighter (on a dark @p background) or darker (on a light one), keeping its
    /// hue, until it has at least @p ratio contrast: 4.5 for text, 3 for large text and lines.
    static QColor readableOn(const QColor& colour, const QColor& background, double ratio = 4.5);
    /// Draws @p widget's text in warning(), now and after every theme change.
    static void markAsWarning(QWidget* widget);
};

} // namespace coe::ui
