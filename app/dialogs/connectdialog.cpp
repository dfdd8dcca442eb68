// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/connectdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace coe::ui {

ConnectDialog::ConnectDialog(QWidget* parent, const QString& url) : QDialog(parent)
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to team database"));
    auto* intro = new QLabel(tr("A team shares one workspace in a PostgreSQL database. Ask whoever runs it for "
                                "the address and your password."),
                             this);
    intro->setWordWrap(true);
    m_url = new QLineEdit(url, this);
    m_url->setObjectName(QStringLiteral("connectUrl"));
    m_url->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/database"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("connectPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    auto* note = new QLabel(tr("The password is used for this connection only; CoE Studio does not store it."), this);
    note->setWordWrap(true);
    note->setEnabled(false);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("connectProblem"));
    m_problem->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    connect(m_password, &QLineEdit::textChanged, this, &ConnectDialog::validate);

    auto* form = new QFormLayout;
    form->addRow(tr("&Address"), m_url);
    form->addRow(tr("&Password"), m_password);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    validate();
    (url.isEmpty() ? m_url : m_password)->setFocus();
}

void ConnectDialog::validate()
{
    const QString text = m_url->text().trimmed();
    auto parsed = WorkspaceLocation::parse(text);
    QString problem;
    if (text.isEmpty())
        problem = tr("Enter the database address.");
    else if (!parsed)
        problem = parsed.error().message;
    else if (parsed->isFile())
        problem = tr("The address starts with postgresql://.");
    m_problem->setText(text.isEmpty() ? QString() : problem);
    m_connect->setEnabled(problem.isEmpty());
    if (problem.isEmpty()) {
        m_location = parsed.value();
        if (!m_password->text().isEmpty())
            m_location.setPassword(m_password->text());
    }
}

} // namespace coe::ui
