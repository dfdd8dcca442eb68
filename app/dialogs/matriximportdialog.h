// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/matriximport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace coe::ui {

/// File ▸ Import skill matrix: a preview of the sheet, which column holds what (found from
/// the header, changeable), whose assessments and of which date, and the check of every
/// cell, live. Import is enabled only when every cell is good, or "skip bad cells" is on.
class MatrixImportDialog : public QDialog
{
    Q_OBJECT

public:
    MatrixImportDialog(Workspace& workspace, const Spreadsheet& sheet, QWidget* parent = nullptr);

    const MatrixImport::Plan& plan() const { return m_plan; }
    /// Re-checks the file with the current choices.
    void check();

private:
    QComboBox* columnChoice(const QString& objectName, int current);
    MatrixImport::Options options() const;
    void updateForm();

    Workspace& m_workspace;
    Spreadsheet m_sheet;
    MatrixImport::Plan m_plan;
    QComboBox* m_form = nullptr;
    QComboBox* m_person = nullptr;
    QComboBox* m_email = nullptr;
    QComboBox* m_team = nullptr;
    QComboBox* m_skill = nullptr;
    QComboBox* m_level = nullptr;
    QComboBox* m_sourceColumn = nullptr;
    QComboBox* m_dateColumn = nullptr;
    QComboBox* m_note = nullptr;
    QComboBox* m_source = nullptr;
    QDateEdit* m_date = nullptr;
    QCheckBox* m_createMissing = nullptr;
    QCheckBox* m_skipBad = nullptr;
    QTableWidget* m_preview = nullptr;
    QListWidget* m_problems = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_import = nullptr;
    QList<QWidget*> m_longOnly;
};

} // namespace coe::ui
