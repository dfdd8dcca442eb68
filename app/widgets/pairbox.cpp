// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/pairbox.h"

#include <QBoxLayout>

#include <algorithm>

namespace coe::ui {

PairBox::PairBox(QWidget* first, QWidget* second, QWidget* parent)
    : QWidget(parent), m_layout(new QBoxLayout(QBoxLayout::LeftToRight, this)), m_first(first), m_second(second)
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(first, 1);
    m_layout->addWidget(second, 1);
}

void PairBox::polish()
{
    setMinimumWidth(std::max(m_first->minimumSizeHint().width(), m_second->minimumSizeHint().width()));
}

void PairBox::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const int both = m_first->minimumSizeHint().width() + m_second->minimumSizeHint().width() + m_layout->spacing();
    const auto direction = width() >= both ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (direction != m_layout->direction())
        m_layout->setDirection(direction);
}

} // namespace coe::ui
