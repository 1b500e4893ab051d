#pragma once

// One live libpcap capture, as keyward-capture runs it: opened on an interface with a
// snaplen (not promiscuous, immediate mode, nanosecond time stamps when the kernel
// gives them), a BPF filter compiled by pcap (its error text is passed on verbatim),
// non-blocking, read when its descriptor is readable. The only code in Keyward that
// calls libpcap's live-capture functions.

#include "capture/live/CaptureFrame.h"
#include "capture/live/CaptureStartRequest.h"
#include "capture/live/CaptureStats.h"
#include "common/Result.h"

#include <functional>

struct pcap;

namespace keyward::capture::live {

class LiveCapture
{
public:
    using Sink =
        std::function<void(std::int64_t timestampNs, std::uint32_t originalLength, ByteView data)>;

    LiveCapture() = default;
    LiveCapture(const LiveCapture &) = delete;
    LiveCapture &operator=(const LiveCapture &) = delete;
    ~LiveCapture();

    // Opens the capture; the error is pcap's own message, with what failed.
    Status open(const CaptureStartRequest &request);
    bool isOpen() const { return m_pcap != nullptr; }
    int linkType() const;
    int descriptor() const;
    // Hands every packet waiting (at most `limit`) to `sink`; the count, or pcap's error.
    Result<int> read(int limit, const Sink &sink);
    CaptureStats stats() const;
    void close();

private:
    pcap *m_pcap = nullptr;
    bool m_nano = false;
    int m_fd = -1;
};

} // namespace keyward::capture::live
