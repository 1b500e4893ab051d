#pragma once

// One TUN device (IFF_TUN, no packet-info header) carrying the IPv4 traffic of every
// session. The server's own tunnel address sits on it; each client's tunnel address
// gets a host route through it while its session is up.

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

    TunDevice(TunDevice &&other) noexcept;
    TunDevice &operator=(TunDevice &&other) noexcept;
    ~TunDevice();

    const std::string &name() const { return m_name; }
    int fd() const { return m_fd; }

    // Gives the device its local address (IPv4, host byte order) as a /32 point of
    // presence, sets the MTU and brings it up.
    Status configure(std::uint32_t localAddress, int mtu);
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
