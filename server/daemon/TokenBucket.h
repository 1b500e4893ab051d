#pragma once

// A token bucket: `rate` tokens a second up to `burst`, starting full. Time is passed
// in (monotonic), so it is tested to the millisecond. Used for the new connections of
// one address and for the octets read from one control connection.

#include "common/Time.h"

namespace keyward::daemon {

class TokenBucket
{
public:
    TokenBucket(double rate, double burst, protocol::Timestamp now)
        : m_rate(rate), m_burst(burst), m_tokens(burst), m_updated(now)
    {}

    // Takes `count` tokens when that many are there.
    bool take(double count, protocol::Timestamp now)
    {
        refill(now);
        if (m_tokens < count)
            return false;
        m_tokens -= count;
        return true;
    }
    // Takes what is there, at most `count`; returns how many it took.
    double takeUpTo(double count, protocol::Timestamp now)
    {
        refill(now);
        const double taken = m_tokens < count ? m_tokens : count;
        m_tokens -= taken;
        return taken;
    }
    double available(protocol::Timestamp now)
    {
        refill(now);
        return m_tokens;
    }
    bool full(protocol::Timestamp now)
    {
        refill(now);
        return m_tokens >= m_burst;
    }
    // Milliseconds until `count` tokens are there (0 when they are).
    int millisecondsUntil(double count, protocol::Timestamp now)
    {
        refill(now);
        if (m_tokens >= count)
            return 0;
        return static_cast<int>((count - m_tokens) * 1000.0 / m_rate) + 1;
    }

private:
    void refill(protocol::Timestamp now)
    {
        if (now <= m_updated)
            return;
        const double seconds = static_cast<double>((now - m_updated).count()) / 1000.0;
        m_tokens = m_tokens + seconds * m_rate;
        if (m_tokens > m_burst)
            m_tokens = m_burst;
        m_updated = now;
    }

    double m_rate;
    double m_burst;
    double m_tokens;
    protocol::Timestamp m_updated;
};

} // namespace keyward::daemon
