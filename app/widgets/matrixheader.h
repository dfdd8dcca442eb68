// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHeaderView>

namespace coe::ui {

/// The skill matrix's column header in two levels: a band per category across its columns,
/// and each skill's whole name turned upright below it so columns stay narrow. The band
/// always shows the category's name (columns widen so it fits); a folded category is one
/// column "CI/CD (average)". Clicking a band asks to fold or unfold that category; the sorted
/// column carries an arrow.
class MatrixHeader : public QHeaderView
{
    Q_OBJECT

public:
    explicit MatrixHeader(QWidget* parent = nullptr);

    /// A category band as painted: its columns, place in the viewport and text.
    struct Band
    {
        int first = -1; ///< logical index of its first column
        int last = -1;  ///< and of its last
        QRect rect;     ///< in viewport coordinates
        QString text;   ///< "▾ CI/CD", or "▸ CI/CD" when folded
        bool folded = false;
    };
    /// The bands that intersect the viewport, left to right.
    QList<Band> visibleBands() const;
    /// The text of the band over @p logicalIndex.
    QString bandText(int logicalIndex) const;
    int bandHeight() const;

    void setModel(QAbstractItemModel* model) override;
    QSize sizeHint() const override;

Q_SIGNALS:
    void categoryClicked(int logicalIndex);

protected:
    void paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    /// Widens the columns of categories whose name would not fit their band, and sizes the
    /// header to the longest skill name.
    void fitToNames();
    /// First and last logical column of the category that @p logical belongs to.
    std::pair<int, int> categorySpan(int logical) const;
    QFont bandFont() const;
    int arrowSpace() const;

    int m_namesLength = 0; ///< pixels for the longest upright name
    QList<QMetaObject::Connection> m_modelConnections;
};

} // namespace coe::ui
