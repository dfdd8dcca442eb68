// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/summitedits.h"
#include "domain/summit.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTimeEdit;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace coe::ui {

class NamePicker;

/// Edits one summit item: kind, title, track (from @p summit), duration, expected audience,
/// equipment, speakers and skills (picked by name), abstract, and where it takes place: a
/// day of the summit, a room and a start, checked against the venue's hours (or not
/// scheduled, in the pool). An item in several rooms moves them all to the new start.
class SummitItemDialog : public QDialog
{
    Q_OBJECT

public:
    SummitItemDialog(const Summit& summit, const SummitItem& item, const QHash<Id, QString>& people,
                     const QHash<Id, QString>& skills, QWidget* parent = nullptr);

    /// The edited item (id and slots as given).
    SummitItem item() const;
    QLineEdit* titleEdit() const { return m_title; }
    NamePicker* speakers() const { return m_speakers; }
    NamePicker* skills() const { return m_skills; }
    /// Where the item goes; no start: not scheduled.
    commands::Placement placement() const;
    QComboBox* dayBox() const { return m_day; }
    QComboBox* roomBox() const { return m_room; }
    QTimeEdit* startEdit() const { return m_start; }
    QSpinBox* durationBox() const { return m_duration; }
    /// Why OK is disabled (empty when it is not).
    QString problem() const;

private:
    void validate();

    Summit m_summit;
    SummitItem m_item;
    QComboBox* m_day = nullptr;
    QComboBox* m_room = nullptr;
    QTimeEdit* m_start = nullptr;
    QLabel* m_problem = nullptr;
    QLineEdit* m_title = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_track = nullptr;
    QSpinBox* m_duration = nullptr;
    QSpinBox* m_audience = nullptr;
    QLineEdit* m_equipment = nullptr;
    NamePicker* m_speakers = nullptr;
    NamePicker* m_skills = nullptr;
    QPlainTextEdit* m_abstract = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace coe::ui
