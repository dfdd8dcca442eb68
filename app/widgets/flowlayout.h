// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLayout>
#include <QList>

namespace coe::ui {

/// A row of controls that wraps onto more rows when the width runs out, so a filter bar
/// never clips its combo boxes in a narrow window. Each control gets its size hint; one
/// marked stretching (a search box) also takes what is left of its row.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget* parent = nullptr);
    ~FlowLayout() override;

    /// Adds @p widget; with @p stretch it widens to the end of its row.
    void addWidget(QWidget* widget, bool stretch = false);
    void addItem(QLayoutItem* item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem* itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return Qt::Horizontal; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    /// Lays the items out in @p rect (only measures with @p apply false); returns the height.
    int arrange(const QRect& rect, bool apply) const;
    /// The gaps between items in a row and between rows: spacing() when set, else the style's.
    int horizontalGap() const;
    int verticalGap() const;

    QList<QLayoutItem*> m_items;
    QList<QLayoutItem*> m_stretching;
};

} // namespace coe::ui
