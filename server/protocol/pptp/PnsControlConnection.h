#pragma once

// The PNS (client) side of a PPTP control connection, as keyward-probe needs it:
// SCCRQ -> SCCRP, OCRQ -> OCRP per call, echo keepalive, and an orderly close
// (CCRQ for each call, wait for the CDNs, then StopCCRQ -> StopCCRP). Same sans-I/O
// pattern as PacControlConnection, on the same ControlChannel.

#include "common/Bytes.h"
#include "common/Result.h"
#include "common/Time.h"
#include "pptp/ControlChannel.h"
#include "pptp/ControlEvent.h"

#include <map>
#include <string>
#include <vector>

namespace keyward::protocol::pptp {

class PnsControlConnection : private ControlChannel::Handler
{
public:
    struct Config
    {
        std::string hostName = "keyward-probe";
        std::string vendor = "Keyward";
        std::uint16_t firmwareRevision = 0x0100;
        std::uint32_t framingCapabilities = kFramingAsync | kFramingSync;
        std::uint32_t bearerCapabilities = kBearerAnalog | kBearerDigital;
        // How long we wait for SCCRP, OCRP, CDN and StopCCRP.
        Duration replyTimeout = std::chrono::seconds(30);
        Duration echoIdleInterval = std::chrono::seconds(60);
        Duration echoReplyTimeout = std::chrono::seconds(60);
        std::uint16_t receiveWindowSize = 64;
        std::uint16_t processingDelay = 0;
        std::uint32_t minimumBps = 2400;
        std::uint32_t maximumBps = 100'000'000;
        std::uint16_t firstCallId = 1;
    };

    enum class State
    {
        Idle,
        WaitSccrp,
        Established,
        ClearingCalls,
        WaitStopReply,
        Closed
    };

    explicit PnsControlConnection(Config config);
    PnsControlConnection(const PnsControlConnection &) = delete;
    PnsControlConnection &operator=(const PnsControlConnection &) = delete;

    // The TCP connection is up: sends SCCRQ.
    void start(Timestamp now);
    void onBytes(ByteView data, Timestamp now);
    void onTimer(Timestamp now);
    Timestamp nextDeadline() const;

    std::vector<Bytes> takeOutgoing();
    std::vector<ControlEvent> takeEvents();

    // Sends OCRQ; returns our call id. CallEstablished or CallRejected follows.
    Result<std::uint16_t> placeCall(Timestamp now, std::string phoneNumber = {});
    // Sends CCRQ for the call; CallCleared follows when the PAC's CDN arrives.
    Status clearCall(std::uint16_t callId, Timestamp now);
    // Tells the PAC the ACCMs PPP negotiated.
    Status sendSetLinkInfo(std::uint16_t callId, std::uint32_t sendAccm, std::uint32_t receiveAccm);
    // Orderly close: CCRQ for every call, then StopCCRQ once they are cleared.
    void close(Timestamp now);

    State state() const { return m_state; }
    std::size_t callCount() const { return m_calls.size(); }

private:
    enum class CallState
    {
        WaitReply,
        Established,
        WaitDisconnect
    };
    struct Call
    {
        std::uint16_t callId = 0;
        std::uint16_t peerCallId = 0;
        CallState state = CallState::WaitReply;
        Timestamp deadline = NoDeadline;
    };

    void onMessage(const ControlMessage &message, Timestamp now) override;
    void onClosing(const std::string &reason, bool byPeer) override;
    void onOcrp(const OutgoingCallReply &reply);
    void onCdn(const CallDisconnectNotify &cdn, Timestamp now);
    void sendStop(Timestamp now);
    void maybeFinishClearing(Timestamp now);
    void send(const Bytes &bytes) { m_channel.send(bytes); }
    void report(ControlEvent event) { m_channel.report(std::move(event)); }

    Config m_config;
    State m_state = State::Idle;
    ControlChannel m_channel;
    std::map<std::uint16_t, Call> m_calls; // by our call id
    std::uint16_t m_nextCallId;
    std::uint16_t m_nextSerial = 0;
};

} // namespace keyward::protocol::pptp
