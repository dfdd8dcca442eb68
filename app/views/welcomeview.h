// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListWidget;

namespace coe::ui {

/// The first-run screen, shown while no workspace is open: what CoE Studio does, the three
/// ways to start (demo, new, open) and the recent workspaces.
class WelcomeView : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomeView(QWidget* parent = nullptr);

    void setRecent(const QStringList& locations);

Q_SIGNALS:
    void createDemoRequested();
    void newRequested();
    void openRequested();
    void openRecentRequested(const QString& location);

private:
    QListWidget* m_recent = nullptr;
    QWidget* m_recentBox = nullptr;
};

} // namespace coe::ui
