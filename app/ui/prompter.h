// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QDialog;
class QWidget;

namespace coe::ui {

/// The seam for every modal question the GUI asks: message boxes and file dialogs go
/// through the current Prompter, so tests can answer them without a blocking dialog.
class Prompter
{
public:
    virtual ~Prompter() = default;

    static Prompter* current();
    /// Installs @p prompter (not owned); nullptr restores the one that shows real dialogs.
    static void install(Prompter* prompter);

    virtual void error(QWidget* parent, const QString& title, const QString& message);
    /// Yes/no question; true for yes.
    virtual bool confirm(QWidget* parent, const QString& title, const QString& question, const QString& yesText);
    virtual QString openFile(QWidget* parent, const QString& title, const QString& filter);
    virtual QString saveFile(QWidget* parent, const QString& title, const QString& suggested, const QString& filter);
    /// Runs a modal dialog; returns QDialog::Accepted or Rejected.
    virtual int exec(QDialog* dialog);
    /// Asks for a line of text; empty when cancelled.
    virtual QString text(QWidget* parent, const QString& title, const QString& label, const QString& initial);
};

} // namespace coe::ui
