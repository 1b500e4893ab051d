#include "capture/live/CaptureStats.h"

#include "common/ByteReader.h"
#include "common/ByteWriter.h"

namespace keyward::capture::live {

namespace {

void u64(ByteWriter &w, std::uint64_t v)
{
    w.u32(static_cast<std::uint32_t>(v >> 32));
    w.u32(static_cast<std::uint32_t>(v));
}

std::uint64_t u64(ByteReader &r)
{
    const std::uint64_t high = r.u32();
    return high << 32 | r.u32();
}

} // namespace

Bytes CaptureStats::encode() const
{
    Bytes out;
    ByteWriter w(out);
    u64(w, received);
    u64(w, dropped);
    u64(w, interfaceDropped);
    return out;
}

Result<CaptureStats> CaptureStats::decode(ByteView body)
{
    ByteReader r(body);
    CaptureStats stats;
    stats.received = u64(r);
    stats.dropped = u64(r);
    stats.interfaceDropped = u64(r);
    if (r.failed() || !r.atEnd())
        return fail("a statistics frame of " + std::to_string(body.size()) + " bytes, not 24");
    return stats;
}

} // namespace keyward::capture::live
