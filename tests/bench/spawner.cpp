// SPDX-License-Identifier: GPL-3.0-or-later
#include "spawner.h"

#include "support/coectlrun.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <ctime>
#include <fcntl.h>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace coe::bench {

namespace {

int g_request = -1; ///< to the helper: a count, then that many length-prefixed strings
int g_reply = -1;   ///< from the helper: a Reply

struct Reply
{
    std::int32_t exitCode = -1;
    double seconds = -1;
    std::int64_t maxrssKiB = -1;
};

bool readAll(int fd, void* data, size_t size)
{
    auto* p = static_cast<char*>(data);
    while (size > 0) {
        const ssize_t n = ::read(fd, p, size);
        if (n <= 0)
            return false;
        p += n;
        size -= size_t(n);
    }
    return true;
}

bool writeAll(int fd, const void* data, size_t size)
{
    const auto* p = static_cast<const char*>(data);
    while (size > 0) {
        const ssize_t n = ::write(fd, p, size);
        if (n <= 0)
            return false;
        p += n;
        size -= size_t(n);
    }
    return true;
}

/// In the helper: program, stderr file, then the arguments (argv[0] first).
Reply spawnAndWait(std::vector<std::string>& strings)
{
    Reply reply;
    std::vector<char*> argv;
    for (size_t i = 2; i < strings.size(); ++i)
        argv.push_back(strings[i].data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, strings[1].c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    timespec start{}, end{};
    clock_gettime(CLOCK_MONOTONIC, &start);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, strings[0].c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    rusage usage{};
    if (spawned != 0 || wait4(pid, &status, 0, &usage) != pid)
        return reply;
    clock_gettime(CLOCK_MONOTONIC, &end);
    reply.seconds = double(end.tv_sec - start.tv_sec) + double(end.tv_nsec - start.tv_nsec) / 1e9;
    reply.maxrssKiB = usage.ru_maxrss;
    reply.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return reply;
}

/// The helper's loop, until coe-bench closes the request pipe.
[[noreturn]] void serve(int in, int out)
{
    for (;;) {
        std::uint32_t count = 0;
        if (!readAll(in, &count, sizeof count) || count < 3)
            _exit(0);
        std::vector<std::string> strings(count);
        for (std::string& s : strings) {
            std::uint32_t size = 0;
            if (!readAll(in, &size, sizeof size))
                _exit(0);
            s.resize(size);
            if (!readAll(in, s.data(), size))
                _exit(0);
        }
        const Reply reply = spawnAndWait(strings);
        if (!writeAll(out, &reply, sizeof reply))
            _exit(0);
    }
}

bool send(const QList<QByteArray>& strings)
{
    const auto count = std::uint32_t(strings.size());
    if (!writeAll(g_request, &count, sizeof count))
        return false;
    for (const QByteArray& s : strings) {
        const auto size = std::uint32_t(s.size());
        if (!writeAll(g_request, &size, sizeof size) || !writeAll(g_request, s.constData(), size_t(s.size())))
            return false;
    }
    return true;
}

} // namespace

bool startSpawner()
{
    int request[2], reply[2];
    if (pipe2(request, O_CLOEXEC) != 0 || pipe2(reply, O_CLOEXEC) != 0)
        return false;
    const pid_t pid = fork();
    if (pid < 0)
        return false;
    if (pid == 0) {
        ::close(request[1]);
        ::close(reply[0]);
        serve(request[0], reply[1]);
    }
    ::close(request[0]);
    ::close(reply[1]);
    g_request = request[1];
    g_reply = reply[0];
    return true;
}

ChildRun runChild(const QString& program, const QStringList& arguments)
{
    ChildRun run;
    if (g_request < 0) {
        const test::MeasuredResult measured = test::runMeasured(program, arguments);
        return {measured.exitCode, double(measured.milliseconds) / 1000, double(measured.peakKiB) / 1024,
                measured.err.right(300)};
    }
    static QTemporaryDir dir;
    const QString errPath = dir.filePath(QStringLiteral("stderr"));
    QList<QByteArray> strings{QFile::encodeName(program), QFile::encodeName(errPath), QFile::encodeName(program)};
    for (const QString& a : arguments)
        strings << a.toLocal8Bit();
    Reply reply;
    if (!send(strings) || !readAll(g_reply, &reply, sizeof reply))
        return run;
    run.exitCode = reply.exitCode;
    run.seconds = reply.seconds;
    run.peakMB = double(reply.maxrssKiB) / 1024;
    QFile err(errPath);
    if (err.open(QIODevice::ReadOnly))
        run.err = QString::fromLocal8Bit(err.readAll().right(300));
    return run;
}

double floorMB()
{
    static const double floor = runChild(QStringLiteral("/bin/true"), {}).peakMB;
    return floor;
}

} // namespace coe::bench
