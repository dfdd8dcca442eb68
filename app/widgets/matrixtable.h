// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QStyledItemDelegate>
#include <QTableView>

#include <optional>

class QMenu;

namespace coe {
class SkillMatrixModel;
}

namespace coe::ui {

/// Paints a matrix cell: the level's colour with its number in a readable text colour, a
/// corner mark where a target is set, an underline where the level is below target, and a
/// dot where a note was written; a selected block is tinted and outlined and the current cell
/// framed, as in a spreadsheet. Numbers are always shown, so greyscale prints still read.
/// Its editor is a drop-down of the scale's levels.
class MatrixDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;
};

/// The matrix grid with spreadsheet keys: arrows move, a digit sets every selected cell to
/// that level, Delete clears them, Enter, F2 or a double-click opens a drop-down of levels
/// (Enter there sets the level and moves down), Shift+F2 writes a note, Ctrl+C copies the
/// selection as tab-separated text and Ctrl+V pastes such a block (numbers or level labels)
/// at the current cell; the context menu also sets levels, notes and the people's own
/// targets. Each of these is one undo step and says what it did through message(); a paste
/// with a bad value writes nothing and names the person and skill.
class MatrixTable : public QTableView
{
    Q_OBJECT

public:
    /// What Delete clears.
    enum class Clear
    {
        Ask,         ///< in the effective view, ask when other sources would show through
        EditSource,  ///< only the source edits are recorded as (the lead's in the effective view)
        EverySource, ///< self, lead and consultant
    };

    explicit MatrixTable(QWidget* parent = nullptr);

    SkillMatrixModel* matrixModel() const;
    /// The selection's bounding rectangle as tab-separated levels (empty for none).
    QString copySelection() const;
    /// Pastes tab-separated levels at the current cell; returns an error message or "".
    QString paste(const QString& text);
    void copyToClipboard();
    /// paste() of the clipboard; a bad block is reported through problem().
    void pasteFromClipboard();
    void fillSelection(std::optional<int> level);
    /// Sets one cell, as the editor does; says so through message().
    void setLevel(const QModelIndex& index, std::optional<int> level);
    /// Clears the selected cells' levels.
    void clearCells(Clear how = Clear::Ask);
    /// Asks for a note and adds it to the current cell.
    void editNote();
    /// Sets (or clears) the selected people's own targets for the selected skills.
    void setPersonalTarget(std::optional<int> level);
    /// The context menu for the selection: copy, paste, clear, set level, note and the
    /// personal target.
    QMenu* createContextMenu(QWidget* parent);

Q_SIGNALS:
    /// A failure the user must see (a write that could not be made, a paste refused).
    void problem(const QString& message);
    /// What an edit did, or why a key did nothing, for the status bar.
    void message(const QString& message);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool edit(const QModelIndex& index, EditTrigger trigger, QEvent* event) override;
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    /// "Terraform for Ana Lima" or "6 cells", for messages.
    QString cellsPhrase(const QModelIndexList& cells) const;
    QString sourcePhrase(Source source) const;
};

} // namespace coe::ui
