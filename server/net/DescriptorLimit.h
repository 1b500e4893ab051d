#pragma once

// The process's limit on open files (RLIMIT_NOFILE). keywardd raises its soft limit
// to the hard limit at start: every control connection is a descriptor, and the
// default soft limit (often 1024) is far below what the hard limit allows.

#include "common/Result.h"

#include <cstdint>

namespace keyward::net {

struct DescriptorLimit
{
    std::uint64_t soft = 0;
    std::uint64_t hard = 0;

    // Raises the soft limit to the hard limit; returns the limits now in force.
    [[nodiscard]] static Result<DescriptorLimit> raiseToHard();
};

} // namespace keyward::net
