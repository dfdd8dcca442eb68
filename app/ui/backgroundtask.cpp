// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backgroundtask.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThreadPool>
#include <QTimer>

#include <atomic>

namespace coe::ui::detail {

namespace {

class BackgroundTask
{
    Q_DECLARE_TR_FUNCTIONS(coe::ui::BackgroundTask)
};

} // namespace

bool waitInBackground(QWidget* parent, const QString& title, const QString& label, bool cancellable,
                      std::function<void()> work, std::shared_ptr<BackgroundProgress> reported)
{
    // The worker runs the work and then sets the flag; the window polls the flag, so a
    // cancelled wait leaves nothing behind for the worker to call back into.
    auto done = std::make_shared<std::atomic<bool>>(false);
    QThreadPool::globalInstance()->start([done, work = std::move(work)] {
        work();
        done->store(true, std::memory_order_release);
    });
    QProgressDialog progress(label, BackgroundTask::tr("Cancel"), 0, 0, parent);
    progress.setObjectName(QStringLiteral("backgroundProgress"));
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    if (!cancellable)
        progress.setCancelButton(nullptr);
    progress.setMinimumDuration(400); // quick work shows no dialog
    progress.setValue(0);             // starts the clock that shows it
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(25);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done->load(std::memory_order_acquire) || progress.wasCanceled())
            loop.quit();
        else if (reported && reported->permille() >= 0) {
            progress.setMaximum(1000);
            progress.setValue(std::min(reported->permille(), 999));
        }
    });
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    const bool finished = done->load(std::memory_order_acquire);
    if (!finished && reported)
        reported->cancel(); // the worker stops at its next check
    return finished;
}

} // namespace coe::ui::detail
