#pragma once

// The RFC 1661 section 4 option-negotiation automaton, written once for every
// control protocol (LCP, IPCP, CCP). All ten states and the full event/action table
// are here; what the options mean is delegated to an OptionPolicy.
//
// Sans-I/O: the caller feeds control packets (the PPP payload for protocol()) and the
// current time in, drains takeOutgoing() (control packets to frame with protocol())
// and takeEvents(), and calls onTimer(now) once nextDeadline() has passed (NoDeadline
// when no timer runs).

#include "common/Bytes.h"
#include "common/Time.h"
#include "ppp/ControlPacket.h"
#include "ppp/OptionPolicy.h"
#include "ppp/PppEvent.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace keyward::protocol::ppp {

class OptionAutomaton
{
public:
    enum class State : std::uint8_t
    {
        Initial,
        Starting,
        Closed,
        Stopped,
        Closing,
        Stopping,
        ReqSent,
        AckRcvd,
        AckSent,
        Opened,
    };

    // RFC 1661 section 4.6 defaults.
    struct Limits
    {
        Duration restartTimer{3000};
        int maxTerminate = 2;
        int maxConfigure = 10;
        int maxFailure = 5;
    };

    OptionAutomaton(OptionPolicy &policy, std::uint16_t protocol, std::string name, Limits limits);
    OptionAutomaton(OptionPolicy &policy, std::uint16_t protocol, std::string name);
    virtual ~OptionAutomaton() = default;
    OptionAutomaton(const OptionAutomaton &) = delete;
    OptionAutomaton &operator=(const OptionAutomaton &) = delete;

    // Administrative and lower-layer events.
    void up(Timestamp now);
    void down(Timestamp now);
    void open(Timestamp now);
    void close(Timestamp now, std::string_view reason = {});

    // One control packet (the PPP frame payload for protocol()).
    void receive(ByteView packet, Timestamp now);
    // LCP reported a Protocol-Reject for this protocol (RXJ-).
    void protocolRejected(Timestamp now);
    // The peer's MRU once LCP agreed it (1500 before): a Code-Reject carries no more of
    // the rejected packet than fits in it.
    void setPeerMru(std::uint16_t mru) { m_peerMru = mru; }
    std::uint16_t peerMru() const { return m_peerMru; }

    virtual Timestamp nextDeadline() const;
    virtual void onTimer(Timestamp now);

    std::vector<Bytes> takeOutgoing();
    std::vector<PppEvent> takeEvents();

    State state() const { return m_state; }
    bool isOpened() const { return m_state == State::Opened; }
    std::uint16_t protocol() const { return m_protocol; }
    const std::string &name() const { return m_name; }
    const Limits &limits() const { return m_limits; }
    static std::string_view stateName(State state);

protected:
    void sendPacket(std::uint8_t code, std::uint8_t identifier, ByteView data);
    std::uint8_t nextIdentifier() { return ++m_lastId; }
    void emitEvent(PppEvent::Kind kind, std::string detail = {}, std::uint16_t protocol = 0,
                   std::uint8_t identifier = 0);
    // The negotiation cannot succeed: report why and close the layer.
    void negotiationFailed(Timestamp now, const std::string &reason);

private:
    void setState(State state);
    void initRestartCount(bool forTerminate);
    void zeroRestartCount(Timestamp now);
    void sendConfigureRequest(Timestamp now);
    void sendTerminateRequest(Timestamp now, std::string_view reason);
    void sendTerminateAck(std::uint8_t identifier);
    void sendCodeReject(ByteView rejectedPacket);
    void thisLayerUp(Timestamp now);
    void thisLayerDown();
    void thisLayerStarted();
    void thisLayerFinished();

    void onConfigureRequest(const ControlPacket &packet, Timestamp now);
    void onConfigureAck(const ControlPacket &packet, Timestamp now);
    void onConfigureNakOrReject(const ControlPacket &packet, Timestamp now);
    void onTerminateRequest(const ControlPacket &packet, Timestamp now);
    void onTerminateAck(Timestamp now);
    void onCodeReject(const ControlPacket &packet, Timestamp now);
    void onUnknownCode(ByteView raw);
    void rxjMinus(Timestamp now);
    void discard(const std::string &why);

    OptionPolicy &m_policy;
    std::uint16_t m_protocol;
    std::string m_name;
    Limits m_limits;
    std::uint16_t m_peerMru = 1500;

    State m_state = State::Initial;
    int m_restartCount = 0;
    Timestamp m_deadline = NoDeadline; // the restart timer
    int m_naksSent = 0;     // Configure-Naks sent since the last Configure-Ack (Max-Failure)
    int m_naksReceived = 0; // Configure-Naks received since our last Ack received
    std::uint8_t m_lastId = 0;
    std::uint8_t m_requestId = 0;
    bool m_requestOutstanding = false;
    Bytes m_requestOptions; // encoded options of our last Configure-Request
    std::vector<Bytes> m_outgoing;
    std::vector<PppEvent> m_events;
};

} // namespace keyward::protocol::ppp
