// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/namepicker.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace coe::ui {

NamePicker::NamePicker(const QHash<Id, QString>& names, const QString& placeholder, QWidget* parent)
    : QWidget(parent), m_names(names)
{
    m_list = new QListWidget(this);
    m_list->setMaximumHeight(fontMetrics().height() * 5);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_edit = new QLineEdit(this);
    m_edit->setPlaceholderText(placeholder);
    // Wide enough to read what to type, however narrow the form around it gets.
    m_edit->setMinimumWidth(
        std::min(fontMetrics().horizontalAdvance(placeholder), fontMetrics().averageCharWidth() * 40) +
        fontMetrics().averageCharWidth() * 3);
    setNames(names);
    auto* remove = new QPushButton(tr("Remove"), this);
    auto* row = new QHBoxLayout;
    row->addWidget(m_edit, 1);
    row->addWidget(remove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(row);
    connect(m_edit, &QLineEdit::returnPressed, this, &NamePicker::addTyped);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_list->selectedItems().isEmpty())
            return;
        qDeleteAll(m_list->selectedItems());
        Q_EMIT changed();
    });
}

void NamePicker::setNames(const QHash<Id, QString>& names)
{
    m_names = names;
    QStringList sorted = names.values();
    sorted.sort(Qt::CaseInsensitive);
    auto* completer = new QCompleter(sorted, m_edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    delete m_edit->completer();
    m_edit->setCompleter(completer);
}

void NamePicker::setChosen(const QList<Id>& ids)
{
    m_list->clear();
    for (Id id : ids) {
        auto* row = new QListWidgetItem(m_names.value(id), m_list);
        row->setData(Qt::UserRole, id);
    }
}

QList<Id> NamePicker::chosen() const
{
    QList<Id> ids;
    for (int i = 0; i < m_list->count(); ++i)
        ids << m_list->item(i)->data(Qt::UserRole).toLongLong();
    return ids;
}

bool NamePicker::addTyped()
{
    const QString name = m_edit->text().trimmed();
    for (auto it = m_names.cbegin(); it != m_names.cend(); ++it) {
        if (it.value().compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (!chosen().contains(it.key())) {
            auto* row = new QListWidgetItem(it.value(), m_list);
            row->setData(Qt::UserRole, it.key());
            Q_EMIT changed();
        }
        m_edit->clear();
        m_edit->setToolTip(QString());
        return true;
    }
    m_edit->setToolTip(tr("Nothing is called “%1”.").arg(name));
    m_edit->selectAll();
    return false;
}

} // namespace coe::ui
