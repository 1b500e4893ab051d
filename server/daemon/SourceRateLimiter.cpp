#include "daemon/SourceRateLimiter.h"

namespace keyward::daemon {

SourceRateLimiter::SourceRateLimiter(double rate, double burst, int maxSources)
    : m_rate(rate), m_burst(burst), m_maxSources(maxSources < 1 ? 1 : maxSources)
{}

SourceRateLimiter::Verdict SourceRateLimiter::admit(quint32 source, protocol::Timestamp now)
{
    auto it = m_sources.find(source);
    if (it == m_sources.end()) {
        if (m_sources.size() >= m_maxSources) {
            auto oldest = m_byAge.begin();
            m_sources.remove(oldest->second);
            m_byAge.erase(oldest);
        }
        it = m_sources.insert(source, Source{TokenBucket(m_rate, m_burst, now), false, 0});
    } else {
        m_byAge.erase(it->lastSeen);
    }
    it->lastSeen = ++m_clock;
    m_byAge.emplace(it->lastSeen, source);

    if (it->refusing && it->bucket.full(now))
        it->refusing = false; // quiet long enough: a new episode
    if (it->bucket.take(1, now))
        return Verdict::Admitted;
    if (it->refusing)
        return Verdict::Refused;
    it->refusing = true;
    return Verdict::RefusedFirstTime;
}

} // namespace keyward::daemon
