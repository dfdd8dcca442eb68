// SPDX-License-Identifier: GPL-3.0-or-later
// Runs coectl (COECTL_PATH) as a user would and collects what it said.
#pragma once

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
extern char** environ;
#endif

#include <functional>

namespace test {

/// True in a build with AddressSanitizer (the asan configuration), where coectl is
/// instrumented too: it holds shadow memory and a quarantine of freed blocks (256 MB), so its
/// peak is several times what the same work needs in a release build.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAddressSanitizer = true;
#else
constexpr bool kAddressSanitizer = false;
#endif
#else
constexpr bool kAddressSanitizer = false;
#endif

/// The bound on a coectl run's peak resident memory that the hostile-input tests check:
/// @p mb, or three times that under AddressSanitizer (where a valid 10,000-event schedule
/// peaks at 541 MB against 92 MB), which still catches a reader that grows with its input.
constexpr qint64 peakBoundKiB(qint64 mb)
{
    return (kAddressSanitizer ? 3 : 1) * mb * 1024;
}

struct CoectlResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline CoectlResult coectl(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(COECTL_PATH), arguments);
    process.waitForFinished(300000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

#ifdef Q_OS_LINUX
/// What a coectl run cost: its peak resident memory and its time.
struct MeasuredResult : CoectlResult
{
    qint64 peakKiB = -1; ///< the child's ru_maxrss
    qint64 milliseconds = -1;
};

/// Runs @p program (a path) like coectl() and measures its peak resident memory (wait4's
/// rusage), which QProcess cannot report; exitCode is -1 when it did not exit normally.
inline MeasuredResult runMeasured(const QString& program, const QStringList& arguments)
{
    MeasuredResult result;
    QTemporaryDir dir;
    const QByteArray out = QFile::encodeName(dir.filePath(QStringLiteral("out")));
    const QByteArray err = QFile::encodeName(dir.filePath(QStringLiteral("err")));
    QList<QByteArray> args{QFile::encodeName(program)};
    for (const QString& a : arguments)
        args << a.toLocal8Bit();
    std::vector<char*> argv;
    for (QByteArray& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    // fork, not posix_spawn: posix_spawn shares the test's memory until exec (CLONE_VM), and
    // the kernel then counts the test's own high-water mark as the child's ru_maxrss. After a
    // fork the floor is the test's current resident size, which the tests keep small. The
    // child calls only async-signal-safe functions.
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid < 0)
        return result;
    if (pid == 0) {
        const int in = open("/dev/null", O_RDONLY);
        const int o = open(out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int e = open(err.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (in < 0 || o < 0 || e < 0 || dup2(in, 0) < 0 || dup2(o, 1) < 0 || dup2(e, 2) < 0)
            _exit(127);
        execve(argv[0], argv.data(), environ);
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        return result;
    result.milliseconds = timer.elapsed();
    result.peakKiB = usage.ru_maxrss;
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    QFile o(dir.filePath(QStringLiteral("out")));
    QFile e(dir.filePath(QStringLiteral("err")));
    if (o.open(QIODevice::ReadOnly))
        result.out = QString::fromUtf8(o.readAll());
    if (e.open(QIODevice::ReadOnly))
        result.err = QString::fromUtf8(e.readAll());
    return result;
}

/// Runs coectl like coectl() and measures its peak resident memory.
inline MeasuredResult coectlMeasured(const QStringList& arguments)
{
    return runMeasured(QStringLiteral(COECTL_PATH), arguments);
}
#endif

/// The bytes of the file at @p path (empty when it cannot be read).
inline QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Writes the small demo workspace the integration tests share (30 people, 12 skills, dated
/// as if today were 2026-06-01) to @p path; true when coectl succeeded.
inline bool coectlDemo(const QString& path)
{
    return coectl({QStringLiteral("demo"), QStringLiteral("--people"), QStringLiteral("30"), QStringLiteral("--skills"),
                   QStringLiteral("12"), QStringLiteral("--today"), QStringLiteral("2026-06-01"), path})
               .exitCode == 0;
}

/// Writes @p name in @p dir from pieces, calling @p piece until it gives an empty one, so that
/// a file of hundreds of MB costs a buffer. Returns the path, or "" when it cannot be made.
inline QString writePieces(const QString& dir, const QString& name, const std::function<QByteArray(int)>& piece)
{
    QString path = QDir(dir).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    for (int i = 0;; ++i) {
        const QByteArray bytes = piece(i);
        if (bytes.isEmpty())
            break;
        file.write(bytes);
    }
    return path;
}

/// Writes @p bytes to @p name in @p dir and returns the path.
inline QString writeFile(const QString& dir, const QString& name, const QByteArray& bytes)
{
    return writePieces(dir, name, [&bytes](int i) { return i == 0 ? bytes : QByteArray(); });
}

/// A long-form matrix of 2,000 new people × 60 new skills, named after @p prefix ("Killed
/// person 7", "k7@example.com", "Killed skill 3"), the first skill of each with a note: an
/// import large enough to be interrupted or to fill a small disk.
inline QByteArray longMatrixCsv(const QByteArray& prefix)
{
    const QByteArray mail = prefix.left(1).toLower();
    QByteArray csv = "Person,Email,Team,Skill,Level,Note\n";
    for (int p = 0; p < 2000; ++p)
        for (int s = 0; s < 60; ++s)
            csv += prefix + " person " + QByteArray::number(p) + ',' + mail + QByteArray::number(p) +
                   "@example.com,Platform," + prefix + " skill " + QByteArray::number(s) + ',' +
                   QByteArray::number((p + s) % 5) + (s == 0 ? ",first\n" : ",\n");
    return csv;
}

} // namespace test
