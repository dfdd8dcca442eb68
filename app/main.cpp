// SPDX-License-Identifier: GPL-3.0-or-later
// coe-studio: parses the command line and starts the GUI (everything else lives in coe_ui).
#include "core/buildinfo.h"
#include "core/config.h"
#include "ui/mainwindow.h"
#include "ui/screenshot.h"
#include "ui/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>

int main(int argc, char* argv[])
{
    // --screenshot renders without a display: pick the platform before QApplication exists.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--screenshot") == 0 && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("coe-studio"));
    QApplication::setOrganizationName(QStringLiteral("CoE Studio"));
    QApplication::setApplicationVersion(coe::BuildInfo::appVersion());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "CoE Studio: skill matrices, knowledge transfer, summits and team readiness."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the main window offscreen to FILE and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption size(
        QStringLiteral("size"),
        QApplication::translate("main", "Window size for --screenshot (default 1400x900)."),
        QStringLiteral("WxH"), QStringLiteral("1400x900"));
    const QCommandLineOption capture(
        QStringLiteral("capture-screen"),
        QApplication::translate("main", "Show the window, grab it from the screen into FILE and "
                                        "exit (for Xvfb)."),
        QStringLiteral("FILE"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QApplication::translate("main", "Use the language CODE (e.g. de, fr) instead of the "
                                        "system's."),
        QStringLiteral("CODE"));
    const QCommandLineOption view(
        QStringLiteral("view"),
        QApplication::translate("main", "Show the view NAME (dashboard, matrix, people, skills) once a workspace is open."),
        QStringLiteral("NAME"));
    parser.addOptions({screenshot, size, capture, lang, view});
    parser.addPositionalArgument(
        QStringLiteral("workspace"),
        QApplication::translate("main", "A .coe file or a postgresql:// URL to open (default: the last one)."),
        QStringLiteral("[WORKSPACE]"));
    parser.process(app);

    coe::ui::installTranslations(&app, parser.isSet(lang) ? QLocale(parser.value(lang))
                                                          : QLocale::system());

    coe::ui::MainWindow window;
    if (!parser.positionalArguments().isEmpty()) {
        if (!window.openLocation(parser.positionalArguments().first()) && parser.isSet(screenshot))
            return 1;
    } else if (!parser.isSet(screenshot)) {
        // Reopen the last file workspace; a shared database asks for its password first.
        const QString last = coe::Config::instance()->get(coe::Config::LastWorkspace).toString();
        if (!last.isEmpty() && !last.contains(QLatin1String("://")) && QFileInfo::exists(last))
            window.openLocation(last);
    }
    if (parser.isSet(view) && !window.showView(parser.value(view))) {
        std::fprintf(stderr, "coe-studio: --view takes dashboard, matrix, people or skills (with a workspace), not '%s'\n",
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
        const QString error =
            coe::ui::saveWindowScreenshot(&window, parser.value(screenshot), windowSize);
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
