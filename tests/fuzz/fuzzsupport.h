// SPDX-License-Identifier: GPL-3.0-or-later
// What every fuzz target shares: a Qt application made once, quiet Qt messages, a scratch
// folder, and the input written to a file for the readers that take a path.
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace coe::fuzz {

/// Made once by init(); kept for the life of the process (libFuzzer never returns from main).
inline std::unique_ptr<QCoreApplication>& application()
{
    static std::unique_ptr<QCoreApplication> app;
    return app;
}

inline QTemporaryDir& scratch()
{
    static QTemporaryDir dir;
    return dir;
}

/// Qt's warnings about a bad input are expected by the thousand: only fatal ones are shown
/// (they abort, and libFuzzer reports the input).
inline void quietMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}

/// Call from LLVMFuzzerInitialize. @p gui makes a QGuiApplication (offscreen), for targets
/// that lay out text.
inline void init(int* argc, char*** argv, bool gui = false)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("LC_ALL", "C.UTF-8");
    qInstallMessageHandler(quietMessages);
    static int qtArgc = 1;
    static char* qtArgv[] = {(*argv)[0], nullptr};
    (void)argc;
    if (gui)
        application() = std::make_unique<QGuiApplication>(qtArgc, qtArgv);
    else
        application() = std::make_unique<QCoreApplication>(qtArgc, qtArgv);
    if (!scratch().isValid())
        std::abort();
}

/// Writes the input to @p name in the scratch folder and returns its path.
inline QString writeInput(const std::uint8_t* data, std::size_t size, const QString& name)
{
    const QString path = scratch().filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::abort();
    if (file.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size))
        std::abort();
    return path;
}

} // namespace coe::fuzz
