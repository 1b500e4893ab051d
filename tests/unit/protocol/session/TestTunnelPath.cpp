// One call's data path both ways: GRE + PPP + MPPE around IPv4, control frames up,
// nothing unencrypted in or out, loss and reordering handled and counted, a small
// peer window never turned into loss, acks sent promptly.

#include "crypto/CryptoLibrary.h"
#include "mppe/MppeKeys.h"
#include "ppp/PppProtocol.h"
#include "pptp/GreSequencer.h"
#include "session/TunnelPath.h"

#include <QTest>

using namespace keyward::protocol;
using namespace keyward::protocol::session;

namespace {

Bytes ipPacket(int n, std::size_t size = 100)
{
    Bytes p(size, 0);
    p[0] = 0x45;
    p[2] = static_cast<std::uint8_t>(size >> 8);
    p[3] = static_cast<std::uint8_t>(size);
    for (std::size_t i = 20; i < size; ++i)
        p[i] = static_cast<std::uint8_t>(n * 31 + i);
    return p;
}

// What the data plane does for an outgoing IPv4 packet.
Bytes wrap(TunnelPath &path, const Bytes &ip, Timestamp now)
{
    std::vector<std::uint8_t> buffer(2048);
    std::copy(ip.begin(), ip.end(), buffer.begin() + TunnelPath::HeadRoom);
    auto gre = path.wrapIp(buffer, ip.size(), now);
    return Bytes(gre.begin(), gre.end());
}

// Feeds a GRE packet to a path; returns what came out, copied (decryption is in place).
std::pair<TunnelPath::Inbound::Kind, Bytes> deliver(TunnelPath &path, Bytes gre, Timestamp now)
{
    auto in = path.onGre(gre, now);
    return {in.kind, Bytes(in.bytes.begin(), in.bytes.end())};
}

} // namespace

