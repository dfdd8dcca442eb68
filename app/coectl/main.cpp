// SPDX-License-Identifier: GPL-3.0-or-later
// coectl: the command-line face of CoE Studio, for automation and tests.
#include "coectl/cli.h"
#include "core/buildinfo.h"

#include <QApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    // Charts and PDFs need a GUI application object; coectl never opens a window.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // QGuiApplication takes some arguments for itself (-session for session management,
    // -style, ...) out of argv; coectl's own (coectl handout --session TITLE) are read first.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("coectl"));
    QApplication::setOrganizationName(QStringLiteral("CoE Studio"));
    QApplication::setApplicationVersion(coe::BuildInfo::appVersion());

    QTextStream out(stdout);
    QTextStream err(stderr);
    coe::cli::Io io{out, err};
    const int code = coe::cli::makeCli()->run(arguments, io);
    out.flush();
    err.flush();
    return code;
}
