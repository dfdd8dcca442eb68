// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/location.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace coe::ui {

/// File ▸ Connect to team database: a postgresql:// URL and a password. The password is
/// used for this connection only and never written anywhere.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget* parent = nullptr, const QString& url = {});

    /// The location with its password; valid after accept().
    WorkspaceLocation location() const { return m_location; }

private:
    void validate();

    QLineEdit* m_url = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_connect = nullptr;
    WorkspaceLocation m_location;
};

} // namespace coe::ui
