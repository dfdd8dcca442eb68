// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/matrixheader.h"

#include "models/skillmatrixmodel.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace coe::ui {

MatrixHeader::MatrixHeader(QWidget* parent) : QHeaderView(Qt::Horizontal, parent)
{
    setObjectName(QStringLiteral("matrixHeader"));
    setSectionsClickable(true);
    setHighlightSections(true);
    setSortIndicatorShown(true);
    setSortIndicator(-1, Qt::DescendingOrder);
    setDefaultAlignment(Qt::AlignLeft | Qt::AlignBottom);
    setMinimumSectionSize(fontMetrics().height() + 6);
    setDefaultSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("00")) + fontMetrics().height());
}

void MatrixHeader::setModel(QAbstractItemModel* model)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    QHeaderView::setModel(model);
    if (!model)
        return;
    // After QHeaderView's own handling, which puts every section back to the default size.
    m_modelConnections << connect(model, &QAbstractItemModel::modelReset, this, &MatrixHeader::fitToNames)
                       << connect(model, &QAbstractItemModel::columnsInserted, this, &MatrixHeader::fitToNames)
                       << connect(model, &QAbstractItemModel::columnsRemoved, this, &MatrixHeader::fitToNames)
                       << connect(model, &QAbstractItemModel::headerDataChanged, this, &MatrixHeader::fitToNames);
    fitToNames();
}

QFont MatrixHeader::bandFont() const
{
    QFont bold = font();
    bold.setWeight(QFont::DemiBold);
    return bold;
}

int MatrixHeader::bandHeight() const
{
    return fontMetrics().height() + 8;
}

int MatrixHeader::arrowSpace() const
{
    return fontMetrics().height() / 2 + 6;
}

QSize MatrixHeader::sizeHint() const
{
    QSize size = QHeaderView::sizeHint();
    // Whole names up to about 40 characters; longer ones end in "…" and the tooltip tells.
    const int cap = fontMetrics().averageCharWidth() * 40;
    const int floor = fontMetrics().averageCharWidth() * 12;
    size.setHeight(bandHeight() + arrowSpace() + std::clamp(m_namesLength, floor, cap) + 10);
    return size;
}

void MatrixHeader::fitToNames()
{
    if (!model())
        return;
    m_namesLength = 0;
    QFont italic = font();
    italic.setItalic(true);
    const QFontMetrics italicMetrics(italic);
    for (int c = 0; c < count(); ++c) {
        const bool average = model()->headerData(c, Qt::Horizontal, SkillMatrixModel::IsCategoryRole).toBool();
        const QString name = model()->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        m_namesLength = std::max(m_namesLength, (average ? italicMetrics : fontMetrics()).horizontalAdvance(name));
    }
    // A category's columns share what its band's whole name needs (a folded category's one
    // column takes it all); only names beyond about 40 characters end in "…".
    const QFontMetrics bold(bandFont());
    const int widest = fontMetrics().averageCharWidth() * 40;
    for (int c = 0; c < count();) {
        const auto [first, last] = categorySpan(c);
        const int columns = last - first + 1;
        const int needed = std::min(bold.horizontalAdvance(bandText(first)) + 12, widest);
        const int each = std::max((needed + columns - 1) / columns, defaultSectionSize());
        for (int k = first; k <= last; ++k) {
            if (sectionSize(k) != each)
                resizeSection(k, each);
        }
        c = last + 1;
    }
    updateGeometry();
    Q_EMIT geometriesChanged(); // the table sizes its header row from sizeHint()
}

std::pair<int, int> MatrixHeader::categorySpan(int logical) const
{
    const QString category =
        model()->headerData(logical, Qt::Horizontal, SkillMatrixModel::CategoryNameRole).toString();
    const bool folded = model()->headerData(logical, Qt::Horizontal, SkillMatrixModel::IsCategoryRole).toBool();
    int first = logical;
    int last = logical;
    if (folded)
        return {first, last};
    const auto same = [&](int c) {
        return model()->headerData(c, Qt::Horizontal, SkillMatrixModel::CategoryNameRole).toString() == category &&
               !model()->headerData(c, Qt::Horizontal, SkillMatrixModel::IsCategoryRole).toBool();
    };
    while (first > 0 && same(first - 1))
        --first;
    while (last + 1 < count() && same(last + 1))
        ++last;
    return {first, last};
}

QString MatrixHeader::bandText(int logicalIndex) const
{
    if (!model() || logicalIndex < 0 || logicalIndex >= count())
        return {};
    const bool folded = model()->headerData(logicalIndex, Qt::Horizontal, SkillMatrixModel::IsCategoryRole).toBool();
    return (folded ? QStringLiteral("▸ ") : QStringLiteral("▾ ")) +
           model()->headerData(logicalIndex, Qt::Horizontal, SkillMatrixModel::CategoryNameRole).toString();
}

