// The data plane's queue of notices for the control plane is fed by peers, so it is
// bounded: a call that floods PPP control frames gets MaxPendingNoticesPerCall of
// them queued at a time, the rest are dropped and counted, and a removed path's final
// counters are never dropped. A real data plane on a TUN device and a raw GRE socket,
// in a network namespace of its own.

#include "NetworkLab.h"
#include "crypto/CryptoLibrary.h"
#include "net/DataPlane.h"

#include <QTest>
#include <QThread>

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
        auto tun = TunDevice::open("kwdp%d");
        QVERIFY2(tun.ok(), tun.ok() ? "" : tun.message().c_str());
        auto gre = GreSocket::open(loopback);
        QVERIFY(gre.ok());
        DataPlane plane(std::move(tun).value(), std::move(gre).value());
        QVERIFY(plane.start().ok());
        plane.post([library = m_library](DataPlane &p) {
            p.addPath(0x7f000001, std::make_unique<protocol::session::TunnelPath>(*library, ourCall,
                                                                                  peerCall, 64));
        });

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

private:
    std::shared_ptr<const protocol::crypto::CryptoLibrary> m_library;
};

QTEST_GUILESS_MAIN(TestDataPlane)
#include "TestDataPlane.moc"
