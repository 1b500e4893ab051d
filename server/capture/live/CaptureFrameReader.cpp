#include "capture/live/CaptureFrameReader.h"

#include "common/ByteReader.h"

#include <cerrno>
#include <cstdio>
#include <sys/socket.h>

namespace keyward::capture::live {

void CaptureFrameReader::append(ByteView bytes)
{
    if (m_error)
        return;
    if (m_start > 0 && m_start == m_buffer.size()) {
        m_buffer.clear();
        m_start = 0;
    } else if (m_start > 65536) {
        m_buffer.erase(m_buffer.begin(), m_buffer.begin() + static_cast<std::ptrdiff_t>(m_start));
        m_start = 0;
    }
    m_buffer.insert(m_buffer.end(), bytes.begin(), bytes.end());
}

Result<std::optional<CaptureFrame>> CaptureFrameReader::next()
{
    if (m_error)
        return *m_error;
    if (buffered() < CaptureFrame::HeaderSize)
        return std::optional<CaptureFrame>{};
    ByteReader r(ByteView(m_buffer).subspan(m_start));
    const std::uint8_t type = r.u8();
    const std::uint32_t length = r.u32();
    if (!CaptureFrame::known(type)) {
        m_error = fail("a capture frame of unknown type " + std::to_string(type));
        return *m_error;
    }
    if (length > CaptureFrame::MaxBody) {
        m_error = fail("a capture frame of " + std::to_string(length) +
                       " bytes is longer than the largest allowed (" +
                       std::to_string(CaptureFrame::MaxBody) + ")");
        return *m_error;
    }
    if (buffered() < CaptureFrame::HeaderSize + length)
        return std::optional<CaptureFrame>{};
    CaptureFrame frame;
    frame.type = static_cast<CaptureMessage>(type);
    const auto body = m_buffer.begin() + static_cast<std::ptrdiff_t>(m_start) +
                      static_cast<std::ptrdiff_t>(CaptureFrame::HeaderSize);
    frame.body.assign(body, body + length);
    m_start += CaptureFrame::HeaderSize + length;
    return std::optional<CaptureFrame>(std::move(frame));
}

Status CaptureFrameReader::finish() const
{
    if (m_error)
        return *m_error;
    if (buffered() > 0)
        return fail("the capture stream ended inside a frame (" + std::to_string(buffered()) +
                    " bytes of it arrived)");
    return {};
}

bool CaptureFrameReader::receive(int fd, const std::function<bool(const CaptureFrame &)> &onFrame)
{
    std::uint8_t buffer[8192];
    const ssize_t n = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT);
    if (n == 0)
        return false; // the other side closed its end
    if (n < 0)
        return errno == EAGAIN || errno == EINTR;
    append(ByteView(buffer, static_cast<std::size_t>(n)));
    for (;;) {
        auto frame = next();
        if (!frame) {
            std::fprintf(stderr, "keyward-capture: %s\n", frame.message().c_str());
            return false;
        }
        if (!frame->has_value())
            return true;
        if (!onFrame(**frame))
            return false;
    }
}

} // namespace keyward::capture::live
