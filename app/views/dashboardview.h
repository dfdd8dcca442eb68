// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/readiness.h"

#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;
class QTimer;

namespace coe {
class Workspace;
}

namespace coe::ui {

class TeamCard;

/// The home view: how ready each team is to run its platform without outside help. A card
/// per team; a card opens the team's charts. Recomputed shortly after the workspace changes.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(Workspace& workspace, QWidget* parent = nullptr);

    /// Reads the workspace again and rebuilds the cards.
    void refresh();
    QList<TeamCard*> cards() const { return m_cards; }
    const std::optional<Readiness>& readiness() const { return m_readiness; }
    void showCharts(Id team);
    /// The definitions behind the numbers, for the help.
    static QString definitions();
    /// Shows them in a message box over @p parent.
    static void showDefinitions(QWidget* parent);
    /// What the index colours and the parts under it mean, as rich text.
    static QString legend();

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    static constexpr int kMaxColumns = 4;
    void layoutCards();

    Workspace& m_workspace;
    std::optional<Readiness> m_readiness;
    QDate m_date;
    QList<TeamCard*> m_cards;
    QGridLayout* m_grid = nullptr;
    QWidget* m_gridHost = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_legend = nullptr;
    QTimer* m_refresh = nullptr;
    bool m_dirty = true;
    int m_columns = 0;
};

} // namespace coe::ui
