// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/matrixtable.h"

#include "models/skillmatrixmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>

namespace coe::ui {

void MatrixDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    painter->save();
    const QRect r = opt.rect;
    const QVariant background = index.data(Qt::BackgroundRole);
    if (background.isValid())
        painter->fillRect(r, background.value<QColor>());
    else
        painter->fillRect(r, opt.palette.base());
    // Selection as a frame, so the level colour stays visible.
    if (opt.state & QStyle::State_Selected) {
        QColor frame = opt.palette.highlight().color();
        painter->fillRect(r, QColor(frame.red(), frame.green(), frame.blue(), 60));
        painter->setPen(QPen(frame, 2));
        painter->drawRect(r.adjusted(1, 1, -1, -1));
    }
    const QVariant foreground = index.data(Qt::ForegroundRole);
    painter->setPen(foreground.isValid() ? foreground.value<QColor>() : opt.palette.text().color());
    painter->drawText(r, Qt::AlignCenter, index.data(Qt::DisplayRole).toString());

    if (!index.data(SkillMatrixModel::IsCategoryRole).toBool()) {
        const QColor mark = foreground.isValid() ? foreground.value<QColor>() : opt.palette.text().color();
        if (index.data(SkillMatrixModel::TargetRole).isValid()) {
            // Target set: a small triangle in the top-right corner.
            QPainterPath corner;
            const int s = std::max(4, r.height() / 4);
            corner.moveTo(r.right() - s, r.top());
            corner.lineTo(r.right(), r.top());
            corner.lineTo(r.right(), r.top() + s);
            corner.closeSubpath();
            painter->fillPath(corner, mark);
        }
        if (index.data(SkillMatrixModel::GapRole).toInt() > 0) {
            // Below target: a bar under the number, longer for bigger gaps.
            const int gap = index.data(SkillMatrixModel::GapRole).toInt();
            const int width = std::min(r.width() - 6, 5 + 5 * gap);
            painter->fillRect(QRect(r.center().x() - width / 2, r.bottom() - 4, width, 2), QColor(0xd7, 0x30, 0x27));
        }
        if (index.data(SkillMatrixModel::HasNoteRole).toBool()) {
            painter->setBrush(mark);
            painter->setPen(Qt::NoPen);
            painter->drawEllipse(QPointF(r.left() + 4, r.top() + 4), 1.8, 1.8);
        }
    }
    painter->setPen(opt.palette.mid().color());
    painter->drawLine(r.topRight(), r.bottomRight());
    painter->drawLine(r.bottomLeft(), r.bottomRight());
    painter->restore();
}

MatrixTable::MatrixTable(QWidget* parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("matrixTable"));
    setItemDelegate(new MatrixDelegate(this));
    setShowGrid(false);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    verticalHeader()->setFixedWidth(fontMetrics().averageCharWidth() * 24);
    setWordWrap(false);
}

SkillMatrixModel* MatrixTable::matrixModel() const
{
    return qobject_cast<SkillMatrixModel*>(model());
}

