#pragma once

// What a PPP control protocol tells its caller. The caller drains these with
// takeEvents() after every input and acts (start authentication, bring up IPCP,
// tear the call down, log the detail).

#include <cstdint>
#include <string>
#include <string_view>

namespace keyward::protocol::ppp {

struct PppEvent
{
    enum class Kind : std::uint8_t
    {
        LayerUp,           // this-layer-up: negotiation reached Opened
        LayerDown,         // this-layer-down: left Opened
        LayerStarted,      // this-layer-started: the lower layer is needed
        LayerFinished,     // this-layer-finished: the lower layer is no longer needed
        NegotiationFailed, // detail: why (policy refusal, no convergence, timeout)
        PacketDiscarded,   // detail: why a received packet was ignored
        CodeRejected,      // the peer Code-Rejected one of our codes (identifier = code)
        ProtocolRejected,  // LCP: the peer Protocol-Rejected `protocol`
        LoopbackDetected,  // LCP: the peer's Magic-Number equals ours
        EchoTimeout,       // LCP: too many Echo-Requests went unanswered
        ResetRequested,    // CCP: the peer asked us to reset our compressor/cipher
        ResetAcknowledged, // CCP: the peer acknowledged our Reset-Request
        TerminatedByPeer,  // a Terminate-Request arrived; detail: its text
    };

    Kind kind = Kind::LayerUp;
    std::uint16_t layer = 0;    // the control protocol that raised the event
    std::string detail;         // a sentence for the log
    std::uint16_t protocol = 0; // ProtocolRejected: which protocol
    std::uint8_t identifier = 0;

    bool operator==(const PppEvent &) const = default;
};

constexpr std::string_view toString(PppEvent::Kind kind)
{
    switch (kind) {
    case PppEvent::Kind::LayerUp:
        return "this-layer-up";
    case PppEvent::Kind::LayerDown:
        return "this-layer-down";
    case PppEvent::Kind::LayerStarted:
        return "this-layer-started";
    case PppEvent::Kind::LayerFinished:
        return "this-layer-finished";
    case PppEvent::Kind::NegotiationFailed:
        return "negotiation-failed";
    case PppEvent::Kind::PacketDiscarded:
        return "packet-discarded";
    case PppEvent::Kind::CodeRejected:
        return "code-rejected";
    case PppEvent::Kind::ProtocolRejected:
        return "protocol-rejected";
    case PppEvent::Kind::LoopbackDetected:
        return "loopback-detected";
    case PppEvent::Kind::EchoTimeout:
        return "echo-timeout";
    case PppEvent::Kind::ResetRequested:
        return "reset-requested";
    case PppEvent::Kind::ResetAcknowledged:
        return "reset-acknowledged";
    case PppEvent::Kind::TerminatedByPeer:
        return "terminated-by-peer";
    }
    return "unknown";
}

} // namespace keyward::protocol::ppp
