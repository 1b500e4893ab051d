#pragma once

// The one clock the control plane reads; the protocol core gets its time from here.

#include "common/Time.h"

#include <chrono>

namespace keyward::daemon {

inline protocol::Timestamp monotonicNow()
{
    return std::chrono::duration_cast<protocol::Timestamp>(
        std::chrono::steady_clock::now().time_since_epoch());
}

// Milliseconds from now until `deadline`, clamped for QTimer.
inline int millisecondsUntil(protocol::Timestamp deadline)
{
    const auto now = monotonicNow();
    if (deadline <= now)
        return 0;
    const auto ms = (deadline - now).count();
    return ms > 24 * 3600 * 1000 ? 24 * 3600 * 1000 : static_cast<int>(ms);
}

} // namespace keyward::daemon
