// SPDX-License-Identifier: GPL-3.0-or-later
// Errors are values: every fallible call in coe_core returns Result<T>, whose Error carries a
// message a person can act on (what went wrong, where, and what to do about it).
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>

namespace coe {

/// What went wrong, as a kind callers can branch on plus a message for people.
struct Error
{
    enum Code
    {
        Failed,       ///< anything without a more precise code
        NotFound,     ///< no such file, database, row or name
        Exists,       ///< refusing to overwrite
        NotSqlite,    ///< a file that is not an SQLite database
        NotWorkspace, ///< a database without CoE Studio's tables
        NewerVersion, ///< written by a newer CoE Studio
        ReadOnly,     ///< cannot be written
        Locked,       ///< another program holds a lock
        Corrupt,      ///< truncated or damaged
        Unreachable,  ///< a server that did not answer
        AuthFailed,   ///< wrong user or password
        Conflict,     ///< someone else changed the row first
        Invalid,      ///< input that breaks a rule
    };

    Code code = Failed;
    QString message;
};

/// A value or an Error.
///
/// Reading the value (value(), operator->, take()) of an error is a programming error: check
/// ok() (or the Result itself) first. Debug builds assert, naming the error that was ignored;
/// release builds do not check.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    T& value()
    {
        assertOk("coe::Result::value()");
        return *m_value;
    }
    const T& value() const
    {
        assertOk("coe::Result::value()");
        return *m_value;
    }
    T* operator->()
    {
        assertOk("coe::Result::operator->()");
        return &*m_value;
    }
    const T* operator->() const
    {
        assertOk("coe::Result::operator->()");
        return &*m_value;
    }
    T take()
    {
        assertOk("coe::Result::take()");
        return std::move(*m_value);
    }
    const Error& error() const { return m_error; }

private:
    void assertOk([[maybe_unused]] const char* where) const
    {
        Q_ASSERT_X(ok(), where,
                   qPrintable(QString(QStringLiteral("the value of an error was read; check ok() first. The error: ") +
                                      m_error.message)));
    }

    std::optional<T> m_value;
    Error m_error;
};

/// Success or an Error.
template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

inline Error makeError(Error::Code code, const QString& message)
{
    return Error{code, message};
}

} // namespace coe
