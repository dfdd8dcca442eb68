// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace coe::ui {

/// What the window shows when no workspace is open: what CoE Studio does and how to start.
class WelcomeView : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomeView(QWidget* parent = nullptr);
};

} // namespace coe::ui
