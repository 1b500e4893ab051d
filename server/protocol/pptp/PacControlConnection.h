#pragma once

// The PAC (server) side of one PPTP control connection, RFC 2637 sections 2 and 3.
// Sans-I/O: the owner feeds the TCP bytes and the time in, drains takeOutgoing()
// (bytes for the TCP socket) and takeEvents(), and calls onTimer() at nextDeadline().
//
//   start() -> WaitSccrq --SCCRQ--> Established --stop()/StopCCRQ--> WaitStopReply/Closed
//
// Deadlines: no SCCRQ within handshakeTimeout of start() closes the connection, and
// so does an established connection that holds no call for callWaitTimeout (from the
// SCCRQ, or from the moment its last call went). When a call goes at the owner's
// request (clearCall, rejectCall: no time passed in), the machine asks to be woken at
// once (nextDeadline() in the past) and starts that wait at the time onTimer() brings.
//
// Several calls may share the connection (RFC 2637 section 3.1; pptp-linux puts every
// pppd's call on one connection per server), up to Config::maxCalls; each ends on its
// own and the others stay.
//
// Anything that cannot be framed or decoded, or a message the PNS must not send in the
// current state, ends the connection with a ProtocolError and a ControlClosed naming
// the reason. What RFC 2637 does not ask a receiver to refuse is tolerated and reported
// as a ProtocolNotice: reserved fields that are not zero, octets past a message's
// fixed layout, a Call-Clear-Request for a call that is gone (answered with a
// Call-Disconnect-Notify all the same), and a Call-Disconnect-Notify or
// WAN-Error-Notify from the PNS (see handleEstablished). Framing, decoding, the
// keepalive and the stop exchange are the ControlChannel's; this class adds the PAC's
// handshake and its calls.

#include "common/Bytes.h"
#include "common/Result.h"
#include "common/Time.h"
#include "pptp/ControlChannel.h"
#include "pptp/ControlEvent.h"

#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace keyward::protocol::pptp {

class PacControlConnection : private ControlChannel::Handler
{
public:
    struct Config
    {
        std::string hostName = "keywardd";
        std::string vendor = "Keyward";
        std::uint16_t firmwareRevision = 0x0100;
        std::uint16_t maxChannels = 0;
        std::uint32_t framingCapabilities = kFramingAsync | kFramingSync;
        std::uint32_t bearerCapabilities = kBearerAnalog | kBearerDigital;
        Duration handshakeTimeout = std::chrono::seconds(30);
        // How long an established connection may hold no call; zero: no limit.
        Duration callWaitTimeout = Duration::zero();
        Duration echoIdleInterval = std::chrono::seconds(60);
        Duration echoReplyTimeout = std::chrono::seconds(60);
        Duration stopReplyTimeout = std::chrono::seconds(10);
        // Calls (pending or established) allowed on this control connection; an OCRQ
        // beyond it is refused with OCRP General-Error / No-Resource.
        std::size_t maxCalls = 1;
        std::uint16_t receiveWindowSize = 64;
        std::uint16_t processingDelay = 0;
        std::uint32_t connectSpeed = 100'000'000;
        // First call id to hand out (the daemon may pick it at random); 0 is skipped.
        std::uint16_t firstCallId = 1;
        // Where call ids come from when several connections must not share one (the
        // daemon reserves them across all its connections): a free id, or 0 when none
        // is left (the OCRQ is refused with No-Resource). The id is the owner's again
        // once the call's CallRejected or CallCleared is reported. Unset: ids count up
        // from firstCallId, unique on this connection.
        std::function<std::uint16_t()> callIdSource;
    };

    enum class State
    {
        Idle,
        WaitSccrq,
        Established,
        WaitStopReply,
        Closed
    };

    struct Call
    {
        std::uint16_t callId = 0;
        std::uint16_t peerCallId = 0;
        std::uint16_t callSerialNumber = 0;
        std::uint16_t peerReceiveWindow = 0;
        std::uint16_t peerProcessingDelay = 0;
        bool established = false;
        std::uint32_t sendAccm = 0xffffffff;
        std::uint32_t receiveAccm = 0xffffffff;
    };

    explicit PacControlConnection(Config config);
    PacControlConnection(const PacControlConnection &) = delete;
    PacControlConnection &operator=(const PacControlConnection &) = delete;

    // The TCP connection was accepted: the handshake deadline starts now.
    void start(Timestamp now);
    void onBytes(ByteView data, Timestamp now);
    void onTimer(Timestamp now);
    Timestamp nextDeadline() const;

    std::vector<Bytes> takeOutgoing();
    std::vector<ControlEvent> takeEvents();

    // Answers a CallRequested: OCRP Connected, or OCRP with the given result.
    Status acceptCall(std::uint16_t callId);
    Status rejectCall(std::uint16_t callId, OcrpResult result,
                      GeneralError error = GeneralError::None, std::uint16_t causeCode = 0);
    // Clears an established call from our side with a Call-Disconnect-Notify.
    Status clearCall(std::uint16_t callId, CdnResult result, std::uint16_t causeCode = 0,
                     std::string statistics = {});
    // Sends a WAN-Error-Notify for the call (counters.peerCallId is filled in).
    Status sendWanErrorNotify(std::uint16_t callId, WanErrorNotify counters);
    // Starts a Stop-Control-Connection; all calls are implicitly cleared.
    void stop(StopReason reason, Timestamp now);

    State state() const { return m_state; }
    const Call *call(std::uint16_t callId) const;
    std::size_t callCount() const { return m_calls.size(); }

private:
    void onMessage(const ControlMessage &message, Timestamp now) override;
    void onClosing(const std::string &reason, bool byPeer) override;
    void handleEstablished(const ControlMessage &message, Timestamp now);
    void onSccrq(const StartControlConnectionRequest &request, Timestamp now);
    void onOcrq(const OutgoingCallRequest &request);
    void onCcrq(const CallClearRequest &request, Timestamp now);
    void onSli(const SetLinkInfo &info);
    void onPeerCdn(const CallDisconnectNotify &cdn);
    void onPeerWen(const WanErrorNotify &wen);
    // A call left the connection: its ids are kept a while to answer a late CCRQ.
    void remember(const Call &call);
    void send(const Bytes &bytes) { m_channel.send(bytes); }
    void report(ControlEvent event) { m_channel.report(std::move(event)); }
    void dropAllCalls(const std::string &reason, bool byPeer);
    // After the set of calls changed: the call wait starts (at `now`, or at the next
    // onTimer() when the time is not known) or stops.
    void updateCallWait(std::optional<Timestamp> now);
    // 0 when no id is free.
    std::uint16_t allocateCallId();

    Config m_config;
    State m_state = State::Idle;
    ControlChannel m_channel;
    std::map<std::uint16_t, Call> m_calls; // by our call id
    std::uint16_t m_nextCallId;
    // The last calls that left (peer call id, our call id), newest last; bounded.
    std::deque<std::pair<std::uint16_t, std::uint16_t>> m_recentlyCleared;
    // When the connection closes for holding no call; NoDeadline while it holds one.
    Timestamp m_callDeadline = NoDeadline;
};

} // namespace keyward::protocol::pptp
