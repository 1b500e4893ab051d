#pragma once

// keyward-capture's first process: keywardd's child, which holds CAP_NET_RAW for
// keywardd's whole life, and which opens no capture itself. keywardd cannot start
// keyward-capture again once it has dropped its own privileges, so the process
// that reads the hostile packets with libpcap is a worker this supervisor forks
// (with the same single capability) when a command comes and none is running. The
// supervisor relays whole frames both ways: keywardd's commands to the worker, the
// worker's answers, packets and statistics to keywardd. When the worker dies (a
// crash in libpcap, the OOM killer, a signal), the frame it was cut in is dropped,
// keywardd gets an Error frame naming how it ended, and the next command gets a
// new worker: capture survives the worker, and keywardd never sees half a frame.
//
// The supervisor parses frames only (the same reader as the worker); it never
// touches a packet's bytes.

#include "capture/live/CaptureFrameReader.h"

#include <sys/types.h>

namespace keyward::capture::live {

class CaptureSupervisor
{
public:
    explicit CaptureSupervisor(int fd) : m_fd(fd) {}
    CaptureSupervisor(const CaptureSupervisor &) = delete;
    CaptureSupervisor &operator=(const CaptureSupervisor &) = delete;
    ~CaptureSupervisor();

    // Runs until keywardd closes its end (0) or a fatal error (its exit status).
    int run();

private:
    // False when the process should end.
    bool onControl();
    // False when keywardd cannot be written to.
    bool onWorker();
    bool spawnWorker();
    // Reaps the worker and tells keywardd how it ended; false when keywardd cannot be
    // told.
    bool workerEnded(const std::string &why);
    bool sendTo(int fd, const CaptureFrame &frame);

    int m_fd;
    int m_workerFd = -1;
    pid_t m_worker = -1;
    CaptureFrameReader m_fromKeywardd;
    CaptureFrameReader m_fromWorker;
};

} // namespace keyward::capture::live
