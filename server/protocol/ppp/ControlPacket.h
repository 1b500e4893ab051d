#pragma once

// The packet format shared by LCP, IPCP and CCP (RFC 1661 section 5): Code,
// Identifier, Length, Data. Octets beyond Length are padding and are dropped.

#include "common/Bytes.h"
#include "common/Result.h"

#include <cstdint>

namespace keyward::protocol::ppp {

enum ControlCode : std::uint8_t
{
    kConfigureRequest = 1,
    kConfigureAck = 2,
    kConfigureNak = 3,
    kConfigureReject = 4,
    kTerminateRequest = 5,
    kTerminateAck = 6,
    kCodeReject = 7,
    kProtocolReject = 8,  // LCP only
    kEchoRequest = 9,     // LCP only
    kEchoReply = 10,      // LCP only
    kDiscardRequest = 11, // LCP only
    kIdentification = 12, // LCP only, RFC 1570
    kTimeRemaining = 13,  // LCP only, RFC 1570
    kResetRequest = 14,   // CCP only, RFC 1962
    kResetAck = 15,       // CCP only, RFC 1962
};

struct ControlPacket
{
    std::uint8_t code = 0;
    std::uint8_t identifier = 0;
    Bytes data;

    // Needs at least the 4-octet header and a Length within the buffer.
    static Result<ControlPacket> decode(ByteView packet);
    Bytes encode() const;
    static Bytes encode(std::uint8_t code, std::uint8_t identifier, ByteView data);
};

} // namespace keyward::protocol::ppp
