#pragma once

// New control connections per source address: a token bucket per address (`rate` a
// second, `burst` at once), beside the registry's cap on concurrent connections. The
// table is bounded: past `maxSources` addresses the one seen longest ago is forgotten
// (it starts again with a full bucket). An address that runs dry is reported once per
// episode, so a flood does not flood the log; the episode ends when its bucket is full
// again.

#include "common/Time.h"
#include "daemon/TokenBucket.h"

#include <QHash>
#include <QtGlobal>
#include <map>

namespace keyward::daemon {

class SourceRateLimiter
{
public:
    enum class Verdict
    {
        Admitted,
        Refused,         // over the rate; already reported in this episode
        RefusedFirstTime // over the rate, the first refusal of the episode: log it
    };

    SourceRateLimiter(double rate, double burst, int maxSources = 4096);

    Verdict admit(quint32 source, protocol::Timestamp now);
    int size() const { return static_cast<int>(m_sources.size()); }

private:
    struct Source
    {
        TokenBucket bucket;
        bool refusing = false;
        std::uint64_t lastSeen = 0; // key in m_byAge
    };

    double m_rate;
    double m_burst;
    int m_maxSources;
    std::uint64_t m_clock = 0;
    QHash<quint32, Source> m_sources;
    std::map<std::uint64_t, quint32> m_byAge; // oldest first
};

} // namespace keyward::daemon
