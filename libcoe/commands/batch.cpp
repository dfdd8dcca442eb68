// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/batch.h"

#include "core/changenotifier.h"
#include "storage/scalelevels.h"
#include "storage/schema.h"
#include "storage/transaction.h"
#include "storage/workspace.h"

#include <QSqlRecord>
#include <QUndoCommand>
#include <QUndoStack>

namespace coe::commands {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

Result<void> writeScale(Workspace& workspace, const QList<ScaleLevel>& levels)
{
    QSqlQuery clear = workspace.prepare(QStringLiteral("UPDATE scale_level SET meaning = NULL"));
    if (auto done = workspace.exec(clear); !done)
        return done;
    QSqlQuery drop = workspace.prepare(QStringLiteral("DELETE FROM scale_level WHERE level >= :n"));
    drop.bindValue(QStringLiteral(":n"), int(levels.size()));
    if (auto done = workspace.exec(drop); !done) {
        return Error{Error::Invalid, Tr::tr("Levels %1 and above are still used by assessments or targets; move "
                                            "those to other levels first.")
                                         .arg(levels.size())};
    }
    for (const ScaleLevel& level : levels) {
        QSqlQuery exists = workspace.prepare(QStringLiteral("SELECT 1 FROM scale_level WHERE level = :l"));
        exists.bindValue(QStringLiteral(":l"), level.level);
        if (auto done = workspace.exec(exists); !done)
            return done;
        const bool update = exists.next();
        QSqlQuery write =
            workspace.prepare(update ? QStringLiteral("UPDATE scale_level SET label = :label, description = :d, "
                                                      "color = :c WHERE level = :l")
                                     : QStringLiteral("INSERT INTO scale_level (level, label, description, color) "
                                                      "VALUES (:l, :label, :d, :c)"));
        write.bindValue(QStringLiteral(":l"), level.level);
        write.bindValue(QStringLiteral(":label"), level.label.trimmed());
        write.bindValue(QStringLiteral(":d"), RowStore::bindable(level.description));
        write.bindValue(QStringLiteral(":c"), level.color.name());
        if (auto done = workspace.exec(write); !done)
            return done;
    }
    for (const ScaleLevel& level : levels) {
        if (level.meaning == ScaleLevel::Plain)
            continue;
        QSqlQuery mark = workspace.prepare(QStringLiteral("UPDATE scale_level SET meaning = :m WHERE level = :l"));
        mark.bindValue(QStringLiteral(":m"), Scale::meaningName(level.meaning));
        mark.bindValue(QStringLiteral(":l"), level.level);
        if (auto done = workspace.exec(mark); !done)
            return done;
    }
    return {};
}

/// Replaces StepRef values by the ids those steps got.
Row resolve(const Row& values, const QList<Step>& steps)
{
    Row resolved = values;
    for (auto it = resolved.begin(); it != resolved.end(); ++it) {
        if (it.value().metaType() == QMetaType::fromType<StepRef>())
            it.value() = steps.at(it.value().value<StepRef>().step).ids.value(0);
    }
    return resolved;
}

/// The (person, skill) cell of an assessment row, for change notifications.
void addCell(Change& change, const QString& table, const Row& row)
{
    if (table == QLatin1String("assessment"))
        change.cells.append(
            {row.value(QStringLiteral("person_id")).toLongLong(), row.value(QStringLiteral("skill_id")).toLongLong()});
}

/// An Insert step: redo inserts the row (with the id it got the first time), undo removes it.
Result<void> applyInsert(RowStore& store, Step& step, const QList<Step>& steps, bool forward, Entity entity,
                         QList<Change>& changes)
{
    if (forward) {
        Row values = resolve(step.values, steps);
        if (!step.ids.isEmpty() && Schema::hasIdColumn(step.table))
            values.insert(QStringLiteral("id"), step.ids.first());
        auto id = store.insert(step.table, values);
        if (!id)
            return id.error();
        step.ids = {id.value()};
        if (Schema::hasVersionColumn(step.table))
            step.version = 1;
        Change change{entity, Change::Inserted, step.ids, {}};
        addCell(change, step.table, values);
        changes.append(change);
    } else {
        auto done = Schema::hasIdColumn(step.table) ? store.remove(step.table, step.ids)
                                                    : store.removeMatching(step.table, resolve(step.values, steps));
        if (!done)
            return done;
        Change change{entity, Change::Removed, step.ids, {}};
        addCell(change, step.table, resolve(step.values, steps));
        changes.append(change);
    }
    return {};
}

/// An Update step: the first run reads the old values and checks the version the caller saw.
Result<void> applyUpdate(RowStore& store, Step& step, const QList<Step>& steps, bool forward, Entity entity,
                         QList<Change>& changes)
{
    const qint64 id = step.ids.first();
    if (step.before.isEmpty()) {
        auto current = store.fetch(step.table, id);
        if (!current)
            return current.error();
        const int currentVersion = current->value(QStringLiteral("version")).toInt();
        if (step.version >= 0 && step.version != currentVersion && Schema::hasVersionColumn(step.table))
            return Error{Error::Conflict, Tr::tr("Someone else changed this %1 since you loaded it. Reload "
                                                 "and make your change again.")
                                              .arg(step.table)};
        for (auto it = step.values.cbegin(); it != step.values.cend(); ++it)
            step.before.insert(it.key(), current->value(it.key()));
        step.version = currentVersion;
    }
    // Redo moves the row from version v to v + 1; undo puts back v, as if it never moved.
    auto version = forward ? store.update(step.table, id, resolve(step.values, steps), step.version, step.version + 1)
                           : store.update(step.table, id, step.before, step.version + 1, step.version);
    if (!version)
        return version.error();
    changes.append({entity, Change::Updated, {id}, {}});
    return {};
}

/// A Delete step: redo captures what the delete removes (cascades too), undo restores it.
Result<void> applyDelete(RowStore& store, Step& step, bool forward, QList<Change>& changes)
{
    if (forward) {
        auto snapshot = store.captureDelete(step.table, step.ids);
        if (!snapshot)
            return snapshot.error();
        step.snapshot = snapshot.take();
        if (auto done = store.remove(step.table, step.ids); !done)
            return done;
    } else if (auto done = store.restore(step.snapshot); !done) {
        return done;
    }
    const QHash<QString, QList<qint64>> idsByTable = step.snapshot.idsByTable();
    for (const auto& [table, ids] : idsByTable.asKeyValueRange()) {
        Change change{Schema::entityOf(table), forward ? Change::Removed : Change::Inserted, ids, {}};
        for (const auto& [rowTable, row] : std::as_const(step.snapshot.rows)) {
            if (rowTable == table)
                addCell(change, rowTable, row);
        }
        changes.append(change);
    }
    const QHash<QString, QList<qint64>> nulledIds = step.snapshot.nulledIdsByTable();
    for (const auto& [table, ids] : nulledIds.asKeyValueRange())
        changes.append({Schema::entityOf(table), Change::Updated, ids, {}});
    return {};
}

/// A ReplaceRows step: swaps the owner's rows, reading the previous ones on the first run.
Result<void> applyReplaceRows(Workspace& workspace, RowStore& store, Step& step, bool forward, Entity entity,
                              QList<Change>& changes)
{
    const Id key = step.ids.value(0);
    if (forward && !step.previousRead) {
        auto previous = store.rowsWhere(step.table, step.keyColumn, key);
        if (!previous)
            return previous.error();
        step.previousRows = previous.take();
        step.previousRead = true;
    }
    QSqlQuery clear =
        workspace.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = :key").arg(step.table, step.keyColumn));
    clear.bindValue(QStringLiteral(":key"), key);
    if (auto done = workspace.exec(clear); !done)
        return done;
    for (const Row& row : std::as_const(forward ? step.rows : step.previousRows)) {
        if (auto done = store.insert(step.table, row); !done)
            return done.error();
    }
    changes.append({entity, Change::Updated, {key}, {}});
    return {};
}

/// An UpdateLink or DeleteLink step on the one link-table row its key columns find.
Result<void> applyLink(Workspace& workspace, RowStore& store, Step& step, const QList<Step>& steps, bool forward,
                       Entity entity, QList<Change>& changes)
{
    const Row key = resolve(step.key, steps);
    if (forward && step.before.isEmpty()) {
        QStringList conditions;
        for (auto it = key.cbegin(); it != key.cend(); ++it)
            conditions << QStringLiteral("%1 = :%1").arg(it.key());
        QSqlQuery read = workspace.prepare(
            QStringLiteral("SELECT * FROM %1 WHERE %2").arg(step.table, conditions.join(QStringLiteral(" AND "))));
        for (auto it = key.cbegin(); it != key.cend(); ++it)
            read.bindValue(QLatin1Char(':') + it.key(), it.value());
        if (auto done = workspace.exec(read); !done)
            return done;
        if (!read.next())
            return Error{
                Error::NotFound,
                Tr::tr("Someone else removed this %1 since you loaded it. Reload and try again.").arg(step.table)};
        for (int c = 0; c < read.record().count(); ++c)
            step.before.insert(read.record().fieldName(c), read.value(c));
    }
    if (step.kind == Step::DeleteLink) {
        if (forward) {
            if (auto done = store.removeMatching(step.table, key); !done)
                return done;
        } else if (auto done = store.insert(step.table, step.before); !done) {
            return done.error();
        }
    } else {
        const Row values = forward ? resolve(step.values, steps) : step.before;
        QStringList sets;
        QStringList conditions;
        for (auto it = step.values.cbegin(); it != step.values.cend(); ++it)
            sets << QStringLiteral("%1 = :set_%1").arg(it.key());
        for (auto it = key.cbegin(); it != key.cend(); ++it)
            conditions << QStringLiteral("%1 = :key_%1").arg(it.key());
        QSqlQuery update = workspace.prepare(
            QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                .arg(step.table, sets.join(QStringLiteral(", ")), conditions.join(QStringLiteral(" AND "))));
        for (auto it = step.values.cbegin(); it != step.values.cend(); ++it)
            update.bindValue(QStringLiteral(":set_") + it.key(), RowStore::bindable(values.value(it.key())));
        for (auto it = key.cbegin(); it != key.cend(); ++it)
            update.bindValue(QStringLiteral(":key_") + it.key(), it.value());
        if (auto done = workspace.exec(update); !done)
            return done;
    }
    changes.append({entity, Change::Updated, {}, {}});
    return {};
}

/// A ReplaceScale step: swaps the whole scale, reading the previous one on the first run.
Result<void> applyReplaceScale(Workspace& workspace, Step& step, bool forward, QList<Change>& changes)
{
    if (forward && step.previousScale.isEmpty()) {
        auto previous = readScale(workspace);
        if (!previous)
            return previous.error();
        step.previousScale = previous.take();
    }
    if (auto done = writeScale(workspace, forward ? step.scale : step.previousScale); !done)
        return done;
    changes.append({Entity::ScaleLevel, Change::Updated, {}, {}});
    return {};
}

/// Applies steps forwards (redo) or their inverses backwards (undo) in one transaction.
Result<void> apply(Workspace& workspace, QList<Step>& steps, bool forward, QList<Change>& changes)
{
    Transaction transaction(workspace);
    if (!transaction.started())
        return transaction.error();
    RowStore store(workspace);
    const qsizetype count = steps.size();
    for (qsizetype n = 0; n < count; ++n) {
        Step& step = steps[forward ? n : count - 1 - n];
        const Entity entity = Schema::entityOf(step.table);
        Result<void> done;
        switch (step.kind) {
        case Step::Insert:
            done = applyInsert(store, step, steps, forward, entity, changes);
            break;
        case Step::Update:
            done = applyUpdate(store, step, steps, forward, entity, changes);
            break;
        case Step::Delete:
            done = applyDelete(store, step, forward, changes);
            break;
        case Step::ReplaceRows:
            done = applyReplaceRows(workspace, store, step, forward, entity, changes);
            break;
        case Step::UpdateLink:
        case Step::DeleteLink:
            done = applyLink(workspace, store, step, steps, forward, entity, changes);
            break;
        case Step::ReplaceScale:
            done = applyReplaceScale(workspace, step, forward, changes);
            break;
        }
        if (!done)
            return done;
    }
    return transaction.commit();
}

void announce(Workspace& workspace, const QList<Change>& changes)
{
    for (const Change& change : changes)
        workspace.notifier()->notify(change);
}

class BatchCommand : public QUndoCommand
{
public:
    BatchCommand(Workspace& workspace, Batch&& batch)
        : QUndoCommand(batch.text()), m_workspace(workspace), m_steps(std::move(batch.steps()))
    {}

