#pragma once

// Errors that cross a boundary are values. Result<T> holds either a value or an
// Error whose message an admin (or a log reader) can act on. C++20 has no
// std::expected, and clang 14 cannot compile libstdc++'s, so this is ours.

#include <string>
#include <utility>
#include <variant>

namespace keyward::protocol {

struct Error
{
    std::string message;
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
    const std::string &message() const { return error().message; }

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

private:
    Error m_error;
    bool m_ok = true;
};

using Status = Result<void>;

inline Error fail(std::string message)
{
    return Error{std::move(message)};
}

} // namespace keyward::protocol
