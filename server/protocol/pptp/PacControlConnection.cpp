#include "pptp/PacControlConnection.h"

#include <algorithm>

namespace keyward::protocol::pptp {

namespace {

// A call deadline whose start is not known yet: nextDeadline() is in the past, so the
// owner calls onTimer() at once and the wait starts at the time it brings.
constexpr Timestamp AnchorNow{0};

// Calls that left, remembered to answer a Call-Clear-Request that crossed our
// Call-Disconnect-Notify.
constexpr std::size_t RecentlyClearedKept = 32;

std::string versionText(std::uint16_t version)
{
    return std::to_string(version >> 8) + "." + std::to_string(version & 0xff);
}

ControlChannel::Config channelConfig(const PacControlConnection::Config &config)
{
    ControlChannel::Config c;
    c.peerName = "PNS";
    c.echoIdleInterval = config.echoIdleInterval;
    c.echoReplyTimeout = config.echoReplyTimeout;
    c.stopReplyTimeout = config.stopReplyTimeout;
    return c;
}

} // namespace

PacControlConnection::PacControlConnection(Config config)
    : m_config(std::move(config)), m_channel(*this, channelConfig(m_config)),
      m_nextCallId(m_config.firstCallId)
{}

void PacControlConnection::start(Timestamp now)
{
    if (m_state != State::Idle)
        return;
    m_state = State::WaitSccrq;
    m_channel.open(now + m_config.handshakeTimeout,
                   "no SCCRQ within " + ControlChannel::secondsText(m_config.handshakeTimeout) +
                       " of the TCP connection");
}

void PacControlConnection::onBytes(ByteView data, Timestamp now)
{
    m_channel.onBytes(data, now);
}

void PacControlConnection::onTimer(Timestamp now)
{
    if (m_state == State::Established && m_callDeadline != NoDeadline) {
        if (m_callDeadline == AnchorNow) {
            m_callDeadline = now + m_config.callWaitTimeout;
        } else if (now >= m_callDeadline) {
            m_callDeadline = NoDeadline;
            m_channel.close("no call for " + ControlChannel::secondsText(m_config.callWaitTimeout) +
                                " on the control connection",
                            false);
            return;
        }
    }
    m_channel.onTimer(now);
}

Timestamp PacControlConnection::nextDeadline() const
{
    if (m_state == State::Established && m_callDeadline != NoDeadline)
        return std::min(m_callDeadline, m_channel.nextDeadline());
    return m_channel.nextDeadline();
}

void PacControlConnection::updateCallWait(std::optional<Timestamp> now)
{
    if (m_state != State::Established || m_config.callWaitTimeout <= Duration::zero() ||
        !m_calls.empty()) {
        m_callDeadline = NoDeadline;
        return;
    }
    if (m_callDeadline != NoDeadline)
        return; // already waiting
    m_callDeadline = now ? *now + m_config.callWaitTimeout : AnchorNow;
}

std::vector<Bytes> PacControlConnection::takeOutgoing()
{
    return m_channel.takeOutgoing();
}

std::vector<ControlEvent> PacControlConnection::takeEvents()
{
    return m_channel.takeEvents();
}

void PacControlConnection::onMessage(const ControlMessage &message, Timestamp now)
{
    switch (m_state) {
    case State::WaitSccrq:
        if (auto *sccrq = std::get_if<StartControlConnectionRequest>(&message))
            onSccrq(*sccrq, now);
        else
            m_channel.fail(controlTypeName(controlTypeOf(message)) +
                           " received before SCCRQ: no control connection yet");
        break;
    case State::Established:
        handleEstablished(message, now);
        break;
    case State::WaitStopReply: // the channel handles the stop exchange and echoes
    case State::Idle:
    case State::Closed:
        break;
    }
}

void PacControlConnection::handleEstablished(const ControlMessage &message, Timestamp now)
{
    // Echoes and the stop exchange never get here: the channel answers them.
    if (auto *ocrq = std::get_if<OutgoingCallRequest>(&message)) {
        onOcrq(*ocrq);
    } else if (auto *ccrq = std::get_if<CallClearRequest>(&message)) {
        onCcrq(*ccrq, now);
    } else if (auto *sli = std::get_if<SetLinkInfo>(&message)) {
        onSli(*sli);
    } else if (auto *cdn = std::get_if<CallDisconnectNotify>(&message)) {
        onPeerCdn(*cdn);
    } else if (auto *wen = std::get_if<WanErrorNotify>(&message)) {
        onPeerWen(*wen);
    } else if (auto *icrq = std::get_if<IncomingCallRequest>(&message)) {
        // Only a PAC sends ICRQ; refuse the call but keep the connection.
        IncomingCallReply reply;
        reply.peerCallId = icrq->callId;
        reply.resultCode = IcrpResult::DoNotAccept;
        send(reply.encode());
        report(ProtocolError{"ICRQ from a PNS is invalid (call id " + std::to_string(icrq->callId) +
                             "); refused with ICRP Do-Not-Accept"});
    } else if (std::holds_alternative<StartControlConnectionRequest>(message)) {
        m_channel.fail("SCCRQ on an already established control connection");
    } else {
        m_channel.fail("unexpected " + controlTypeName(controlTypeOf(message)) +
                       " from the PNS: only a PAC sends it");
    }
}

void PacControlConnection::onSccrq(const StartControlConnectionRequest &request, Timestamp now)
{
    StartControlConnectionReply reply;
    reply.protocolVersion = kProtocolVersion;
    reply.framingCapabilities = m_config.framingCapabilities;
    reply.bearerCapabilities = m_config.bearerCapabilities;
    reply.maxChannels = m_config.maxChannels;
    reply.firmwareRevision = m_config.firmwareRevision;
    reply.hostName = m_config.hostName;
    reply.vendor = m_config.vendor;
    if (request.protocolVersion != kProtocolVersion) {
        reply.resultCode = SccrpResult::VersionNotSupported;
        send(reply.encode());
        m_channel.close("peer protocol version " + versionText(request.protocolVersion) +
                            " not supported (we speak 1.0)",
                        false);
        return;
    }
    reply.resultCode = SccrpResult::Success;
    send(reply.encode());
    m_state = State::Established;
    m_channel.established(now);
    updateCallWait(now);
    report(ControlEstablished{request.protocolVersion, request.framingCapabilities,
                              request.bearerCapabilities, request.maxChannels,
                              request.firmwareRevision, request.hostName, request.vendor});
}

void PacControlConnection::onOcrq(const OutgoingCallRequest &request)
{
    OutgoingCallReply refusal;
    refusal.peerCallId = request.callId;
    refusal.resultCode = OcrpResult::GeneralError;
    for (const auto &[id, existing] : m_calls) {
        if (existing.peerCallId == request.callId) {
            refusal.errorCode = GeneralError::BadCallId;
            send(refusal.encode());
            report(CallRejected{0, request.callId,
                                "OCRQ reuses peer call id " + std::to_string(request.callId) +
                                    " of a call in progress"});
            return;
        }
    }
    // Call ids are 16 bits and 0 is never handed out.
    if (m_calls.size() >= std::min<std::size_t>(m_config.maxCalls, 0xffff)) {
        refusal.errorCode = GeneralError::NoResource;
        send(refusal.encode());
        report(CallRejected{0, request.callId,
                            "OCRQ refused: " + std::to_string(m_config.maxCalls) +
                                " call(s) already on this control connection"});
        return;
    }
    Call call;
    call.callId = allocateCallId();
    if (call.callId == 0) {
        refusal.errorCode = GeneralError::NoResource;
        send(refusal.encode());
        report(CallRejected{0, request.callId, "OCRQ refused: no call id is free"});
        return;
    }
    call.peerCallId = request.callId;
    call.callSerialNumber = request.callSerialNumber;
    call.peerReceiveWindow = request.receiveWindowSize;
    call.peerProcessingDelay = request.processingDelay;
    m_calls.emplace(call.callId, call);
    updateCallWait(std::nullopt);
    report(CallRequested{call.callId, request.callId, request.callSerialNumber, request.minimumBps,
                         request.maximumBps, request.bearerType, request.framingType,
                         request.receiveWindowSize, request.processingDelay, request.phoneNumber,
                         request.subaddress});
}

void PacControlConnection::onCcrq(const CallClearRequest &request, Timestamp now)
{
    for (auto it = m_calls.begin(); it != m_calls.end(); ++it) {
        if (it->second.peerCallId != request.callId)
            continue;
        const Call call = it->second;
        m_calls.erase(it);
        remember(call);
        updateCallWait(now);
        CallDisconnectNotify cdn;
        cdn.callId = call.callId;
        cdn.resultCode = CdnResult::Request;
        send(cdn.encode());
        if (call.established)
            report(CallCleared{call.callId, call.peerCallId, true, "peer sent Call-Clear-Request",
                               CdnResult::Request});
        else
            report(CallRejected{call.callId, call.peerCallId,
                                "peer sent Call-Clear-Request before the call was answered"});
        return;
    }
    // The PNS waits for a CDN (RFC 2637 section 2.12) whatever became of the call. Most
    // often its CCRQ crossed the CDN we sent when the call ended on our side: answer
    // with that call's id. For a call we never had, a General Error / Bad-Call-ID.
    CallDisconnectNotify cdn;
    const auto recent = std::find_if(m_recentlyCleared.rbegin(), m_recentlyCleared.rend(),
                                     [&](const auto &ids) { return ids.first == request.callId; });
    if (recent != m_recentlyCleared.rend()) {
        cdn.callId = recent->second;
        cdn.resultCode = CdnResult::Request;
        report(ProtocolNotice{"CCRQ for peer call id " + std::to_string(request.callId) +
                              ", which already ended; answered with a CDN"});
    } else {
        cdn.callId = 0;
        cdn.resultCode = CdnResult::GeneralError;
        cdn.errorCode = GeneralError::BadCallId;
        report(ProtocolNotice{"CCRQ for unknown peer call id " + std::to_string(request.callId) +
                              "; answered with a CDN General-Error / Bad-Call-ID"});
    }
    send(cdn.encode());
}

// A Call-Disconnect-Notify is the PAC's to send (RFC 2637 section 2.13). A PNS that
// sends one (naming its own call id, the only one it has) says its end of the call is
// gone, for whatever reason it broke the rule. Keeping the call would hold its
// session until the keepalive gave up, and closing the connection would take the
// other calls with it: so the call ends, silently (a notification gets no reply),
// and the connection stays.
void PacControlConnection::onPeerCdn(const CallDisconnectNotify &cdn)
{
    for (auto it = m_calls.begin(); it != m_calls.end(); ++it) {
        if (it->second.peerCallId != cdn.callId)
            continue;
        const Call call = it->second;
        m_calls.erase(it);
        remember(call);
        updateCallWait(std::nullopt);
        const std::string reason = "peer sent Call-Disconnect-Notify (" +
                                   resultText(cdn.resultCode) + "), which only a PAC sends";
        if (call.established)
            report(CallCleared{call.callId, call.peerCallId, true, reason, cdn.resultCode});
        else
            report(CallRejected{call.callId, call.peerCallId, reason});
        return;
    }
    report(ProtocolNotice{"CDN from the PNS for unknown peer call id " +
                          std::to_string(cdn.callId) + "; ignored"});
}

// A WAN-Error-Notify is the PAC's too (section 2.14): counters of line errors the PNS
// does not have. One from a PNS is passed on for the log and changes nothing.
void PacControlConnection::onPeerWen(const WanErrorNotify &wen)
{
    // The field names the receiver's call id, ours; a PNS might put its own there.
    auto it = m_calls.find(wen.peerCallId);
    if (it == m_calls.end())
        it = std::find_if(m_calls.begin(), m_calls.end(), [&](const auto &entry) {
            return entry.second.peerCallId == wen.peerCallId;
        });
    if (it == m_calls.end()) {
        report(ProtocolNotice{"WAN-Error-Notify from the PNS for unknown call id " +
                              std::to_string(wen.peerCallId) + "; ignored"});
        return;
    }
    report(WanErrors{it->second.callId, wen});
}

void PacControlConnection::remember(const Call &call)
{
    m_recentlyCleared.emplace_back(call.peerCallId, call.callId);
    if (m_recentlyCleared.size() > RecentlyClearedKept)
        m_recentlyCleared.pop_front();
}

void PacControlConnection::onSli(const SetLinkInfo &info)
{
    auto it = m_calls.find(info.peerCallId);
    if (it == m_calls.end() || !it->second.established) {
        report(ProtocolError{"SLI for unknown call id " + std::to_string(info.peerCallId) +
                             "; ignored"});
        return;
    }
    it->second.sendAccm = info.sendAccm;
    it->second.receiveAccm = info.receiveAccm;
    report(LinkInfo{info.peerCallId, info.sendAccm, info.receiveAccm});
}

Status PacControlConnection::acceptCall(std::uint16_t callId)
{
    auto it = m_calls.find(callId);
    if (m_state != State::Established || it == m_calls.end() || it->second.established)
        return fail("no pending call with id " + std::to_string(callId) + " to accept");
    Call &call = it->second;
    call.established = true;
    OutgoingCallReply reply;
    reply.callId = call.callId;
    reply.peerCallId = call.peerCallId;
    reply.resultCode = OcrpResult::Connected;
    reply.connectSpeed = m_config.connectSpeed;
    reply.receiveWindowSize = m_config.receiveWindowSize;
    reply.processingDelay = m_config.processingDelay;
    send(reply.encode());
    report(CallEstablished{call.callId, call.peerCallId, call.peerReceiveWindow,
                           call.peerProcessingDelay, m_config.connectSpeed});
    return {};
}

Status PacControlConnection::rejectCall(std::uint16_t callId, OcrpResult result, GeneralError error,
                                        std::uint16_t causeCode)
{
    auto it = m_calls.find(callId);
    if (m_state != State::Established || it == m_calls.end() || it->second.established)
        return fail("no pending call with id " + std::to_string(callId) + " to reject");
    if (result == OcrpResult::Connected)
        return fail("rejectCall needs a failure result, not Connected");
    const Call call = it->second;
    m_calls.erase(it);
    remember(call);
    updateCallWait(std::nullopt);
    OutgoingCallReply reply;
    reply.peerCallId = call.peerCallId;
    reply.resultCode = result;
    reply.errorCode = error;
    reply.causeCode = causeCode;
    send(reply.encode());
    report(CallRejected{call.callId, call.peerCallId, "refused: " + resultText(result)});
    return {};
}

Status PacControlConnection::clearCall(std::uint16_t callId, CdnResult result,
                                       std::uint16_t causeCode, std::string statistics)
{
    auto it = m_calls.find(callId);
    if (m_state != State::Established || it == m_calls.end() || !it->second.established)
        return fail("no established call with id " + std::to_string(callId) + " to clear");
    const Call call = it->second;
    m_calls.erase(it);
    remember(call);
    updateCallWait(std::nullopt);
    CallDisconnectNotify cdn;
    cdn.callId = call.callId;
    cdn.resultCode = result;
    cdn.causeCode = causeCode;
    cdn.callStatistics = std::move(statistics);
    send(cdn.encode());
    report(CallCleared{call.callId, call.peerCallId, false, "cleared by us: " + resultText(result),
                       result});
    return {};
}

Status PacControlConnection::sendWanErrorNotify(std::uint16_t callId, WanErrorNotify counters)
{
    auto it = m_calls.find(callId);
    if (m_state != State::Established || it == m_calls.end() || !it->second.established)
        return fail("no established call with id " + std::to_string(callId));
    counters.peerCallId = it->second.peerCallId;
    send(counters.encode());
    return {};
}

void PacControlConnection::stop(StopReason reason, Timestamp now)
{
    if (m_state == State::WaitSccrq || m_state == State::Idle) {
        m_channel.close("stopped before the control connection was established", false);
        return;
    }
    if (m_state != State::Established)
        return;
    dropAllCalls("control connection stopping", false);
    m_state = State::WaitStopReply;
    m_channel.stop(reason, now);
}

const PacControlConnection::Call *PacControlConnection::call(std::uint16_t callId) const
{
    auto it = m_calls.find(callId);
    return it == m_calls.end() ? nullptr : &it->second;
}

void PacControlConnection::onClosing(const std::string &reason, bool byPeer)
{
    m_state = State::Closed;
    m_callDeadline = NoDeadline;
    dropAllCalls("control connection closed: " + reason, byPeer);
}

void PacControlConnection::dropAllCalls(const std::string &reason, bool byPeer)
{
    for (const auto &[id, call] : m_calls) {
        if (call.established)
            report(CallCleared{call.callId, call.peerCallId, byPeer, reason, std::nullopt});
        else
            report(CallRejected{call.callId, call.peerCallId, reason});
    }
    m_calls.clear();
}

std::uint16_t PacControlConnection::allocateCallId()
{
    if (m_config.callIdSource) {
        const std::uint16_t id = m_config.callIdSource();
        // The source promises a free id; one this connection holds is refused anyway.
        return m_calls.find(id) == m_calls.end() ? id : 0;
    }
    // onOcrq keeps fewer than 65535 calls, so a free id is always found.
    for (;;) {
        std::uint16_t id = m_nextCallId++;
        if (id != 0 && m_calls.find(id) == m_calls.end())
            return id;
    }
}

} // namespace keyward::protocol::pptp
