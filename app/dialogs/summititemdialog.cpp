// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/summititemdialog.h"

#include "widgets/formhelpers.h"
#include "widgets/namepicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace coe::ui {

SummitItemDialog::SummitItemDialog(const Summit& summit, const SummitItem& item, const QHash<Id, QString>& people, const QHash<Id, QString>& skills,
                                   QWidget* parent)
    : QDialog(parent)
    , m_item(item)
{
    setObjectName(QStringLiteral("summitItemDialog"));
    setWindowTitle(item.id ? tr("Edit “%1”").arg(item.title) : tr("New summit item"));
    auto* form = new QFormLayout;
    m_title = new QLineEdit(item.title, this);
    m_title->setObjectName(QStringLiteral("itemTitle"));
    m_title->setPlaceholderText(tr("What the programme calls it"));
    form->addRow(tr("&Title:"), m_title);
    m_kind = new QComboBox(this);
    for (int k = SummitItem::Talk; k <= SummitItem::Break; ++k)
        m_kind->addItem(SummitItem::kindLabel(SummitItem::Kind(k)), k);
    m_kind->setCurrentIndex(m_kind->findData(int(item.kind)));
    form->addRow(tr("&Kind:"), m_kind);
    m_track = new QComboBox(this);
    m_track->addItem(tr("No track"), Id(0));
    for (const Track& t : summit.tracks) {
        QPixmap swatch(12, 12);
        swatch.fill(t.color);
        m_track->addItem(QIcon(swatch), t.name, t.id);
    }
    m_track->setCurrentIndex(std::max(0, m_track->findData(item.trackId)));
    form->addRow(tr("T&rack:"), m_track);
    m_duration = new QSpinBox(this);
    m_duration->setRange(5, 720);
    m_duration->setSingleStep(5);
    m_duration->setSuffix(tr(" min"));
    m_duration->setValue(item.durationMinutes);
    form->addRow(tr("&Duration:"), m_duration);
    m_audience = new QSpinBox(this);
    m_audience->setRange(0, 100000);
    m_audience->setSpecialValueText(tr("not known"));
    m_audience->setValue(item.expectedAudience);
    form->addRow(tr("Expected &audience:"), m_audience);
    m_equipment = new QLineEdit(item.equipment.join(QStringLiteral(", ")), this);
    m_equipment->setPlaceholderText(tr("e.g. projector, workstations"));
    form->addRow(tr("&Equipment needed:"), m_equipment);

    m_speakers = new NamePicker(people, tr("Type a name and press Enter"), this);
    m_speakers->setObjectName(QStringLiteral("itemSpeakers"));
    m_speakers->setChosen(item.speakerIds);
    form->addRow(tr("&Speakers:"), m_speakers);
    m_skills = new NamePicker(skills, tr("Type a skill and press Enter"), this);
    m_skills->setObjectName(QStringLiteral("itemSkills"));
    m_skills->setChosen(item.skillIds);
    form->addRow(tr("S&kills taught:"), m_skills);
    m_abstract = new QPlainTextEdit(item.abstract, this);
    m_abstract->setPlaceholderText(tr("Printed in the track lists and calendar entries"));
    form->addRow(tr("A&bstract:"), m_abstract);

    m_buttons = okCancel(this, form);
    connect(m_title, &QLineEdit::textChanged, this, &SummitItemDialog::validate);
    validate();
    resize(sizeHint().width() * 5 / 4, sizeHint().height());
}

void SummitItemDialog::validate()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_title->text().trimmed().isEmpty());
}

SummitItem SummitItemDialog::item() const
{
    SummitItem item = m_item;
    item.title = m_title->text().trimmed();
    item.kind = SummitItem::Kind(m_kind->currentData().toInt());
    item.trackId = m_track->currentData().toLongLong();
    item.durationMinutes = m_duration->value();
    item.expectedAudience = m_audience->value();
    item.equipment.clear();
    for (const QString& e : m_equipment->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!e.trimmed().isEmpty())
            item.equipment << e.trimmed();
    item.speakerIds = m_speakers->chosen();
    item.skillIds = m_skills->chosen();
    item.abstract = m_abstract->toPlainText().trimmed();
    return item;
}

} // namespace coe::ui
