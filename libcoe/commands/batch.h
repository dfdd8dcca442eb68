// SPDX-License-Identifier: GPL-3.0-or-later
// Undo for every edit, as in Subsurface's commands/: callers describe an edit as a Batch of
// row steps and call commands::run(); the batch is written at once in one transaction and,
// only if that succeeded, pushed on the workspace's QUndoStack as one undo step. Undo and
// redo replay the inverse or the original steps, restoring deleted rows with their ids and
// everything their deletion cascaded to.
#pragma once

#include "core/result.h"
#include "domain/entities.h"
#include "domain/scale.h"
#include "storage/rowstore.h"

#include <QCoreApplication>

namespace coe {

class Workspace;

namespace commands {

/// Merge ids of commands that combine consecutive edits (QUndoCommand::id()).
enum MergeId
{
    NoMerge = -1, ///< every batch is its own undo step
};

/// A Row value that stands for the id of an earlier Insert step of the same batch (by its
/// index), so one undo step can add a team and the people in it.
struct StepRef
{
    int step = 0;
};

/// One step of a Batch.
struct Step
{
    enum Kind
    {
        Insert,       ///< add a row
        Update,       ///< change columns of a row
        Delete,       ///< delete rows and what cascades from them
        ReplaceScale, ///< swap the whole proficiency scale
        ReplaceRows,  ///< swap every row of a table that belongs to one key (a team's requirements)
        UpdateLink,   ///< change columns of one row of a link table, found by its key columns
        DeleteLink,   ///< delete one row of a link table, found by its key columns
    };
    Kind kind = Insert;
    QString table;
    Row values;              ///< Insert: the row; Update: the new values
    Row before;              ///< Update: the old values (read on first run)
    QList<qint64> ids;       ///< Update: one id; Delete: the ids; Insert: the id once known
    int version = -1;        ///< Update: the row's version before the edit (-1 = read it)
    DeleteSnapshot snapshot; ///< Delete: what the delete removed
    QList<ScaleLevel> scale; ///< ReplaceScale: the new levels
    QList<ScaleLevel> previousScale;
    QString keyColumn;       ///< ReplaceRows: the column that names the owner (values[keyColumn])
    QList<Row> rows;         ///< ReplaceRows: the owner's new rows
    QList<Row> previousRows; ///< ReplaceRows: its rows before (read on the first run)
    Row key;                 ///< UpdateLink, DeleteLink: the key columns and their values
    bool previousRead = false;
};

/// A list of steps that form one undoable edit.
class Batch
{
public:
    explicit Batch(const QString& text) : m_text(text) {}

    Batch& insert(const QString& table, const Row& values);
    /// @p expectedVersion: the version the caller last saw (-1: whatever is current).
    Batch& update(const QString& table, qint64 id, const Row& values, int expectedVersion = -1);
    Batch& remove(const QString& table, const QList<qint64>& ids);
    Batch& replaceScale(const QList<ScaleLevel>& levels);
    /// Replaces every row of @p table whose @p keyColumn is @p key by @p rows (tables without
    /// an id column, such as team_requirement or role_target).
    Batch& replaceRows(const QString& table, const QString& keyColumn, Id key, const QList<Row>& rows);
    /// Changes @p values of the row of a link table (no id column) whose columns equal @p key.
    Batch& updateLink(const QString& table, const Row& key, const Row& values);
    /// Deletes the row of a link table whose columns equal @p key. Rows that cascade from it
    /// are not captured: delete those first with remove().
    Batch& removeLink(const QString& table, const Row& key);
    /// A value for a later step's row: the id the Insert step @p index will get.
    static QVariant idOf(int index) { return QVariant::fromValue(StepRef{index}); }
    int size() const { return int(m_steps.size()); }

    QString text() const { return m_text; }
    bool isEmpty() const { return m_steps.isEmpty(); }
    QList<Step>& steps() { return m_steps; }

private:
    QString m_text;
    QList<Step> m_steps;
};

/// Writes @p batch and pushes it as one undo step. Returns the ids of inserted rows, in the
/// order of the Insert steps. Nothing is written, and nothing pushed, when it fails.
Result<QList<qint64>> run(Workspace& workspace, Batch batch);

/// run() for callers that do not need the inserted ids; an empty batch writes nothing.
Result<void> runBatch(Workspace& workspace, Batch batch);

} // namespace commands
} // namespace coe

Q_DECLARE_METATYPE(coe::commands::StepRef)
