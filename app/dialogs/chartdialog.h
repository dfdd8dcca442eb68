// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/readiness.h"
#include "render/charts.h"

#include <QDialog>

#include <memory>

class QComboBox;

namespace coe::ui {

/// Draws one render::Chart, scaled to the widget with its proportions kept.
class ChartView : public QWidget
{
    Q_OBJECT

public:
    explicit ChartView(QWidget* parent = nullptr);
    void setChart(std::unique_ptr<render::Chart> chart);
    const render::Chart* chart() const { return m_chart.get(); }
    QSize sizeHint() const override { return {1000, 660}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::unique_ptr<render::Chart> m_chart;
};

/// A team's readiness charts: pick one, then Copy it, Export it (PNG, SVG, PDF) or Print it
/// with a preview.
class ChartDialog : public QDialog
{
    Q_OBJECT

public:
    ChartDialog(const Readiness& readiness, Id team, const QDate& date, QWidget* parent = nullptr);

    ChartView* view() const { return m_view; }
    void showKind(render::ChartKind kind);
    void copy();
    /// Asks for a file and writes the chart; returns the path written, or empty.
    QString exportChart();
    void print();

private:
    const Readiness& m_readiness;
    Id m_team;
    QDate m_date;
    QComboBox* m_kind = nullptr;
    ChartView* m_view = nullptr;
};

} // namespace coe::ui
