// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/flowlayout.h"

#include <QStyle>
#include <QWidget>

namespace coe::ui {

FlowLayout::FlowLayout(QWidget* parent) : QLayout(parent)
{}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void FlowLayout::addWidget(QWidget* widget, bool stretch)
{
    addChildWidget(widget);
    auto* item = new QWidgetItem(widget);
    addItem(item);
    if (stretch)
        m_stretching << item;
}

void FlowLayout::addItem(QLayoutItem* item)
{
    m_items << item;
    invalidate();
}

QLayoutItem* FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem* item = m_items.takeAt(index);
    m_stretching.removeAll(item);
    invalidate();
    return item;
}

int FlowLayout::horizontalGap() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget* owner = parentWidget();
    return owner ? owner->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, owner) : 6;
}

int FlowLayout::verticalGap() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget* owner = parentWidget();
    return owner ? owner->style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing, nullptr, owner) : 6;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // The widest single control: narrower than that something would be cut.
    QSize size;
    for (const QLayoutItem* item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->sizeHint());
    }
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one row.
    int width = 0;
    int height = 0;
    for (const QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        width += (width ? horizontalGap() : 0) + item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins m = contentsMargins();
    return QSize(width + m.left() + m.right(), height + m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect& rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    // Split into rows first, so a stretching control can take the rest of its row.
    QList<QList<QLayoutItem*>> rows(1);
    int x = 0;
    for (QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        const int w = std::min(item->sizeHint().width(), std::max(area.width(), 1));
        if (x > 0 && x + horizontalGap() + w > area.width()) {
            rows.emplaceBack();
            x = 0;
        }
        x += (x ? horizontalGap() : 0) + w;
        rows.last() << item;
    }
    int y = area.top();
    for (const QList<QLayoutItem*>& row : std::as_const(rows)) {
        if (row.isEmpty())
            continue;
        int height = 0;
        int used = 0;
        for (QLayoutItem* item : row) {
            height = std::max(height, item->sizeHint().height());
            used += (used ? horizontalGap() : 0) + std::min(item->sizeHint().width(), area.width());
        }
        int left = area.left();
        for (QLayoutItem* item : row) {
            int w = std::min(item->sizeHint().width(), area.width());
            if (m_stretching.contains(item))
                w += std::max(0, area.width() - used);
            if (apply)
                item->setGeometry(
                    QRect(left, y + (height - item->sizeHint().height()) / 2, w, item->sizeHint().height()));
            left += w + horizontalGap();
        }
        y += height + verticalGap();
    }
    return y - verticalGap() - area.top() + contentsMargins().top() + contentsMargins().bottom();
}

} // namespace coe::ui
