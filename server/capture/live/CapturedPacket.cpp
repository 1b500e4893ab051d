#include "capture/live/CapturedPacket.h"

#include "common/ByteReader.h"
#include "common/ByteWriter.h"

namespace keyward::capture::live {

void CapturedPacket::encodeInto(Bytes &out, std::int64_t timestampNs, std::uint32_t originalLength,
                                ByteView data)
{
    ByteWriter w(out);
    const auto ts = static_cast<std::uint64_t>(timestampNs);
    w.u32(static_cast<std::uint32_t>(ts >> 32));
    w.u32(static_cast<std::uint32_t>(ts));
    w.u32(originalLength);
    w.bytes(data);
}

Bytes CapturedPacket::encode() const
{
    Bytes out;
    encodeInto(out, timestampNs, originalLength, data);
    return out;
}

Result<CapturedPacket> CapturedPacket::decode(ByteView body)
{
    ByteReader r(body);
    const std::uint64_t high = r.u32();
    const std::uint64_t low = r.u32();
    CapturedPacket packet;
    packet.timestampNs = static_cast<std::int64_t>(high << 32 | low);
    packet.originalLength = r.u32();
    if (r.failed())
        return fail("a packet frame shorter than its 12-byte header");
    const ByteView data = r.rest();
    if (data.size() > packet.originalLength)
        return fail("a packet frame with more bytes (" + std::to_string(data.size()) +
                    ") than its original length (" + std::to_string(packet.originalLength) + ")");
    packet.data.assign(data.begin(), data.end());
    return packet;
}

} // namespace keyward::capture::live
