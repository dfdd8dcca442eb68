// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/transfer.h"
#include "planning/transfer.h"

#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;

namespace coe {
class MatrixData;
class Workspace;
} // namespace coe

namespace coe::ui {

class PhaseTimeline;

/// Engagements: each engagement's capabilities on a board with one column per phase (Expert
/// leads → Pairing → Staff leads → Handed over). Dragging a card to another column records the
/// change with its date, who confirmed it and a note (a reason when it moves back). The selected
/// capability shows its phase history as a timeline; warnings are listed under the board.
class EngagementsView : public QWidget
{
    Q_OBJECT

public:
    explicit EngagementsView(Workspace& workspace, QWidget* parent = nullptr);
    ~EngagementsView() override;

    QListWidget* engagementList() const { return m_engagements; }
    QListWidget* column(Phase phase) const { return m_columns.at(int(phase)); }
    QListWidget* warningList() const { return m_warnings; }
    const Engagement* currentEngagement() const;
    const Capability* capability(Id id) const;
    /// Asks for the date, confirmer and note (a reason backwards) and records the change.
    bool moveCapability(Id id, Phase phase);
    void selectCapability(Id id);
    void newEngagement();
    void editEngagement();
    void deleteEngagement();
    void newCapability();
    void editCapability(Id id);
    void deleteCapability(Id id);

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void reload();
    void showEngagement();

    Workspace& m_workspace;
    QList<Engagement> m_all;
    QList<TransferWarning> m_warningData;
    QHash<Id, QString> m_people;
    QHash<Id, QString> m_skills;
    QHash<Id, QString> m_teams;
    std::unique_ptr<MatrixData> m_levels; ///< levels for the warnings, kept until they can differ
    Id m_engagementId = 0;
    Id m_selected = 0;
    QListWidget* m_engagements = nullptr;
    QList<QListWidget*> m_columns;
    QList<QLabel*> m_columnTitles;
    QListWidget* m_warnings = nullptr;
    QLabel* m_details = nullptr;
    PhaseTimeline* m_timeline = nullptr;
    bool m_reloading = false;
};

} // namespace coe::ui
