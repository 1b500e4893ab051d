#pragma once

// The answers to recent dynamic authorization requests, so that a retransmission (the
// same source, Identifier and Request Authenticator within the window) gets the same
// answer again instead of acting a second time (RFC 5176 §2.3 and §3.5: a duplicate is
// recognised, not acted on). Bounded: past `capacity` answers, the oldest goes.
// Sans-I/O: the time is passed in (seconds, any monotonic origin).

#include "common/Bytes.h"
#include "radius/RadiusPacket.h"

#include <cstdint>
#include <deque>
#include <map>
#include <string>
#include <tuple>

namespace keyward::radius {

class DaeReplayCache
{
public:
    explicit DaeReplayCache(std::int64_t windowSeconds = 300, std::size_t capacity = 4096)
        : m_window(windowSeconds), m_capacity(capacity)
    {}

    // The answer given to the same request within the window; null when there is none.
    const protocol::Bytes *find(const std::string &source, std::uint8_t identifier,
                                const Authenticator &authenticator, std::int64_t now);
    void remember(const std::string &source, std::uint8_t identifier,
                  const Authenticator &authenticator, protocol::Bytes answer, std::int64_t now);
    std::size_t size() const { return m_answers.size(); }

private:
    using Key = std::tuple<std::string, std::uint8_t, Authenticator>;
    struct Entry
    {
        protocol::Bytes answer;
        std::int64_t at = 0;
    };

    void expire(std::int64_t now);

    std::int64_t m_window;
    std::size_t m_capacity;
    std::map<Key, Entry> m_answers;
    std::deque<std::pair<Key, std::int64_t>> m_order; // oldest first
};

} // namespace keyward::radius
