// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "io/matriximport.h"

namespace coe {

class Workspace;

namespace commands {

/// A matrix import as one undo step. Rows are bulk-inserted with ids from a reserved block,
/// so undo deletes by id range and redo writes the very same rows again, however many.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    static Result<void> run(Workspace& ws, MatrixImport::Plan plan);
};

} // namespace commands
} // namespace coe
