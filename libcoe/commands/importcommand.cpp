// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/importcommand.h"

#include "core/changenotifier.h"
#include "storage/assessmentbatch.h"
#include "storage/catalog.h"
#include "storage/columns.h"
#include "storage/dialect.h"
#include "storage/transaction.h"
#include "storage/workspace.h"

#include <QHash>
#include <QSqlError>
#include <QUndoCommand>
#include <QUndoStack>

#include <map>

namespace coe::commands {

namespace {

// From this many rows on, rebuilding the secondary indexes once beats updating them per row.
constexpr size_t kRebuildIndexesFrom = 50000;

const char* const kIndexes[][2] = {
    {"assessment_lookup_idx", "CREATE INDEX assessment_lookup_idx ON assessment (person_id, skill_id, source, "
                              "assessed_on, id, level, interest)"},
    {"assessment_skill_idx", "CREATE INDEX assessment_skill_idx ON assessment (skill_id)"},
};

/// The ids an import used, so undo can remove exactly them and redo can reuse them.
struct Ids
{
    qint64 firstTeam = 0, teams = 0;
    qint64 category = 0; ///< the "Imported" category, when this import created it
    qint64 firstPerson = 0, firstSkill = 0, firstAssessment = 0, firstBatch = 0;
    bool reserved = false;
};

class Command : public QUndoCommand
{
public:
    Command(Workspace& ws, ImportPlan plan)
        : QUndoCommand(
              ImportCommand::tr("Import %n cell(s) from %1", nullptr, int(plan.cells.size())).arg(plan.fileName)),
          m_ws(ws), m_plan(std::move(plan))
    {
        partition();
    }

