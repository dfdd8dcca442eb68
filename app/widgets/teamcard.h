// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/readiness.h"

#include <QFrame>

namespace coe::ui {

/// One team on the dashboard: its readiness index, a 12-month sparkline, the forecast at
/// roll-off, single points of failure, consultant-dependent skills and the next actions.
/// Clicking it (or Enter) asks for the team's charts.
class TeamCard : public QFrame
{
    Q_OBJECT

public:
    TeamCard(const TeamReadiness& readiness, const QList<std::pair<QDate, double>>& trend, QWidget* parent = nullptr);

    Id teamId() const { return m_readiness.teamId; }
    /// The lines under the index: forecast, risks, next actions, and what a missing part means.
    QStringList lines() const;
    /// The colour of the index band @p band (0: 0–19 … 4: 80–100), for the legend.
    static QColor bandColor(int band);
    QSize sizeHint() const override;
    int heightForWidth(int width) const override;
    bool hasHeightForWidth() const override { return true; }

Q_SIGNALS:
    void chartsRequested(coe::Id team);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    TeamReadiness m_readiness;
    QList<std::pair<QDate, double>> m_trend;
};

} // namespace coe::ui
