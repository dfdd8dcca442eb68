// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers for forms and dialogs.
#pragma once

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
