#pragma once

// The protocol core knows no clock: callers pass the current time in as a
// Timestamp, milliseconds on a monotonic scale whose origin the caller chooses.

#include <chrono>

namespace keyward::protocol {

using Duration = std::chrono::milliseconds;
using Timestamp = std::chrono::milliseconds;

// What nextDeadline() returns when no timer is armed: every machine of the protocol
// core uses this one value, so a driver can take the earliest of several deadlines
// with std::min and knows there is nothing to wait for when it gets this back.
inline constexpr Timestamp NoDeadline = Timestamp::max();

} // namespace keyward::protocol
