// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace coe {
class SkillMatrixModel;
class Workspace;
} // namespace coe

namespace coe::ui {

class MatrixTable;

/// The skill matrix: people × skills as a heat map with filters, a source switch (effective,
/// self, lead, consultant, self against lead), spreadsheet editing and a side panel with the
/// selected cell's sources, target, interest and history.
class MatrixView : public QWidget
{
    Q_OBJECT

public:
    explicit MatrixView(Workspace& workspace, QWidget* parent = nullptr);

    SkillMatrixModel* model() const { return m_model; }
    MatrixTable* table() const { return m_table; }

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void applyFilter();
    /// Moves the focus from the search to the first cell it found.
    void goToFound();
    void refillChoices();
    void updateInspector();
    void updateEmptyState();

    Workspace& m_workspace;
    SkillMatrixModel* m_model = nullptr;
    MatrixTable* m_table = nullptr;
    QComboBox* m_source = nullptr;
    QComboBox* m_team = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_type = nullptr;
    QCheckBox* m_onlyGaps = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_inspector = nullptr;
    QLabel* m_legend = nullptr;
    QLabel* m_empty = nullptr;
    QStackedWidget* m_stack = nullptr;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace coe::ui
