// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/personeditor.h"

#include "commands/edits.h"
#include "models/peoplemodel.h"
#include "storage/workspace.h"
#include "ui/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace coe::ui {

PersonEditor::PersonEditor(Workspace& workspace, PeopleModel& model, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_model(model)
{
    setObjectName(QStringLiteral("personEditor"));
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);

    m_form = new QWidget(this);
    m_name = new QLineEdit(m_form);
    m_name->setObjectName(QStringLiteral("personName"));
    m_email = new QLineEdit(m_form);
    m_email->setObjectName(QStringLiteral("personEmail"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_team = new QComboBox(m_form);
    m_team->setObjectName(QStringLiteral("personTeam"));
    m_role = new QComboBox(m_form);
    m_role->setObjectName(QStringLiteral("personRole"));
    m_external = new QCheckBox(tr("External consultant"), m_form);
    m_external->setObjectName(QStringLiteral("personExternal"));
    m_timeZone = new QComboBox(m_form);
    m_timeZone->setObjectName(QStringLiteral("personTimeZone"));
    m_timeZone->setEditable(true);
    QStringList zones;
    const QList<QByteArray> zoneIds = QTimeZone::availableTimeZoneIds();
    for (const QByteArray& id : zoneIds)
        zones << QString::fromLatin1(id);
    m_timeZone->addItems(zones);
    m_error = new QLabel(m_form);
    m_error->setObjectName(QStringLiteral("personError"));
    m_error->setWordWrap(true);
    Theme::markAsWarning(m_error);
    m_error->hide();

    auto* form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Email"), m_email);
    form->addRow(tr("&Team"), m_team);
    form->addRow(tr("&Role"), m_role);
    form->addRow(QString(), m_external);
    form->addRow(tr("Time &zone"), m_timeZone);
    form->addRow(m_error);

    m_empty = new QLabel(tr("Select a person to see and edit their details."), this);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_form);
    layout->addWidget(m_empty);
    layout->addStretch(1);

    connect(m_name, &QLineEdit::editingFinished, this, &PersonEditor::commit);
    connect(m_email, &QLineEdit::editingFinished, this, &PersonEditor::commit);
    connect(m_team, &QComboBox::activated, this, &PersonEditor::commit);
    connect(m_role, &QComboBox::activated, this, &PersonEditor::commit);
    connect(m_external, &QCheckBox::toggled, this, &PersonEditor::commit);
    connect(m_timeZone, &QComboBox::activated, this, &PersonEditor::commit);
    connect(m_timeZone->lineEdit(), &QLineEdit::editingFinished, this, &PersonEditor::commit);
    // Someone else's edit or an undo changes what we show.
    connect(&m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_loading)
            refresh();
    });
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (m_model.rowOf(m_id) < 0)
            showPerson(0);
    });
    showPerson(0);
}

void PersonEditor::fillChoices()
{
    const auto fill = [](QComboBox* box, const QHash<Id, QString>& names, const QString& none) {
        box->clear();
        box->addItem(none, 0);
        QList<std::pair<QString, Id>> sorted;
        for (auto [id, name] : names.asKeyValueRange())
            sorted.append({name, id});
        std::sort(sorted.begin(), sorted.end());
        for (const auto& [name, id] : std::as_const(sorted))
            box->addItem(name, id);
    };
    fill(m_team, m_model.teams(), tr("(no team)"));
    fill(m_role, m_model.roles(), tr("(no role)"));
}

void PersonEditor::showPerson(Id id)
{
    m_id = id;
    m_error->hide();
    refresh();
}

void PersonEditor::refresh()
{
    const int row = m_model.rowOf(m_id);
    m_form->setVisible(row >= 0);
    m_empty->setVisible(row < 0);
    if (row < 0) {
        m_heading->setText(tr("Person"));
        return;
    }
    m_loading = true;
    const Person p = m_model.person(row);
    fillChoices();
    m_heading->setText(p.name);
    m_name->setText(p.name);
    m_email->setText(p.email);
    m_team->setCurrentIndex(std::max(0, m_team->findData(p.teamId)));
    m_role->setCurrentIndex(std::max(0, m_role->findData(p.roleId)));
    m_external->setChecked(p.external);
    m_timeZone->setCurrentText(p.timeZone);
    m_loading = false;
}

void PersonEditor::commit()
{
    if (m_loading || m_id == 0)
        return;
    const int row = m_model.rowOf(m_id);
    if (row < 0)
        return;
    const Person before = m_model.person(row);
    Person after = before;
    after.name = m_name->text();
    after.email = m_email->text().trimmed();
    after.teamId = m_team->currentData().toLongLong();
    after.roleId = m_role->currentData().toLongLong();
    after.external = m_external->isChecked();
    after.timeZone = m_timeZone->currentText().trimmed();
    if (after.name.trimmed() == before.name && after.email == before.email && after.teamId == before.teamId &&
        after.roleId == before.roleId && after.external == before.external && after.timeZone == before.timeZone)
        return;
    auto done = commands::Edits::editPerson(m_workspace, after);
    if (!done) {
        m_error->setText(done.error().message);
        m_error->show();
        refresh(); // put the saved values back
        return;
    }
    m_error->hide();
}

} // namespace coe::ui
