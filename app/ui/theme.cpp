// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/theme.h"

#include <QApplication>
#include <QEvent>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace coe::ui {

namespace {

struct Startup
{
    QString style;
    QPalette palette;
    bool saved = false;
};

Startup& startup()
{
    static Startup s;
    return s;
}

Theme::Choice s_current = Theme::System;

/// Recolours a warning label when the application's palette changes; its own palette change
/// (setPalette below) is a different event, so this does not loop.
class WarningInk : public QObject
{
public:
    using QObject::QObject;

    static void recolour(QWidget* widget)
    {
        QPalette palette = widget->palette();
        palette.setColor(QPalette::WindowText, Theme::warning(QApplication::palette()));
        palette.setColor(QPalette::Text, Theme::warning(QApplication::palette()));
        widget->setPalette(palette);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::ApplicationPaletteChange)
            if (auto* widget = qobject_cast<QWidget*>(watched))
                recolour(widget);
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

Theme::Choice Theme::fromName(const QString& name)
{
    if (name == QLatin1String("light"))
        return Light;
    if (name == QLatin1String("dark"))
        return Dark;
    return System;
}

QString Theme::name(Choice choice)
{
    switch (choice) {
    case Light:
        return QStringLiteral("light");
    case Dark:
        return QStringLiteral("dark");
    case System:
        break;
    }
    return QStringLiteral("system");
}

QPalette Theme::lightPalette()
{
    QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QPalette palette = fusion ? fusion->standardPalette() : QPalette(QColor(0xef, 0xef, 0xef));
    delete fusion;
    palette.setColor(QPalette::PlaceholderText, QColor(0x5f, 0x63, 0x68));
    palette.setColor(QPalette::Link, QColor(0x1a, 0x5f, 0xb4));
    // Fusion's own blue gives white text only 3.7:1; this one gives 5.5:1 (WCAG AA).
    palette.setColor(QPalette::Highlight, QColor(0x2a, 0x6a, 0xb0));
    return palette;
}

QPalette Theme::darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor disabled(0x80, 0x86, 0x8b);
    QPalette p(window);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2c));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x41, 0x45));
    p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x6a, 0xb0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x40, 0x43));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x52));
    return p;
}

void Theme::apply(Choice choice)
{
    Startup& s = startup();
    if (!s.saved) {
        s.style = QApplication::style()->name();
        s.palette = QApplication::palette();
        s.saved = true;
    }
    s_current = choice;
    if (choice == System) {
        QApplication::setStyle(s.style);
        QApplication::setPalette(s.palette);
        return;
    }
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(choice == Dark ? darkPalette() : lightPalette());
}

Theme::Choice Theme::current()
{
    return s_current;
}

bool Theme::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

double Theme::contrast(const QColor& a, const QColor& b)
{
    const auto luminance = [](const QColor& c) {
        const auto linear = [](double v) {
            return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        const QColor rgb = c.toRgb();
        return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
    };
    const double x = luminance(a);
    const double y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

QColor Theme::readableOn(const QColor& colour, const QColor& background, double ratio)
{
    if (contrast(colour, background) >= ratio)
        return colour;
    const bool darkBackground = background.lightnessF() < 0.5;
    QColor c = colour.toHsl();
    for (int step = 0; step < 40 && contrast(c, background) < ratio; ++step) {
        c.setHslF(c.hslHueF(), c.hslSaturationF(),
                  std::clamp(c.lightnessF() + (darkBackground ? 0.025f : -0.025f), 0.0f, 1.0f));
    }
    return c.toRgb();
}

void Theme::markAsWarning(QWidget* widget)
{
    WarningInk::recolour(widget);
    widget->installEventFilter(new WarningInk(widget));
}

QColor Theme::warning(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

} // namespace coe::ui
