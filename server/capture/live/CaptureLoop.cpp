#include "capture/live/CaptureLoop.h"

#include "capture/live/CaptureStartRequest.h"
#include "capture/live/CapturedPacket.h"

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace keyward::capture::live {

namespace {

// Packets read per wake-up before the control socket is looked at again.
constexpr int ReadBatch = 512;
// Output waiting to be written before it is flushed in one write.
constexpr std::size_t FlushAt = 256 * 1024;

} // namespace

int CaptureLoop::run()
{
    auto lastStats = std::chrono::steady_clock::now();
    for (;;) {
        pollfd fds[2] = {{m_fd, POLLIN, 0}, {m_capture.descriptor(), POLLIN, 0}};
        const nfds_t count = m_capture.isOpen() ? 2 : 1;
        const int ready = ::poll(fds, count, m_capture.isOpen() ? 200 : -1);
        if (ready < 0 && errno != EINTR)
            return 3;
        if (ready > 0 && (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) != 0 && !onControl())
            return m_reader.failed() ? 2 : 0;
        if (m_capture.isOpen() && !onCapture())
            return 4;
        if (m_capture.isOpen() &&
            std::chrono::steady_clock::now() - lastStats >= std::chrono::seconds(1)) {
            lastStats = std::chrono::steady_clock::now();
            if (!send(CaptureMessage::Stats, m_capture.stats().encode()))
                return 4;
        }
        if (!flush())
            return 4;
    }
}

bool CaptureLoop::onControl()
{
    return m_reader.receive(m_fd, [this](const CaptureFrame &frame) { return handle(frame); });
}

bool CaptureLoop::handle(const CaptureFrame &frame)
{
    switch (frame.type) {
    case CaptureMessage::Start: {
        if (m_capture.isOpen())
            return sendError(ErrorKind::Conflict, "a capture is already running");
        auto request = CaptureStartRequest::decode(frame.body);
        if (!request)
            return sendError(request.kind(), request.message());
        if (auto opened = m_capture.open(*request); !opened)
            return sendError(opened.kind(), opened.message());
        Bytes body;
        const auto link = static_cast<std::uint32_t>(m_capture.linkType());
        body = {static_cast<std::uint8_t>(link >> 24), static_cast<std::uint8_t>(link >> 16),
                static_cast<std::uint8_t>(link >> 8), static_cast<std::uint8_t>(link)};
        return send(CaptureMessage::Started, body);
    }
    case CaptureMessage::Stop:
        stopCapture(true);
        return true;
    default:
        return sendError(ErrorKind::Invalid,
                         "keyward-capture takes only start and stop commands, not type " +
                             std::to_string(static_cast<int>(frame.type)));
    }
}

bool CaptureLoop::onCapture()
{
    bool sent = true;
    auto read =
        m_capture.read(ReadBatch, [&](std::int64_t ts, std::uint32_t length, ByteView data) {
            Bytes body;
            body.reserve(12 + data.size());
            CapturedPacket::encodeInto(body, ts, length, data);
            sent = sent && send(CaptureMessage::Packet, body);
        });
    if (!read) {
        // The interface went away or the socket broke: say so, and stop this capture.
        if (!sendError(read.kind(), read.message()))
            return false;
        stopCapture(true);
    }
    return sent;
}

bool CaptureLoop::send(CaptureMessage type, ByteView body)
{
    const Bytes frame = CaptureFrame::encode(type, body);
    m_out.insert(m_out.end(), frame.begin(), frame.end());
    return m_out.size() < FlushAt || flush();
}

bool CaptureLoop::sendError(ErrorKind kind, const std::string &text)
{
    return send(CaptureMessage::Error, CaptureFrame::errorBody(kind, text));
}

bool CaptureLoop::flush()
{
    std::size_t done = 0;
    while (done < m_out.size()) {
        // Blocking: while keywardd is slow to read, packets wait in the kernel's
        // capture buffer, and what it cannot hold is counted as dropped.
        const ssize_t n = ::send(m_fd, m_out.data() + done, m_out.size() - done, MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    m_out.clear();
    return true;
}

void CaptureLoop::stopCapture(bool report)
{
    const CaptureStats last = m_capture.stats();
    const bool wasOpen = m_capture.isOpen();
    m_capture.close();
    if (report)
        send(CaptureMessage::Stopped, wasOpen ? last.encode() : CaptureStats{}.encode());
}

} // namespace keyward::capture::live
