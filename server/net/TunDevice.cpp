#include "net/TunDevice.h"

#include "net/SystemError.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/if.h>
#include <linux/if_tun.h>
#include <net/route.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace keyward::net {

namespace {

sockaddr_in inetAddress(std::uint32_t hostOrder)
{
    sockaddr_in sin{};
    sin.sin_family = AF_INET;
    sin.sin_addr.s_addr = htonl(hostOrder);
    return sin;
}

class ControlSocket
{
public:
    ControlSocket() : m_fd(::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0)) {}
    ~ControlSocket()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    int fd() const { return m_fd; }

private:
    int m_fd;
};

} // namespace

Result<TunDevice> TunDevice::open(const std::string &name)
{
    if (name.size() >= IFNAMSIZ)
        return fail("TUN device name '" + name + "' is longer than " +
                    std::to_string(IFNAMSIZ - 1) + " characters");
    int fd = ::open("/dev/net/tun", O_RDWR | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return fail(systemError("cannot open /dev/net/tun (is the tun module loaded, and do we "
                                "have CAP_NET_ADMIN?)"));
    ifreq ifr{};
    ifr.ifr_flags = IFF_TUN | IFF_NO_PI;
    std::strncpy(ifr.ifr_name, name.c_str(), IFNAMSIZ - 1);
    if (::ioctl(fd, TUNSETIFF, &ifr) < 0) {
        auto message = systemError("cannot create TUN device '" + name + "'");
        ::close(fd);
        return fail(message);
    }
    return TunDevice(fd, ifr.ifr_name);
}

Result<TunDevice> TunDevice::none()
{
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return fail(systemError("cannot open a local socket"));
    return TunDevice(fd, std::string());
}

TunDevice::TunDevice(TunDevice &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1)), m_name(std::move(other.m_name))
{}

TunDevice &TunDevice::operator=(TunDevice &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = std::exchange(other.m_fd, -1);
        m_name = std::move(other.m_name);
    }
    return *this;
}

TunDevice::~TunDevice()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

Status TunDevice::configure(std::uint32_t localAddress, int mtu, int prefixLength)
{
    if (prefixLength < 1 || prefixLength > 32)
        return fail("prefix length " + std::to_string(prefixLength) + " is not 1-32");
    ControlSocket sock;
    if (sock.fd() < 0)
        return fail(systemError("cannot open a control socket"));
    ifreq ifr{};
    std::strncpy(ifr.ifr_name, m_name.c_str(), IFNAMSIZ - 1);

    sockaddr_in addr = inetAddress(localAddress);
    std::memcpy(&ifr.ifr_addr, &addr, sizeof addr);
    if (::ioctl(sock.fd(), SIOCSIFADDR, &ifr) < 0)
        return fail(systemError("cannot set the address of " + m_name));
    sockaddr_in mask = inetAddress(0xffffffffu << (32 - prefixLength));
    std::memcpy(&ifr.ifr_netmask, &mask, sizeof mask);
    if (::ioctl(sock.fd(), SIOCSIFNETMASK, &ifr) < 0)
        return fail(systemError("cannot set the netmask of " + m_name));
    ifr.ifr_mtu = mtu;
    if (::ioctl(sock.fd(), SIOCSIFMTU, &ifr) < 0)
        return fail(systemError("cannot set MTU " + std::to_string(mtu) + " on " + m_name));
    ifr.ifr_qlen = TransmitQueuePackets;
    if (::ioctl(sock.fd(), SIOCSIFTXQLEN, &ifr) < 0)
        return fail(systemError("cannot set the transmit queue of " + m_name + " to " +
                                std::to_string(TransmitQueuePackets) + " packets"));
    if (::ioctl(sock.fd(), SIOCGIFFLAGS, &ifr) < 0)
        return fail(systemError("cannot read the flags of " + m_name));
    ifr.ifr_flags |= IFF_UP | IFF_RUNNING;
    if (::ioctl(sock.fd(), SIOCSIFFLAGS, &ifr) < 0)
        return fail(systemError("cannot bring " + m_name + " up"));
    return {};
}

Status TunDevice::addAddress(std::uint32_t address, int index)
{
    ControlSocket sock;
    if (sock.fd() < 0)
        return fail(systemError("cannot open a control socket"));
    const std::string alias = m_name + ":" + std::to_string(index);
    if (alias.size() >= IFNAMSIZ)
        return fail("alias name " + alias + " is too long");
    ifreq ifr{};
    std::strncpy(ifr.ifr_name, alias.c_str(), IFNAMSIZ - 1);
    sockaddr_in addr = inetAddress(address);
    std::memcpy(&ifr.ifr_addr, &addr, sizeof addr);
    if (::ioctl(sock.fd(), SIOCSIFADDR, &ifr) < 0)
        return fail(systemError("cannot add an address to " + m_name));
    sockaddr_in mask = inetAddress(0xffffffffu);
    std::memcpy(&ifr.ifr_netmask, &mask, sizeof mask);
    if (::ioctl(sock.fd(), SIOCSIFNETMASK, &ifr) < 0)
        return fail(systemError("cannot set the netmask of " + alias));
    return {};
}

Status TunDevice::hostRoute(unsigned long request, std::uint32_t peerAddress)
{
    ControlSocket sock;
    if (sock.fd() < 0)
        return fail(systemError("cannot open a control socket"));
    rtentry route{};
    sockaddr_in dst = inetAddress(peerAddress);
    sockaddr_in mask = inetAddress(0xffffffffu);
    std::memcpy(&route.rt_dst, &dst, sizeof dst);
    std::memcpy(&route.rt_genmask, &mask, sizeof mask);
    route.rt_flags = RTF_UP | RTF_HOST;
    route.rt_dev = m_name.data();
    if (::ioctl(sock.fd(), request, &route) < 0) {
        char text[INET_ADDRSTRLEN] = {};
        in_addr a{htonl(peerAddress)};
        ::inet_ntop(AF_INET, &a, text, sizeof text);
        return fail(systemError(std::string(request == SIOCADDRT ? "cannot add" : "cannot remove") +
                                " the host route to " + text + " via " + m_name));
    }
    return {};
}

Status TunDevice::addHostRoute(std::uint32_t peerAddress)
{
    return hostRoute(SIOCADDRT, peerAddress);
}

Status TunDevice::removeHostRoute(std::uint32_t peerAddress)
{
    return hostRoute(SIOCDELRT, peerAddress);
}

long TunDevice::read(std::span<std::uint8_t> buffer)
{
    ssize_t n = ::read(m_fd, buffer.data(), buffer.size());
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
        return 0;
    return n;
}

long TunDevice::write(std::span<const std::uint8_t> packet)
{
    return ::write(m_fd, packet.data(), packet.size());
}

} // namespace keyward::net
