// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QDialog>
#include <QPointer>

class QAction;
class QLineEdit;
class QListWidget;

namespace coe::ui {

/// One thing the command palette can find: an action, a view, or a thing in the workspace.
struct PaletteEntry
{
    enum Kind
    {
        Action,
        View,
        Person,
        Skill,
        Session,
        SummitItem
    };
    Kind kind = Action;
    QString text;   ///< what is matched and shown
    QString detail; ///< shown after it, dimmed (a shortcut, a team, a summit, a date), matched too
    QPointer<QAction> action;
    QString viewName;
    Id id = 0;
    Id parentId = 0; ///< a summit item's summit
};

/// Ctrl+K: one field that finds any action, view, person, skill, session or summit item as you
/// type (every word must match, in any order; matches at the start of a word come first).
/// Up, Down, Page Up and Page Down move in the list; Enter chooses; Escape closes.
class CommandPalette : public QDialog
{
    Q_OBJECT

public:
    CommandPalette(QList<PaletteEntry> entries, QWidget* parent = nullptr);

    QLineEdit* filterEdit() const { return m_filter; }
    QListWidget* list() const { return m_list; }
    /// The entry chosen with Enter or a click, once accepted.
    const PaletteEntry* chosen() const { return m_chosen >= 0 ? &m_entries.at(m_chosen) : nullptr; }
    /// The entries that match @p filter, best first (indexes into the entries).
    QList<int> matches(const QString& filter) const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refilter();
    void choose();

    QList<PaletteEntry> m_entries;
    QLineEdit* m_filter = nullptr;
    QListWidget* m_list = nullptr;
    int m_chosen = -1;
};

} // namespace coe::ui