class TestTunnelPath : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto lib = crypto::CryptoLibrary::load();
        QVERIFY(lib.ok());
        m_lib = lib.value();
    }

    void nothingFlowsBeforeMppeAndNoCleartextIsAccepted()
    {
        TunnelPath server(*m_lib, 100, 200, 64);
        QVERIFY(wrap(server, ipPacket(1), Timestamp{0}).empty());
        QCOMPARE(server.counters().dropped, std::uint64_t(1));

        // A peer sending plain IPv4 (protocol 0x0021) is refused even after MPPE is on.
        TunnelPath client(*m_lib, 200, 100, 64);
        Bytes frame = client.wrapControl(0x0021, ipPacket(2), Timestamp{0});
        auto in = server.onGre(frame, Timestamp{0});
        QVERIFY(in.kind == TunnelPath::Inbound::Kind::Drop);
        QCOMPARE(server.counters().unencrypted, std::uint64_t(1));
    }

    void ipCrossesBothWaysEncrypted_data()
    {
        QTest::addColumn<bool>("stateful");
        QTest::newRow("stateless") << false;
        QTest::newRow("stateful") << true;
    }

    void ipCrossesBothWaysEncrypted()
    {
        QFETCH(bool, stateful);
        TunnelPath server(*m_lib, 100, 200, 64), client(*m_lib, 200, 100, 64);
        enable(server, client, stateful);
        for (int i = 0; i < 300; ++i) {
            Bytes ip = ipPacket(i, 60 + (i * 7) % 1300);
            Bytes gre = wrap(i % 2 ? server : client, ip, Timestamp{i});
            QVERIFY(!gre.empty());
            // The plaintext never appears on the wire.
            QVERIFY(std::search(gre.begin(), gre.end(), ip.begin() + 20, ip.begin() + 40) ==
                    gre.end());
            auto in = (i % 2 ? client : server).onGre(gre, Timestamp{i});
            QVERIFY(in.kind == TunnelPath::Inbound::Kind::Ip);
            QVERIFY(Bytes(in.bytes.begin(), in.bytes.end()) == ip);
        }
        QCOMPARE(client.counters().packetsIn, std::uint64_t(150));
        QCOMPARE(server.counters().packetsIn, std::uint64_t(150));
        QCOMPARE(server.counters().decryptErrors, std::uint64_t(0));
    }

    void packetsRacingAheadOfTheKeysAreDeliveredOnceTheyArrive()
    {
        TunnelPath server(*m_lib, 100, 200, 64), client(*m_lib, 200, 100, 64);
        Bytes hashHash(16, 0x11), ntResponse(24, 0x22);
        mppe::MppeKeys s(*m_lib, hashHash, ntResponse, mppe::MppeRole::Server,
                         mppe::MppeStrength::Bits128);
        mppe::MppeKeys c(*m_lib, hashHash, ntResponse, mppe::MppeRole::Client,
                         mppe::MppeStrength::Bits128);
        const mppe::MppeParameters p{};
        (void)client.enableMppe(p, c.sendStartKey(), c.receiveStartKey(), Timestamp{0});
        // The client opened CCP first and sends at once; the server has no keys yet.
        for (int i = 0; i < 2; ++i) {
            auto in = deliver(server, wrap(client, ipPacket(i), Timestamp{0}), Timestamp{0});
            QVERIFY(in.first == TunnelPath::Inbound::Kind::Nothing);
        }
        const auto delivered =
            server.enableMppe(p, s.sendStartKey(), s.receiveStartKey(), Timestamp{1});
        QCOMPARE(delivered.size(), std::size_t(2));
        QVERIFY(delivered[0] == ipPacket(0));
        QVERIFY(delivered[1] == ipPacket(1));
    }

    void controlFramesGoUp()
    {
        TunnelPath server(*m_lib, 100, 200, 64), client(*m_lib, 200, 100, 64);
        Bytes lcp{0x09, 0x01, 0x00, 0x08, 0x12, 0x34, 0x56, 0x78}; // Echo-Request
        Bytes gre = client.wrapControl(ppp::kProtocolLcp, lcp, Timestamp{0});
        auto in = server.onGre(gre, Timestamp{0});
        QVERIFY(in.kind == TunnelPath::Inbound::Kind::Control);
        QCOMPARE(in.protocol, std::uint16_t(ppp::kProtocolLcp));
        QVERIFY(Bytes(in.bytes.begin(), in.bytes.end()) == lcp);
        // A GRE packet for another call is not ours.
        TunnelPath other(*m_lib, 300, 400, 64);
        QVERIFY(other.onGre(gre, Timestamp{0}).kind == TunnelPath::Inbound::Kind::Drop);
    }

    void statelessSurvivesLossAndDropsLatePackets()
    {
        TunnelPath server(*m_lib, 100, 200, 64), client(*m_lib, 200, 100, 64);
        enable(server, client, false);
        std::vector<Bytes> wire;
        for (int i = 0; i < 10; ++i)
            wire.push_back(wrap(server, ipPacket(i), Timestamp{0}));
        // Deliver 0, 1, 4, 3, 9: 2 and 5-8 are lost, 3 arrives late.
        for (int i : {0, 1, 4})
            QVERIFY(client.onGre(wire[i], Timestamp{0}).kind == TunnelPath::Inbound::Kind::Ip);
        QVERIFY(client.onGre(wire[3], Timestamp{0}).kind == TunnelPath::Inbound::Kind::Drop);
        auto in = client.onGre(wire[9], Timestamp{0});
        QVERIFY(in.kind == TunnelPath::Inbound::Kind::Ip);
        QVERIFY(Bytes(in.bytes.begin(), in.bytes.end()) == ipPacket(9));
        QVERIFY(!client.takeResetRequest());
    }

    void statefulLossAsksForAResetAndRecovers()
    {
        TunnelPath server(*m_lib, 100, 200, 64), client(*m_lib, 200, 100, 64);
        enable(server, client, true);
        QVERIFY(deliver(client, wrap(server, ipPacket(0), Timestamp{0}), Timestamp{0}).first ==
                TunnelPath::Inbound::Kind::Ip);
        (void)wrap(server, ipPacket(1), Timestamp{0}); // lost
        auto in = deliver(client, wrap(server, ipPacket(2), Timestamp{0}), Timestamp{0});
        QVERIFY(in.first == TunnelPath::Inbound::Kind::Drop);
        QVERIFY(client.takeResetRequest());
        server.onPeerResetRequest();           // CCP Reset-Request reached the server
        QVERIFY(!client.takeResynchronised()); // still waiting for the flushed packet
        in = deliver(client, wrap(server, ipPacket(3), Timestamp{0}), Timestamp{0});
        QVERIFY(in.first == TunnelPath::Inbound::Kind::Ip);
        QVERIFY(in.second == ipPacket(3));
        // The control plane learns once that it can stop repeating the Reset-Request.
        QVERIFY(client.takeResynchronised());
        QVERIFY(!client.takeResynchronised());
    }

    void ipv4LongerThanThePeersMruIsDroppedAndCounted()
    {
        TunnelPath server(*m_lib, 100, 200, 64), client(*m_lib, 200, 100, 64);
        enable(server, client, false);
        server.setPeerMru(600); // the client asked for MRU 600 in LCP
        // A 600-octet datagram fits (MPPE's overhead is not counted), 601 does not.
        auto in = deliver(client, wrap(server, ipPacket(0, 600), Timestamp{0}), Timestamp{0});
        QVERIFY(in.first == TunnelPath::Inbound::Kind::Ip);
        QVERIFY(wrap(server, ipPacket(1, 601), Timestamp{0}).empty());
        QVERIFY(wrap(server, ipPacket(2, 1400), Timestamp{0}).empty());
        QCOMPARE(server.counters().overPeerMru, std::uint64_t(2));
        QCOMPARE(server.counters().dropped, std::uint64_t(2));
        QCOMPARE(server.counters().packetsOut, std::uint64_t(1));
        // The MPPE stream is not disturbed by the drops.
        in = deliver(client, wrap(server, ipPacket(3, 200), Timestamp{0}), Timestamp{0});
        QVERIFY(in.first == TunnelPath::Inbound::Kind::Ip);
        QVERIFY(in.second == ipPacket(3, 200));
    }

    void acksAreSentAloneWhenThereIsNoData()
    {
        TunnelPath server(*m_lib, 100, 200, 64), client(*m_lib, 200, 100, 64);
        enable(server, client, false);
        (void)deliver(server, wrap(client, ipPacket(0), Timestamp{0}), Timestamp{0});
        QVERIFY(server.takeAckOnly(Timestamp{1}).empty()); // not yet due
        Bytes ack = server.takeAckOnly(Timestamp{1000});
        QCOMPARE(ack.size(), std::size_t(12));
        QVERIFY(client.onGre(ack, Timestamp{1000}).kind == TunnelPath::Inbound::Kind::Nothing);
        QCOMPARE(client.sequencer().unacknowledged(), 0u);
    }

    void acksFlowPromptly()
    {
        TunnelPath server(*m_lib, 100, 200, 64), client(*m_lib, 200, 100, 3);
        enable(server, client, false);
        // One packet owed: an ack-only packet within 20 ms (pptpd waits 50 ms).
        (void)deliver(server, wrap(client, ipPacket(0), Timestamp{0}), Timestamp{0});
        QCOMPARE(server.nextDeadline(), Timestamp{20});
        QVERIFY(server.takeAckOnly(Timestamp{19}).empty());
        Bytes ack = server.takeAckOnly(Timestamp{20});
        QVERIFY(!ack.empty());
        (void)client.onGre(ack, Timestamp{20});
        QCOMPARE(client.sequencer().unacknowledged(), 0u);
        // A burst: the ack is due at once, without waiting for the delay.
        for (std::uint32_t i = 0; i < pptp::GreSequencer::AckEvery; ++i)
            (void)deliver(server, wrap(client, ipPacket(int(i)), Timestamp{100}), Timestamp{100});
        QCOMPARE(server.nextDeadline(), Timestamp{100});
        ack = server.takeAckOnly(Timestamp{100});
        QVERIFY(!ack.empty());
        (void)client.onGre(ack, Timestamp{100});
        QCOMPARE(client.sequencer().unacknowledged(), 0u);
        // Data going the other way carries the ack: nothing is left to send alone.
        (void)deliver(server, wrap(client, ipPacket(9), Timestamp{200}), Timestamp{200});
        (void)deliver(client, wrap(server, ipPacket(10), Timestamp{200}), Timestamp{200});
        QCOMPARE(client.sequencer().unacknowledged(), 0u);
        QVERIFY(server.takeAckOnly(Timestamp{1000}).empty());
    }

    void aSmallWindowLosesNothing()
    {
        // pptp-linux advertises a window of 3 and acks late; 64 packets offered at once
        // all arrive, none dropped, none waiting.
        TunnelPath server(*m_lib, 100, 200, 3), client(*m_lib, 200, 100, 64);
        enable(server, client, false);
        int delivered = 0;
        for (int i = 0; i < 64; ++i) {
            const Bytes gre = wrap(server, ipPacket(i), Timestamp{0});
            QVERIFY(!gre.empty());
            const auto in = deliver(client, gre, Timestamp{0});
            QVERIFY(in.first == TunnelPath::Inbound::Kind::Ip);
            QVERIFY(in.second == ipPacket(i));
            ++delivered;
        }
        QCOMPARE(delivered, 64);
        QCOMPARE(server.counters().dropped, std::uint64_t(0));
        QCOMPARE(server.counters().packetsOut, std::uint64_t(64));
        QCOMPARE(client.counters().packetsIn, std::uint64_t(64));
    }

    void theSendWindowIsRespected()
    {
        // Past the window, packets wait in a bounded queue; past the queue, they are
        // dropped and counted as windowFull (what WAN-Error-Notify reports as buffer
        // overruns).
        TunnelPath server(*m_lib, 100, 200, 4), client(*m_lib, 200, 100, 64);
        enable(server, client, false);
        const std::uint32_t window = server.sequencer().sendWindow();
        QCOMPARE(window, pptp::GreSequencer::MinimumSendWindow);
        std::vector<Bytes> wire;
        for (std::uint32_t i = 0; i < window; ++i) {
            wire.push_back(wrap(server, ipPacket(int(i)), Timestamp{0}));
            QVERIFY(!wire.back().empty());
        }
        for (std::size_t i = 0; i < TunnelPath::QueueLimit; ++i)
            QVERIFY(wrap(server, ipPacket(int(window + i)), Timestamp{0}).empty());
        QCOMPARE(server.queuedPackets(), TunnelPath::QueueLimit);
        QCOMPARE(server.counters().queued, std::uint64_t(TunnelPath::QueueLimit));
        QCOMPARE(server.counters().dropped, std::uint64_t(0));
        QVERIFY(wrap(server, ipPacket(0), Timestamp{0}).empty());
        QCOMPARE(server.counters().windowFull, std::uint64_t(1));
        QCOMPARE(server.counters().dropped, std::uint64_t(1));

        // Nothing leaves while the window is full.
        std::vector<std::uint8_t> buffer(2048);
        QVERIFY(server.takeQueued(buffer, Timestamp{10}).empty());
        // The client receives what was sent and acknowledges 10 of them: 10 queued
        // packets leave, in order, and go through.
        for (const Bytes &gre : wire)
            (void)deliver(client, gre, Timestamp{10});
        Bytes ack = Bytes(16, 0);
        {
            // An ack-only packet for sequence number 9.
            pptp::GrePacket p;
            p.callId = 100;
            p.acknowledgment = 9;
            ack = p.encode().value();
        }
        (void)server.onGre(ack, Timestamp{20});
        for (std::uint32_t i = 0; i < 10; ++i) {
            auto gre = server.takeQueued(buffer, Timestamp{20});
            QVERIFY(!gre.empty());
            const auto in = deliver(client, Bytes(gre.begin(), gre.end()), Timestamp{20});
            QVERIFY(in.first == TunnelPath::Inbound::Kind::Ip);
            QVERIFY(in.second == ipPacket(int(window + i)));
        }
        QVERIFY(server.takeQueued(buffer, Timestamp{20}).empty());
        QCOMPARE(server.queuedPackets(), TunnelPath::QueueLimit - 10);
    }

    void aLostAckDoesNotStallTheQueue()
    {
        TunnelPath server(*m_lib, 100, 200, 3), client(*m_lib, 200, 100, 64);
        enable(server, client, false);
        const std::uint32_t window = server.sequencer().sendWindow();
        for (std::uint32_t i = 0; i < window; ++i)
            QVERIFY(!wrap(server, ipPacket(int(i)), Timestamp{0}).empty());
        QVERIFY(wrap(server, ipPacket(1), Timestamp{5}).empty());
        QVERIFY(wrap(server, ipPacket(2), Timestamp{5}).empty());
        QCOMPARE(server.nextDeadline(), Timestamp{0} + pptp::GreSequencer::WindowTimeout);
        std::vector<std::uint8_t> buffer(2048);
        QVERIFY(server.takeQueued(buffer, Timestamp{49}).empty());
        QVERIFY(!server.takeQueued(buffer, Timestamp{50}).empty());
        QVERIFY(!server.takeQueued(buffer, Timestamp{50}).empty());
        QCOMPARE(server.queuedPackets(), std::size_t(0));
        QCOMPARE(server.counters().windowTimeouts, std::uint64_t(1));
        QCOMPARE(server.counters().dropped, std::uint64_t(0));
        QCOMPARE(server.counters().packetsOut, std::uint64_t(window + 2));
    }

    void countersCountWhatTheySay()
    {
        TunnelPath server(*m_lib, 100, 200, 64), client(*m_lib, 200, 100, 64);
        // Before MPPE: IPv4 to send has no keys.
        QVERIFY(wrap(server, ipPacket(0), Timestamp{0}).empty());
        QCOMPARE(server.counters().noKeys, std::uint64_t(1));
        // Unencrypted IPv4 from the peer.
        Bytes clear = client.wrapControl(0x0021, ipPacket(1), Timestamp{0});
        QVERIFY(server.onGre(clear, Timestamp{0}).kind == TunnelPath::Inbound::Kind::Drop);
        QCOMPARE(server.counters().unencrypted, std::uint64_t(1));
        // Malformed GRE.
        Bytes junk{0x30, 0x81, 0x88, 0x0b};
        QVERIFY(server.onGre(junk, Timestamp{0}).kind == TunnelPath::Inbound::Kind::Drop);
        QCOMPARE(server.counters().malformed, std::uint64_t(1));

        enable(server, client, false);
        std::vector<Bytes> wire;
        for (int i = 0; i < 8; ++i)
            wire.push_back(wrap(client, ipPacket(i), Timestamp{0}));
        // 0, 1, 4, 4 (duplicate), 3 (late: fills a gap), 7: 2, 5 and 6 never come.
        for (int i : {0, 1, 4, 4, 3, 7}) {
            Bytes copy = wire[std::size_t(i)];
            (void)server.onGre(copy, Timestamp{0});
        }
        const TunnelCounters &c = server.counters();
        QCOMPARE(c.packetsIn, std::uint64_t(4));
        QCOMPARE(c.duplicates, std::uint64_t(1));
        QCOMPARE(c.outOfOrder, std::uint64_t(1));
        QCOMPARE(c.lost, std::uint64_t(3));
        QCOMPARE(c.dropped, c.noKeys + c.windowFull + c.encryptErrors + c.decryptErrors +
                                c.unencrypted + c.duplicates + c.outOfOrder + c.malformed +
                                c.overPeerMru);
        QCOMPARE(c.dropped, std::uint64_t(5));
    }

private:
    void enable(TunnelPath &server, TunnelPath &client, bool stateful)
    {
        Bytes hashHash(16, 0x11), ntResponse(24, 0x22);
        mppe::MppeKeys s(*m_lib, hashHash, ntResponse, mppe::MppeRole::Server,
                         mppe::MppeStrength::Bits128);
        mppe::MppeKeys c(*m_lib, hashHash, ntResponse, mppe::MppeRole::Client,
                         mppe::MppeStrength::Bits128);
        mppe::MppeParameters p{mppe::MppeStrength::Bits128,
                               stateful ? mppe::MppeMode::Stateful : mppe::MppeMode::Stateless};
        (void)server.enableMppe(p, s.sendStartKey(), s.receiveStartKey(), Timestamp{0});
        (void)client.enableMppe(p, c.sendStartKey(), c.receiveStartKey(), Timestamp{0});
    }

    std::shared_ptr<const crypto::CryptoLibrary> m_lib;
};

QTEST_GUILESS_MAIN(TestTunnelPath)
#include "TestTunnelPath.moc"
