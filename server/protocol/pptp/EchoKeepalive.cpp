#include "pptp/EchoKeepalive.h"

namespace keyward::protocol::pptp {

void EchoKeepalive::start(Timestamp now)
{
    m_running = true;
    m_lastReceived = now;
    m_outstandingSince.reset();
}

bool EchoKeepalive::onReply(std::uint32_t identifier)
{
    if (!m_outstandingSince || identifier != m_identifier)
        return false;
    m_outstandingSince.reset();
    return true;
}

EchoKeepalive::Action EchoKeepalive::onTimer(Timestamp now)
{
    if (!m_running)
        return Action::None;
    if (m_outstandingSince) {
        if (now - *m_outstandingSince >= m_replyTimeout) {
            m_running = false;
            return Action::TimedOut;
        }
        return Action::None;
    }
    if (now - m_lastReceived >= m_idleInterval) {
        ++m_identifier;
        m_outstandingSince = now;
        return Action::SendRequest;
    }
    return Action::None;
}

Timestamp EchoKeepalive::nextDeadline() const
{
    if (!m_running)
        return NoDeadline;
    if (m_outstandingSince)
        return *m_outstandingSince + m_replyTimeout;
    return m_lastReceived + m_idleInterval;
}

} // namespace keyward::protocol::pptp
