#include "pptp/PnsControlConnection.h"

#include <algorithm>

namespace keyward::protocol::pptp {

namespace {

ControlChannel::Config channelConfig(const PnsControlConnection::Config &config)
{
    ControlChannel::Config c;
    c.peerName = "PAC";
    c.echoIdleInterval = config.echoIdleInterval;
    c.echoReplyTimeout = config.echoReplyTimeout;
    c.stopReplyTimeout = config.replyTimeout;
    return c;
}

} // namespace

PnsControlConnection::PnsControlConnection(Config config)
    : m_config(std::move(config)), m_channel(*this, channelConfig(m_config)),
      m_nextCallId(m_config.firstCallId)
{}

void PnsControlConnection::start(Timestamp now)
{
    if (m_state != State::Idle)
        return;
    StartControlConnectionRequest request;
    request.framingCapabilities = m_config.framingCapabilities;
    request.bearerCapabilities = m_config.bearerCapabilities;
    request.firmwareRevision = m_config.firmwareRevision;
    request.hostName = m_config.hostName;
    request.vendor = m_config.vendor;
    send(request.encode());
    m_state = State::WaitSccrp;
    m_channel.open(now + m_config.replyTimeout,
                   "no SCCRP from the PAC within " +
                       ControlChannel::secondsText(m_config.replyTimeout));
}

void PnsControlConnection::onBytes(ByteView data, Timestamp now)
{
    m_channel.onBytes(data, now);
}

void PnsControlConnection::onTimer(Timestamp now)
{
    if (m_state == State::Idle || m_state == State::Closed)
        return;
    for (auto it = m_calls.begin(); it != m_calls.end();) {
        if (now < it->second.deadline) {
            ++it;
            continue;
        }
        const Call call = it->second;
        it = m_calls.erase(it);
        if (call.state == CallState::WaitReply)
            report(CallRejected{call.callId, 0, "no OCRP from the PAC in time"});
        else
            report(CallCleared{call.callId, call.peerCallId, false, "no CDN from the PAC in time",
                               std::nullopt});
    }
    maybeFinishClearing(now);
    // The SCCRP and StopCCRP deadlines and the keepalive.
    m_channel.onTimer(now);
}

Timestamp PnsControlConnection::nextDeadline() const
{
    Timestamp next = m_channel.nextDeadline();
    for (const auto &[id, call] : m_calls)
        next = std::min(next, call.deadline);
    return next;
}

std::vector<Bytes> PnsControlConnection::takeOutgoing()
{
    return m_channel.takeOutgoing();
}

std::vector<ControlEvent> PnsControlConnection::takeEvents()
{
    return m_channel.takeEvents();
}

void PnsControlConnection::onMessage(const ControlMessage &message, Timestamp now)
{
    // Echoes and the stop exchange after SCCRP are the channel's.
    switch (m_state) {
    case State::WaitSccrp: {
        auto *reply = std::get_if<StartControlConnectionReply>(&message);
        if (!reply) {
            m_channel.fail(controlTypeName(controlTypeOf(message)) +
                           " received while waiting for SCCRP");
            return;
        }
        if (reply->resultCode != SccrpResult::Success) {
            std::string reason =
                "PAC refused the control connection: " + resultText(reply->resultCode);
            if (reply->resultCode == SccrpResult::GeneralError)
                reason += " (" + errorText(reply->errorCode) + ")";
            m_channel.close(reason, true);
            return;
        }
        m_state = State::Established;
        m_channel.established(now);
        report(ControlEstablished{reply->protocolVersion, reply->framingCapabilities,
                                  reply->bearerCapabilities, reply->maxChannels,
                                  reply->firmwareRevision, reply->hostName, reply->vendor});
        return;
    }
    case State::Established:
    case State::ClearingCalls:
        if (auto *ocrp = std::get_if<OutgoingCallReply>(&message)) {
            onOcrp(*ocrp);
        } else if (auto *cdn = std::get_if<CallDisconnectNotify>(&message)) {
            onCdn(*cdn, now);
        } else if (auto *wen = std::get_if<WanErrorNotify>(&message)) {
            for (const auto &[id, call] : m_calls)
                if (call.state != CallState::WaitReply && id == wen->peerCallId)
                    report(WanErrors{id, *wen});
        } else if (auto *icrq = std::get_if<IncomingCallRequest>(&message)) {
            IncomingCallReply refusal;
            refusal.peerCallId = icrq->callId;
            refusal.resultCode = IcrpResult::DoNotAccept;
            send(refusal.encode());
        } else {
            m_channel.fail("unexpected " + controlTypeName(controlTypeOf(message)) +
                           " from the PAC");
        }
        return;
    case State::WaitStopReply:
    case State::Idle:
    case State::Closed:
        return;
    }
}

void PnsControlConnection::onOcrp(const OutgoingCallReply &reply)
{
    auto it = m_calls.find(reply.peerCallId);
    if (it == m_calls.end() || it->second.state != CallState::WaitReply) {
        report(ProtocolError{"OCRP for call id " + std::to_string(reply.peerCallId) +
                             " that is not waiting for one; ignored"});
        return;
    }
    Call &call = it->second;
    if (reply.resultCode != OcrpResult::Connected) {
        std::string reason = "PAC refused the call: " + resultText(reply.resultCode);
        if (reply.resultCode == OcrpResult::GeneralError)
            reason += " (" + errorText(reply.errorCode) + ")";
        report(CallRejected{call.callId, reply.callId, reason});
        m_calls.erase(it);
        return;
    }
    call.peerCallId = reply.callId;
    call.state = CallState::Established;
    call.deadline = NoDeadline;
    report(CallEstablished{call.callId, call.peerCallId, reply.receiveWindowSize,
                           reply.processingDelay, reply.connectSpeed});
}

void PnsControlConnection::onCdn(const CallDisconnectNotify &cdn, Timestamp now)
{
    // A CDN names the PAC's call id, which we know once OCRP arrived.
    for (auto it = m_calls.begin(); it != m_calls.end(); ++it) {
        const Call call = it->second;
        if (call.state == CallState::WaitReply || call.peerCallId != cdn.callId)
            continue;
        m_calls.erase(it);
        const bool asked = call.state == CallState::WaitDisconnect;
        report(CallCleared{call.callId, call.peerCallId, !asked,
                           asked
                               ? "cleared at our request"
                               : "PAC disconnected the call: " + resultText(cdn.resultCode) +
                                     (cdn.callStatistics.empty() ? std::string()
                                                                 : " (" + cdn.callStatistics + ")"),
                           cdn.resultCode});
        maybeFinishClearing(now);
        return;
    }
    report(
        ProtocolError{"CDN for unknown PAC call id " + std::to_string(cdn.callId) + "; ignored"});
}

Result<std::uint16_t> PnsControlConnection::placeCall(Timestamp now, std::string phoneNumber)
{
    if (m_state != State::Established)
        return fail("cannot place a call: the control connection is not established");
    std::uint16_t id = 0;
    for (int tries = 0; tries < 0x10000 && id == 0; ++tries) {
        std::uint16_t candidate = m_nextCallId++;
        if (candidate != 0 && m_calls.find(candidate) == m_calls.end())
            id = candidate;
    }
    if (id == 0)
        return fail("cannot place a call: no free call id");
    OutgoingCallRequest request;
    request.callId = id;
    request.callSerialNumber = m_nextSerial++;
    request.minimumBps = m_config.minimumBps;
    request.maximumBps = m_config.maximumBps;
    request.bearerType = kBearerAnalog | kBearerDigital;
    request.framingType = kFramingAsync | kFramingSync;
    request.receiveWindowSize = m_config.receiveWindowSize;
    request.processingDelay = m_config.processingDelay;
    request.phoneNumberLength =
        static_cast<std::uint16_t>(std::min(phoneNumber.size(), kTextFieldSize));
    request.phoneNumber = std::move(phoneNumber);
    send(request.encode());
    m_calls.emplace(id, Call{id, 0, CallState::WaitReply, now + m_config.replyTimeout});
    return id;
}

Status PnsControlConnection::clearCall(std::uint16_t callId, Timestamp now)
{
    auto it = m_calls.find(callId);
    if (it == m_calls.end() || it->second.state != CallState::Established)
        return fail("no established call with id " + std::to_string(callId) + " to clear");
    send(CallClearRequest{callId}.encode());
    it->second.state = CallState::WaitDisconnect;
    it->second.deadline = now + m_config.replyTimeout;
    return {};
}

Status PnsControlConnection::sendSetLinkInfo(std::uint16_t callId, std::uint32_t sendAccm,
                                             std::uint32_t receiveAccm)
{
    auto it = m_calls.find(callId);
    if (it == m_calls.end() || it->second.state != CallState::Established)
        return fail("no established call with id " + std::to_string(callId));
    send(SetLinkInfo{it->second.peerCallId, sendAccm, receiveAccm}.encode());
    return {};
}

void PnsControlConnection::close(Timestamp now)
{
    if (m_state == State::Idle || m_state == State::WaitSccrp) {
        m_channel.close("closed before the control connection was established", false);
        return;
    }
    if (m_state != State::Established)
        return;
    m_state = State::ClearingCalls;
    m_channel.stopKeepalive();
    for (auto &[id, call] : m_calls) {
        if (call.state == CallState::Established) {
            send(CallClearRequest{id}.encode());
            call.state = CallState::WaitDisconnect;
            call.deadline = now + m_config.replyTimeout;
        }
    }
    maybeFinishClearing(now);
}

void PnsControlConnection::maybeFinishClearing(Timestamp now)
{
    if (m_state != State::ClearingCalls)
        return;
    for (const auto &[id, call] : m_calls)
        if (call.state == CallState::WaitDisconnect)
            return;
    sendStop(now);
}

void PnsControlConnection::sendStop(Timestamp now)
{
    // Calls still waiting for OCRP are implicitly cleared by the stop.
    for (const auto &[id, call] : m_calls)
        report(CallRejected{call.callId, 0, "control connection stopping"});
    m_calls.clear();
    m_state = State::WaitStopReply;
    m_channel.stop(StopReason::None, now);
}

void PnsControlConnection::onClosing(const std::string &reason, bool byPeer)
{
    m_state = State::Closed;
    for (const auto &[id, call] : m_calls) {
        if (call.state == CallState::WaitReply)
            report(CallRejected{call.callId, 0, "control connection closed: " + reason});
        else
            report(CallCleared{call.callId, call.peerCallId, byPeer,
                               "control connection closed: " + reason, std::nullopt});
    }
    m_calls.clear();
}

} // namespace keyward::protocol::pptp
