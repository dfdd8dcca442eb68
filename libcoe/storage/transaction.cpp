// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/transaction.h"

#include "storage/dialect.h"
#include "storage/workspace.h"

#include <QSqlError>

namespace coe {

Transaction::Transaction(Workspace& workspace) : m_workspace(workspace), m_depth(workspace.m_transactionDepth)
{
    QSqlQuery query(workspace.database());
    const QString statement =
        m_depth == 0 ? workspace.dialect().beginStatement() : QStringLiteral("SAVEPOINT coe_%1").arg(m_depth);
    if (!query.exec(statement)) {
        m_error = workspace.dialect().classify(query.lastError(), workspace.location());
        return;
    }
    m_started = true;
    ++workspace.m_transactionDepth;
}

Transaction::~Transaction()
{
    rollback();
}

Result<void> Transaction::commit()
{
    if (!m_started)
        return m_error;
    if (m_done)
        return {};
    QSqlQuery query(m_workspace.database());
    const QString statement =
        m_depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE SAVEPOINT coe_%1").arg(m_depth);
    if (!query.exec(statement)) {
        const Error error = m_workspace.dialect().classify(query.lastError(), m_workspace.location());
        rollback();
        return error;
    }
    m_done = true;
    --m_workspace.m_transactionDepth;
    return {};
}

void Transaction::rollback()
{
    if (!m_started || m_done)
        return;
    QSqlQuery query(m_workspace.database());
    if (m_depth == 0) {
        query.exec(QStringLiteral("ROLLBACK"));
    } else {
        query.exec(QStringLiteral("ROLLBACK TO SAVEPOINT coe_%1").arg(m_depth));
        query.exec(QStringLiteral("RELEASE SAVEPOINT coe_%1").arg(m_depth));
    }
    m_done = true;
    --m_workspace.m_transactionDepth;
}

} // namespace coe
