// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers for forms and dialogs.
#pragma once

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace coe::ui {

/// A form label whose mnemonic (&When) focuses @p buddy: for rows whose field is a layout,
/// where QFormLayout would otherwise show the ampersand.
inline QLabel* buddyLabel(const QString& text, QWidget* buddy)
{
    auto* label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

/// A combo of @p names (people, teams) sorted by name, with @p none (id 0) first, showing
/// @p current.
inline QComboBox* nameCombo(QWidget* parent, const QHash<qint64, QString>& names, qint64 current, const QString& none)
{
    auto* box = new QComboBox(parent);
    box->addItem(none, qint64(0));
    QList<qint64> ids = names.keys();
    std::sort(ids.begin(), ids.end(),
              [&names](qint64 a, qint64 b) { return names.value(a).compare(names.value(b), Qt::CaseInsensitive) < 0; });
    for (qint64 id : std::as_const(ids))
        box->addItem(names.value(id), id);
    box->setCurrentIndex(std::max(0, box->findData(current)));
    return box;
}

/// Lays out @p dialog as @p content above OK and Cancel, wired to accept and reject.
inline QDialogButtonBox* okCancel(QDialog* dialog, QLayout* content)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(content);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace coe::ui
