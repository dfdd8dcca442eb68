// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planning/conflicts.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace coe::ui {

/// The live warnings right of the timetable (room overlap, speaker double-booked or
/// unavailable, capacity, equipment, venue hours), the acknowledged ones on request, and
/// Acknowledge for the one selected.
class SummitWarnings : public QWidget
{
    Q_OBJECT

public:
    explicit SummitWarnings(QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    /// Lists @p warnings (kept by pointer), counting the open ones in the title.
    void setWarnings(const QList<SummitWarning>* warnings);
    /// The warning that @p row of the list shows, or nullptr.
    const SummitWarning* warningAt(int row) const;
    /// The selected warning, else the first listed, else nullptr.
    const SummitWarning* selectedOrFirst() const;

Q_SIGNALS:
    /// The user selected the warning in @p row of the list.
    void warningSelected(int row);
    void acknowledgeRequested();

private:
    void refresh();

    const QList<SummitWarning>* m_warnings = nullptr;
    QLabel* m_title = nullptr;
    QListWidget* m_list = nullptr;
    QCheckBox* m_showAcknowledged = nullptr;
    QPushButton* m_acknowledge = nullptr;
};

} // namespace coe::ui
