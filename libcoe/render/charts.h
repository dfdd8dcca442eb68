// SPDX-License-Identifier: GPL-3.0-or-later
// Readiness charts, drawn headless so coectl and the GUI share them. Every chart has a
// sentence-case title, the team and data date below it, and reads in greyscale too: values
// are labelled and series differ in line style, not only in colour.
#pragma once

#include "analytics/readiness.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSize>

#include <memory>

class QPainter;

namespace coe::render {

enum class ChartKind
{
    Radar,    ///< per skill category: coverage now, N months ago, and the target
    Heatmap,  ///< teams × skill categories, coverage
    Phases,   ///< capabilities per phase, stacked, per team
    Trend,    ///< index by month, the forecast to roll-off dashed
    Coverage, ///< per required skill: Independent people against required
};

/// Parses "radar", "heatmap", "phases", "trend" or "coverage".
std::optional<ChartKind> chartKind(const QString& name);
QString chartKindName(ChartKind kind);

/// One readiness chart, ready to paint onto any device.
class Chart
{
    Q_DECLARE_TR_FUNCTIONS(Chart)

public:
    virtual ~Chart() = default;

    /// @p team is ignored by the heatmap (all teams) and used by the others.
    static std::unique_ptr<Chart> make(ChartKind kind, const Readiness& readiness, Id team, const QDate& date,
                                       int monthsAgo = 6);

    QString title() const { return m_title; }
    QString subtitle() const { return m_subtitle; }
    /// Paints the whole chart into @p target (device pixels of a 96 dpi design).
    virtual void paint(QPainter* painter, const QRectF& target) const = 0;

protected:
    QString m_title;
    QString m_subtitle;
};

/// Writes a chart as .png (raster at @p dpi), .svg or .pdf (vector, one page), by suffix.
class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)

public:
    static Result<void> write(const Chart& chart, const QString& path, const QSize& size, int dpi = 96);
};

} // namespace coe::render