    Result<void> write()
    {
        Transaction transaction(m_ws);
        if (!transaction.started())
            return transaction.error();
        QSqlDatabase db = m_ws.database();
        const Dialect& dialect = m_ws.dialect();
        // Teams named by new people that do not exist yet.
        QHash<QString, qint64> teams;
        auto existing = Catalog(m_ws).teams();
        if (!existing)
            return existing.error();
        for (const Team& team : std::as_const(existing.value()))
            teams.insert(team.name.toLower(), team.id);
        QStringList newTeams;
        for (const auto& p : std::as_const(m_plan.newPeople)) {
            if (!p.team.isEmpty() && !teams.contains(p.team.toLower()) &&
                !newTeams.contains(p.team, Qt::CaseInsensitive))
                newTeams << p.team;
        }
        if (!m_ids.reserved && !m_plan.stamp.isEmpty()) {
            // Planned against the workspace as it was: if another writer changed its people or
            // skills since, the plan may create twins or miss a rename. Under the write lock
            // now, so the check holds until this commits.
            auto now = Catalog(m_ws).planningStamp();
            if (!now)
                return now.error();
            if (now.value() != m_plan.stamp)
                return Error{
                    Error::Conflict,
                    ImportCommand::tr("The workspace changed while %1 was being checked (people or skills were added "
                                      "or edited by someone else); nothing was written. Import the file again.")
                        .arg(m_plan.fileName)};
        }
        if (!m_ids.reserved) {
            const auto reserve = [&](const QString& table, qint64 count, qint64* first) -> Result<void> {
                if (count == 0)
                    return {};
                auto id = dialect.reserveIds(db, table, count);
                if (!id)
                    return id.error();
                *first = id.value();
                return {};
            };
            if (auto done = reserve(QStringLiteral("team"), newTeams.size(), &m_ids.firstTeam); !done)
                return done;
            m_ids.teams = newTeams.size();
            if (auto done = reserve(QStringLiteral("person"), m_plan.newPeople.size(), &m_ids.firstPerson); !done)
                return done;
            if (!m_plan.newSkills.isEmpty()) {
                QSqlQuery q = m_ws.prepare(
                    QStringLiteral("SELECT id FROM skill_category WHERE parent_id IS NULL AND name = 'Imported'"));
                if (auto done = m_ws.exec(q); !done)
                    return done;
                if (!q.next()) {
                    if (auto done = reserve(QStringLiteral("skill_category"), 1, &m_ids.category); !done)
                        return done;
                }
            }
            if (auto done = reserve(QStringLiteral("skill"), m_plan.newSkills.size(), &m_ids.firstSkill); !done)
                return done;
            if (auto done = reserve(QStringLiteral("assessment"), qint64(m_rowCells.size()), &m_ids.firstAssessment);
                !done)
                return done;
            if (auto done = reserve(QStringLiteral("assessment_batch"), qint64(m_batches.size()), &m_ids.firstBatch);
                !done)
                return done;
            m_ids.reserved = true;
        }
        for (int i = 0; i < newTeams.size(); ++i) {
            QSqlQuery q =
                m_ws.prepare(QStringLiteral("INSERT INTO team (id, name, description) VALUES (:id, :name, '')"));
            q.bindValue(QStringLiteral(":id"), m_ids.firstTeam + i);
            q.bindValue(QStringLiteral(":name"), newTeams.at(i));
            if (auto done = m_ws.exec(q); !done)
                return done;
            teams.insert(newTeams.at(i).toLower(), m_ids.firstTeam + i);
        }
        for (int i = 0; i < m_plan.newPeople.size(); ++i) {
            const auto& p = m_plan.newPeople.at(i);
            QSqlQuery q = m_ws.prepare(
                QStringLiteral("INSERT INTO person (id, name, email, team_id) VALUES (:id, :name, :email, :team)"));
            q.bindValue(QStringLiteral(":id"), m_ids.firstPerson + i);
            q.bindValue(QStringLiteral(":name"), p.name);
            q.bindValue(QStringLiteral(":email"),
                        p.email.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(p.email));
            q.bindValue(QStringLiteral(":team"), p.team.isEmpty() ? QVariant(QMetaType::fromType<qlonglong>())
                                                                  : QVariant(teams.value(p.team.toLower())));
            if (auto done = m_ws.exec(q); !done)
                return done;
        }
        qint64 category = m_ids.category;
        if (!m_plan.newSkills.isEmpty()) {
            if (category) {
                QSqlQuery q = m_ws.prepare(
                    QStringLiteral("INSERT INTO skill_category (id, name, position) VALUES (:id, 'Imported', 9999)"));
                q.bindValue(QStringLiteral(":id"), category);
                if (auto done = m_ws.exec(q); !done)
                    return done;
            } else {
                QSqlQuery q = m_ws.prepare(
                    QStringLiteral("SELECT id FROM skill_category WHERE parent_id IS NULL AND name = 'Imported'"));
                if (auto done = m_ws.exec(q); !done)
                    return done;
                q.next();
                category = field(q, "id").toLongLong();
            }
        }
        for (int i = 0; i < m_plan.newSkills.size(); ++i) {
            QSqlQuery q = m_ws.prepare(
                QStringLiteral("INSERT INTO skill (id, name, category_id, position) VALUES (:id, :name, :c, :pos)"));
            q.bindValue(QStringLiteral(":id"), m_ids.firstSkill + i);
            q.bindValue(QStringLiteral(":name"), m_plan.newSkills.at(i));
            q.bindValue(QStringLiteral(":c"), category);
            q.bindValue(QStringLiteral(":pos"), i);
            if (auto done = m_ws.exec(q); !done)
                return done;
        }
        if (auto done = insertCells(); !done)
            return done;
        // After the rows: a batch applies after every row written before it.
        for (size_t i = 0; i < m_batches.size(); ++i) {
            AssessmentBatch batch = m_batches[i];
            batch.id = m_ids.firstBatch + qint64(i);
            for (Id& person : batch.people)
                person = personId(person);
            for (Id& skill : batch.skills)
                skill = skillId(skill);
            if (auto done = AssessmentBatches::insert(m_ws, batch); !done)
                return done;
        }
        return transaction.commit();
    }

    Id personId(qint64 planned) const { return planned < 0 ? m_ids.firstPerson + (-planned - 1) : planned; }
    Id skillId(qint64 planned) const { return planned < 0 ? m_ids.firstSkill + (-planned - 1) : planned; }

