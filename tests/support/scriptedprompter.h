// SPDX-License-Identifier: GPL-3.0-or-later
// A ui::Prompter for GUI tests: answers file and text questions from lists, runs modal
// dialogs through a callback instead of exec(), and records the errors it was shown.
#pragma once

#include "ui/prompter.h"

#include <QDialog>
#include <QStringList>

#include <functional>

namespace coe::test {

class ScriptedPrompter : public ui::Prompter
{
public:
    QStringList errors;
    QStringList files;
    QStringList texts;
    std::function<int(QDialog*)> onDialog;

    void error(QWidget*, const QString&, const QString& message) override { errors << message; }
    bool confirm(QWidget*, const QString&, const QString&, const QString&) override { return true; }
    QString openFile(QWidget*, const QString&, const QString&) override { return next(files); }
    QString saveFile(QWidget*, const QString&, const QString&, const QString&) override { return next(files); }
    QString text(QWidget*, const QString&, const QString&, const QString&) override { return next(texts); }
    int exec(QDialog* dialog) override { return onDialog ? onDialog(dialog) : QDialog::Rejected; }

private:
    static QString next(QStringList& list) { return list.isEmpty() ? QString() : list.takeFirst(); }
};

} // namespace coe::test
