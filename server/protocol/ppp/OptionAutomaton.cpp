#include "ppp/OptionAutomaton.h"

#include <algorithm>
#include <string>

namespace keyward::protocol::ppp {

namespace {

constexpr std::size_t kRejectHeader = 4; // code, identifier, length

bool containsType(const std::vector<PppOption> &options, std::uint8_t type)
{
    return std::any_of(options.begin(), options.end(),
                       [type](const PppOption &o) { return o.type == type; });
}

} // namespace

OptionAutomaton::OptionAutomaton(OptionPolicy &policy, std::uint16_t protocol, std::string name,
                                 Limits limits)
    : m_policy(policy), m_protocol(protocol), m_name(std::move(name)), m_limits(limits)
{
    m_limits.maxTerminate = std::max(1, m_limits.maxTerminate);
    m_limits.maxConfigure = std::max(1, m_limits.maxConfigure);
    m_limits.maxFailure = std::max(1, m_limits.maxFailure);
}

OptionAutomaton::OptionAutomaton(OptionPolicy &policy, std::uint16_t protocol, std::string name)
    : OptionAutomaton(policy, protocol, std::move(name), Limits{})
{}

std::string_view OptionAutomaton::stateName(State state)
{
    switch (state) {
    case State::Initial:
        return "Initial";
    case State::Starting:
        return "Starting";
    case State::Closed:
        return "Closed";
    case State::Stopped:
        return "Stopped";
    case State::Closing:
        return "Closing";
    case State::Stopping:
        return "Stopping";
    case State::ReqSent:
        return "Req-Sent";
    case State::AckRcvd:
        return "Ack-Rcvd";
    case State::AckSent:
        return "Ack-Sent";
    case State::Opened:
        return "Opened";
    }
    return "unknown";
}

// ---- plumbing --------------------------------------------------------------------

void OptionAutomaton::setState(State state)
{
    m_state = state;
    switch (state) {
    case State::Closing:
    case State::Stopping:
    case State::ReqSent:
    case State::AckRcvd:
    case State::AckSent:
        break; // the restart timer runs in these states
    default:
        m_deadline = NoDeadline;
        break;
    }
}

void OptionAutomaton::sendPacket(std::uint8_t code, std::uint8_t identifier, ByteView data)
{
    m_outgoing.push_back(ControlPacket::encode(code, identifier, data));
}

void OptionAutomaton::emitEvent(PppEvent::Kind kind, std::string detail, std::uint16_t protocol,
                                std::uint8_t identifier)
{
    m_events.push_back(PppEvent{kind, m_protocol, std::move(detail), protocol, identifier});
}

void OptionAutomaton::discard(const std::string &why)
{
    emitEvent(PppEvent::Kind::PacketDiscarded, m_name + ": " + why);
}

std::vector<Bytes> OptionAutomaton::takeOutgoing()
{
    return std::exchange(m_outgoing, {});
}

std::vector<PppEvent> OptionAutomaton::takeEvents()
{
    return std::exchange(m_events, {});
}

void OptionAutomaton::initRestartCount(bool forTerminate)
{
    m_restartCount = forTerminate ? m_limits.maxTerminate : m_limits.maxConfigure;
}

void OptionAutomaton::zeroRestartCount(Timestamp now)
{
    m_restartCount = 0;
    m_deadline = now + m_limits.restartTimer;
}

void OptionAutomaton::sendConfigureRequest(Timestamp now)
{
    m_requestOptions = PppOption::encodeList(m_policy.buildRequest());
    m_requestId = nextIdentifier();
    m_requestOutstanding = true;
    sendPacket(kConfigureRequest, m_requestId, m_requestOptions);
    --m_restartCount;
    m_deadline = now + m_limits.restartTimer;
}

void OptionAutomaton::sendTerminateRequest(Timestamp now, std::string_view reason)
{
    sendPacket(kTerminateRequest, nextIdentifier(), asBytes(reason));
    --m_restartCount;
    m_deadline = now + m_limits.restartTimer;
}

void OptionAutomaton::sendTerminateAck(std::uint8_t identifier)
{
    sendPacket(kTerminateAck, identifier, {});
}

void OptionAutomaton::sendCodeReject(ByteView rejectedPacket)
{
    // RFC 1661 5.6: the rejected packet is truncated to fit the peer's MRU.
    const std::size_t room = m_peerMru > kRejectHeader ? m_peerMru - kRejectHeader : 0;
    sendPacket(kCodeReject, nextIdentifier(),
               rejectedPacket.first(std::min(rejectedPacket.size(), room)));
}

void OptionAutomaton::thisLayerUp(Timestamp now)
{
    Status check = m_policy.beforeLayerUp(now);
    m_naksReceived = 0;
    if (!check) {
        // Never report the layer up with parameters the policy refuses.
        emitEvent(PppEvent::Kind::NegotiationFailed, m_name + ": " + check.message());
        initRestartCount(true);
        sendTerminateRequest(now, check.message());
        setState(State::Closing);
        return;
    }
    setState(State::Opened);
    emitEvent(PppEvent::Kind::LayerUp, m_name + " opened");
}

void OptionAutomaton::thisLayerDown()
{
    emitEvent(PppEvent::Kind::LayerDown, m_name + " left the Opened state");
}

void OptionAutomaton::thisLayerStarted()
{
    m_policy.resetNegotiation();
    m_naksSent = 0;
    m_naksReceived = 0;
    emitEvent(PppEvent::Kind::LayerStarted);
}

void OptionAutomaton::thisLayerFinished()
{
    m_requestOutstanding = false;
    emitEvent(PppEvent::Kind::LayerFinished);
}

void OptionAutomaton::negotiationFailed(Timestamp now, const std::string &reason)
{
    emitEvent(PppEvent::Kind::NegotiationFailed, m_name + ": " + reason);
    close(now, reason);
}

// ---- administrative / lower layer events ------------------------------------------

void OptionAutomaton::up(Timestamp now)
{
    switch (m_state) {
    case State::Initial:
        setState(State::Closed);
        break;
    case State::Starting:
        initRestartCount(false);
        sendConfigureRequest(now);
        setState(State::ReqSent);
        break;
    default:
        discard("Up event ignored in state " + std::string(stateName(m_state)));
        break;
    }
}

void OptionAutomaton::down(Timestamp)
{
    switch (m_state) {
    case State::Closed:
        setState(State::Initial);
        break;
    case State::Stopped:
        setState(State::Starting);
        thisLayerStarted();
        break;
    case State::Closing:
        setState(State::Initial);
        break;
    case State::Stopping:
    case State::ReqSent:
    case State::AckRcvd:
    case State::AckSent:
        setState(State::Starting);
        break;
    case State::Opened:
        thisLayerDown();
        setState(State::Starting);
        break;
    case State::Initial:
    case State::Starting:
        break; // illegal, nothing to do
    }
}

void OptionAutomaton::open(Timestamp now)
{
    switch (m_state) {
    case State::Initial:
        setState(State::Starting);
        thisLayerStarted();
        break;
    case State::Closed:
        m_policy.resetNegotiation();
        m_naksSent = 0;
        m_naksReceived = 0;
        initRestartCount(false);
        sendConfigureRequest(now);
        setState(State::ReqSent);
        break;
    case State::Closing:
        setState(State::Stopping);
        break;
    default:
        break; // Starting, Stopped, Stopping, Req-Sent, Ack-Rcvd, Ack-Sent, Opened: stay
    }
}

void OptionAutomaton::close(Timestamp now, std::string_view reason)
{
    switch (m_state) {
    case State::Starting:
        setState(State::Initial);
        thisLayerFinished();
        break;
    case State::Stopped:
        setState(State::Closed);
        break;
    case State::Stopping:
        setState(State::Closing);
        break;
    case State::Opened:
        thisLayerDown();
        [[fallthrough]];
    case State::ReqSent:
    case State::AckRcvd:
    case State::AckSent:
        initRestartCount(true);
        sendTerminateRequest(now, reason);
        setState(State::Closing);
        break;
    case State::Initial:
    case State::Closed:
    case State::Closing:
        break;
    }
}

// ---- timer --------------------------------------------------------------------------

Timestamp OptionAutomaton::nextDeadline() const
{
    return m_deadline;
}

void OptionAutomaton::onTimer(Timestamp now)
{
    if (now < m_deadline)
        return;
    m_deadline = NoDeadline;
    if (m_restartCount > 0) { // TO+
        switch (m_state) {
        case State::Closing:
        case State::Stopping:
            sendTerminateRequest(now, {});
            break;
        case State::ReqSent:
        case State::AckRcvd:
            sendConfigureRequest(now);
            setState(State::ReqSent);
            break;
        case State::AckSent:
            sendConfigureRequest(now);
            break;
        default:
            break;
        }
        return;
    }
    switch (m_state) { // TO-
    case State::Closing:
        setState(State::Closed);
        thisLayerFinished();
        break;
    case State::Stopping:
        setState(State::Stopped);
        thisLayerFinished();
        break;
    case State::ReqSent:
    case State::AckRcvd:
    case State::AckSent:
        emitEvent(PppEvent::Kind::NegotiationFailed, m_name + ": no agreement after " +
                                                         std::to_string(m_limits.maxConfigure) +
                                                         " Configure-Request (Max-Configure)");
        setState(State::Stopped);
        thisLayerFinished();
        break;
    default:
        break;
    }
}

// ---- received packets ---------------------------------------------------------------

void OptionAutomaton::receive(ByteView raw, Timestamp now)
{
    auto decoded = ControlPacket::decode(raw);
    if (!decoded) {
        discard(decoded.message());
        return;
    }
    const ControlPacket &packet = decoded.value();
    if (m_state == State::Initial || m_state == State::Starting) {
        discard("packet code " + std::to_string(packet.code) + " received while the layer is " +
                std::string(stateName(m_state)));
        return;
    }
    switch (packet.code) {
    case kConfigureRequest:
        onConfigureRequest(packet, now);
        break;
    case kConfigureAck:
        onConfigureAck(packet, now);
        break;
    case kConfigureNak:
    case kConfigureReject:
        onConfigureNakOrReject(packet, now);
        break;
    case kTerminateRequest:
        onTerminateRequest(packet, now);
        break;
    case kTerminateAck:
        onTerminateAck(now);
        break;
    case kCodeReject:
        onCodeReject(packet, now);
        break;
    default:
        if (!m_policy.handleExtendedCode(packet, now))
            onUnknownCode(raw.first(std::min<std::size_t>(raw.size(), packet.data.size() + 4)));
        break;
    }
}

void OptionAutomaton::onConfigureRequest(const ControlPacket &packet, Timestamp now)
{
    if (m_state == State::Closed) {
        sendTerminateAck(packet.identifier);
        return;
    }
    if (m_state == State::Closing || m_state == State::Stopping)
        return;

    auto options = PppOption::decodeList(packet.data);
    if (!options) {
        discard("malformed Configure-Request: " + options.message());
        return;
    }
    OptionPolicy::Verdict verdict = m_policy.examineRequest(options.value());
    if (!verdict.fatal.empty()) {
        negotiationFailed(now, verdict.fatal);
        return;
    }
    std::uint8_t replyCode = kConfigureAck;
    std::vector<PppOption> reply;
    if (!verdict.rejects.empty()) {
        replyCode = kConfigureReject;
        reply = std::move(verdict.rejects);
    } else if (!verdict.naks.empty()) {
        if (m_naksSent >= m_limits.maxFailure) {
            // Max-Failure: stop suggesting values and reject the options instead.
            for (const PppOption &option : options.value())
                if (containsType(verdict.naks, option.type))
                    reply.push_back(option);
            if (reply.empty()) {
                negotiationFailed(now, "peer did not converge after " + std::to_string(m_naksSent) +
                                           " Configure-Nak (Max-Failure)");
                return;
            }
            replyCode = kConfigureReject;
        } else {
            replyCode = kConfigureNak;
            reply = std::move(verdict.naks);
        }
    }
    const bool good = replyCode == kConfigureAck;

    // Actions that precede the reply in the RFC table.
    switch (m_state) {
    case State::Stopped:
        initRestartCount(false);
        sendConfigureRequest(now);
        break;
    case State::Opened:
        thisLayerDown();
        initRestartCount(false);
        sendConfigureRequest(now);
        break;
    default:
        break;
    }

    if (good) {
        m_naksSent = 0;
        m_policy.peerRequestAcked(options.value());
        sendPacket(kConfigureAck, packet.identifier, packet.data);
    } else {
        if (replyCode == kConfigureNak)
            ++m_naksSent;
        sendPacket(replyCode, packet.identifier, PppOption::encodeList(reply));
    }

    switch (m_state) {
    case State::Stopped:
    case State::ReqSent:
    case State::Opened:
        setState(good ? State::AckSent : State::ReqSent);
        break;
    case State::AckRcvd:
        if (good)
            thisLayerUp(now);
        break;
    case State::AckSent:
        if (!good)
            setState(State::ReqSent);
        break;
    default:
        break;
    }
}

void OptionAutomaton::onConfigureAck(const ControlPacket &packet, Timestamp now)
{
    switch (m_state) {
    case State::Closed:
    case State::Stopped:
        sendTerminateAck(packet.identifier);
        return;
    case State::Closing:
    case State::Stopping:
        return;
    default:
        break;
    }
    if (!m_requestOutstanding || packet.identifier != m_requestId) {
        discard("Configure-Ack identifier " + std::to_string(packet.identifier) +
                " does not match our Configure-Request " + std::to_string(m_requestId));
        return;
    }
    if (packet.data != m_requestOptions) {
        discard("Configure-Ack options differ from our Configure-Request");
        return;
    }
    m_requestOutstanding = false;
    m_naksReceived = 0;
    auto options = PppOption::decodeList(packet.data);
    if (options)
        m_policy.ourRequestAcked(options.value());
    switch (m_state) {
    case State::ReqSent:
        initRestartCount(false);
        setState(State::AckRcvd);
        break;
    case State::AckRcvd: // crossed connection
        sendConfigureRequest(now);
        setState(State::ReqSent);
        break;
    case State::AckSent:
        initRestartCount(false);
        thisLayerUp(now);
        break;
    case State::Opened:
        thisLayerDown();
        sendConfigureRequest(now);
        setState(State::ReqSent);
        break;
    default:
        break;
    }
}

void OptionAutomaton::onConfigureNakOrReject(const ControlPacket &packet, Timestamp now)
{
    const bool isNak = packet.code == kConfigureNak;
    const char *what = isNak ? "Configure-Nak" : "Configure-Reject";
    switch (m_state) {
    case State::Closed:
    case State::Stopped:
        sendTerminateAck(packet.identifier);
        return;
    case State::Closing:
    case State::Stopping:
        return;
    default:
        break;
    }
    if (!m_requestOutstanding || packet.identifier != m_requestId) {
        discard(std::string(what) + " identifier " + std::to_string(packet.identifier) +
                " does not match our Configure-Request " + std::to_string(m_requestId));
        return;
    }
    auto options = PppOption::decodeList(packet.data);
    if (!options) {
        discard(std::string("malformed ") + what + ": " + options.message());
        return;
    }
    auto ours = PppOption::decodeList(m_requestOptions);
    Status adjusted;
    if (isNak) {
        if (++m_naksReceived > m_limits.maxConfigure) {
            negotiationFailed(now, "peer sent " + std::to_string(m_naksReceived - 1) +
                                       " Configure-Nak without agreeing");
            return;
        }
        adjusted = m_policy.ourRequestNaked(options.value());
    } else {
        // A Reject must only name options we asked for (RFC 1661 5.4).
        for (const PppOption &option : options.value()) {
            if (!ours || !containsType(ours.value(), option.type)) {
                discard("Configure-Reject names option type " + std::to_string(option.type) +
                        " that we did not request");
                return;
            }
        }
        adjusted = m_policy.ourRequestRejected(options.value());
    }
    m_requestOutstanding = false;
    if (!adjusted) {
        negotiationFailed(now, adjusted.message());
        return;
    }
    switch (m_state) {
    case State::ReqSent:
        initRestartCount(false);
        sendConfigureRequest(now);
        break;
    case State::AckRcvd:
        sendConfigureRequest(now);
        setState(State::ReqSent);
        break;
    case State::AckSent:
        initRestartCount(false);
        sendConfigureRequest(now);
        break;
    case State::Opened:
        thisLayerDown();
        sendConfigureRequest(now);
        setState(State::ReqSent);
        break;
    default:
        break;
    }
}

void OptionAutomaton::onTerminateRequest(const ControlPacket &packet, Timestamp now)
{
    std::string text(packet.data.begin(), packet.data.end());
    std::replace_if(
        text.begin(), text.end(), [](char c) { return c < 0x20 || c > 0x7e; }, '?');
    switch (m_state) {
    case State::Closed:
    case State::Stopped:
    case State::Closing:
    case State::Stopping:
        sendTerminateAck(packet.identifier);
        break;
    case State::ReqSent:
    case State::AckRcvd:
    case State::AckSent:
        emitEvent(PppEvent::Kind::TerminatedByPeer, text);
        sendTerminateAck(packet.identifier);
        setState(State::ReqSent);
        break;
    case State::Opened:
        emitEvent(PppEvent::Kind::TerminatedByPeer, text);
        thisLayerDown();
        zeroRestartCount(now);
        sendTerminateAck(packet.identifier);
        setState(State::Stopping);
        break;
    default:
        break;
    }
}

void OptionAutomaton::onTerminateAck(Timestamp now)
{
    switch (m_state) {
    case State::Closing:
        setState(State::Closed);
        thisLayerFinished();
        break;
    case State::Stopping:
        setState(State::Stopped);
        thisLayerFinished();
        break;
    case State::AckRcvd:
        setState(State::ReqSent);
        break;
    case State::Opened:
        thisLayerDown();
        sendConfigureRequest(now);
        setState(State::ReqSent);
        break;
    default:
        break; // Closed, Stopped, Req-Sent, Ack-Sent: stay
    }
}

void OptionAutomaton::onCodeReject(const ControlPacket &packet, Timestamp now)
{
    if (packet.data.empty()) {
        discard("Code-Reject without the rejected packet");
        return;
    }
    std::uint8_t code = packet.data[0];
    emitEvent(PppEvent::Kind::CodeRejected, m_name + ": peer rejected code " + std::to_string(code),
              0, code);
    if (m_policy.isCatastrophicReject(code)) {
        rxjMinus(now);
        return;
    }
    if (m_state == State::AckRcvd) // RXJ+
        setState(State::ReqSent);
}

void OptionAutomaton::protocolRejected(Timestamp now)
{
    if (m_state == State::Initial || m_state == State::Starting)
        return;
    rxjMinus(now);
}

void OptionAutomaton::rxjMinus(Timestamp now)
{
    switch (m_state) {
    case State::Closed:
    case State::Closing:
        setState(State::Closed);
        thisLayerFinished();
        break;
    case State::Stopped:
    case State::Stopping:
    case State::ReqSent:
    case State::AckRcvd:
    case State::AckSent:
        setState(State::Stopped);
        thisLayerFinished();
        break;
    case State::Opened:
        thisLayerDown();
        initRestartCount(true);
        sendTerminateRequest(now, {});
        setState(State::Stopping);
        break;
    default:
        break;
    }
}

void OptionAutomaton::onUnknownCode(ByteView raw)
{
    discard("unknown code " + std::to_string(raw.empty() ? 0 : raw[0]) + ", sent Code-Reject");
    sendCodeReject(raw);
}

} // namespace keyward::protocol::ppp
