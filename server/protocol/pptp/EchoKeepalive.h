#pragma once

// The control connection keepalive of RFC 2637 section 4.1: when nothing has been
// received for `idleInterval` (60 s by default) send an Echo-Request; when its
// Echo-Reply has not arrived within `replyTimeout` (60 s) the peer is gone. Shared
// by the PAC and PNS control connections; it only decides, the owner sends.

#include "common/Time.h"

#include <cstdint>
#include <optional>

namespace keyward::protocol::pptp {

class EchoKeepalive
{
public:
    enum class Action
    {
        None,
        SendRequest,
        TimedOut
    };

    EchoKeepalive(Duration idleInterval, Duration replyTimeout)
        : m_idleInterval(idleInterval), m_replyTimeout(replyTimeout)
    {}

    // Starts (or restarts) the idle timer, e.g. when the connection is established.
    void start(Timestamp now);
    void stop() { m_running = false; }
    bool running() const { return m_running; }

    // Any control message received from the peer.
    void onReceived(Timestamp now) { m_lastReceived = now; }
    // An Echo-Reply; returns false when its identifier is not the one outstanding.
    bool onReply(std::uint32_t identifier);

    // What to do now. SendRequest: send an Echo-Request with identifier() (it is now
    // outstanding). TimedOut: the outstanding request went unanswered; close.
    Action onTimer(Timestamp now);
    Timestamp nextDeadline() const; // NoDeadline when not running

    std::uint32_t identifier() const { return m_identifier; }
    bool awaitingReply() const { return m_outstandingSince.has_value(); }

private:
    Duration m_idleInterval;
    Duration m_replyTimeout;
    bool m_running = false;
    Timestamp m_lastReceived{0};
    std::optional<Timestamp> m_outstandingSince;
    std::uint32_t m_identifier = 0;
};

} // namespace keyward::protocol::pptp
