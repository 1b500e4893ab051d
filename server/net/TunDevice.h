#pragma once

// One TUN device (IFF_TUN, no packet-info header) carrying the IPv4 traffic of every
// session. The server's own tunnel address sits on it with the pool's prefix, so the
// kernel routes the whole pool to it with one route made at start: no route changes
// while sessions come and go, and so no CAP_NET_ADMIN after start. keyward-probe,
// with one /32 address per session, adds host routes instead.

#include "common/Result.h"

#include <cstdint>
#include <span>
#include <string>

namespace keyward::net {

class TunDevice
{
public:
    // Creates (or attaches to) the device; name may be a pattern like "kw%d".
    static Result<TunDevice> open(const std::string &name);
    // A stand-in for a client that carries no IP (keyward-probe checking that a
    // session comes up, without CAP_NET_ADMIN): no device, an empty name, a descriptor
    // that never has anything to read (an unbound, unconnected local datagram socket)
    // and on which every write fails, so what the tunnel delivers is dropped.
    static Result<TunDevice> none();
    bool isDevice() const { return !m_name.empty(); }

    TunDevice(TunDevice &&other) noexcept;
    TunDevice &operator=(TunDevice &&other) noexcept;
    ~TunDevice();

    const std::string &name() const { return m_name; }
    int fd() const { return m_fd; }

    // What the kernel holds for the data plane to read: the TUN driver drops a packet
    // that finds this many waiting (it never makes the sender wait), and the TCP inside
    // the tunnel pays for each drop with a retransmission. With the kernel's 500, every
    // retransmission of TCP through keywardd in bench-tcp.sh was one of these drops
    // (0.3-0.8 % of segments, whenever the data plane fell behind for a moment); with
    // 2000, 0.03-0.2 % one way; with 4000, under 0.07 % both ways. The price is delay
    // while the data plane is the bottleneck: 4000 packets is about 50 ms at the rate
    // one data-plane thread carries (about 80,000 packets/s).
    static constexpr int TransmitQueuePackets = 4000;

    // Gives the device its local address (IPv4, host byte order) with `prefixLength`
    // (32: a point of presence only; less: the kernel also routes that network to the
    // device), sets the MTU and the transmit queue and brings it up.
    Status configure(std::uint32_t localAddress, int mtu, int prefixLength = 32);
    // Adds a further local /32 address (an alias, as keyward-probe needs one per
    // session on a single device).
    Status addAddress(std::uint32_t address, int index);
    Status addHostRoute(std::uint32_t peerAddress);
    Status removeHostRoute(std::uint32_t peerAddress);

    // Non-blocking I/O: read returns 0 when nothing is waiting, -1 on error (errno set).
    long read(std::span<std::uint8_t> buffer);
    long write(std::span<const std::uint8_t> packet);

private:
    TunDevice(int fd, std::string name) : m_fd(fd), m_name(std::move(name)) {}
    Status hostRoute(unsigned long request, std::uint32_t peerAddress);

    int m_fd = -1;
    std::string m_name;
};

} // namespace keyward::net
