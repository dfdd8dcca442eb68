// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace coe::ui {

/// What long work tells the window while it runs, and what the window tells it back: how far
/// it is (0 to 1, or below 0 when it cannot tell) and whether the user cancelled.
class BackgroundProgress
{
public:
    void set(double fraction) { m_permille.store(int(fraction * 1000), std::memory_order_relaxed); }
    int permille() const { return m_permille.load(std::memory_order_relaxed); }
    bool cancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }

private:
    std::atomic<int> m_permille{-1};
    std::atomic<bool> m_cancelled{false};
};

namespace detail {
/// Runs @p work on the global thread pool and waits with a responsive window; true when it
/// finished, false when the user cancelled. A progress bar follows @p reported when it is set.
bool waitInBackground(QWidget* parent, const QString& title, const QString& label, bool cancellable,
                      std::function<void()> work, std::shared_ptr<BackgroundProgress> reported = {});
} // namespace detail

/// Runs @p work (which must not touch widgets or the workspace's connection) on a worker
/// thread while the window keeps painting and answering; after 400 ms a dialog with @p label
/// (and Cancel, when @p cancellable) appears. Returns what @p work returned, or nothing when
/// the user cancelled: the work then finishes on its own and its result is dropped, so only
/// work without lasting effects (reading, connecting) should be cancellable.
template<typename T>
std::optional<T> runInBackground(QWidget* parent, const QString& title, const QString& label, std::function<T()> work,
                                 bool cancellable = true)
{
    auto result = std::make_shared<std::optional<T>>();
    if (!detail::waitInBackground(parent, title, label, cancellable,
                                  [result, work = std::move(work)] { *result = work(); }))
        return std::nullopt;
    return std::move(*result);
}

/// The same for work that reports how far it is and stops early when asked (it should check
/// BackgroundProgress::cancelled() now and then): the dialog shows a progress bar.
template<typename T>
std::optional<T> runWithProgress(QWidget* parent, const QString& title, const QString& label,
                                 std::function<T(BackgroundProgress&)> work)
{
    auto result = std::make_shared<std::optional<T>>();
    auto progress = std::make_shared<BackgroundProgress>();
    if (!detail::waitInBackground(
            parent, title, label, true, [result, progress, work = std::move(work)] { *result = work(*progress); },
            progress)) {
        progress->cancel();
        return std::nullopt;
    }
    return std::move(*result);
}

} // namespace coe::ui
