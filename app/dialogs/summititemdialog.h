// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/summit.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace coe::ui {

class NamePicker;

/// Edits one summit item: kind, title, track (from @p summit), duration, expected audience,
/// equipment, speakers and skills (picked by name) and abstract.
class SummitItemDialog : public QDialog
{
    Q_OBJECT

public:
    SummitItemDialog(const Summit& summit, const SummitItem& item, const QHash<Id, QString>& people, const QHash<Id, QString>& skills,
                     QWidget* parent = nullptr);

    /// The edited item (id and slots as given).
    SummitItem item() const;
    QLineEdit* titleEdit() const { return m_title; }
    NamePicker* speakers() const { return m_speakers; }
    NamePicker* skills() const { return m_skills; }

private:
    void validate();

    SummitItem m_item;
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
