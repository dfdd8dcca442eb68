// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>
#include <QTableView>

class QMenu;

namespace coe {
class SkillMatrixModel;
}

namespace coe::ui {

/// Paints a matrix cell: the level's colour with its number in a readable text colour, a
/// corner mark where a target is set, an underline where the level is below target, and a
/// dot where a note was written. Numbers are always shown, so greyscale prints still read.
class MatrixDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

/// The matrix grid with spreadsheet keys: arrows move, a digit sets every selected cell to
/// that level, Delete clears them, Ctrl+C copies the selection as tab-separated text and
/// Ctrl+V pastes such a block (numbers or level labels) at the current cell; the context menu
/// also sets or clears the people's own targets. Each of these is one undo step; a paste with
/// a bad value writes nothing and says which cell.
class MatrixTable : public QTableView
{
    Q_OBJECT

public:
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
    /// Sets (or clears) the selected people's own targets for the selected skills.
    void setPersonalTarget(std::optional<int> level);
    /// The context menu for the selection: copy, paste, clear, and the personal target.
    QMenu* createContextMenu(QWidget* parent);

Q_SIGNALS:
    void problem(const QString& message);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
};

} // namespace coe::ui
