// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/changenotifier.h"
#include "storage/matrixdata.h"

#include <QAbstractTableModel>
#include <QSet>

namespace coe {

class Workspace;

/// People as rows, skills as columns grouped by category; a cell is a level. The names are
/// the vertical header (a frozen first column in any view); the horizontal header gives each
/// column's category and skill. Filtering, sorting and collapsing categories happen here, on
/// MatrixData's flat arrays, so they stay fast at 10,000 × 500. Edits become assessments
/// (one undo step per edit, paste or fill) and come back through the change notifier, which
/// refreshes just the touched cells.
class SkillMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// What a cell shows.
    enum class View
    {
        Effective,      ///< lead, else consultant, else self
        Self,           ///< the person's own view
        Lead,           ///< the lead's
        Consultant,     ///< the consultant's
        SelfVersusLead, ///< both, flagging differences of two levels or more
    };
    Q_ENUM(View)

    enum Roles
    {
        LevelRole = Qt::UserRole + 1, ///< int or invalid: the level this view shows
        EffectiveLevelRole,
        SelfLevelRole,
        LeadLevelRole,
        ConsultantLevelRole,
        InterestRole,       ///< 0-3 or invalid
        TargetRole,         ///< int or invalid
        PersonalTargetRole, ///< int or invalid: the person's own target, overriding the role's
        GapRole,            ///< int, 0 when none
        LastAssessedRole,   ///< QDate
        HasNoteRole,        ///< bool
        DisagreementRole,   ///< bool: self and lead differ by two levels or more
        IsCategoryRole,     ///< bool: a collapsed category's average column
        CategoryNameRole,   ///< header: the category of the column
        PersonIdRole,       ///< header and cells
        SkillIdRole,        ///< header and cells (0 for a category column)
    };

    struct Filter
    {
        QString text;          ///< in name or email
        Id teamId = 0;         ///< 0: any
        Id roleId = 0;         ///< 0: any
        Id categoryId = 0;     ///< 0: every category
        int external = -1;     ///< -1 any, 0 internal, 1 external
        bool onlyGaps = false; ///< people with a gap in a shown skill
    };

    explicit SkillMatrixModel(Workspace& workspace, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    void sort(int column, Qt::SortOrder order) override;

    const MatrixData& matrix() const { return m_data; }
    View view() const { return m_view; }
    void setView(View view);
    Filter filter() const { return m_filter; }
    void setFilter(const Filter& filter);
    void setCategoryCollapsed(Id categoryId, bool collapsed);
    bool isCategoryCollapsed(Id categoryId) const { return m_collapsed.contains(categoryId); }
    /// The source edits are recorded as (the view's source; Lead for Effective).
    Source editSource() const;
    /// Sets many cells at once as one undo step; an empty optional clears the cell.
    Result<void> setLevels(const QList<std::pair<QModelIndex, std::optional<int>>>& cells, const QString& text);
    /// Clears the levels of @p sources in each skill cell of @p cells, as one undo step;
    /// sources without a level there are left alone.
    Result<void> clearSources(const QModelIndexList& cells, const QList<Source>& sources, const QString& text);
    /// The source whose level a skill cell shows in this view, if it shows one.
    std::optional<Source> shownSource(const QModelIndex& index) const;
    /// Appends an assessment with @p note to a skill cell as one undo step: the edit source's
    /// level when it has one, else the source the cell shows, keeping that level.
    Result<void> addNote(const QModelIndex& index, const QString& note, const QString& text);
    /// The newest note written on a skill cell, with who and when ("" when none).
    struct Note
    {
        QString text;
        Source source = Source::Lead;
        QDate on;
    };
    std::optional<Note> note(const QModelIndex& index) const;
    /// The column the rows are sorted by (-1 for none): the sorted skill's column, or its
    /// category's average column while that category is folded. The sort itself follows the
    /// skill (or category), not the column number, so folding keeps it.
    int sortColumn() const;
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    /// "Ana Lima" and "Terraform" (or "CI/CD (average)") for messages.
    QString personName(const QModelIndex& index) const;
    QString columnName(int column) const;
    /// Sets (or, with an empty optional, clears) the person's own target of each skill cell
    /// in @p cells, as one undo step; category columns are skipped.
    Result<void> setPersonalTargets(const QModelIndexList& cells, std::optional<int> level, const QString& text);
    /// Parses a level typed or pasted: a number on the scale (a whole "3.0" too) or a label
    /// (any case).
    std::optional<int> parseLevel(const QString& text, bool* ok) const;

    /// A block of pasted text (tab-separated, one line a row: what spreadsheets and copy()
    /// put on the clipboard) read against the matrix from @p start. Nothing is written: the
    /// caller words the problems and, when there are none, writes the cells with setLevels().
    struct PastePlan
    {
        enum class Refusal
        {
            None,
            TooLarge,   ///< more than kMaxPasteChars characters
            DoesNotFit, ///< the block runs past the last person or column
        };
        enum class ProblemKind
        {
            NotALevel, ///< neither a level number nor a label
            Average,   ///< a decimal in the scale's range: a folded category's average
        };
        struct Problem
        {
            ProblemKind kind = ProblemKind::NotALevel;
            QModelIndex index;
            QString value;
        };
        Refusal refusal = Refusal::None;
        int blockRows = 0;        ///< lines in the block (DoesNotFit)
        int blockColumns = 0;     ///< values on the line that did not fit (DoesNotFit)
        bool pastLastRow = false; ///< the block runs past the last person, not column
        QList<std::pair<QModelIndex, std::optional<int>>> cells;
        QList<Problem> problems; ///< the first kMaxPasteProblems
        int problemCount = 0;    ///< all of them
        int averages = 0;        ///< values left out on read-only category averages
    };
    static constexpr qsizetype kMaxPasteChars = qsizetype(64) << 20; ///< 128 MB of text
    static constexpr int kMaxPasteProblems = 5;
    PastePlan planPaste(QStringView text, const QModelIndex& start) const;
    QString levelLabel(int level) const;
    int personRow(Id personId) const;
    int skillColumn(Id skillId) const;
    /// History of one cell for tooltips and the side panel, newest first.
    QStringList history(const QModelIndex& index, int limit = 8) const;

Q_SIGNALS:
    void editFailed(const QString& message);

private:
    struct Column
    {
        int skill = -1;    ///< index into matrix().skills(), or -1
        int category = -1; ///< index into matrix().categories() for a collapsed category
    };

    void reload();
    void rebuildColumns();
    void rebuildRows();
    /// rebuildRows() as a layout change that keeps persistent indexes on their people.
    void resortRows();
    void onChanged(const coe::Change& change);
    std::optional<int> shownLevel(int person, int skill) const;
    std::optional<double> categoryAverage(int person, int category) const;

    Workspace& m_workspace;
    MatrixData m_data;
    View m_view = View::Effective;
    Filter m_filter;
    QSet<Id> m_collapsed;
    QList<int> m_rows; ///< row → person index
    QList<Column> m_columns;
    /// What the rows are sorted by: a skill, a category's average, or neither (by name).
    Id m_sortSkill = 0;
    Id m_sortCategory = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace coe
