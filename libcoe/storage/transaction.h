// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

namespace coe {

class Workspace;

/// RAII write transaction: begins on construction, rolls back on destruction unless
/// commit() succeeded. Nested transactions become savepoints, so an inner failure undoes only
/// its own part and the outer caller decides.
class Transaction
{
public:
    explicit Transaction(Workspace& workspace);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /// False when BEGIN failed; error() says why.
    bool started() const { return m_started; }
    const Error& error() const { return m_error; }
    Result<void> commit();
    void rollback();

private:
    Workspace& m_workspace;
    int m_depth = 0;
    bool m_started = false;
    bool m_done = false;
    Error m_error;
};

} // namespace coe
