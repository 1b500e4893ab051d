#include "net/GreReservedSocket.h"

#include "net/SystemError.h"

#include <array>
#include <cerrno>
#include <linux/filter.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <utility>

namespace keyward::net {

Result<GreReservedSocket> GreReservedSocket::open()
{
    const int fd = ::socket(AF_INET, SOCK_RAW | SOCK_NONBLOCK | SOCK_CLOEXEC, IPPROTO_GRE);
    if (fd < 0)
        return fail(ErrorKind::Unavailable,
                    systemError("cannot open a raw GRE socket for validation (needs CAP_NET_RAW)"));
    GreReservedSocket socket(fd);
    // What arrived between socket() and the filter goes too.
    if (auto reserved = socket.reclaim(); !reserved)
        return reserved.error();
    return socket;
}

Status GreReservedSocket::attachDropAll(int fd)
{
    // One instruction: return 0 octets of the packet, i.e. drop it.
    std::array<sock_filter, 1> code{{BPF_STMT(BPF_RET | BPF_K, 0)}};
    sock_fprog program{static_cast<unsigned short>(code.size()), code.data()};
    if (::setsockopt(fd, SOL_SOCKET, SO_ATTACH_FILTER, &program, sizeof program) < 0)
        return fail(ErrorKind::Internal,
                    systemError("cannot attach the drop-all filter to the reserved GRE socket"));
    return {};
}

Status GreReservedSocket::reclaim()
{
    if (auto attached = attachDropAll(m_fd); !attached)
        return attached;
    std::array<unsigned char, 2048> sink{};
    for (int i = 0; i < 100000; ++i) {
        if (::recv(m_fd, sink.data(), sink.size(), MSG_DONTWAIT) < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                return {};
            if (errno != EINTR)
                return fail(ErrorKind::Internal,
                            systemError("cannot drain the reserved GRE socket"));
        }
    }
    return {};
}

GreReservedSocket::GreReservedSocket(GreReservedSocket &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
{}

GreReservedSocket &GreReservedSocket::operator=(GreReservedSocket &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

GreReservedSocket::~GreReservedSocket()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

} // namespace keyward::net
