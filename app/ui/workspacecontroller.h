// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "storage/location.h"

#include <QObject>

#include <memory>

namespace coe {
class Workspace;
}

namespace coe::ui {

/// The GUI's current workspace: opens, creates and closes it, keeps the recent list and the
/// last workspace in Config, and announces the switch so the window can rebuild its views.
class WorkspaceController : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceController(QObject* parent = nullptr);
    ~WorkspaceController() override;

    Workspace* workspace() const { return m_workspace.get(); }

    Result<void> open(const WorkspaceLocation& location);
    Result<void> create(const WorkspaceLocation& location);
    /// Creates a small demo workspace at @p path and opens it.
    Result<void> createDemo(const QString& path);
    void close();

    QStringList recent() const;
    void forgetRecent(const QString& location);
    /// Where a demo workspace goes by default (the user's documents folder).
    static QString defaultDemoPath();

Q_SIGNALS:
    /// The workspace was opened, created, switched or closed (then nullptr).
    void workspaceChanged(coe::Workspace* workspace);

private:
    void adopt(std::unique_ptr<Workspace> workspace);

    std::unique_ptr<Workspace> m_workspace;
};

} // namespace coe::ui
