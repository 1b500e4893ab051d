#include "pptp/ControlChannel.h"

#include <cstdio>

namespace keyward::protocol::pptp {

ControlChannel::ControlChannel(Handler &handler, Config config)
    : m_handler(handler), m_config(std::move(config)),
      m_keepalive(m_config.echoIdleInterval, m_config.echoReplyTimeout)
{}

std::string ControlChannel::secondsText(Duration duration)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f s", static_cast<double>(duration.count()) / 1000.0);
    return buf;
}

void ControlChannel::open(Timestamp deadline, std::string timeoutReason)
{
    if (m_state != State::Idle)
        return;
    m_state = State::Handshake;
    m_deadline = deadline;
    m_deadlineReason = std::move(timeoutReason);
}

void ControlChannel::established(Timestamp now)
{
    if (m_state != State::Handshake)
        return;
    m_state = State::Established;
    m_deadline = NoDeadline;
    m_deadlineReason.clear();
    m_keepalive.start(now);
}

void ControlChannel::stop(StopReason reason, Timestamp now)
{
    if (m_state != State::Established)
        return;
    send(StopControlConnectionRequest{reason}.encode());
    m_keepalive.stop();
    m_state = State::Stopping;
    m_deadline = now + m_config.stopReplyTimeout;
    m_deadlineReason =
        "no StopCCRP within " + secondsText(m_config.stopReplyTimeout) + "; closing anyway";
}

void ControlChannel::onBytes(ByteView data, Timestamp now)
{
    if (m_state == State::Idle || m_state == State::Closed)
        return;
    auto framed = m_framer.push(data);
    if (!framed) {
        fail(framed.message());
        return;
    }
    for (const Bytes &raw : *framed) {
        if (m_state == State::Closed)
            return;
        std::vector<std::string> tolerated;
        auto decoded = decodeControlMessage(raw, &tolerated);
        if (!decoded) {
            fail(decoded.message());
            return;
        }
        for (std::string &note : tolerated)
            report(ProtocolNotice{std::move(note)});
        m_keepalive.onReceived(now);
        if (!handleOwn(*decoded))
            m_handler.onMessage(*decoded, now);
    }
}

bool ControlChannel::handleOwn(const ControlMessage &message)
{
    if (m_state != State::Established && m_state != State::Stopping)
        return false;
    if (auto *echo = std::get_if<EchoRequest>(&message)) {
        send(EchoReply{echo->identifier, EchoResult::Ok, GeneralError::None}.encode());
        return true;
    }
    if (auto *echoReply = std::get_if<EchoReply>(&message)) {
        // While stopping the keepalive is over and a late reply is moot.
        if (m_state == State::Established && !m_keepalive.onReply(echoReply->identifier))
            report(ProtocolError{"Echo-Reply with identifier " +
                                 std::to_string(echoReply->identifier) +
                                 " does not answer our Echo-Request; ignored"});
        return true;
    }
    if (auto *stopRequest = std::get_if<StopControlConnectionRequest>(&message)) {
        send(StopControlConnectionReply{}.encode());
        if (m_state == State::Stopping)
            close("control connection stopped (both sides asked)", false);
        else
            close("the " + m_config.peerName +
                      " stopped the control connection: " + reasonText(stopRequest->reason),
                  true);
        return true;
    }
    if (std::holds_alternative<StopControlConnectionReply>(message)) {
        if (m_state == State::Stopping)
            close("control connection stopped", false);
        else
            fail("StopCCRP received but we did not ask to stop");
        return true;
    }
    // Only the stop itself and echoes matter while stopping; call traffic is moot.
    return m_state == State::Stopping;
}

void ControlChannel::onTimer(Timestamp now)
{
    if (m_state == State::Idle || m_state == State::Closed)
        return;
    if (now >= m_deadline) {
        const std::string reason = m_deadlineReason; // close() clears it
        close(reason, false);
        return;
    }
    switch (m_keepalive.onTimer(now)) {
    case EchoKeepalive::Action::SendRequest:
        send(EchoRequest{m_keepalive.identifier()}.encode());
        break;
    case EchoKeepalive::Action::TimedOut:
        close("no Echo-Reply within " + secondsText(m_config.echoReplyTimeout) + ": the " +
                  m_config.peerName + " is unreachable",
              false);
        break;
    case EchoKeepalive::Action::None:
        break;
    }
}

Timestamp ControlChannel::nextDeadline() const
{
    if (m_state == State::Idle || m_state == State::Closed)
        return NoDeadline;
    return std::min(m_deadline, m_keepalive.nextDeadline());
}

void ControlChannel::fail(const std::string &reason)
{
    if (m_state == State::Closed)
        return;
    report(ProtocolError{reason});
    close(reason, false);
}

void ControlChannel::close(const std::string &reason, bool byPeer)
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_deadline = NoDeadline;
    m_deadlineReason.clear();
    m_keepalive.stop();
    m_handler.onClosing(reason, byPeer);
    report(ControlClosed{reason, byPeer});
}

std::vector<Bytes> ControlChannel::takeOutgoing()
{
    return std::exchange(m_outgoing, {});
}

std::vector<ControlEvent> ControlChannel::takeEvents()
{
    return std::exchange(m_events, {});
}

} // namespace keyward::protocol::pptp
