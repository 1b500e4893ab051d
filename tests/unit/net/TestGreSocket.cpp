// The raw GRE socket moves batches both ways and hands back only the GRE bytes.

#include "NetworkLab.h"
#include "net/GreSocket.h"

#include <QTest>
#include <poll.h>

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
};

QTEST_GUILESS_MAIN(TestGreSocket)
#include "TestGreSocket.moc"
