// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/summit.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QTimeEdit;

namespace coe::ui {

/// A summit's settings in one dialog: name, venue, time zone, days, daily venue hours and the
/// minimum walk between rooms; its rooms (capacity, equipment), tracks (colour) and speakers'
/// availability. Problems are named with their row before OK is possible.
class SummitSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SummitSettingsDialog(const Summit& summit, const QHash<Id, QString>& people, QWidget* parent = nullptr);

    /// The edited summit: new rooms, tracks and availability rows have id 0.
    Summit summit() const;
    QTableWidget* roomsTable() const { return m_rooms; }
    QTableWidget* tracksTable() const { return m_tracks; }
    QTableWidget* availabilityTable() const { return m_availability; }
    QLineEdit* nameEdit() const { return m_name; }
    /// Why OK is disabled (empty when it is not).
    QString problem() const;

private:
    void validate();
    void addRoom(const Room& room);
    void addTrack(const Track& track);
    void addAvailability(const SpeakerAvailability& a);

    Summit m_summit;
    QHash<Id, QString> m_people;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_venue = nullptr;
    QComboBox* m_zone = nullptr;
    QDateEdit* m_starts = nullptr;
    QDateEdit* m_ends = nullptr;
    QTimeEdit* m_opens = nullptr;
    QTimeEdit* m_closes = nullptr;
    QSpinBox* m_gap = nullptr;
    QTableWidget* m_rooms = nullptr;
    QTableWidget* m_tracks = nullptr;
    QTableWidget* m_availability = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace coe::ui
