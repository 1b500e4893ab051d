// The data plane's queue of notices for the control plane is fed by peers, so it is
// bounded: a call that floods PPP control frames gets MaxPendingNoticesPerCall of
// them queued at a time, the rest are dropped and counted, and a removed path's final
// counters are never dropped. An ack owed to a peer we have nothing to send goes out
// on its own. A real data plane on a TUN device and a raw GRE socket, in a network
// namespace of its own.

#include "NetworkLab.h"
#include "crypto/CryptoLibrary.h"
#include "net/DataPlane.h"

#include <QTest>
#include <QThread>
#include <poll.h>

using namespace keyward;
using namespace keyward::net;

namespace {
constexpr std::uint16_t ourCall = 0x1234;
constexpr std::uint16_t peerCall = 0x4321;
} // namespace

class TestDataPlane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        KEYWARD_SKIP_IF_UNAVAILABLE(NetworkLab::enterPrivateNamespace());
        auto library = protocol::crypto::CryptoLibrary::load();
        QVERIFY2(library.ok(), library.ok() ? "" : library.message().c_str());
        m_library = library.value();
    }

    void aFloodOfControlFramesIsBoundedPerCall()
    {
        const std::uint32_t loopback = 0x7f000001;
        QString error;
        const auto started = startPlane(&error);
        QVERIFY2(started, qPrintable(error));
        DataPlane &plane = *started;

        // The peer: its own tunnel path and GRE socket, sending LCP Echo-Requests.
        protocol::session::TunnelPath peer(*m_library, peerCall, ourCall, 64);
        auto sender = GreSocket::open(loopback);
        QVERIFY(sender.ok());
        const protocol::Bytes echo = {0x09, 0x01, 0x00, 0x08, 0xde, 0xad, 0xbe, 0xef};
        auto flood = [&](int count) {
            for (int i = 0; i < count; ++i) {
                const protocol::Bytes packet =
                    peer.wrapControl(0xc021, echo, protocol::Timestamp{0});
                QVERIFY(sender->sendOne(loopback, packet));
            }
        };
        QThread::msleep(50); // the path is in place
        // The data plane says so (the server holds the call's reply until then).
        const auto added = plane.takeNotices();
        QCOMPARE(added.size(), std::size_t(1));
        QVERIFY(added.front().kind == DataPlane::Notice::Kind::PathAdded);
        QCOMPARE(added.front().callId, ourCall);
        flood(200);
        QThread::msleep(400); // received, and the drop counters published
        const auto notices = plane.takeNotices();
        QCOMPARE(notices.size(), std::size_t(DataPlane::MaxPendingNoticesPerCall));
        for (const auto &n : notices) {
            QVERIFY(n.kind == DataPlane::Notice::Kind::ControlFrame);
            QCOMPARE(n.callId, ourCall);
            QCOMPARE(n.protocol, std::uint16_t(0xc021));
        }
        QCOMPARE(plane.drops().notices, std::uint64_t(200 - DataPlane::MaxPendingNoticesPerCall));

        // Taking them makes room again.
        flood(10);
        QThread::msleep(400);
        QCOMPARE(plane.takeNotices().size(), std::size_t(10));

        // A full queue never loses a removed path's final counters.
        flood(100);
        QThread::msleep(100);
        plane.post([](DataPlane &p) { p.removePath(ourCall); });
        QThread::msleep(100);
        const auto last = plane.takeNotices();
        QCOMPARE(last.size(), std::size_t(DataPlane::MaxPendingNoticesPerCall) + 1);
        QVERIFY(last.back().kind == DataPlane::Notice::Kind::PathRemoved);
        plane.stop();
    }

    void anAckOwedGoesOutOnItsOwn()
    {
        const std::uint32_t loopback = 0x7f000001;
        QString error;
        const auto started = startPlane(&error);
        QVERIFY2(started, qPrintable(error));
        DataPlane &plane = *started;
        QThread::msleep(50);

        // One LCP Echo-Request from the peer; we have nothing to send back on the
        // tunnel (the control plane is not running), so the ack must go by itself.
        protocol::session::TunnelPath peer(*m_library, peerCall, ourCall, 64);
        auto sender = GreSocket::open(loopback);
        QVERIFY(sender.ok());
        const protocol::Bytes echo = {0x09, 0x01, 0x00, 0x08, 0xde, 0xad, 0xbe, 0xef};
        QVERIFY(sender->sendOne(loopback, peer.wrapControl(0xc021, echo, protocol::Timestamp{0})));

        // The raw socket sees every GRE packet on the loopback, ours among them.
        bool acked = false;
        const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(1000);
        while (!acked && std::chrono::steady_clock::now() < until) {
            pollfd p{sender->fd(), POLLIN, 0};
            if (::poll(&p, 1, 50) <= 0)
                continue;
            const int n = sender->receive();
            for (int i = 0; i < n; ++i) {
                const auto g = sender->received(static_cast<std::size_t>(i)).gre();
                const std::uint16_t key = static_cast<std::uint16_t>(g[6] << 8 | g[7]);
                const bool sequenced = g[0] & 0x10, hasAck = g[1] & 0x80;
                const std::uint16_t payload = static_cast<std::uint16_t>(g[4] << 8 | g[5]);
                if (key == peerCall && !sequenced && hasAck && payload == 0 && g.size() == 12)
                    acked = true;
            }
        }
        QVERIFY2(acked, "no ack-only packet came for the peer's frame");
        plane.stop();
    }

private:
    // A running data plane on a TUN device and a loopback GRE socket, holding our
    // call's path to a peer on the loopback; null (and why in `error`) when it fails.
    std::unique_ptr<DataPlane> startPlane(QString *error)
    {
        auto tun = TunDevice::open("kwdp%d");
        auto gre = GreSocket::open(0x7f000001);
        if (!tun || !gre) {
            *error = QString::fromStdString(!tun ? tun.message() : gre.message());
            return {};
        }
        auto plane = std::make_unique<DataPlane>(std::move(tun).value(), std::move(gre).value());
        if (auto started = plane->start(); !started) {
            *error = QString::fromStdString(started.message());
            return {};
        }
        plane->post([library = m_library](DataPlane &p) {
            p.addPath(0x7f000001, std::make_unique<protocol::session::TunnelPath>(*library, ourCall,
                                                                                  peerCall, 64));
        });
        return plane;
    }

    std::shared_ptr<const protocol::crypto::CryptoLibrary> m_library;
};

QTEST_GUILESS_MAIN(TestDataPlane)
#include "TestDataPlane.moc"
