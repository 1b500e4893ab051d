// The control connections' TCP stream against the kernel's loopback: what the kernel
// takes goes at once and nothing is kept; what it has no room for waits, in order,
// and goes when the peer reads; reading is the owner's and can be paused; the peer's
// close and a reset each end the stream once, from the event loop.

#include "net/TcpStream.h"

#include <QSignalSpy>
#include <QTest>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using keyward::net::TcpStream;
using keyward::protocol::Bytes;

namespace {

// A connected loopback pair: `ours` for the stream, `theirs` for the test (blocking).
struct Pair
{
    int ours = -1;
    int theirs = -1;
    ~Pair()
    {
        if (ours >= 0)
            ::close(ours);
        if (theirs >= 0)
            ::close(theirs);
    }
};

bool connectPair(Pair &pair, int sendBuffer = 0)
{
    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (listener < 0 || ::bind(listener, reinterpret_cast<sockaddr *>(&address), length) != 0 ||
        ::listen(listener, 1) != 0 ||
        ::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return false;
    pair.theirs = ::socket(AF_INET, SOCK_STREAM, 0);
    if (pair.theirs < 0 ||
        ::connect(pair.theirs, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
        return false;
    pair.ours = ::accept(listener, nullptr, nullptr);
    ::close(listener);
    if (sendBuffer > 0) {
        // Small buffers both ways, so that the kernel soon has no room.
        (void)::setsockopt(pair.ours, SOL_SOCKET, SO_SNDBUF, &sendBuffer, sizeof sendBuffer);
        (void)::setsockopt(pair.theirs, SOL_SOCKET, SO_RCVBUF, &sendBuffer, sizeof sendBuffer);
    }
    return pair.ours >= 0;
}

// Everything the peer can read within `ms` of quiet.
Bytes drain(int fd, int ms = 200)
{
    Bytes all;
    std::uint8_t buffer[65536];
    pollfd p{fd, POLLIN, 0};
    while (::poll(&p, 1, ms) > 0) {
        const ssize_t got = ::recv(fd, buffer, sizeof buffer, 0);
        if (got <= 0)
            break;
        all.insert(all.end(), buffer, buffer + got);
    }
    return all;
}

Bytes message(std::size_t size, std::uint8_t seed)
{
    Bytes bytes(size);
    for (std::size_t i = 0; i < size; ++i)
        bytes[i] = static_cast<std::uint8_t>(seed + i * 7);
    return bytes;
}

} // namespace

class TestTcpStream : public QObject
{
    Q_OBJECT

private slots:
    void whatTheKernelTakesGoesAtOnce()
    {
        Pair pair;
        QVERIFY(connectPair(pair));
        TcpStream stream(std::exchange(pair.ours, -1));
        QCOMPARE(stream.peerAddress(), std::uint32_t(0x7f000001));
        const Bytes a = message(156, 1), b = message(32, 2);
        stream.write({a, b});
        QCOMPARE(stream.pending(), std::int64_t(0));
        Bytes expected = a;
        expected.insert(expected.end(), b.begin(), b.end());
        QCOMPARE(drain(pair.theirs), expected);
    }

    void whatWaitsGoesInOrderWhenThePeerReads()
    {
        Pair pair;
        QVERIFY(connectPair(pair, 4096));
        TcpStream stream(std::exchange(pair.ours, -1));
        QSignalSpy flushed(&stream, &TcpStream::flushed);
        Bytes expected;
        std::vector<Bytes> batch;
        for (int i = 0; i < 2000; ++i) {
            batch.push_back(message(100 + i % 120, static_cast<std::uint8_t>(i)));
            expected.insert(expected.end(), batch.back().begin(), batch.back().end());
        }
        stream.write(batch);
        // The peer reads nothing yet: the kernel cannot hold 300 KB here.
        QVERIFY2(stream.pending() > 0, "the kernel took everything; the test needs it full");
        const std::int64_t waiting = stream.pending();
        stream.write({message(40, 9)});
        QCOMPARE(stream.pending(), waiting + 40);
        const Bytes last = message(40, 9);
        expected.insert(expected.end(), last.begin(), last.end());

        // The peer reads while the event loop runs: everything arrives, in order.
        Bytes got;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const Bytes some = drain(pair.theirs, 5);
                got.insert(got.end(), some.begin(), some.end());
                return stream.pending() == 0 && got.size() >= expected.size();
            }(),
            10000);
        const Bytes rest = drain(pair.theirs, 50);
        got.insert(got.end(), rest.begin(), rest.end());
        QCOMPARE(got.size(), expected.size());
        QVERIFY(got == expected);
        QVERIFY(!flushed.isEmpty());
        QCOMPARE(flushed.last().at(0).value<std::int64_t>(), std::int64_t(0));
    }

    void readingIsTheOwnersAndCanPause()
    {
        Pair pair;
        QVERIFY(connectPair(pair));
        TcpStream stream(std::exchange(pair.ours, -1));
        QSignalSpy readable(&stream, &TcpStream::readable);
        std::uint8_t buffer[64];
        QCOMPARE(stream.read(buffer, sizeof buffer), std::int64_t(0)); // nothing yet

        stream.setReading(false);
        const Bytes hello = message(10, 3);
        QCOMPARE(::send(pair.theirs, hello.data(), hello.size(), 0), ssize_t(10));
        QTest::qWait(100);
        QCOMPARE(readable.count(), 0);
        stream.setReading(true);
        QTRY_VERIFY(readable.count() > 0);
        // Only what the owner asks for, the rest stays in the kernel.
        QCOMPARE(stream.read(buffer, 4), std::int64_t(4));
        QCOMPARE(stream.read(buffer + 4, sizeof buffer - 4), std::int64_t(6));
        QCOMPARE(Bytes(buffer, buffer + 10), hello);
    }

    void thePeersCloseEndsTheStreamOnce()
    {
        Pair pair;
        QVERIFY(connectPair(pair));
        TcpStream stream(std::exchange(pair.ours, -1));
        QSignalSpy ended(&stream, &TcpStream::ended);
        ::close(std::exchange(pair.theirs, -1));
        std::uint8_t buffer[16];
        QTRY_VERIFY(stream.read(buffer, sizeof buffer) == -1);
        QCOMPARE(ended.count(), 0); // from the event loop, not inside read()
        QTRY_COMPARE(ended.count(), 1);
        QCOMPARE(ended.first().at(1).toBool(), true);
        QCOMPARE(stream.read(buffer, sizeof buffer), std::int64_t(-1));
        stream.write({message(8, 1)}); // after the end: nothing, no second signal
        QTest::qWait(50);
        QCOMPARE(ended.count(), 1);
    }

    void aResetSaysWhatFailed()
    {
        Pair pair;
        QVERIFY(connectPair(pair));
        TcpStream stream(std::exchange(pair.ours, -1));
        QSignalSpy ended(&stream, &TcpStream::ended);
        // The peer resets the connection (linger 0).
        linger reset{1, 0};
        QCOMPARE(::setsockopt(pair.theirs, SOL_SOCKET, SO_LINGER, &reset, sizeof reset), 0);
        ::close(std::exchange(pair.theirs, -1));
        QTest::qWait(50);
        stream.write({message(64, 1)});
        std::uint8_t buffer[16];
        (void)stream.read(buffer, sizeof buffer);
        QTRY_COMPARE(ended.count(), 1);
        QCOMPARE(ended.first().at(1).toBool(), false);
        QVERIFY2(ended.first().at(0).toString().contains(QLatin1String("reset")),
                 qPrintable(ended.first().at(0).toString()));
    }

    void closeSendsWhatWaitsThenTheEnd()
    {
        Pair pair;
        QVERIFY(connectPair(pair));
        auto stream = std::make_unique<TcpStream>(std::exchange(pair.ours, -1));
        const Bytes bye = message(16, 5);
        stream->write({bye});
        stream->close();
        QCOMPARE(stream->descriptor(), -1);
        QCOMPARE(drain(pair.theirs), bye);
        std::uint8_t buffer[4];
        QCOMPARE(::recv(pair.theirs, buffer, sizeof buffer, 0), ssize_t(0)); // FIN
    }
};

QTEST_GUILESS_MAIN(TestTcpStream)
#include "TestTcpStream.moc"
