// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace coe::ui {

namespace detail {
/// Runs @p work on the global thread pool and waits with a responsive window; true when it
/// finished, false when the user cancelled.
bool waitInBackground(QWidget* parent, const QString& title, const QString& label, bool cancellable, std::function<void()> work);
} // namespace detail

/// Runs @p work (which must not touch widgets or the workspace's connection) on a worker
/// thread while the window keeps painting and answering; after 400 ms a dialog with @p label
/// (and Cancel, when @p cancellable) appears. Returns what @p work returned, or nothing when
/// the user cancelled: the work then finishes on its own and its result is dropped, so only
/// work without lasting effects (reading, connecting) should be cancellable.
template <typename T>
std::optional<T> runInBackground(QWidget* parent, const QString& title, const QString& label, std::function<T()> work, bool cancellable = true)
{
    auto result = std::make_shared<std::optional<T>>();
    if (!detail::waitInBackground(parent, title, label, cancellable, [result, work = std::move(work)] { *result = work(); }))
        return std::nullopt;
    return std::move(*result);
}

} // namespace coe::ui
