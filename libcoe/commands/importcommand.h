// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace coe {

class Workspace;

namespace commands {

/// One cell to write. People and skills are ids, or -(n+1) for the n-th one to create.
/// 20 bytes: a plan of five million cells is 100 MB. Ids of people and skills past 2^31
/// are refused by MatrixImport::context() (a workspace would need two billion rows to get there).
struct ImportCell
{
    qint32 person = 0;
    qint32 skill = 0;
    qint8 level = -1; ///< -1 never happens in a plan: empty cells are skipped
    quint8 source = 0;
    qint32 day = 0;   ///< Julian day
    qint32 note = -1; ///< index into ImportPlan::notes
};
static_assert(sizeof(ImportCell) == 20);

/// A person an import creates.
struct ImportPerson
{
    QString name;
    QString email;
    QString team; ///< created too if missing
};

/// What an import will write: made (and checked) by io/matriximport.h, written here.
struct ImportPlan
{
    QString fileName;
    bool longForm = false;
    QList<ImportPerson> newPeople;
    QStringList newSkills; ///< go to the category "Imported"
    std::vector<ImportCell> cells;
    QStringList notes;
    QStringList problems;
    int rows = 0;
    /// Where each problem is: its row (the number a person sees) and column (-1: none).
    struct Place
    {
        int line = -1;
        int column = -1;
    };
    std::vector<Place> problemPlaces;
    /// The workspace's Catalog::planningStamp() the plan was made against: writing refuses
    /// a plan whose workspace changed since (another import or edit came first).
    QString stamp;
};

/// A matrix import as one undo step. Rows are bulk-inserted with ids from a reserved block,
/// so undo deletes by id range and redo writes the very same rows again, however many.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    static Result<void> run(Workspace& ws, ImportPlan plan);
};

} // namespace commands
} // namespace coe
