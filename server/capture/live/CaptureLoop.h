#pragma once

// keyward-capture's whole life: read commands from keywardd on one socket, run at
// most one live capture, and send back what it captures (Packet frames), its
// statistics every second (Stats) and the outcome of each command (Started, Error,
// Stopped). A frame it cannot read (unknown type, oversized, cut short) ends the
// process: keywardd sent it, so keywardd is broken, and it will see the socket
// close. A command out of place (Start while capturing) is answered with an Error.

#include "capture/live/CaptureFrameReader.h"
#include "capture/live/LiveCapture.h"

namespace keyward::capture::live {

class CaptureLoop
{
public:
    explicit CaptureLoop(int fd) : m_fd(fd) {}

    // Runs until keywardd closes its end (0) or a fatal error (its exit status).
    int run();

private:
    // False when the process should end.
    bool onControl();
    bool handle(const CaptureFrame &frame);
    bool onCapture();
    bool send(CaptureMessage type, ByteView body);
    bool sendError(ErrorKind kind, const std::string &text);
    bool flush();
    void stopCapture(bool report);

    int m_fd;
    CaptureFrameReader m_reader;
    LiveCapture m_capture;
    Bytes m_out;
};

} // namespace keyward::capture::live
