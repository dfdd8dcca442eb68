// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/transferdialogs.h"

#include "widgets/formhelpers.h"
#include "widgets/namepicker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace coe::ui {

EngagementDialog::EngagementDialog(const Engagement& engagement, const QHash<Id, QString>& teams,
                                   const QHash<Id, QString>& people, QWidget* parent)
    : QDialog(parent), m_engagement(engagement)
{
    setObjectName(QStringLiteral("engagementDialog"));
    setWindowTitle(engagement.id ? tr("Edit engagement") : tr("New engagement"));
    m_name = new QLineEdit(engagement.name, this);
    m_name->setObjectName(QStringLiteral("engagementName"));
    m_name->setPlaceholderText(tr("e.g. Platform build-out with Acme Consulting"));
    m_team = nameCombo(this, teams, engagement.teamId, tr("(choose a team)"));
    m_starts = new QDateEdit(engagement.startsOn.isValid() ? engagement.startsOn : QDate::currentDate(), this);
    m_rollOff =
        new QDateEdit(engagement.rollOffOn.isValid() ? engagement.rollOffOn : QDate::currentDate().addMonths(6), this);
    for (QDateEdit* e : {m_starts, m_rollOff})
        e->setCalendarPopup(true);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_starts);
    dates->addWidget(buddyLabel(tr("&rolls off"), m_rollOff));
    dates->addWidget(m_rollOff);
    dates->addStretch();
    m_consultants = new NamePicker(people, tr("Type a consultant's name and press Enter"), this);
    m_consultants->setChosen(engagement.consultantIds);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Team:"), m_team);
    form->addRow(buddyLabel(tr("&Starts:"), m_starts), dates);
    form->addRow(tr("&Consultants:"), m_consultants);
    m_buttons = okCancel(this, form);
    connect(m_name, &QLineEdit::textChanged, this, &EngagementDialog::validate);
    connect(m_team, &QComboBox::currentIndexChanged, this, &EngagementDialog::validate);
    connect(m_starts, &QDateEdit::dateChanged, this, &EngagementDialog::validate);
    connect(m_rollOff, &QDateEdit::dateChanged, this, &EngagementDialog::validate);
    validate();
}

void EngagementDialog::validate()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_name->text().trimmed().isEmpty() && m_team->currentData().toLongLong() != 0 &&
                     m_rollOff->date() >= m_starts->date());
}

Engagement EngagementDialog::engagement() const
{
    Engagement e = m_engagement;
    e.name = m_name->text().trimmed();
    e.teamId = m_team->currentData().toLongLong();
    e.startsOn = m_starts->date();
    e.rollOffOn = m_rollOff->date();
    e.consultantIds = m_consultants->chosen();
    return e;
}

CapabilityDialog::CapabilityDialog(const Capability& capability, const QHash<Id, QString>& people,
                                   const QHash<Id, QString>& skills, QWidget* parent)
    : QDialog(parent), m_capability(capability)
{
    setObjectName(QStringLiteral("capabilityDialog"));
    setWindowTitle(capability.id ? tr("Edit capability") : tr("New capability"));
    m_name = new QLineEdit(capability.name, this);
    m_name->setObjectName(QStringLiteral("capabilityName"));
    m_name->setPlaceholderText(tr("An operational task, e.g. Rotate secrets"));
    m_description = new QPlainTextEdit(capability.description, this);
    m_description->setMaximumHeight(fontMetrics().height() * 4);
    m_owner = nameCombo(this, people, capability.ownerId, tr("(nobody yet)"));
    m_owner->setToolTip(tr("The internal person who will run it"));
    m_expert = nameCombo(this, people, capability.expertId, tr("(nobody yet)"));
    m_expert->setToolTip(tr("The expert handing it over"));
    m_skills = new NamePicker(skills, tr("Type a skill and press Enter"), this);
    m_skills->setChosen(capability.skillIds);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Expert:"), m_expert);
    form->addRow(tr("&Skills:"), m_skills);
    m_buttons = okCancel(this, form);
    connect(m_name, &QLineEdit::textChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty()); });
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
}

Capability CapabilityDialog::capability() const
{
    Capability c = m_capability;
    c.name = m_name->text().trimmed();
    c.description = m_description->toPlainText().trimmed();
    c.ownerId = m_owner->currentData().toLongLong();
    c.expertId = m_expert->currentData().toLongLong();
    c.skillIds = m_skills->chosen();
    return c;
}

} // namespace coe::ui
