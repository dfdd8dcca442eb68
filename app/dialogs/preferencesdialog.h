// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;

namespace coe::ui {

/// The user's own preferences, kept in Config for every workspace they open: language, theme
/// and default paper. OK stores them; the theme applies at once, the language at next start.
/// A workspace's own settings (its time zone, the readiness weights) are in Workspace settings.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    /// The Workspace settings button is there only while a workspace is open.
    explicit PreferencesDialog(bool workspaceOpen, QWidget* parent = nullptr);

    QComboBox* languageBox() const { return m_language; }
    QComboBox* themeBox() const { return m_theme; }
    QComboBox* paperBox() const { return m_paper; }
    /// Writes the choices to Config and applies the theme.
    void store() const;

Q_SIGNALS:
    /// Asks for the workspace's own settings (the window opens them).
    void workspaceSettingsRequested();

private:
    QComboBox* m_language = nullptr;
    QComboBox* m_theme = nullptr;
    QComboBox* m_paper = nullptr;
};

} // namespace coe::ui
