// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/serverwait.h"

#include "storage/workspace.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <memory>

namespace coe::ui {

namespace {

class ServerWait
{
    Q_DECLARE_TR_FUNCTIONS(coe::ui::ServerWait)
};

} // namespace

std::optional<Result<void>> waitForServer(QWidget* parent, const WorkspaceLocation& location)
{
    if (location.isFile())
        return Result<void>();
    // The worker only writes the result and then the flag; the window polls the flag, so a
    // cancelled wait leaves nothing behind for the worker to call back into.
    struct Attempt
    {
        std::atomic<bool> done{false};
        Result<void> result;
    };
    auto attempt = std::make_shared<Attempt>();
    QThreadPool::globalInstance()->start([attempt, location] {
        attempt->result = Workspace::reach(location);
        attempt->done.store(true, std::memory_order_release);
    });
    QProgressDialog progress(ServerWait::tr("Connecting to %1…").arg(location.host()), ServerWait::tr("Cancel"), 0, 0, parent);
    progress.setObjectName(QStringLiteral("connectingProgress"));
    progress.setWindowTitle(ServerWait::tr("Connecting"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400); // a server that answers at once shows no dialog
    progress.setValue(0);             // starts the clock that shows it
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(25);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (attempt->done.load(std::memory_order_acquire) || progress.wasCanceled())
            loop.quit();
    });
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    if (!attempt->done.load(std::memory_order_acquire))
        return std::nullopt;
    return attempt->result;
}

} // namespace coe::ui
