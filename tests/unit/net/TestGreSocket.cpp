// The raw GRE socket moves batches both ways and hands back only the GRE bytes. The
// socket keywardd reserves for validation queues nothing while reserved, carries GRE
// once a borrower adopts it, and is reserved (and emptied) again afterwards; adopting
// refuses anything that is not a raw IPv4 GRE socket, saying what it is.

#include "NetworkLab.h"
#include "net/GreReservedSocket.h"
#include "net/GreSocket.h"

#include <QTest>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace {

// Sends one enhanced GRE packet to the loopback address from a socket of its own.
bool sendGre(std::uint8_t marker)
{
    auto sender = keyward::net::GreSocket::open(0x7f000001);
    if (!sender)
        return false;
    const std::uint8_t packet[12] = {0x30, 0x01, 0x88, 0x0b, 0, 0, 0x12, 0x34, 0, 0, 0, marker};
    return sender->sendOne(0x7f000001, packet);
}

// Packets waiting on `fd` after giving the loopback a moment to deliver.
int waiting(int fd)
{
    pollfd pfd{fd, POLLIN, 0};
    ::poll(&pfd, 1, 200);
    int count = 0;
    unsigned char buffer[2048];
    while (::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT) > 0)
        ++count;
    return count;
}

} // namespace

using namespace keyward::net;

class TestGreSocket : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { KEYWARD_SKIP_IF_UNAVAILABLE(NetworkLab::enterPrivateNamespace()); }

    void batchGoesOutAndComesBackWhole()
    {
        const std::uint32_t loopback = 0x7f000001;
        auto socket = GreSocket::open(loopback);
        QVERIFY2(socket.ok(), socket.ok() ? "" : socket.message().c_str());

        const std::size_t count = 20;
        for (std::size_t i = 0; i < count; ++i) {
            auto &slot = socket->sendSlot(i);
            slot.peer = loopback;
            slot.offset = 0;
            // Enhanced GRE header (K and S bits, version 1, PPP) + a payload whose
            // size and bytes depend on i.
            std::uint8_t header[12] = {0x30, 0x01, 0x88, 0x0b, 0, static_cast<std::uint8_t>(i),
                                       0x12, 0x34, 0,    0,    0, static_cast<std::uint8_t>(i)};
            std::memcpy(slot.data.data(), header, sizeof header);
            for (std::size_t b = 0; b < i; ++b)
                slot.data[12 + b] = static_cast<std::uint8_t>(i * 7 + b);
            slot.length = 12 + i;
        }
        QCOMPARE(socket->send(count), int(count));

        std::size_t got = 0;
        for (int tries = 0; tries < 50 && got < count; ++tries) {
            pollfd pfd{socket->fd(), POLLIN, 0};
            ::poll(&pfd, 1, 100);
            int n = socket->receive();
            QVERIFY(n >= 0);
            for (int k = 0; k < n; ++k) {
                const auto &slot = socket->received(k);
                QCOMPARE(slot.peer, loopback);
                auto gre = slot.gre();
                QCOMPARE(gre.size(), std::size_t(12 + got));
                QCOMPARE(int(gre[11]), int(got));
                for (std::size_t b = 0; b < got; ++b)
                    QCOMPARE(int(gre[12 + b]), int(static_cast<std::uint8_t>(got * 7 + b)));
                ++got;
            }
        }
        QCOMPARE(got, count);
        QCOMPARE(socket->malformed(), std::uint64_t(0));
    }

    void theReservedSocketQueuesNothingUntilABorrowerAdoptsIt()
    {
        auto reserved = GreReservedSocket::open();
        QVERIFY2(reserved.ok(), reserved.message().c_str());
        QVERIFY(::fcntl(reserved->fd(), F_GETFD) & FD_CLOEXEC);
        QVERIFY(sendGre(1));
        QCOMPARE(waiting(reserved->fd()), 0);

        // The borrower's copy of the descriptor (as a child gets it) carries GRE.
        const int lent = ::dup(reserved->fd());
        QVERIFY(lent >= 0);
        auto adopted = GreSocket::adopt(lent);
        QVERIFY2(adopted.ok(), adopted.message().c_str());
        QVERIFY(::fcntl(lent, F_GETFD) & FD_CLOEXEC);
        QVERIFY(sendGre(2));
        int got = 0;
        for (int tries = 0; tries < 20 && got == 0; ++tries) {
            pollfd pfd{adopted->fd(), POLLIN, 0};
            ::poll(&pfd, 1, 100);
            got = adopted->receive();
        }
        QCOMPARE(got, 1);
        QCOMPARE(int(adopted->received(0).gre()[11]), 2);

        // Unread packets from the borrowed time are discarded, and none queue after.
        QVERIFY(sendGre(3));
        pollfd pfd{reserved->fd(), POLLIN, 0};
        QCOMPARE(::poll(&pfd, 1, 1000), 1);
        auto reclaimed = reserved->reclaim();
        QVERIFY2(reclaimed.ok(), reclaimed.message().c_str());
        QVERIFY(sendGre(4));
        QCOMPARE(waiting(reserved->fd()), 0);
    }

    void adoptRefusesWhatIsNotARawGreSocket()
    {
        const int udp = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        QVERIFY(udp >= 0);
        auto fromUdp = GreSocket::adopt(udp);
        QVERIFY(!fromUdp.ok());
        QVERIFY(fromUdp.kind() == keyward::ErrorKind::Invalid);
        QVERIFY2(fromUdp.message().find(std::to_string(udp) + " is not a raw IPv4 GRE socket") !=
                     std::string::npos,
                 fromUdp.message().c_str());
        ::close(udp);

        const int icmp = ::socket(AF_INET, SOCK_RAW | SOCK_CLOEXEC, IPPROTO_ICMP);
        QVERIFY(icmp >= 0);
        auto fromIcmp = GreSocket::adopt(icmp);
        QVERIFY(!fromIcmp.ok());
        QVERIFY2(fromIcmp.message().find("protocol 1)") != std::string::npos,
                 fromIcmp.message().c_str());
        ::close(icmp);

        int pipe[2];
        QCOMPARE(::pipe2(pipe, O_CLOEXEC), 0);
        auto fromPipe = GreSocket::adopt(pipe[0]);
        QVERIFY2(fromPipe.message().find("is not a socket") != std::string::npos,
                 fromPipe.message().c_str());
        ::close(pipe[0]);
        ::close(pipe[1]);
        auto closed = GreSocket::adopt(pipe[0]);
        QVERIFY2(closed.message().find("is not open") != std::string::npos,
                 closed.message().c_str());
    }
};

QTEST_GUILESS_MAIN(TestGreSocket)
#include "TestGreSocket.moc"
