// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workspacecontroller.h"

#include "core/config.h"
#include "io/demo.h"
#include "storage/workspace.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QUndoStack>

namespace coe::ui {

namespace {
constexpr int kMaxRecent = 10;
}

WorkspaceController::WorkspaceController(QObject* parent) : QObject(parent)
{}

WorkspaceController::~WorkspaceController() = default;

Result<void> WorkspaceController::open(const WorkspaceLocation& location)
{
    auto opened = Workspace::open(location);
    if (!opened)
        return opened.error();
    adopt(opened.take());
    return {};
}

Result<void> WorkspaceController::create(const WorkspaceLocation& location)
{
    auto created = Workspace::create(location);
    if (!created)
        return created.error();
    adopt(created.take());
    return {};
}

Result<void> WorkspaceController::createDemo(const QString& path)
{
    auto location = WorkspaceLocation::parse(path);
    if (!location)
        return location.error();
    auto created = Workspace::create(location.value());
    if (!created)
        return created.error();
    if (auto filled = DemoGenerator::fill(*created.value(), DemoGenerator::Options()); !filled) {
        created.value().reset();
        QFile::remove(location->path());
        return filled;
    }
    created.value()->undoStack()->clear();
    adopt(created.take());
    return {};
}

void WorkspaceController::adopt(std::unique_ptr<Workspace> workspace)
{
    close();
    m_workspace = std::move(workspace);
    const QString where = m_workspace->location().toString();
    QStringList list = recent();
    list.removeAll(where);
    list.prepend(where);
    while (list.size() > kMaxRecent)
        list.removeLast();
    Config::instance()->set(Config::RecentWorkspaces, list);
    Config::instance()->set(Config::LastWorkspace, where);
    Q_EMIT workspaceChanged(m_workspace.get());
}

void WorkspaceController::close()
{
    if (!m_workspace)
        return;
    Q_EMIT workspaceChanged(nullptr);
    m_workspace.reset();
}

QStringList WorkspaceController::recent() const
{
    return Config::instance()->get(Config::RecentWorkspaces).toStringList();
}

void WorkspaceController::forgetRecent(const QString& location)
{
    QStringList list = recent();
    list.removeAll(location);
    Config::instance()->set(Config::RecentWorkspaces, list);
}

QString WorkspaceController::defaultDemoPath()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir().mkpath(folder))
        folder = QDir::homePath();
    QString path = QDir(folder).filePath(QStringLiteral("CoE demo.coe"));
    for (int n = 2; QFile::exists(path); ++n)
        path = QDir(folder).filePath(QStringLiteral("CoE demo %1.coe").arg(n));
    return path;
}

} // namespace coe::ui
