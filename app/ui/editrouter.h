// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

#include <utility>

class QAction;
class QWidget;

namespace coe::ui {

class Actions;

/// Sends the Edit menu's Cut, Copy, Paste, Delete and Select all to the widget of @p window
/// that has the keyboard focus, and enables each for what that widget can do.
///
/// Line edits (also inside spin boxes and editable combo boxes) and text edits get their own
/// slots. Item views get the standard key itself, so the menu does exactly what the key does
/// there: the skill matrix's copy, paste and clear, a view's own Delete action, Qt's copy of the
/// current cell; Select all selects every row of a view that allows several.
class EditRouter : public QObject
{
    Q_OBJECT

public:
    enum class Edit
    {
        Cut,       ///< QKeySequence::Cut
        Copy,      ///< QKeySequence::Copy
        Paste,     ///< QKeySequence::Paste
        Delete,    ///< QKeySequence::Delete
        SelectAll, ///< QKeySequence::SelectAll
    };

    EditRouter(QWidget* window, Actions* actions);

    /// Whether @p edit does something in @p target now.
    static bool can(QWidget* target, Edit edit);
    /// Does @p edit in @p target; nothing when can() says no.
    static void run(QWidget* target, Edit edit);
    /// Enables the actions for the focused widget (on focus and clipboard changes and when the
    /// Edit menu opens).
    void update();

private:
    QWidget* target() const;

    QWidget* m_window;
    QList<std::pair<QAction*, Edit>> m_edits;
};

} // namespace coe::ui
