// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/matrixheader.h"

#include "models/skillmatrixmodel.h"

#include <QMouseEvent>
#include <QPainter>

namespace coe::ui {

MatrixHeader::MatrixHeader(QWidget* parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setObjectName(QStringLiteral("matrixHeader"));
    setSectionsClickable(true);
    setHighlightSections(true);
    setDefaultAlignment(Qt::AlignLeft | Qt::AlignBottom);
    setMinimumSectionSize(fontMetrics().height() + 6);
    setDefaultSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("00")) + fontMetrics().height());
}

int MatrixHeader::bandHeight() const
{
    return fontMetrics().height() + 8;
}

QSize MatrixHeader::sizeHint() const
{
    QSize size = QHeaderView::sizeHint();
    size.setHeight(bandHeight() + fontMetrics().averageCharWidth() * 22);
    return size;
}

std::pair<int, int> MatrixHeader::categorySpan(int logical) const
{
    const QString category = model()->headerData(logical, Qt::Horizontal, SkillMatrixModel::CategoryNameRole).toString();
    int first = logical;
    int last = logical;
    while (first > 0 && model()->headerData(first - 1, Qt::Horizontal, SkillMatrixModel::CategoryNameRole).toString() == category)
        --first;
    while (last + 1 < count() && model()->headerData(last + 1, Qt::Horizontal, SkillMatrixModel::CategoryNameRole).toString() == category)
        ++last;
    return {first, last};
}

void MatrixHeader::paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const
{
    // The lower part: the skill's name, upright, reading from bottom to top.
    const QRect lower(rect.left(), rect.top() + bandHeight(), rect.width(), rect.height() - bandHeight());
    painter->save();
    const bool selected = selectionModel() && selectionModel()->columnIntersectsSelection(logicalIndex, rootIndex());
    painter->fillRect(lower, selected ? palette().highlight() : palette().button());
    painter->setPen(palette().mid().color());
    painter->drawLine(lower.topRight(), lower.bottomRight());
    painter->drawLine(lower.bottomLeft(), lower.bottomRight());
    const bool average = model()->headerData(logicalIndex, Qt::Horizontal, SkillMatrixModel::IsCategoryRole).toBool();
    QFont font = painter->font();
    font.setItalic(average);
    painter->setFont(font);
    painter->setPen(selected ? palette().highlightedText().color() : palette().buttonText().color());
    painter->translate(lower.left(), lower.bottom());
    painter->rotate(-90);
    const QRect textRect(4, 0, lower.height() - 8, lower.width());
    const QString text = fontMetrics().elidedText(model()->headerData(logicalIndex, Qt::Horizontal).toString(), Qt::ElideRight, textRect.width());
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, text);
    painter->restore();
}

void MatrixHeader::paintEvent(QPaintEvent* event)
{
    QHeaderView::paintEvent(event);
    if (!model() || count() == 0)
        return;
    // The upper part: one band per category, across its visible columns.
    QPainter painter(viewport());
    const int first = visualIndexAt(0);
    const int last = std::max(visualIndexAt(viewport()->width() - 1), first);
    for (int visual = std::max(0, first); visual <= (last < 0 ? count() - 1 : last);) {
        const int logical = logicalIndex(visual);
        const auto [from, to] = categorySpan(logical);
        const int left = sectionViewportPosition(from);
        const int right = sectionViewportPosition(to) + sectionSize(to);
        const QRect band(left, 0, right - left, bandHeight());
        painter.fillRect(band, palette().window());
        painter.setPen(palette().mid().color());
        painter.drawRect(band.adjusted(0, 0, -1, -1));
        painter.setPen(palette().windowText().color());
        QFont bold = font();
        bold.setWeight(QFont::DemiBold);
        painter.setFont(bold);
        const bool collapsed = model()->headerData(from, Qt::Horizontal, SkillMatrixModel::IsCategoryRole).toBool();
        const QString label = (collapsed ? QStringLiteral("▸ ") : QStringLiteral("▾ "))
                              + model()->headerData(from, Qt::Horizontal, SkillMatrixModel::CategoryNameRole).toString();
        const QRect textRect = band.adjusted(4, 0, -4, 0);
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetrics(bold).elidedText(label, Qt::ElideRight, textRect.width()));
        visual = visualIndex(to) + 1;
    }
}

void MatrixHeader::mousePressEvent(QMouseEvent* event)
{
    if (event->position().y() < bandHeight()) {
        const int logical = logicalIndexAt(event->position().toPoint());
        if (logical >= 0)
            Q_EMIT categoryClicked(logical);
        return;
    }
    QHeaderView::mousePressEvent(event);
}

} // namespace coe::ui
