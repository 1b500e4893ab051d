#pragma once

// What a PPTP control connection (PAC or PNS side) reports to its owner, drained with
// takeEvents(). These are plain value types kept together as one variant family, like
// the messages in ControlMessage.h. Call ids: `callId` is always ours (the id the
// peer's GRE packets carry in their key), `peerCallId` the peer's (the key we send).

#include "pptp/ControlMessage.h"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>

namespace keyward::protocol::pptp {

// The Start-Control-Connection handshake completed.
struct ControlEstablished
{
    std::uint16_t peerProtocolVersion = 0;
    std::uint32_t peerFramingCapabilities = 0;
    std::uint32_t peerBearerCapabilities = 0;
    std::uint16_t peerMaxChannels = 0;
    std::uint16_t peerFirmwareRevision = 0;
    std::string peerHostName;
    std::string peerVendor;
};

// PAC side: the PNS asked for a call (OCRQ). The owner answers with acceptCall() or
// rejectCall(); until then the call is pending and counts against maxCalls.
struct CallRequested
{
    std::uint16_t callId = 0;
    std::uint16_t peerCallId = 0;
    std::uint16_t callSerialNumber = 0;
    std::uint32_t minimumBps = 0;
    std::uint32_t maximumBps = 0;
    std::uint32_t bearerType = 0;
    std::uint32_t framingType = 0;
    std::uint16_t peerReceiveWindow = 0;
    std::uint16_t peerProcessingDelay = 0;
    std::string phoneNumber;
    std::string subaddress;
};

// The call is up: GRE may flow (we send with key peerCallId, receive with key callId).
struct CallEstablished
{
    std::uint16_t callId = 0;
    std::uint16_t peerCallId = 0;
    std::uint16_t peerReceiveWindow = 0;
    std::uint16_t peerProcessingDelay = 0;
    std::uint32_t connectSpeed = 0;
};

// A call request was refused (by us on the PAC side, by the PAC on the PNS side).
struct CallRejected
{
    std::uint16_t callId = 0;
    std::uint16_t peerCallId = 0;
    std::string reason;
};

struct CallCleared
{
    std::uint16_t callId = 0;
    std::uint16_t peerCallId = 0;
    bool byPeer = false;
    std::string reason;
    // The result of the Call-Disconnect-Notify that ended the call, sent or received;
    // none when no CDN went (the connection closed, a deadline).
    std::optional<CdnResult> disconnectResult;
};

// PAC side: Set-Link-Info from the PNS (the ACCMs PPP negotiated).
struct LinkInfo
{
    std::uint16_t callId = 0;
    std::uint32_t sendAccm = 0;
    std::uint32_t receiveAccm = 0;
};

// WAN-Error-Notify from the peer: from the PAC on the PNS side; on the PAC side a
// PNS's, which RFC 2637 does not foresee but which harms nothing (counters only).
struct WanErrors
{
    std::uint16_t callId = 0;
    WanErrorNotify counters;
};

// Something the peer did wrong. When it is fatal a ControlClosed follows.
struct ProtocolError
{
    std::string reason;
};

// Something odd the peer did that RFC 2637 does not require us to refuse and that
// changes nothing (a reserved field that is not zero, octets past a message's fixed
// layout, a notification for a call that is gone): tolerated, worth a debug line.
struct ProtocolNotice
{
    std::string reason;
};

// The control connection is over: flush takeOutgoing(), then close the TCP socket.
struct ControlClosed
{
    std::string reason;
    bool byPeer = false;
};

using ControlEvent =
    std::variant<ControlEstablished, CallRequested, CallEstablished, CallRejected, CallCleared,
                 LinkInfo, WanErrors, ProtocolError, ProtocolNotice, ControlClosed>;

} // namespace keyward::protocol::pptp