    Result<void> firstRun()
    {
        QList<Change> changes;
        auto done = apply(m_workspace, m_steps, true, changes);
        if (done)
            announce(m_workspace, changes);
        return done;
    }

    QList<qint64> insertedIds() const
    {
        QList<qint64> ids;
        for (const Step& step : m_steps) {
            if (step.kind == Step::Insert)
                ids << step.ids.value(0);
        }
        return ids;
    }

    void redo() override
    {
        if (m_skipRedo) {
            m_skipRedo = false;
            return;
        }
        replay(true);
    }

    void undo() override { replay(false); }

private:
    void replay(bool forward)
    {
        QList<Change> changes;
        if (auto done = apply(m_workspace, m_steps, forward, changes); !done) {
            Q_EMIT m_workspace.notifier()->failed(
                (forward ? Tr::tr("Could not redo '%1': %2") : Tr::tr("Could not undo '%1': %2"))
                    .arg(text(), done.error().message));
            return;
        }
        announce(m_workspace, changes);
    }

    Workspace& m_workspace;
    QList<Step> m_steps;
    bool m_skipRedo = true;
};

} // namespace

Result<void> runBatch(Workspace& workspace, Batch batch)
{
    if (batch.isEmpty())
        return {};
    auto done = run(workspace, std::move(batch));
    if (!done)
        return done.error();
    return {};
}

