#pragma once

// Enhanced GRE (RFC 2637 section 4.1), the PPP carrier of a PPTP call:
//
//   C R K S s Recur | A Flags Ver(=1) | Protocol Type 0x880B
//   Key: payload length (16) | peer's call id (16)
//   [Sequence Number (32), if S]  [Acknowledgment Number (32), if A]  payload
//
// decode() checks every fixed bit and that the payload length field matches what
// follows; the payload it returns is a view into the input (no copy), valid only as
// long as that buffer is.

#include "common/Bytes.h"
#include "common/Result.h"

#include <cstdint>
#include <optional>

namespace keyward::protocol::pptp {

struct GrePacket
{
    static constexpr std::uint16_t kProtocolPpp = 0x880B;
    static constexpr std::uint8_t kVersion = 1;
    static constexpr std::size_t kBaseHeaderSize = 8;
    static constexpr std::size_t kMaxPayload = 0xffff;

    std::uint16_t callId = 0; // the receiver's call id (the key)
    std::optional<std::uint32_t> sequence;
    std::optional<std::uint32_t> acknowledgment;
    ByteView payload;

    // No payload and no sequence number: a bare acknowledgment.
    bool isAckOnly() const { return !sequence && payload.empty(); }
    std::size_t headerSize() const
    {
        return kBaseHeaderSize + (sequence ? 4 : 0) + (acknowledgment ? 4 : 0);
    }

    static Result<GrePacket> decode(ByteView data);
    // Appends the encoded packet; refuses what decode() would refuse (payload over
    // 65535 octets, payload without sequence number, neither payload nor ack).
    Status appendTo(Bytes &out) const;
    Result<Bytes> encode() const;
};

} // namespace keyward::protocol::pptp
