#pragma once

// The body of a Start frame: which interface, which BPF filter, how many bytes of
// each packet. Decoding checks every length and range, since it is what
// keyward-capture, holding CAP_NET_RAW, reads from its socket.

#include "capture/live/CaptureFrame.h"
#include "common/Result.h"

#include <string>

namespace keyward::capture::live {

struct CaptureStartRequest
{
    static constexpr std::size_t MaxInterface = 64;
    static constexpr std::size_t MaxFilter = 4096;
    static constexpr std::uint32_t MinSnaplen = 64;
    static constexpr std::uint32_t MaxSnaplen = 262144;

    std::string interface = "any";
    std::string filter;
    std::uint32_t snaplen = 65535;

    Bytes encode() const;
    static Result<CaptureStartRequest> decode(ByteView body);
    // The problem with these values (empty interface, a control character, a length
    // or snaplen out of range), or success.
    Status check() const;
};

} // namespace keyward::capture::live
