// SPDX-License-Identifier: GPL-3.0-or-later
// Light and dark: forcing a theme changes the application's palette, every view still renders
// in it, and the text the app draws meets WCAG AA contrast (4.5:1) in both: on every level
// colour of the default scale, selected or not, and the palette's own text roles.
#include "dialogs/preferencesdialog.h"
#include "domain/scale.h"
#include "support/demowindow.h"
#include "ui/theme.h"
#include "ui/viewregistry.h"

#include <QApplication>
#include <QComboBox>
#include <QStyle>
#include <QTest>

#include <cmath>

using namespace coe;

namespace {

// WCAG 2's definitions, written here again so the test does not trust the code it checks.
double luminance(const QColor& c)
{
    const auto lin = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double x = luminance(a);
    const double y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

QColor mixed(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

/// The mean lightness of @p image, 0 (black) to 1 (white).
double meanLightness(const QImage& image)
{
    double sum = 0;
    int n = 0;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7) {
            sum += QColor(image.pixel(x, y)).lightnessF();
            ++n;
        }
    return n ? sum / n : 0;
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::ScriptedPrompter m_prompter;

private Q_SLOTS:
    void cleanup() { ui::Theme::apply(ui::Theme::System); }

    void paletteTextMeetsAA_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << ui::Theme::lightPalette();
        QTest::newRow("dark") << ui::Theme::darkPalette();
    }

    void paletteTextMeetsAA()
    {
        QFETCH(QPalette, palette);
        const struct
        {
            QPalette::ColorRole text;
            QPalette::ColorRole on;
        } pairs[] = {{QPalette::WindowText, QPalette::Window},
                     {QPalette::Text, QPalette::Base},
                     {QPalette::Text, QPalette::AlternateBase},
                     {QPalette::ButtonText, QPalette::Button},
                     {QPalette::HighlightedText, QPalette::Highlight},
                     {QPalette::PlaceholderText, QPalette::Window},
                     {QPalette::PlaceholderText, QPalette::Base},
                     {QPalette::ToolTipText, QPalette::ToolTipBase},
                     {QPalette::Link, QPalette::Base}};
        for (const auto& pair : pairs) {
            const double ratio = contrast(palette.color(QPalette::Active, pair.text), palette.color(pair.on));
            QVERIFY2(
                ratio >= 4.5,
                qPrintable(
                    QStringLiteral("role %1 on %2: %3").arg(int(pair.text)).arg(int(pair.on)).arg(ratio, 0, 'f', 2)));
        }
        const double warning = contrast(ui::Theme::warning(palette), palette.color(QPalette::Window));
        QVERIFY2(warning >= 4.5, qPrintable(QString::number(warning)));
    }

    void levelColoursMeetAA_data() { paletteTextMeetsAA_data(); }

    void levelColoursMeetAA()
    {
        QFETCH(QPalette, palette);
        // The matrix draws a level's number in Scale::textColorOn of its colour, and of the
        // colour tinted by the selection (MatrixDelegate::paint mixes in 45 % highlight).
        const QList<ScaleLevel> levels = Scale::defaultLevels();
        for (const ScaleLevel& level : levels) {
            for (const QColor& fill : {level.color, mixed(level.color, palette.color(QPalette::Highlight), 0.45)}) {
                const double ratio = contrast(Scale::textColorOn(fill), fill);
                QVERIFY2(
                    ratio >= 4.5,
                    qPrintable(QStringLiteral("%1 on %2: %3").arg(level.label, fill.name()).arg(ratio, 0, 'f', 2)));
            }
        }
    }

    void colouredTextIsMadeReadable_data() { paletteTextMeetsAA_data(); }

    void colouredTextIsMadeReadable()
    {
        QFETCH(QPalette, palette);
        // The dashboard's index bands (large text, 3:1) and its alert colours (text, 4.5:1) on a card.
        const QColor card = palette.color(QPalette::Base);
        for (const QColor& colour : {QColor(0xd7, 0x30, 0x27), QColor(0xfd, 0xae, 0x61), QColor(0x41, 0xb6, 0xc4),
                                     QColor(0x2c, 0x7f, 0xb8), QColor(0x25, 0x34, 0x94), QColor(0xe6, 0x7e, 0x22)}) {
            for (const double wanted : {3.0, 4.5}) {
                const QColor shown = ui::Theme::readableOn(colour, card, wanted);
                QVERIFY2(contrast(shown, card) >= wanted,
                         qPrintable(
                             QStringLiteral("%1 on %2: %3").arg(shown.name(), card.name()).arg(contrast(shown, card))));
                // The same hue, only lighter or darker.
                if (colour.hslSaturation() > 0 && shown.hslSaturation() > 0)
                    QVERIFY(std::abs(shown.hslHue() - colour.hslHue()) <= 3);
            }
            // A colour that already reads well is left as it is.
            if (contrast(colour, card) >= 3.0)
                QCOMPARE(ui::Theme::readableOn(colour, card, 3.0), colour);
        }
    }

    void forcingAThemeRepaintsEveryView()
    {
        auto window = test::demoWindow(m_dir, m_prompter);
        QVERIFY(window);
        const QString systemStyle = QApplication::style()->name();
        for (const ui::Theme::Choice choice : {ui::Theme::Dark, ui::Theme::Light, ui::Theme::System}) {
            ui::Theme::apply(choice);
            QCOMPARE(ui::Theme::current(), choice);
            // Widgets take the new palette from the events it posts.
            QTRY_COMPARE(window->palette().color(QPalette::Window), QApplication::palette().color(QPalette::Window));
            if (choice == ui::Theme::Dark)
                QCOMPARE(QApplication::palette().color(QPalette::Window),
                         ui::Theme::darkPalette().color(QPalette::Window));
            if (choice == ui::Theme::System)
                QCOMPARE(QApplication::style()->name(), systemStyle);
            else
                QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
            for (const ui::ViewEntry& view : ui::ViewRegistry::entries()) {
                QVERIFY2(window->showView(view.name), qPrintable(view.name));
                const QImage shot = window->grab().toImage();
                QVERIFY(!shot.isNull());
                const double lightness = meanLightness(shot);
                // A dark window is mostly dark, a light one mostly light, in every view.
                if (choice == ui::Theme::Dark)
                    QVERIFY2(lightness < 0.45, qPrintable(QStringLiteral("%1: %2").arg(view.name).arg(lightness)));
                else if (choice == ui::Theme::Light)
                    QVERIFY2(lightness > 0.6, qPrintable(QStringLiteral("%1: %2").arg(view.name).arg(lightness)));
            }
        }
    }

    void preferencesStoreTheChoiceAndApplyTheTheme()
    {
        Config::createTemporary();
        ui::PreferencesDialog dialog(false);
        QCOMPARE(dialog.themeBox()->currentData().toString(), QStringLiteral("system"));
        QCOMPARE(dialog.languageBox()->currentData().toString(), QString());
        dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(QStringLiteral("dark")));
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("es")));
        dialog.paperBox()->setCurrentIndex(dialog.paperBox()->findData(QStringLiteral("letter")));
        dialog.store();
        QCOMPARE(Config::instance()->get(Config::Theme).toString(), QStringLiteral("dark"));
        QCOMPARE(Config::instance()->get(Config::Language).toString(), QStringLiteral("es"));
        QCOMPARE(Config::instance()->get(Config::PaperSize).toString(), QStringLiteral("letter"));
        QCOMPARE(ui::Theme::current(), ui::Theme::Dark);
        QVERIFY(ui::Theme::isDark(QApplication::palette()));
        // A second dialog shows what is stored.
        ui::PreferencesDialog again(false);
        QCOMPARE(again.themeBox()->currentData().toString(), QStringLiteral("dark"));
        QCOMPARE(again.paperBox()->currentData().toString(), QStringLiteral("letter"));
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
