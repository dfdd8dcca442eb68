// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace coe::ui {

/// A form label whose mnemonic (&When) focuses @p buddy: for rows whose field is a layout,
/// where QFormLayout would otherwise show the ampersand.
inline QLabel* buddyLabel(const QString& text, QWidget* buddy)
{
    auto* label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

} // namespace coe::ui
