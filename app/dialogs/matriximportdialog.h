// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/matriximport.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTableWidget;

namespace coe::ui {

/// File ▸ Import skill matrix: a preview of the sheet (its first rows only, so a workbook of
/// millions of cells opens at once), which sheet and which column holds what (found from the
/// header, changeable), whose assessments and of which date, and the check of the previewed
/// cells, live. Import checks the rest of the file with progress and Cancel before it closes;
/// it is enabled only when every cell is good, or "skip bad cells" is on.
class MatrixImportDialog : public QDialog
{
    Q_OBJECT

public:
    /// How many rows of a file the preview reads.
    static constexpr int kPreviewRows = 200;

    /// @p preview: the first rows of @p path (Spreadsheet::read with kPreviewRows).
    MatrixImportDialog(Workspace& workspace, const QString& path, const Spreadsheet& preview,
                       QWidget* parent = nullptr);

    const MatrixImport::Plan& plan() const { return m_plan; }
    /// The plan, moved out (the dialog is done with it).
    MatrixImport::Plan takePlan() { return std::move(m_plan); }
    /// True when plan() covers the whole file (a preview that was all of it, or checkAll()).
    bool planCoversFile() const { return m_planCoversFile; }
    /// Re-checks the previewed rows with the current choices.
    void check();
    /// Checks the whole file (off the GUI thread, with progress and Cancel); true when the plan
    /// can be imported as it is.
    bool checkAll();
    void accept() override;

private:
    QComboBox* columnChoice(const QString& objectName);
    void fillColumns();
    void fillPreview();
    void chooseSheet(const QString& name);
    MatrixImport::Options options() const;
    void updateForm();
    void showPlan(const QString& scope);
    void markProblems();
    void showProblem(QListWidgetItem* problem);

    Workspace& m_workspace;
    QString m_path;
    Spreadsheet m_sheet;
    MatrixImport::Plan m_plan;
    bool m_planCoversFile = false;
    QComboBox* m_sheetChoice = nullptr;
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
    QHash<int, int> m_previewRows; ///< a file's line → its row in the preview
    QListWidget* m_problems = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_import = nullptr;
    QList<QWidget*> m_longOnly;
};

} // namespace coe::ui
