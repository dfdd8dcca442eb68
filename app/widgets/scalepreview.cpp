// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/scalepreview.h"

#include <QPainter>

namespace coe::ui {

ScalePreview::ScalePreview(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("scalePreview"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ScalePreview::setLevels(const QList<ScaleLevel>& levels)
{
    m_levels = levels;
    update();
}

QSize ScalePreview::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 14 * int(std::max<qsizetype>(1, m_levels.size())),
            fontMetrics().height() * 4};
}

QSize ScalePreview::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 20, fontMetrics().height() * 4};
}

void ScalePreview::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_levels.isEmpty())
        return;
    const qreal gap = 4;
    const qreal width = (rect().width() - gap * (m_levels.size() - 1)) / qreal(m_levels.size());
    for (int i = 0; i < m_levels.size(); ++i) {
        const ScaleLevel& level = m_levels.at(i);
        const QRectF box(i * (width + gap), 0, width, rect().height());
        painter.setPen(Qt::NoPen);
        painter.setBrush(level.color);
        painter.drawRoundedRect(box, 4, 4);
        painter.setPen(Scale::textColorOn(level.color));
        QFont number = font();
        number.setPointSizeF(number.pointSizeF() * 1.6);
        number.setWeight(QFont::Bold);
        painter.setFont(number);
        const QRectF top(box.left(), box.top() + 4, box.width(), box.height() / 2);
        painter.drawText(top, Qt::AlignCenter, QString::number(level.level));
        painter.setFont(font());
        const QRectF bottom(box.left() + 4, box.center().y(), box.width() - 8, box.height() / 2 - 4);
        const QString label = fontMetrics().elidedText(Scale::shown(level.label), Qt::ElideRight, int(bottom.width()));
        painter.drawText(bottom, Qt::AlignHCenter | Qt::AlignTop, label);
        if (level.meaning != ScaleLevel::Plain) {
            // A small mark for the levels readiness counts (Independent, Teacher).
            painter.setBrush(Scale::textColorOn(level.color));
            painter.drawEllipse(QPointF(box.right() - 9, box.top() + 9), 3.5, 3.5);
        }
    }
}

} // namespace coe::ui
