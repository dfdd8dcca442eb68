// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workspacesettings.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace coe::ui {

/// The settings a workspace keeps for everyone who opens it: the time zone of sessions that
/// name none, and the weights of the readiness index. OK is possible only for settings that
/// can be saved; the problem is named under the form.
class WorkspaceSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    WorkspaceSettingsDialog(const WorkspaceSettings& settings, QWidget* parent = nullptr);

    /// The edited settings. A zone left at the system's, where none was set, stays unset.
    WorkspaceSettings settings() const;
    QComboBox* zoneBox() const { return m_zone; }
    QSpinBox* coverageBox() const { return m_coverage; }
    QSpinBox* teacherBox() const { return m_teacher; }
    QSpinBox* handoverBox() const { return m_handover; }
    /// Why OK is disabled (empty when it is not).
    QString problem() const;

private:
    void validate();

    WorkspaceSettings m_before;
    QComboBox* m_zone = nullptr;
    QLabel* m_zoneNote = nullptr;
    QSpinBox* m_coverage = nullptr;
    QSpinBox* m_teacher = nullptr;
    QSpinBox* m_handover = nullptr;
    QLabel* m_sum = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace coe::ui
