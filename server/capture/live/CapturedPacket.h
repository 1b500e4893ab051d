#pragma once

// The body of a Packet frame: when it was captured (nanoseconds since the Unix
// epoch), its length on the wire, and the bytes kept (at most the snaplen).

#include "capture/live/CaptureFrame.h"
#include "common/Result.h"

namespace keyward::capture::live {

struct CapturedPacket
{
    std::int64_t timestampNs = 0;
    std::uint32_t originalLength = 0;
    Bytes data;

    Bytes encode() const;
    static void encodeInto(Bytes &out, std::int64_t timestampNs, std::uint32_t originalLength,
                           ByteView data);
    static Result<CapturedPacket> decode(ByteView body);
};

} // namespace keyward::capture::live
