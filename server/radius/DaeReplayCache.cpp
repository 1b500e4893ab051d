#include "radius/DaeReplayCache.h"

namespace keyward::radius {

const protocol::Bytes *DaeReplayCache::find(const std::string &source, std::uint8_t identifier,
                                            const Authenticator &authenticator, std::int64_t now)
{
    expire(now);
    const auto it = m_answers.find(Key{source, identifier, authenticator});
    return it == m_answers.end() ? nullptr : &it->second.answer;
}

void DaeReplayCache::remember(const std::string &source, std::uint8_t identifier,
                              const Authenticator &authenticator, protocol::Bytes answer,
                              std::int64_t now)
{
    expire(now);
    Key key{source, identifier, authenticator};
    m_answers[key] = Entry{std::move(answer), now};
    m_order.emplace_back(std::move(key), now);
    while (m_answers.size() > m_capacity && !m_order.empty()) {
        const auto &[oldest, at] = m_order.front();
        if (const auto it = m_answers.find(oldest); it != m_answers.end() && it->second.at == at)
            m_answers.erase(it);
        m_order.pop_front();
    }
}

void DaeReplayCache::expire(std::int64_t now)
{
    while (!m_order.empty() && now - m_order.front().second > m_window) {
        const auto &[key, at] = m_order.front();
        if (const auto it = m_answers.find(key); it != m_answers.end() && it->second.at == at)
            m_answers.erase(it);
        m_order.pop_front();
    }
}

} // namespace keyward::radius
