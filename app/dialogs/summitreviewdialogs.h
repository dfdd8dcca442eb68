// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planning/programme.h"
#include "planning/releases.h"

#include <QDialog>

class QTreeWidget;

namespace coe::ui {

/// The changes to a summit's schedule since a release, kind by kind, with Print and Export
/// PDF buttons (printRequested, exportRequested) for the changelog page.
class ChangelogDialog : public QDialog
{
    Q_OBJECT

public:
    ChangelogDialog(const QList<ScheduleChange>& changes, int sinceRelease, QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }

Q_SIGNALS:
    void printRequested();
    void exportRequested();

private:
    QTreeWidget* m_tree;
};

/// Suggested tracks for a summit, each with its reason and possible speakers; the lead
/// checks the tracks to add. Tracks the summit already has are shown but cannot be checked.
class ProgrammeDialog : public QDialog
{
    Q_OBJECT

public:
    ProgrammeDialog(const QList<TrackSuggestion>& suggestions, const QString& summitName, QWidget* parent = nullptr);

    /// The checked new tracks, in the order shown.
    QStringList checkedTracks() const;
    QTreeWidget* tree() const { return m_tree; }

private:
    QTreeWidget* m_tree;
};

} // namespace coe::ui
