// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHeaderView>

namespace coe::ui {

/// The skill matrix's column header in two levels: a band per category across its columns,
/// and each skill's name turned upright below it so columns stay narrow. Clicking a category
/// band asks to collapse or expand that category.
class MatrixHeader : public QHeaderView
{
    Q_OBJECT

public:
    explicit MatrixHeader(QWidget* parent = nullptr);

    QSize sizeHint() const override;

Q_SIGNALS:
    void categoryClicked(int logicalIndex);

protected:
    void paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    int bandHeight() const;
    /// First and last logical column of the category that @p logical belongs to.
    std::pair<int, int> categorySpan(int logical) const;
};

} // namespace coe::ui
