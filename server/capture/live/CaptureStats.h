#pragma once

// The body of a Stats or Stopped frame: pcap_stats() of the running capture. `dropped`
// counts packets the kernel dropped because keyward-capture did not read them in
// time, `interfaceDropped` those the interface or its driver dropped.

#include "capture/live/CaptureFrame.h"
#include "common/Result.h"

namespace keyward::capture::live {

struct CaptureStats
{
    std::uint64_t received = 0;
    std::uint64_t dropped = 0;
    std::uint64_t interfaceDropped = 0;

    Bytes encode() const;
    static Result<CaptureStats> decode(ByteView body);
    bool operator==(const CaptureStats &) const = default;
};

} // namespace keyward::capture::live
