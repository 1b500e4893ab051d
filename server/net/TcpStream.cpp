#include "net/TcpStream.h"

#include "net/SystemError.h"

#include <QSocketNotifier>
#include <arpa/inet.h>
#include <array>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

namespace keyward::net {

namespace {

// Messages handed to the kernel in one sendmsg.
constexpr std::size_t MaxParts = 64;

} // namespace

TcpStream::TcpStream(int descriptor, QObject *parent) : QObject(parent), m_fd(descriptor)
{
    const int flags = ::fcntl(m_fd, F_GETFL);
    if (flags >= 0)
        (void)::fcntl(m_fd, F_SETFL, flags | O_NONBLOCK);
    (void)::fcntl(m_fd, F_SETFD, FD_CLOEXEC);
    m_readNotifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
    connect(m_readNotifier.get(), &QSocketNotifier::activated, this, &TcpStream::readable);
    m_writeNotifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Write);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier.get(), &QSocketNotifier::activated, this, [this] {
        const std::int64_t before = m_pending;
        flush();
        if (m_pending < before && !m_ended)
            emit flushed(m_pending);
    });
}

TcpStream::~TcpStream()
{
    closeDescriptor();
}

std::uint32_t TcpStream::peerAddress() const
{
    sockaddr_in peer{};
    socklen_t length = sizeof peer;
    if (m_fd < 0 || ::getpeername(m_fd, reinterpret_cast<sockaddr *>(&peer), &length) != 0 ||
        peer.sin_family != AF_INET)
        return 0;
    return ntohl(peer.sin_addr.s_addr);
}

std::int64_t TcpStream::read(std::uint8_t *data, std::int64_t capacity)
{
    if (m_ended)
        return -1;
    if (capacity <= 0)
        return 0;
    ssize_t got;
    do
        got = ::recv(m_fd, data, static_cast<std::size_t>(capacity), MSG_DONTWAIT);
    while (got < 0 && errno == EINTR);
    if (got > 0)
        return got;
    if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
        return 0;
    if (got == 0)
        fail(QStringLiteral("the peer closed the connection"), true);
    else
        fail(QString::fromStdString(systemError("reading failed")));
    return -1;
}

void TcpStream::setReading(bool on)
{
    if (!m_ended)
        m_readNotifier->setEnabled(on);
}

void TcpStream::write(const std::vector<protocol::Bytes> &messages)
{
    if (m_ended)
        return;
    for (const protocol::Bytes &message : messages) {
        if (message.empty())
            continue;
        m_pending += static_cast<std::int64_t>(message.size());
        m_waiting.push_back(message);
    }
    flush();
}

void TcpStream::flush()
{
    std::size_t done = 0; // messages of m_waiting sent whole
    while (done < m_waiting.size() && !m_ended) {
        std::array<iovec, MaxParts> parts{};
        std::size_t count = 0;
        std::size_t length = 0;
        for (auto it = m_waiting.begin() + static_cast<std::ptrdiff_t>(done);
             it != m_waiting.end() && count < parts.size(); ++it) {
            const std::size_t skip = count == 0 ? m_sentOfFront : 0; // only the first
            parts[count++] = {it->data() + skip, it->size() - skip};
            length += it->size() - skip;
        }
        msghdr header{};
        header.msg_iov = parts.data();
        header.msg_iovlen = count;
        ssize_t written;
        do
            written = ::sendmsg(m_fd, &header, MSG_DONTWAIT | MSG_NOSIGNAL);
        while (written < 0 && errno == EINTR);
        if (written < 0) {
            if (errno != EAGAIN && errno != EWOULDBLOCK)
                fail(QString::fromStdString(systemError("writing failed")));
            break;
        }
        m_pending -= written;
        auto left = static_cast<std::size_t>(written);
        while (left > 0) {
            const std::size_t rest = m_waiting[done].size() - m_sentOfFront;
            if (left < rest) {
                m_sentOfFront += left;
                break;
            }
            left -= rest;
            m_sentOfFront = 0;
            ++done;
        }
        if (static_cast<std::size_t>(written) < length)
            break; // the kernel's buffer is full
    }
    if (done == m_waiting.size())
        std::vector<protocol::Bytes>().swap(m_waiting); // gives its storage back
    else
        m_waiting.erase(m_waiting.begin(), m_waiting.begin() + static_cast<std::ptrdiff_t>(done));
    if (!m_ended)
        m_writeNotifier->setEnabled(!m_waiting.empty());
}

void TcpStream::close()
{
    if (m_fd < 0)
        return;
    if (!m_ended)
        flush();
    (void)::shutdown(m_fd, SHUT_WR);
    closeDescriptor();
}

void TcpStream::abort()
{
    closeDescriptor();
}

void TcpStream::fail(const QString &reason, bool byPeer)
{
    if (m_ended)
        return;
    m_ended = true;
    m_readNotifier->setEnabled(false);
    m_writeNotifier->setEnabled(false);
    // From the event loop: the owner may be in the middle of a read or a write.
    QMetaObject::invokeMethod(
        this, [this, reason, byPeer] { emit ended(reason, byPeer); }, Qt::QueuedConnection);
}

void TcpStream::closeDescriptor()
{
    if (m_fd < 0)
        return;
    m_ended = true;
    m_readNotifier.reset();
    m_writeNotifier.reset();
    m_waiting.clear();
    m_pending = 0;
    ::close(m_fd);
    m_fd = -1;
}

} // namespace keyward::net
