#include "signin/SourceThrottle.h"

#include <algorithm>

namespace keyward::signin {

SourceThrottle::SourceThrottle() : SourceThrottle(Limits{}) {}

SourceThrottle::SourceThrottle(Limits limits) : m_limits(limits)
{
    m_limits.maxSources = std::max(1, m_limits.maxSources);
}

bool SourceThrottle::quiet(const Entry &entry, qint64 nowMs) const
{
    return nowMs - entry.lastFailureMs >= m_limits.quietMs;
}

qint64 SourceThrottle::delayFor(const Entry &entry) const
{
    if (entry.spraying)
        return m_limits.maxDelayMs;
    const int over = entry.failures - m_limits.freeFailures;
    if (over <= 0)
        return 0;
    // 1, 2, 4 ... times the first delay; the shift is capped long before it overflows.
    const qint64 delay = m_limits.firstDelayMs << std::min(over - 1, 30);
    return std::min(delay, m_limits.maxDelayMs);
}

qint64 SourceThrottle::delayMs(const QString &source, qint64 nowMs)
{
    const auto found = m_index.constFind(source);
    if (found == m_index.constEnd())
        return 0;
    const Entries::iterator entry = found.value();
    if (quiet(*entry, nowMs)) {
        m_index.remove(source);
        m_entries.erase(entry);
        return 0;
    }
    return delayFor(*entry);
}

bool SourceThrottle::recordFailure(const QString &source, const QString &user, qint64 nowMs)
{
    Entries::iterator entry;
    if (const auto found = m_index.constFind(source); found != m_index.constEnd()) {
        entry = found.value();
        m_entries.splice(m_entries.begin(), m_entries, entry);
        if (quiet(*entry, nowMs)) {
            *entry = Entry{};
            entry->source = source;
        }
    } else {
        if (static_cast<int>(m_entries.size()) >= m_limits.maxSources) {
            m_index.remove(m_entries.back().source);
            m_entries.pop_back();
        }
        m_entries.emplace_front();
        entry = m_entries.begin();
        entry->source = source;
        m_index.insert(source, entry);
    }
    entry->failures = std::min(entry->failures + 1, 1000);
    entry->lastFailureMs = nowMs;
    if (entry->spraying || entry->userNames.size() >= m_limits.sprayUserNames)
        return false;
    entry->userNames.insert(user.toLower());
    if (entry->userNames.size() < m_limits.sprayUserNames)
        return false;
    entry->spraying = true;
    return true;
}

int SourceThrottle::failures(const QString &source, qint64 nowMs) const
{
    const auto found = m_index.constFind(source);
    if (found == m_index.constEnd() || quiet(*found.value(), nowMs))
        return 0;
    return found.value()->failures;
}

} // namespace keyward::signin