Batch& Batch::insert(const QString& table, const Row& values)
{
    Step step;
    step.kind = Step::Insert;
    step.table = table;
    step.values = values;
    m_steps << step;
    return *this;
}

Batch& Batch::update(const QString& table, qint64 id, const Row& values, int expectedVersion)
{
    Step step;
    step.kind = Step::Update;
    step.table = table;
    step.ids = {id};
    step.values = values;
    step.version = expectedVersion;
    m_steps << step;
    return *this;
}

Batch& Batch::updateLink(const QString& table, const Row& key, const Row& values)
{
    Step step;
    step.kind = Step::UpdateLink;
    step.table = table;
    step.key = key;
    step.values = values;
    m_steps << step;
    return *this;
}

Batch& Batch::removeLink(const QString& table, const Row& key)
{
    Step step;
    step.kind = Step::DeleteLink;
    step.table = table;
    step.key = key;
    m_steps << step;
    return *this;
}

Batch& Batch::remove(const QString& table, const QList<qint64>& ids)
{
    Step step;
    step.kind = Step::Delete;
    step.table = table;
    step.ids = ids;
    m_steps << step;
    return *this;
}

Batch& Batch::replaceRows(const QString& table, const QString& keyColumn, Id key, const QList<Row>& rows)
{
    Step step;
    step.kind = Step::ReplaceRows;
    step.table = table;
    step.keyColumn = keyColumn;
    step.ids = {key};
    step.rows = rows;
    m_steps << step;
    return *this;
}

Batch& Batch::replaceScale(const QList<ScaleLevel>& levels)
{
    Step step;
    step.kind = Step::ReplaceScale;
    step.scale = levels;
    m_steps << step;
    return *this;
}

Result<QList<qint64>> run(Workspace& workspace, Batch batch)
{
    if (batch.isEmpty())
        return QList<qint64>();
    for (const Step& step : std::as_const(batch.steps())) {
        if (step.kind == Step::ReplaceScale) {
            if (const QString problem = Scale::validate(step.scale); !problem.isEmpty())
                return Error{Error::Invalid, problem};
        }
    }
    auto command = std::make_unique<BatchCommand>(workspace, std::move(batch));
    if (auto done = command->firstRun(); !done)
        return done.error();
    const QList<qint64> ids = command->insertedIds();
    workspace.undoStack()->push(command.release());
    return ids;
}

} // namespace coe::commands
