#pragma once

// Errors that cross a boundary are values. Result<T> holds either a value or an
// Error: a kind that callers branch on (the admin API maps it to its error code, in
// one place) and a message an admin or a log reader can act on. Code never decides
// anything from the message text. C++20 has no std::expected, and clang 14 cannot
// compile libstdc++'s, so this is ours. Every layer shares it.

#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace keyward {

enum class ErrorKind
{
    Invalid,     // the input is wrong (a malformed packet, a bad parameter, a weak password)
    NotFound,    // what was named does not exist
    Conflict,    // it exists already, or the state does not allow it now
    Forbidden,   // the caller may not do this
    Unavailable, // a resource or service is not there now (disk, network, a key file)
    Internal,    // a fault of ours or of a library (SQL error, crypto failure)
};

constexpr std::string_view toString(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Invalid:
        return "invalid";
    case ErrorKind::NotFound:
        return "not found";
    case ErrorKind::Conflict:
        return "conflict";
    case ErrorKind::Forbidden:
        return "forbidden";
    case ErrorKind::Unavailable:
        return "unavailable";
    case ErrorKind::Internal:
        return "internal";
    }
    return "internal";
}

struct Error
{
    std::string message;
    ErrorKind kind = ErrorKind::Invalid;
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_state); }
    // Empty on success, so that a test's failure message may name it either way.
    const std::string &message() const
    {
        static const std::string none;
        return ok() ? none : error().message;
    }
    ErrorKind kind() const { return error().kind; }

private:
    std::variant<T, Error> m_state;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }
    const std::string &message() const { return m_error.message; }
    ErrorKind kind() const { return m_error.kind; }

private:
    Error m_error;
    bool m_ok = true;
};

using Status = Result<void>;

// An error of kind Invalid: what most protocol and parameter checks report.
inline Error fail(std::string message)
{
    return Error{std::move(message), ErrorKind::Invalid};
}

inline Error fail(ErrorKind kind, std::string message)
{
    return Error{std::move(message), kind};
}

} // namespace keyward
