#pragma once

// Cuts a byte stream from the other side into CaptureFrames. The header is checked
// as soon as it is there: an unknown type or a body longer than CaptureFrame::MaxBody
// is an error at once (nothing more is buffered), and so is a stream that ends in
// the middle of a frame. After an error the reader stays failed: the connection is
// to be closed, not resynchronised.

#include "capture/live/CaptureFrame.h"
#include "common/Result.h"

#include <functional>
#include <optional>

namespace keyward::capture::live {

class CaptureFrameReader
{
public:
    void append(ByteView bytes);
    // The next whole frame, nullopt when more bytes are needed, or the error.
    Result<std::optional<CaptureFrame>> next();
    // The peer closed its end: an error when a frame was cut short.
    Status finish() const;
    bool failed() const { return m_error.has_value(); }
    // Reads what the non-blocking socket `fd` has now and hands each whole frame to
    // `onFrame`, which returns false to stop. False when the peer closed its end, the
    // stream broke (said on stderr, where the capture processes log) or onFrame
    // stopped; true when more is to come.
    bool receive(int fd, const std::function<bool(const CaptureFrame &)> &onFrame);
    std::size_t buffered() const { return m_buffer.size() - m_start; }

private:
    Bytes m_buffer;
    std::size_t m_start = 0;
    std::optional<Error> m_error;
};

} // namespace keyward::capture::live