    /// Splits the plan's cells into batches (many cells with one source and date, no notes,
    /// filling a good part of their grid) and rows (the rest), and drops the plan's copy: an
    /// undo step of five million cells then holds a 5 MB grid instead of 120 MB of cells.
    void partition()
    {
        struct Group
        {
            QHash<qint64, int> people, skills; // planned id → grid position
            qint64 cells = 0;
            qint64 lastPerson = 0;
            int batch = -1;
        };
        const auto key = [](const ImportCell& c) {
            return (qint64(c.day) << 2) | c.source;
        };
        std::map<qint64, Group> groups;
        for (const ImportCell& c : m_plan.cells) {
            if (c.note >= 0)
                continue;
            Group& g = groups[key(c)];
            // Wide files list a person's cells together: look the person up once per run.
            if (g.cells++ == 0 || g.lastPerson != c.person) {
                if (!g.people.contains(c.person))
                    g.people.insert(c.person, int(g.people.size()));
                g.lastPerson = c.person;
            }
            if (!g.skills.contains(c.skill))
                g.skills.insert(c.skill, int(g.skills.size()));
        }
        for (auto& [k, g] : groups) {
            if (!AssessmentBatches::worthABatch(g.cells, g.people.size(), g.skills.size()))
                continue;
            AssessmentBatch batch;
            batch.source = Source(k & 3);
            batch.assessedOn = QDate::fromJulianDay(k >> 2);
            batch.people = QList<Id>(g.people.size());
            for (auto it = g.people.cbegin(); it != g.people.cend(); ++it)
                batch.people[it.value()] = it.key();
            batch.skills = QList<Id>(g.skills.size());
            for (auto it = g.skills.cbegin(); it != g.skills.cend(); ++it)
                batch.skills[it.value()] = it.key();
            batch.levels = QByteArray(qsizetype(batch.people.size()) * batch.skills.size(), '\0');
            g.batch = int(m_batches.size());
            m_batches.push_back(std::move(batch));
        }
        Group* last = nullptr;
        qint64 lastKey = -1;
        int personPosition = -1;
        for (const ImportCell& c : m_plan.cells) {
            if (c.note < 0) {
                if (key(c) != lastKey) {
                    lastKey = key(c);
                    last = &groups[lastKey];
                    personPosition = -1;
                }
                if (last->batch >= 0) {
                    AssessmentBatch& batch = m_batches[size_t(last->batch)];
                    if (personPosition < 0 || batch.people.at(personPosition) != c.person)
                        personPosition = last->people.value(c.person);
                    // A cell given twice keeps the later level, as later rows would.
                    batch.levels[qsizetype(personPosition) * batch.skills.size() + last->skills.value(c.skill)] =
                        char(c.level + 1);
                    continue;
                }
            }
            m_rowCells.push_back(c);
        }
        std::vector<ImportCell>().swap(m_plan.cells);
    }

    Result<void> insertCells()
    {
        // Inside the write transaction: DDL is transactional in SQLite and PostgreSQL alike.
        // DDL takes no values, and PostgreSQL cannot PREPARE it: it is executed directly.
        // SQLite refuses DDL while another statement on the connection is open; then the
        // rows go in with the indexes kept up to date, which is slower but the same.
        bool rebuild = m_rowCells.size() >= kRebuildIndexesFrom;
        if (rebuild) {
            QSqlQuery probe(m_ws.database());
            if (!probe.exec(QStringLiteral("SAVEPOINT coe_import_indexes")))
                return m_ws.dialect().classify(probe.lastError(), m_ws.location());
            for (const auto& index : kIndexes) {
                QSqlQuery drop(m_ws.database());
                if (!drop.exec(QStringLiteral("DROP INDEX %1").arg(QString::fromLatin1(index[0])))) {
                    rebuild = false;
                    break;
                }
            }
            QSqlQuery end(m_ws.database());
            end.exec(rebuild ? QStringLiteral("RELEASE SAVEPOINT coe_import_indexes")
                             : QStringLiteral("ROLLBACK TO SAVEPOINT coe_import_indexes"));
            if (!rebuild)
                end.exec(QStringLiteral("RELEASE SAVEPOINT coe_import_indexes"));
        }
        if (auto done = insertRows(); !done)
            return done;
        if (rebuild) {
            for (const auto& index : kIndexes) {
                QSqlQuery create(m_ws.database());
                if (!create.exec(QString::fromLatin1(index[1])))
                    return m_ws.dialect().classify(create.lastError(), m_ws.location());
            }
        }
        return {};
    }

