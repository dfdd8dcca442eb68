// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/prompter.h"

#include <QDialog>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace coe::ui {

namespace {
Prompter s_default;
Prompter* s_current = nullptr;
} // namespace

Prompter* Prompter::current()
{
    return s_current ? s_current : &s_default;
}

void Prompter::install(Prompter* prompter)
{
    s_current = prompter;
}

void Prompter::error(QWidget* parent, const QString& title, const QString& message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("errorBox"));
    box.exec();
}

bool Prompter::confirm(QWidget* parent, const QString& title, const QString& question, const QString& yesText)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Cancel, parent);
    QPushButton* yes = box.addButton(yesText, QMessageBox::AcceptRole);
    box.setDefaultButton(yes);
    box.exec();
    return box.clickedButton() == yes;
}

QString Prompter::openFile(QWidget* parent, const QString& title, const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString Prompter::saveFile(QWidget* parent, const QString& title, const QString& suggested, const QString& filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

int Prompter::exec(QDialog* dialog)
{
    return dialog->exec();
}

QString Prompter::text(QWidget* parent, const QString& title, const QString& label, const QString& initial)
{
    bool ok = false;
    const QString value = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    return ok ? value : QString();
}

} // namespace coe::ui
