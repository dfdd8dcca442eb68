// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace coe::ui {

/// Help ▸ About: what CoE Studio is, its version and the versions of the libraries it runs on.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    /// The rich text shown in the dialog (also used by tests).
    static QString text();
};

} // namespace coe::ui
