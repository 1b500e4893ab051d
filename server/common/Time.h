#pragma once

// The protocol core knows no clock: callers pass the current time in as a
// Timestamp, milliseconds on a monotonic scale whose origin the caller chooses.

#include <chrono>

namespace keyward::protocol {

using Duration = std::chrono::milliseconds;
using Timestamp = std::chrono::milliseconds;

} // namespace keyward::protocol