QString MatrixTable::copySelection() const
{
    const QModelIndexList selected = selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return {};
    int top = INT_MAX, bottom = -1, left = INT_MAX, right = -1;
    for (const QModelIndex& index : selected) {
        top = std::min(top, index.row());
        bottom = std::max(bottom, index.row());
        left = std::min(left, index.column());
        right = std::max(right, index.column());
    }
    QStringList lines;
    for (int row = top; row <= bottom; ++row) {
        QStringList cells;
        for (int column = left; column <= right; ++column) {
            const QModelIndex index = model()->index(row, column);
            cells << (selectionModel()->isSelected(index) ? index.data(Qt::DisplayRole).toString() : QString());
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString MatrixTable::paste(const QString& text)
{
    SkillMatrixModel* m = matrixModel();
    const QModelIndex start = currentIndex();
    if (!m || !start.isValid())
        return tr("Select the cell where the pasted block should start.");
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    QList<std::pair<QModelIndex, std::optional<int>>> cells;
    QStringList problems;
    for (int r = 0; r < lines.size(); ++r) {
        QString line = lines.at(r);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QStringList values = line.split(QLatin1Char('\t'));
        for (int c = 0; c < values.size(); ++c) {
            const QModelIndex index = m->index(start.row() + r, start.column() + c);
            if (!index.isValid()) {
                problems << tr("The block is %1 × %2 cells and does not fit from row %3, column %4.")
                                .arg(lines.size())
                                .arg(values.size())
                                .arg(start.row() + 1)
                                .arg(start.column() + 1);
                return problems.first();
            }
            bool ok = false;
            const auto level = m->parseLevel(values.at(c), &ok);
            if (!ok) {
                problems << tr("row %1, column %2: '%3' is not a level").arg(r + 1).arg(c + 1).arg(values.at(c).trimmed());
                continue;
            }
            if (m->flags(index) & Qt::ItemIsEditable)
                cells.append({index, level});
        }
    }
    if (!problems.isEmpty())
        return tr("Nothing was pasted: %1.").arg(problems.mid(0, 5).join(QStringLiteral("; ")));
    if (auto done = m->setLevels(cells, tr("Paste %n cell(s)", nullptr, int(cells.size()))); !done)
        return done.error().message;
    return {};
}

void MatrixTable::fillSelection(std::optional<int> level)
{
    SkillMatrixModel* m = matrixModel();
    if (!m)
        return;
    QList<std::pair<QModelIndex, std::optional<int>>> cells;
    for (const QModelIndex& index : selectionModel()->selectedIndexes())
        cells.append({index, level});
    if (cells.isEmpty())
        return;
    const QString text = level ? tr("Set %n cell(s) to %1", nullptr, int(cells.size())).arg(m->levelLabel(*level))
                               : tr("Clear %n cell(s)", nullptr, int(cells.size()));
    if (auto done = m->setLevels(cells, text); !done)
        Q_EMIT problem(done.error().message);
}

void MatrixTable::copyToClipboard()
{
    QApplication::clipboard()->setText(copySelection());
}

void MatrixTable::pasteFromClipboard()
{
    if (const QString message = paste(QApplication::clipboard()->text()); !message.isEmpty())
        Q_EMIT problem(message);
}

void MatrixTable::setPersonalTarget(std::optional<int> level)
{
    SkillMatrixModel* m = matrixModel();
    if (!m)
        return;
    const QModelIndexList cells = selectionModel()->selectedIndexes();
    if (cells.isEmpty())
        return;
    const QString text = level ? tr("Set the personal target of %n cell(s) to %1", nullptr, int(cells.size())).arg(m->levelLabel(*level))
                               : tr("Clear the personal target of %n cell(s)", nullptr, int(cells.size()));
    if (auto done = m->setPersonalTargets(cells, level, text); !done)
        Q_EMIT problem(done.error().message);
}

QMenu* MatrixTable::createContextMenu(QWidget* parent)
{
    auto* menu = new QMenu(parent);
    SkillMatrixModel* m = matrixModel();
    const QModelIndexList selected = selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList();
    bool editable = false;
    bool anyPersonal = false;
    for (const QModelIndex& index : selected) {
        editable = editable || (m && (m->flags(index) & Qt::ItemIsEditable));
        anyPersonal = anyPersonal || index.data(SkillMatrixModel::PersonalTargetRole).isValid();
    }
    QAction* copy = menu->addAction(tr("&Copy"), this, &MatrixTable::copyToClipboard);
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(!selected.isEmpty());
    QAction* paste = menu->addAction(tr("&Paste"), this, &MatrixTable::pasteFromClipboard);
    paste->setShortcut(QKeySequence::Paste);
    paste->setEnabled(editable);
    QAction* clear = menu->addAction(tr("C&lear"), this, [this] { fillSelection(std::nullopt); });
    clear->setShortcut(QKeySequence::Delete);
    clear->setEnabled(editable);
    menu->addSeparator();
    QMenu* target = menu->addMenu(tr("Personal &target"));
    target->setObjectName(QStringLiteral("personalTargetMenu"));
    target->setToolTip(tr("A target for these people alone, instead of the one their role sets"));
    target->setEnabled(editable && m);
    if (m) {
        for (const ScaleLevel& level : m->matrix().scale())
            target->addAction(QStringLiteral("%1 · %2").arg(level.level).arg(level.label), this, [this, l = level.level] { setPersonalTarget(l); });
    }
    target->addSeparator();
    QAction* back = target->addAction(tr("&Use the role's target"), this, [this] { setPersonalTarget(std::nullopt); });
    back->setEnabled(anyPersonal);
    return menu;
}

void MatrixTable::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu* menu = createContextMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

void MatrixTable::keyPressEvent(QKeyEvent* event)
{
    if (state() != QAbstractItemView::EditingState && matrixModel()) {
        if (event->matches(QKeySequence::Copy)) {
            copyToClipboard();
            return;
        }
        if (event->matches(QKeySequence::Paste)) {
            pasteFromClipboard();
            return;
        }
        if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
            fillSelection(std::nullopt);
            return;
        }
        const QString text = event->text();
        if (text.size() == 1 && text.at(0).isDigit() && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            const int level = text.at(0).digitValue();
            if (level < matrixModel()->matrix().scale().size())
                fillSelection(level);
            else
                Q_EMIT problem(tr("This scale goes from 0 to %1.").arg(matrixModel()->matrix().scale().size() - 1));
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

} // namespace coe::ui
