// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/transfer.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace coe::ui {

class NamePicker;

/// An engagement: name, the team it hands over to, start and roll-off, its consultants.
class EngagementDialog : public QDialog
{
    Q_OBJECT

public:
    EngagementDialog(const Engagement& engagement, const QHash<Id, QString>& teams, const QHash<Id, QString>& people,
                     QWidget* parent = nullptr);
    Engagement engagement() const;
    QLineEdit* nameEdit() const { return m_name; }
    NamePicker* consultants() const { return m_consultants; }

private:
    void validate();
    Engagement m_engagement;
    QLineEdit* m_name = nullptr;
    QComboBox* m_team = nullptr;
    QDateEdit* m_starts = nullptr;
    QDateEdit* m_rollOff = nullptr;
    NamePicker* m_consultants = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

/// A capability: name, description, internal owner, expert, skills.
class CapabilityDialog : public QDialog
{
    Q_OBJECT

public:
    CapabilityDialog(const Capability& capability, const QHash<Id, QString>& people, const QHash<Id, QString>& skills,
                     QWidget* parent = nullptr);
    Capability capability() const;
    QLineEdit* nameEdit() const { return m_name; }
    NamePicker* skills() const { return m_skills; }

private:
    Capability m_capability;
    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QComboBox* m_owner = nullptr;
    QComboBox* m_expert = nullptr;
    NamePicker* m_skills = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace coe::ui
