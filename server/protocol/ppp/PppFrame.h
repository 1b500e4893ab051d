#pragma once

// One PPP frame as carried in the payload of a PPTP enhanced GRE packet (RFC 1661
// section 2, RFC 1662 section 3.1 minus the HDLC flags and FCS, which PPTP omits).
// The address/control octets 0xFF 0x03 may be absent (ACFC) and the protocol field
// may be one octet (PFC) when its value is below 0x100.

#include "common/Bytes.h"
#include "common/Result.h"

#include <cstdint>

namespace keyward::protocol::ppp {

struct PppFrame
{
    std::uint16_t protocol = 0;
    Bytes payload;
    bool addressControlPresent = true; // false when the peer used ACFC
    bool protocolCompressed = false;   // true when the peer used PFC

    // Rejects empty frames, a bad address/control pair, a missing or truncated
    // protocol field and protocol numbers that break the odd/even rule.
    static Result<PppFrame> decode(ByteView frame);

    // omitAddressControl: ACFC agreed. compressProtocol: PFC agreed; only applied to
    // protocol numbers below 0x100 and never to LCP (RFC 1661 6.5/6.6).
    static Bytes encode(std::uint16_t protocol, ByteView payload, bool omitAddressControl = false,
                        bool compressProtocol = false);
};

} // namespace keyward::protocol::ppp
