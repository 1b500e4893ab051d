// The TUN device really carries packets: the kernel answers a ping written into it,
// through a host route we add or the pool's route that the address's prefix makes,
// inside a network namespace of the test's own; and the kernel holds the queue we set.

#include "NetworkLab.h"
#include "net/InternetChecksum.h"
#include "net/TunDevice.h"

#include <QTest>
#include <arpa/inet.h>
#include <cstring>
#include <net/if.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace keyward::net;

namespace {

std::vector<std::uint8_t> echoRequest(std::uint32_t src, std::uint32_t dst, std::uint16_t id)
{
    std::vector<std::uint8_t> p(28 + 8, 0);
    p[0] = 0x45;
    p[3] = static_cast<std::uint8_t>(p.size());
    p[8] = 64;
    p[9] = 1; // ICMP
    for (int i = 0; i < 4; ++i) {
        p[12 + i] = static_cast<std::uint8_t>(src >> (24 - 8 * i));
        p[16 + i] = static_cast<std::uint8_t>(dst >> (24 - 8 * i));
    }
    std::uint16_t c = keyward::net::internetChecksum(p.data(), 20);
    p[10] = c >> 8;
    p[11] = c & 0xff;
    p[20] = 8; // echo request
    p[24] = id >> 8;
    p[25] = id & 0xff;
    p[27] = 1;
    std::memcpy(&p[28], "keyward!", 8);
    c = keyward::net::internetChecksum(&p[20], p.size() - 20);
    p[22] = c >> 8;
    p[23] = c & 0xff;
    return p;
}

} // namespace

class TestTunDevice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { KEYWARD_SKIP_IF_UNAVAILABLE(NetworkLab::enterPrivateNamespace()); }

    void kernelAnswersAPingThroughTheTunnel()
    {
        auto tun = TunDevice::open("kwtest%d");
        QVERIFY2(tun.ok(), tun.ok() ? "" : tun.message().c_str());
        QVERIFY(tun->name().rfind("kwtest", 0) == 0);
        const std::uint32_t server = 0x0a630001; // 10.99.0.1
        const std::uint32_t client = 0x0a630002; // 10.99.0.2
        auto configured = tun->configure(server, 1400);
        QVERIFY2(configured.ok(), configured.ok() ? "" : configured.message().c_str());
        // The kernel holds TransmitQueuePackets for the data plane, not its default 500.
        ifreq ifr{};
        std::strncpy(ifr.ifr_name, tun->name().c_str(), IFNAMSIZ - 1);
        const int control = ::socket(AF_INET, SOCK_DGRAM, 0);
        QVERIFY(control >= 0);
        const bool read = ::ioctl(control, SIOCGIFTXQLEN, &ifr) == 0;
        ::close(control);
        QVERIFY(read);
        QCOMPARE(ifr.ifr_qlen, TunDevice::TransmitQueuePackets);
        auto routed = tun->addHostRoute(client);
        QVERIFY2(routed.ok(), routed.ok() ? "" : routed.message().c_str());

        auto request = echoRequest(client, server, 0x4b57);
        QCOMPARE(tun->write(request), long(request.size()));

        std::uint8_t buf[2048];
        long n = 0;
        // The kernel may also send IPv6 router solicitations into a fresh device;
        // wait for the IPv4 answer.
        for (int tries = 0; tries < 50; ++tries) {
            pollfd pfd{tun->fd(), POLLIN, 0};
            ::poll(&pfd, 1, 100);
            n = tun->read(buf);
            if (n > 0 && (buf[0] >> 4) == 4)
                break;
        }
        QCOMPARE(n, long(request.size()));
        QCOMPARE(int(buf[9]), 1);  // ICMP
        QCOMPARE(int(buf[20]), 0); // echo reply
        QCOMPARE(int(buf[24]), 0x4b);
        QCOMPARE(int(buf[25]), 0x57);
        QCOMPARE(QByteArray(reinterpret_cast<char *>(buf + 28), 8), QByteArray("keyward!"));

        QVERIFY(tun->removeHostRoute(client).ok());
        auto again = tun->removeHostRoute(client);
        QVERIFY(!again.ok());
        QVERIFY(again.message().find("10.99.0.2") != std::string::npos);
    }

    void thePoolPrefixRoutesEveryClientWithoutAHostRoute()
    {
        auto tun = TunDevice::open("kwpool%d");
        QVERIFY2(tun.ok(), tun.ok() ? "" : tun.message().c_str());
        const std::uint32_t server = 0x0a640001; // 10.100.0.1
        auto configured = tun->configure(server, 1400, 24);
        QVERIFY2(configured.ok(), configured.ok() ? "" : configured.message().c_str());
        // Two clients of the pool, no route added for either: the kernel's answers to
        // both come back through the device.
        for (const std::uint32_t client : {0x0a640002u, 0x0a6400feu}) {
            auto request = echoRequest(client, server, 0x1234);
            QCOMPARE(tun->write(request), long(request.size()));
            std::uint8_t buf[2048];
            long n = 0;
            for (int tries = 0; tries < 50; ++tries) {
                pollfd pfd{tun->fd(), POLLIN, 0};
                ::poll(&pfd, 1, 100);
                n = tun->read(buf);
                if (n > 0 && (buf[0] >> 4) == 4)
                    break;
            }
            QCOMPARE(n, long(request.size()));
            QCOMPARE(int(buf[20]), 0); // echo reply
            const std::uint32_t to = std::uint32_t(buf[16]) << 24 | std::uint32_t(buf[17]) << 16 |
                                     std::uint32_t(buf[18]) << 8 | buf[19];
            QCOMPARE(to, client);
        }
        QVERIFY(!tun->configure(server, 1400, 0).ok());
    }

    void overlongNameIsRefusedWithAReason()
    {
        auto tun = TunDevice::open("a-name-that-is-far-too-long");
        QVERIFY(!tun.ok());
        QVERIFY(tun.message().find("longer than 15") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestTunDevice)
#include "TestTunDevice.moc"
