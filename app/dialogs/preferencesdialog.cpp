// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/preferencesdialog.h"

#include "core/config.h"
#include "ui/theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace coe::ui {

namespace {

/// Selects the entry of @p box whose data is @p value (the first when none is).
void select(QComboBox* box, const QString& value)
{
    const int index = box->findData(value);
    box->setCurrentIndex(index < 0 ? 0 : index);
}

QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

PreferencesDialog::PreferencesDialog(bool workspaceOpen, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));
    auto* layout = new QVBoxLayout(this);

    auto* look = new QGroupBox(tr("Language and look"), this);
    auto* lookForm = new QFormLayout(look);
    m_language = new QComboBox(look);
    m_language->setObjectName(QStringLiteral("preferenceLanguage"));
    m_language->addItem(tr("The system's language"), QString());
    // Each language in its own name, as people look for it.
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    select(m_language, Config::instance()->get(Config::Language).toString());
    lookForm->addRow(tr("&Language:"), m_language);
    lookForm->addRow(note(tr("A new language shows the next time CoE Studio starts."), look));
    m_theme = new QComboBox(look);
    m_theme->setObjectName(QStringLiteral("preferenceTheme"));
    m_theme->addItem(tr("Follow the system"), Theme::name(Theme::System));
    m_theme->addItem(tr("Light"), Theme::name(Theme::Light));
    m_theme->addItem(tr("Dark"), Theme::name(Theme::Dark));
    select(m_theme, Config::instance()->get(Config::Theme).toString());
    lookForm->addRow(tr("&Theme:"), m_theme);
    layout->addWidget(look);

    auto* printing = new QGroupBox(tr("Printing"), this);
    auto* printForm = new QFormLayout(printing);
    m_paper = new QComboBox(printing);
    m_paper->setObjectName(QStringLiteral("preferencePaper"));
    m_paper->addItem(tr("The system's default"), QString());
    m_paper->addItem(tr("A4"), QStringLiteral("a4"));
    m_paper->addItem(tr("US Letter"), QStringLiteral("letter"));
    select(m_paper, Config::instance()->get(Config::PaperSize).toString());
    printForm->addRow(tr("&Paper:"), m_paper);
    printForm->addRow(note(tr("Agendas, handouts and PDF exports start on this paper; the print dialog can "
                              "still change it."),
                           printing));
    layout->addWidget(printing);

    auto* workspace = new QGroupBox(tr("This workspace"), this);
    auto* workspaceLayout = new QVBoxLayout(workspace);
    workspaceLayout->addWidget(note(tr("Its time zone and the readiness weights belong to the workspace and are "
                                       "shared by everyone who opens it."),
                                    workspace));
    auto* workspaceButton = new QPushButton(tr("&Workspace settings…"), workspace);
    workspaceButton->setObjectName(QStringLiteral("openWorkspaceSettings"));
    workspaceLayout->addWidget(workspaceButton, 0, Qt::AlignLeft);
    connect(workspaceButton, &QPushButton::clicked, this, &PreferencesDialog::workspaceSettingsRequested);
    layout->addWidget(workspace);
    workspace->setVisible(workspaceOpen);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_language->setFocus();
}

void PreferencesDialog::store() const
{
    Config* config = Config::instance();
    config->set(Config::Language, m_language->currentData().toString());
    config->set(Config::Theme, m_theme->currentData().toString());
    config->set(Config::PaperSize, m_paper->currentData().toString());
    Theme::apply(Theme::fromName(m_theme->currentData().toString()));
}

} // namespace coe::ui
