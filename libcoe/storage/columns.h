// SPDX-License-Identifier: GPL-3.0-or-later
// Rows are read by column name, never by position: a statement's column list can then grow or
// change order without a reader shifting to the wrong column, and an aggregate or expression
// gets an alias to be read by (SELECT COUNT(*) AS people …). One row's few values are read with
// field(); a loop over many rows looks each name up once, after exec(), and then reads by the
// position it found, which costs no more per row than a literal position:
//
//     const int person = column(q, "person_id");
//     while (q.next())
//         use(q.value(person));
//
// tests/core/tst_namedreads.cpp fails on a read by a literal position in libcoe/ or app/.
#pragma once

#include <QAnyStringView>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace coe {

/// The position of column @p name in the result of @p query, which has been executed. A name
/// that the result lacks is a mistake in the code, not in the data: it asserts (in a release
/// build it warns, naming the column and the statement) and gives -1, read as invalid values.
inline int column(const QSqlQuery& query, QAnyStringView name)
{
    const int position = query.record().indexOf(name);
    if (position < 0)
        qWarning("No column \"%s\" in the result of: %s", qUtf8Printable(name.toString()),
                 qUtf8Printable(query.lastQuery()));
    Q_ASSERT_X(position >= 0, "coe::column", "a column the statement does not select");
    return position;
}

/// The value of column @p name in the current row of @p query, checked as column() checks it.
/// For a read or two of one row; a loop resolves its columns with column() before it starts.
inline QVariant field(const QSqlQuery& query, QAnyStringView name)
{
    return query.value(column(query, name));
}

} // namespace coe
