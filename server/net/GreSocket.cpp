#include "net/GreSocket.h"

#include "net/SystemError.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <optional>
#include <string>
#include <sys/socket.h>
#include <unistd.h>

namespace keyward::net {

Result<GreSocket> GreSocket::open(std::uint32_t bindAddress)
{
    int fd = ::socket(AF_INET, SOCK_RAW | SOCK_NONBLOCK | SOCK_CLOEXEC, IPPROTO_GRE);
    if (fd < 0)
        return fail(systemError("cannot open a raw GRE socket (needs CAP_NET_RAW)"));
    sockaddr_in sin{};
    sin.sin_family = AF_INET;
    sin.sin_addr.s_addr = htonl(bindAddress);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&sin), sizeof sin) < 0) {
        auto message = systemError("cannot bind the GRE socket");
        ::close(fd);
        return fail(message);
    }
    int size = 4 * 1024 * 1024;
    ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size); // best effort
    ::setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &size, sizeof size);
    return GreSocket(fd);
}

Result<GreSocket> GreSocket::adopt(int fd)
{
    const std::string which = "descriptor " + std::to_string(fd);
    auto option = [fd](int name) -> std::optional<int> {
        int value = 0;
        socklen_t length = sizeof value;
        if (::getsockopt(fd, SOL_SOCKET, name, &value, &length) < 0)
            return std::nullopt;
        return value;
    };
    const auto domain = option(SO_DOMAIN);
    if (!domain) {
        if (errno == EBADF)
            return fail(ErrorKind::Invalid, which + " is not open");
        if (errno == ENOTSOCK)
            return fail(ErrorKind::Invalid, which + " is not a socket");
        return fail(ErrorKind::Invalid, systemError("cannot inspect " + which));
    }
    const auto type = option(SO_TYPE);
    const auto protocol = option(SO_PROTOCOL);
    if (*domain != AF_INET || !type || *type != SOCK_RAW || !protocol || *protocol != IPPROTO_GRE)
        return fail(ErrorKind::Invalid, which + " is not a raw IPv4 GRE socket (domain " +
                                            std::to_string(*domain) + ", type " +
                                            std::to_string(type.value_or(-1)) + ", protocol " +
                                            std::to_string(protocol.value_or(-1)) + ")");
    int none = 0;
    if (::setsockopt(fd, SOL_SOCKET, SO_DETACH_FILTER, &none, sizeof none) < 0 && errno != ENOENT)
        return fail(ErrorKind::Internal, systemError("cannot detach the filter of " + which));
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0 || ::fcntl(fd, F_SETFL, flags | O_NONBLOCK) < 0 ||
        ::fcntl(fd, F_SETFD, FD_CLOEXEC) < 0)
        return fail(ErrorKind::Internal, systemError("cannot make " + which + " non-blocking"));
    int size = 4 * 1024 * 1024;
    ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size); // best effort
    ::setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &size, sizeof size);
    return GreSocket(fd);
}

GreSocket::GreSocket(int fd) : m_fd(fd)
{
    prepare();
}

GreSocket::GreSocket(GreSocket &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1)), m_rx(std::move(other.m_rx)), m_tx(std::move(other.m_tx)),
      m_malformed(other.m_malformed)
{
    prepare();
}

GreSocket::~GreSocket()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void GreSocket::prepare()
{
    m_rx.resize(BatchSize);
    m_tx.resize(BatchSize);
    m_rxHeaders.assign(BatchSize, mmsghdr{});
    m_txHeaders.assign(BatchSize, mmsghdr{});
    m_rxIov.assign(BatchSize, iovec{});
    m_txIov.assign(BatchSize, iovec{});
    m_rxAddr.assign(BatchSize, sockaddr_storage{});
    m_txAddr.assign(BatchSize, sockaddr_storage{});
    for (std::size_t i = 0; i < BatchSize; ++i) {
        m_rxIov[i] = {m_rx[i].data.data(), m_rx[i].data.size()};
        m_rxHeaders[i].msg_hdr.msg_iov = &m_rxIov[i];
        m_rxHeaders[i].msg_hdr.msg_iovlen = 1;
        m_rxHeaders[i].msg_hdr.msg_name = &m_rxAddr[i];
        m_txHeaders[i].msg_hdr.msg_iov = &m_txIov[i];
        m_txHeaders[i].msg_hdr.msg_iovlen = 1;
        m_txHeaders[i].msg_hdr.msg_name = &m_txAddr[i];
        m_txHeaders[i].msg_hdr.msg_namelen = sizeof(sockaddr_in);
    }
}

int GreSocket::receive()
{
    for (std::size_t i = 0; i < BatchSize; ++i)
        m_rxHeaders[i].msg_hdr.msg_namelen = sizeof(sockaddr_storage);
    int n = ::recvmmsg(m_fd, m_rxHeaders.data(), BatchSize, MSG_DONTWAIT, nullptr);
    if (n < 0)
        return (errno == EAGAIN || errno == EWOULDBLOCK) ? 0 : -1;
    int kept = 0;
    for (int i = 0; i < n; ++i) {
        const std::uint8_t *ip = m_rx[i].data.data();
        std::size_t got = m_rxHeaders[i].msg_len;
        // IPv4 header: version 4, IHL >= 5, protocol GRE, total length within what arrived.
        std::size_t ihl = got >= 20 ? static_cast<std::size_t>(ip[0] & 0x0f) * 4 : 0;
        std::size_t total = got >= 20 ? static_cast<std::size_t>(ip[2] << 8 | ip[3]) : 0;
        if (got < 20 || (ip[0] >> 4) != 4 || ihl < 20 || ip[9] != IPPROTO_GRE || total < ihl ||
            total > got) {
            ++m_malformed;
            continue;
        }
        const auto *sin = reinterpret_cast<const sockaddr_in *>(&m_rxAddr[i]);
        Slot &slot = m_rx[kept];
        if (kept != i) {
            std::memcpy(slot.data.data(), ip, total);
        }
        slot.peer = ntohl(sin->sin_addr.s_addr);
        slot.offset = ihl;
        slot.length = total - ihl;
        ++kept;
    }
    return kept;
}

int GreSocket::send(std::size_t count)
{
    if (count > BatchSize)
        count = BatchSize;
    for (std::size_t i = 0; i < count; ++i) {
        auto *sin = reinterpret_cast<sockaddr_in *>(&m_txAddr[i]);
        sin->sin_family = AF_INET;
        sin->sin_addr.s_addr = htonl(m_tx[i].peer);
        sin->sin_port = 0;
        m_txIov[i] = {m_tx[i].data.data() + m_tx[i].offset, m_tx[i].length};
    }
    std::size_t sent = 0;
    while (sent < count) {
        int n = ::sendmmsg(m_fd, m_txHeaders.data() + sent, static_cast<unsigned>(count - sent),
                           MSG_DONTWAIT);
        if (n < 0)
            return sent > 0 ? static_cast<int>(sent) : -1;
        sent += static_cast<std::size_t>(n);
    }
    return static_cast<int>(sent);
}

} // namespace keyward::net

namespace keyward::net {

bool GreSocket::sendOne(std::uint32_t peer, std::span<const std::uint8_t> packet)
{
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_addr.s_addr = htonl(peer);
    return ::sendto(m_fd, packet.data(), packet.size(), MSG_DONTWAIT,
                    reinterpret_cast<sockaddr *>(&to),
                    sizeof to) == static_cast<ssize_t>(packet.size());
}

} // namespace keyward::net
