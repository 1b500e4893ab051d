#pragma once

// The one clock the control plane reads (keywardd and keyward-probe); the protocol
// core gets its time from here.

#include "common/Time.h"

#include <chrono>

namespace keyward::runtime {

inline protocol::Timestamp monotonicNow()
{
    return std::chrono::duration_cast<protocol::Timestamp>(
        std::chrono::steady_clock::now().time_since_epoch());
}

// Milliseconds from `now` until `deadline`, clamped for QTimer (0 when it has passed,
// at most a day: a longer wait is re-armed when it ends).
inline int millisecondsUntil(protocol::Timestamp deadline, protocol::Timestamp now)
{
    if (deadline <= now)
        return 0;
    const auto ms = (deadline - now).count();
    constexpr long long kDay = 24LL * 3600 * 1000;
    return ms > kDay ? static_cast<int>(kDay) : static_cast<int>(ms);
}

inline int millisecondsUntil(protocol::Timestamp deadline)
{
    return millisecondsUntil(deadline, monotonicNow());
}

} // namespace keyward::runtime