    Result<void> insertRows()
    {
        static const QStringList columns{QStringLiteral("id"),       QStringLiteral("person_id"),
                                         QStringLiteral("skill_id"), QStringLiteral("source"),
                                         QStringLiteral("level"),    QStringLiteral("assessed_on"),
                                         QStringLiteral("note")};
        static const QString sources[] = {QStringLiteral("self"), QStringLiteral("lead"), QStringLiteral("consultant")};
        QHash<qint32, QString> days; // an import has few distinct dates
        // Empty, not null: a null QString would bind as NULL.
        const QString noNote = QLatin1String("");
        return m_ws.insertRows(QStringLiteral("assessment"), columns, qsizetype(m_rowCells.size()),
                               [&](QSqlQuery& q, int b, qsizetype row) {
                                   const ImportCell& c = m_rowCells[size_t(row)];
                                   q.bindValue(b++, m_ids.firstAssessment + row);
                                   q.bindValue(b++, personId(c.person));
                                   q.bindValue(b++, skillId(c.skill));
                                   q.bindValue(b++, sources[c.source]);
                                   q.bindValue(b++, int(c.level));
                                   auto day = days.find(c.day);
                                   if (day == days.end())
                                       day = days.insert(c.day, QDate::fromJulianDay(c.day).toString(Qt::ISODate));
                                   q.bindValue(b++, day.value());
                                   q.bindValue(b, c.note >= 0 ? m_plan.notes.at(c.note) : noNote);
                               });
    }

    Result<void> erase()
    {
        Transaction transaction(m_ws);
        if (!transaction.started())
            return transaction.error();
        const auto range = [this](const QString& table, qint64 first, qint64 count) -> Result<void> {
            if (count <= 0)
                return {};
            QSqlQuery q = m_ws.prepare(QStringLiteral("DELETE FROM %1 WHERE id BETWEEN :a AND :b").arg(table));
            q.bindValue(QStringLiteral(":a"), first);
            q.bindValue(QStringLiteral(":b"), first + count - 1);
            return m_ws.exec(q);
        };
        // Deleting a batch deletes its grid's link rows with it.
        if (auto done = range(QStringLiteral("assessment_batch"), m_ids.firstBatch, qint64(m_batches.size())); !done)
            return done;
        if (auto done = range(QStringLiteral("assessment"), m_ids.firstAssessment, qint64(m_rowCells.size())); !done)
            return done;
        if (auto done = range(QStringLiteral("skill"), m_ids.firstSkill, m_plan.newSkills.size()); !done)
            return done;
        if (auto done = range(QStringLiteral("skill_category"), m_ids.category, m_ids.category ? 1 : 0); !done)
            return done;
        if (auto done = range(QStringLiteral("person"), m_ids.firstPerson, m_plan.newPeople.size()); !done)
            return done;
        if (auto done = range(QStringLiteral("team"), m_ids.firstTeam, m_ids.teams); !done)
            return done;
        return transaction.commit();
    }

    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        report(write(), true);
    }
    void undo() override { report(erase(), false); }

private:
    void report(const Result<void>& done, bool forward)
    {
        if (!done) {
            Q_EMIT m_ws.notifier()->failed(
                (forward ? ImportCommand::tr("Could not redo '%1': %2") : ImportCommand::tr("Could not undo '%1': %2"))
                    .arg(text(), done.error().message));
            return;
        }
        m_ws.notifier()->notify(Entity::Everything, forward ? Change::Inserted : Change::Removed, {});
    }

    Workspace& m_ws;
    ImportPlan m_plan;
    std::vector<ImportCell> m_rowCells;
    std::vector<AssessmentBatch> m_batches; ///< people and skills as planned (see Cell)
    Ids m_ids;
    bool m_first = true;
};

} // namespace

Result<void> ImportCommand::run(Workspace& ws, ImportPlan plan)
{
    auto command = std::make_unique<Command>(ws, std::move(plan));
    if (auto done = command->write(); !done)
        return done;
    ws.notifier()->notify(Entity::Everything, Change::Inserted, {});
    ws.undoStack()->push(command.release());
    return {};
}

} // namespace coe::commands
