#pragma once

// "what we tried: strerror(errno)" — the one way server/net reports a failed syscall.

#include <cerrno>
#include <cstring>
#include <string>

namespace keyward::net {

inline std::string systemError(const std::string &what, int error = errno)
{
    return what + ": " + std::strerror(error);
}

} // namespace keyward::net
