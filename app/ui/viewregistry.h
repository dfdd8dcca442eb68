// SPDX-License-Identifier: GPL-3.0-or-later
// The views of an open workspace, listed once. The navigation rail, the View menu and its
// shortcuts, MainWindow's view switching, coe-studio's --view and its --help all read this
// table; a new view is one row here and nothing else in the window or the command line.
#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace coe {
class Workspace;
}

namespace coe::ui {

/// Where a view's status messages go (MainWindow shows them in its status bar).
using StatusSink = std::function<void(const QString& message)>;

/// One view of an open workspace: what names it, how it is shown and how it is made.
struct ViewEntry
{
    /// Makes the view of @p workspace under @p parent and sends its status messages, if it
    /// has any, to @p status.
    using Factory = QWidget* (*)(Workspace& workspace, QWidget* parent, const StatusSink& status);

    QString name;                ///< for --view and Config::CurrentView; never translated
    const char* title = nullptr; ///< source text, context "coe::ui::Actions", with its mnemonic
    QString iconName;            ///< a freedesktop icon theme name, for QIcon::fromTheme
    QKeySequence shortcut;       ///< the View menu's shortcut
    Factory create = nullptr;    ///< makes the view

    /// The translated title with its mnemonic, for the View menu ("&Dashboard").
    QString menuTitle() const;
    /// The translated title as text ("People & teams"), for the rail and --help.
    QString plainTitle() const;
    /// The object name of its View menu action ("actionShowDashboard"); tests find it by this.
    QString actionName() const;
};

/// The table of views, in the order of the rail and the View menu.
class ViewRegistry
{
public:
    /// Every view; the first is the one shown when no remembered view applies.
    static const QList<ViewEntry>& entries();
    /// The view called @p name, or null when there is none.
    static const ViewEntry* find(const QString& name);
    /// The names --view takes, in order.
    static QStringList names();
};

} // namespace coe::ui
