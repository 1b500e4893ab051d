#pragma once

// A raw IPPROTO_GRE socket keywardd opens while it still has CAP_NET_RAW and keeps
// for `window.validate`: keyward-probe borrows it (as an inherited descriptor) once
// keywardd has dropped every capability. While nobody borrows it, a classic BPF
// filter that accepts nothing (`ret #0`) is attached, so the kernel queues no packet
// on it; the borrower detaches that filter itself (SO_DETACH_FILTER needs no
// capability), and reclaim() puts it back and discards what queued meanwhile. The
// descriptor is close-on-exec: only a child that is handed it on purpose gets it.

#include "common/Result.h"

namespace keyward::net {

class GreReservedSocket
{
public:
    // Opens the socket (not bound: it sees GRE for every local address) with the
    // drop-all filter attached.
    static Result<GreReservedSocket> open();

    GreReservedSocket(GreReservedSocket &&other) noexcept;
    GreReservedSocket &operator=(GreReservedSocket &&other) noexcept;
    GreReservedSocket(const GreReservedSocket &) = delete;
    GreReservedSocket &operator=(const GreReservedSocket &) = delete;
    ~GreReservedSocket();

    int fd() const { return m_fd; }

    // After a borrower is done: re-attaches the drop-all filter, then discards the
    // packets that queued while it was detached.
    [[nodiscard]] Status reclaim();

private:
    [[nodiscard]] static Status attachDropAll(int fd);

    explicit GreReservedSocket(int fd) : m_fd(fd) {}

    int m_fd = -1;
};

} // namespace keyward::net
