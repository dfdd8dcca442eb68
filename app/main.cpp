// SPDX-License-Identifier: GPL-3.0-or-later
// coe-studio: parses the command line and starts the GUI (everything else lives in coe_ui).
#include "core/buildinfo.h"
#include "core/config.h"
#include "ui/icons.h"
#include "ui/mainwindow.h"
#include "ui/screenshot.h"
#include "ui/theme.h"
#include "ui/translations.h"
#include "ui/viewregistry.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

void nameApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("coe-studio"));
    QCoreApplication::setOrganizationName(QStringLiteral("CoE Studio"));
    QCoreApplication::setApplicationVersion(coe::BuildInfo::appVersion());
}

/// The views --view takes, each with its title, one a line, for --help.
QString viewList()
{
    qsizetype width = 0;
    for (const coe::ui::ViewEntry& entry : coe::ui::ViewRegistry::entries())
        width = std::max(width, entry.name.size());
    QString list = QCoreApplication::translate("main", "Views (for --view NAME):");
    for (const coe::ui::ViewEntry& entry : coe::ui::ViewRegistry::entries())
        list += QStringLiteral("\n  ") + entry.name.leftJustified(width + 2) + entry.plainTitle();
    return list;
}

/// coe-studio's options, their descriptions translated into the language installed when this
/// is made.
struct CommandLine
{
    CommandLine()
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main",
                                        "CoE Studio: skill matrices, knowledge transfer, summits and team readiness.") +
            QStringLiteral("\n\n") + viewList());
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({screenshot, size, capture, lang, theme, view});
        parser.addPositionalArgument(
            QStringLiteral("workspace"),
            QCoreApplication::translate("main", "A .coe file or a postgresql:// URL to open (default: the last one)."),
            QStringLiteral("[WORKSPACE]"));
    }

    /// --lang, or the language chosen in Preferences, or the system's.
    QLocale locale() const
    {
        if (parser.isSet(lang))
            return QLocale(parser.value(lang));
        const QString chosen = coe::Config::instance()->get(coe::Config::Language).toString();
        return chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    }

    QCommandLineParser parser;
    const QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render the main window offscreen to FILE and exit."),
        QStringLiteral("FILE")};
    const QCommandLineOption size{
        QStringLiteral("size"), QCoreApplication::translate("main", "Window size for --screenshot (default 1400x900)."),
        QStringLiteral("WxH"), QStringLiteral("1400x900")};
    const QCommandLineOption capture{
        QStringLiteral("capture-screen"),
        QCoreApplication::translate("main", "Show the window, grab it from the screen into FILE and exit (for Xvfb)."),
        QStringLiteral("FILE")};
    const QCommandLineOption lang{
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Use the language CODE (de, es, fr or en) instead of the system's."),
        QStringLiteral("CODE")};
    const QCommandLineOption theme{
        QStringLiteral("theme"),
        QCoreApplication::translate("main", "Use the theme NAME (system, light or dark) instead of the one chosen in "
                                            "Preferences."),
        QStringLiteral("NAME")};
    const QCommandLineOption view{
        QStringLiteral("view"),
        QCoreApplication::translate("main", "Show the view NAME (see Views above) once a workspace is open."),
        QStringLiteral("NAME")};
};

/// Answers --help and --version, and exits, before the GUI application exists: that one aborts
/// when there is no display, and neither answer needs one. Anything else returns, to be parsed
/// (and its errors reported) by the GUI application, which first takes out Qt's own options
/// such as -platform.
void answerHelpOrVersion(int& argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    nameApplication();
    CommandLine first;
    first.parser.parse(QCoreApplication::arguments());
    if (first.parser.isSet(QStringLiteral("version")))
        first.parser.showVersion();
    if (!first.parser.isSet(QStringLiteral("help")))
        return;
    coe::ui::installTranslations(&app, first.locale());
    CommandLine translated;
    translated.parser.parse(QCoreApplication::arguments());
    translated.parser.showHelp();
}

} // namespace

int main(int argc, char* argv[])
{
    answerHelpOrVersion(argc, argv);
    // --screenshot renders without a display: pick the platform before QApplication exists.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--screenshot") == 0 && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    nameApplication();
    // The installed desktop file: Wayland and the docks link the window to its icon by it.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.coestudio.CoEStudio"));
    coe::ui::installIcons();

    CommandLine commandLine;
    QCommandLineParser& parser = commandLine.parser;
    const QCommandLineOption& screenshot = commandLine.screenshot;
    const QCommandLineOption& size = commandLine.size;
    const QCommandLineOption& capture = commandLine.capture;
    const QCommandLineOption& view = commandLine.view;
    parser.process(app);
    if (parser.isSet(view) && !coe::ui::ViewRegistry::find(parser.value(view))) {
        std::fprintf(stderr, "coe-studio: --view takes %s, not '%s'\n",
                     qPrintable(coe::ui::ViewRegistry::names().join(QStringLiteral(", "))),
                     qPrintable(parser.value(view)));
        return 2;
    }

    const QCommandLineOption& theme = commandLine.theme;
    const QStringList themes{QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};
    if (parser.isSet(theme) && !themes.contains(parser.value(theme))) {
        std::fprintf(stderr, "coe-studio: --theme takes system, light or dark, not '%s'\n",
                     qPrintable(parser.value(theme)));
        return 2;
    }

    coe::ui::installTranslations(&app, commandLine.locale());
    coe::ui::Theme::apply(coe::ui::Theme::fromName(
        parser.isSet(theme) ? parser.value(theme) : coe::Config::instance()->get(coe::Config::Theme).toString()));

    coe::ui::MainWindow window;
    if (!parser.positionalArguments().isEmpty()) {
        if (!window.openLocation(parser.positionalArguments().constFirst()) && parser.isSet(screenshot))
            return 1;
    } else if (!parser.isSet(screenshot)) {
        // Reopen the last file workspace; a shared database asks for its password first.
        const QString last = coe::Config::instance()->get(coe::Config::LastWorkspace).toString();
        if (!last.isEmpty() && !last.contains(QLatin1String("://")) && QFileInfo::exists(last))
            window.openLocation(last);
    }
    if (parser.isSet(view) && !window.showView(parser.value(view))) {
        std::fprintf(stderr, "coe-studio: --view %s needs a workspace: name a .coe file or a postgresql:// URL\n",
                     qPrintable(parser.value(view)));
        return 2;
    }

    if (parser.isSet(screenshot)) {
        const QSize windowSize = coe::ui::parseSize(parser.value(size));
        if (!windowSize.isValid()) {
            std::fprintf(stderr, "coe-studio: --size takes WxH, e.g. 1400x900, not '%s'\n",
                         qPrintable(parser.value(size)));
            return 2;
        }
        const QString error = coe::ui::saveWindowScreenshot(&window, parser.value(screenshot), windowSize);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "coe-studio: %s\n", qPrintable(error));
            return 1;
        }
        return 0;
    }

    window.show();
    if (parser.isSet(capture)) {
        // Give the window system time to map and paint the window, then grab it.
        QTimer::singleShot(1500, &window, [&] {
            const QString error = coe::ui::captureWindowFromScreen(&window, parser.value(capture));
            if (!error.isEmpty())
                std::fprintf(stderr, "coe-studio: %s\n", qPrintable(error));
            QApplication::exit(error.isEmpty() ? 0 : 1);
        });
    }
    return QApplication::exec();
}