QList<MatrixHeader::Band> MatrixHeader::visibleBands() const
{
    QList<Band> bands;
    if (!model() || count() == 0)
        return bands;
    int first = visualIndexAt(0);
    int last = visualIndexAt(viewport()->width() - 1);
    if (first < 0)
        first = 0;
    if (last < 0)
        last = count() - 1; // every column fits: the viewport ends after the last one
    for (int visual = first; visual <= last;) {
        const int logical = logicalIndex(visual);
        const auto [from, to] = categorySpan(logical);
        const int left = sectionViewportPosition(from);
        const int right = sectionViewportPosition(to) + sectionSize(to);
        bands.append({from, to, QRect(left, 0, right - left, bandHeight()), bandText(from),
                      model()->headerData(from, Qt::Horizontal, SkillMatrixModel::IsCategoryRole).toBool()});
        visual = visualIndex(to) + 1;
    }
    return bands;
}

void MatrixHeader::paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const
{
    // The lower part: the skill's name, upright, reading from bottom to top, and the arrow of
    // the sorted column on top.
    const QRect lower(rect.left(), rect.top() + bandHeight(), rect.width(), rect.height() - bandHeight());
    painter->save();
    const bool selected = selectionModel() && selectionModel()->columnIntersectsSelection(logicalIndex, rootIndex());
    painter->fillRect(lower, selected ? palette().highlight() : palette().button());
    painter->setPen(palette().mid().color());
    painter->drawLine(lower.topRight(), lower.bottomRight());
    painter->drawLine(lower.bottomLeft(), lower.bottomRight());
    const QColor ink = selected ? palette().highlightedText().color() : palette().buttonText().color();
    if (sortIndicatorSection() == logicalIndex) { // shown even while the table's own sorting is off
        // Descending (strongest first) points down, as spreadsheets draw it.
        const int half = std::max(3, fontMetrics().height() / 4);
        const QPointF c(lower.center().x() + 0.5, lower.top() + arrowSpace() / 2.0 + 1);
        QPainterPath arrow;
        if (sortIndicatorOrder() == Qt::DescendingOrder) {
            arrow.moveTo(c.x() - half, c.y() - half / 2.0);
            arrow.lineTo(c.x() + half, c.y() - half / 2.0);
            arrow.lineTo(c.x(), c.y() + half / 2.0 + 1);
        } else {
            arrow.moveTo(c.x() - half, c.y() + half / 2.0);
            arrow.lineTo(c.x() + half, c.y() + half / 2.0);
            arrow.lineTo(c.x(), c.y() - half / 2.0 - 1);
        }
        arrow.closeSubpath();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->fillPath(arrow, ink);
    }
    const bool average = model()->headerData(logicalIndex, Qt::Horizontal, SkillMatrixModel::IsCategoryRole).toBool();
    QFont font = painter->font();
    font.setItalic(average);
    painter->setFont(font);
    painter->setPen(ink);
    painter->translate(lower.left(), lower.bottom());
    painter->rotate(-90);
    const QRect textRect(4, 0, lower.height() - 8 - arrowSpace(), lower.width());
    const QString text = QFontMetrics(font).elidedText(model()->headerData(logicalIndex, Qt::Horizontal).toString(),
                                                       Qt::ElideRight, textRect.width());
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, text);
    painter->restore();
}

void MatrixHeader::paintEvent(QPaintEvent* event)
{
    QHeaderView::paintEvent(event);
    // The upper part: one band per category, across its visible columns.
    QPainter painter(viewport());
    const QFont bold = bandFont();
    painter.setFont(bold);
    const QList<Band> bands = visibleBands();
    for (const Band& band : bands) {
        painter.fillRect(band.rect, palette().window());
        painter.setPen(palette().mid().color());
        painter.drawRect(band.rect.adjusted(0, 0, -1, -1));
        painter.setPen(palette().windowText().color());
        // Narrow bands scrolled half out of view keep their name in the visible part.
        QRect textRect = band.rect.adjusted(4, 0, -4, 0);
        textRect.setLeft(std::max(textRect.left(), 4));
        textRect.setRight(std::min(textRect.right(), viewport()->width() - 4));
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetrics(bold).elidedText(band.text, Qt::ElideRight, textRect.width()));
    }
}

bool MatrixHeader::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip && model()) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (help->pos().y() < bandHeight()) {
            const int logical = logicalIndexAt(help->pos());
            if (logical >= 0) {
                const bool folded =
                    model()->headerData(logical, Qt::Horizontal, SkillMatrixModel::IsCategoryRole).toBool();
                const QString name =
                    model()->headerData(logical, Qt::Horizontal, SkillMatrixModel::CategoryNameRole).toString();
                QToolTip::showText(help->globalPos(),
                                   folded ? tr("%1 — click to unfold its skills").arg(name)
                                          : tr("%1 — click to fold it into an average").arg(name),
                                   viewport());
                return true;
            }
        }
    }
    return QHeaderView::viewportEvent(event);
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
