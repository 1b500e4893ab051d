// LCP: byte-exact Configure-Request, server/client negotiation to Opened, loopback
// detection, MS-CHAPv2-only authentication policy, rejected options, Echo keepalive,
// Protocol-Reject in both directions.

#include "PppTestPipe.h"
#include "common/ByteWriter.h"
#include "common/Bytes.h"
#include "ppp/ControlPacket.h"
#include "ppp/Lcp.h"
#include "ppp/PppFrame.h"

#include <QTest>
#include <memory>

using namespace keyward::protocol;
using namespace keyward::protocol::ppp;
using State = OptionAutomaton::State;
using Kind = PppEvent::Kind;

namespace {

const Timestamp t0{5000};

std::function<std::uint32_t()> sequence(std::uint32_t start)
{
    auto next = std::make_shared<std::uint32_t>(start);
    return [next] { return (*next)++; };
}

Lcp::Config serverConfig()
{
    Lcp::Config c;
    c.role = PppRole::Server;
    c.random = sequence(0x12345678);
    return c;
}

Lcp::Config clientConfig()
{
    Lcp::Config c;
    c.role = PppRole::Client;
    c.random = sequence(0x0badcafe);
    return c;
}

Bytes pkt(std::uint8_t code, std::uint8_t id, const Bytes &data = {})
{
    return ControlPacket::encode(code, id, data);
}

ControlPacket decode(const Bytes &wire)
{
    auto p = ControlPacket::decode(wire);
    return p.ok() ? p.value() : ControlPacket{};
}

// Server in Req-Sent; returns its Configure-Request.
ControlPacket startServer(Lcp &lcp)
{
    lcp.open(t0);
    lcp.up(t0);
    lcp.takeEvents();
    return decode(lcp.takeOutgoing().at(0));
}

} // namespace

class TestLcp : public QObject
{
    Q_OBJECT

private slots:
    void serverConfigureRequestIsByteExact()
    {
        Lcp lcp(serverConfig());
        lcp.open(t0);
        lcp.up(t0);
        auto out = lcp.takeOutgoing();
        QCOMPARE(out.size(), std::size_t(1));
        // Code 1, id 1, length 23: MRU 1400, Auth CHAP/MS-CHAPv2, Magic, PFC, ACFC.
        QCOMPARE(toHex(out[0]), std::string("01010017"
                                            "01040578"
                                            "0305c22381"
                                            "050612345678"
                                            "0702"
                                            "0802"));
        // Framed for PPTP: full address/control and protocol field for LCP.
        QCOMPARE(toHex(PppFrame::encode(lcp.protocol(), out[0], true, true)).substr(0, 8),
                 std::string("ff03c021"));
    }

    void serverAndClientAgree()
    {
        Lcp server(serverConfig());
        Lcp client(clientConfig());
        auto log = test::bringUp(server, client, t0);
        QVERIFY(log.quiet);
        QCOMPARE(server.state(), State::Opened);
        QCOMPARE(client.state(), State::Opened);
        QVERIFY(test::hasEvent(log.aEvents, Kind::LayerUp));
        QVERIFY(test::hasEvent(log.bEvents, Kind::LayerUp));
        const auto &s = server.agreed();
        const auto &c = client.agreed();
        QVERIFY(s.authentication.has_value());
        QCOMPARE(*s.authentication, (Lcp::AuthProtocol{kProtocolChap, kChapMsV2}));
        QVERIFY(c.authentication.has_value());
        QCOMPARE(*c.authentication, (Lcp::AuthProtocol{kProtocolChap, kChapMsV2}));
        QCOMPARE(s.ourMru, 1400);
        QCOMPARE(s.peerMru, 1400);
        QCOMPARE(s.ourMagic, 0x12345678u);
        QCOMPARE(s.peerMagic, 0x0badcafeu);
        QCOMPARE(c.peerMagic, 0x12345678u);
        QVERIFY(s.sendPfc && s.sendAcfc && c.sendPfc && c.sendAcfc);
    }

    void loopbackIsNakedWithNewMagicThenFails()
    {
        Lcp lcp(serverConfig());
        startServer(lcp);
        Bytes looped = fromHex("01040578050612345678");
        lcp.receive(pkt(kConfigureRequest, 1, looped), t0);
        auto out = lcp.takeOutgoing();
        QCOMPARE(out.size(), std::size_t(1));
        ControlPacket nak = decode(out[0]);
        QCOMPARE(nak.code, kConfigureNak);
        auto options = PppOption::decodeList(nak.data);
        QVERIFY(options.ok());
        QCOMPARE(options->size(), std::size_t(1));
        QCOMPARE((*options)[0].type, Lcp::kOptMagicNumber);
        QVERIFY((*options)[0].asU32() != 0x12345678u);
        QVERIFY((*options)[0].asU32() != 0);
        QVERIFY(test::hasEvent(lcp.takeEvents(), Kind::LoopbackDetected));

        // A looped link keeps reflecting our (new) magic: give up after Max-Failure.
        std::vector<PppEvent> events;
        for (int i = 0; i < 10 && lcp.state() != State::Closing; ++i) {
            QVERIFY(test::fireTimer(lcp)); // retransmit with the new magic
            auto sent = lcp.takeOutgoing();
            ControlPacket req = decode(sent.back());
            auto reqOptions = PppOption::decodeList(req.data);
            std::uint32_t magic = 0;
            for (const auto &o : reqOptions.value())
                if (o.type == Lcp::kOptMagicNumber)
                    magic = o.asU32();
            Bytes reflected = fromHex("010405780506");
            ByteWriter(reflected).u32(magic);
            lcp.receive(pkt(kConfigureRequest, static_cast<std::uint8_t>(10 + i), reflected), t0);
            for (auto &e : lcp.takeEvents())
                events.push_back(e);
        }
        QCOMPARE(lcp.state(), State::Closing);
        QVERIFY(test::eventDetail(events, Kind::NegotiationFailed).find("looped back") !=
                std::string::npos);
    }

    void serverRefusesWeakAuthentication_data()
    {
        QTest::addColumn<QString>("authOption");
        QTest::addColumn<QString>("name");
        QTest::newRow("PAP") << "0304c023"
                             << "PAP";
        QTest::newRow("CHAP-MD5") << "0305c22305"
                                  << "CHAP-MD5";
        QTest::newRow("MS-CHAPv1") << "0305c22380"
                                   << "MS-CHAPv1";
    }

    void serverRefusesWeakAuthentication()
    {
        QFETCH(QString, authOption);
        QFETCH(QString, name);
        Lcp lcp(serverConfig());
        ControlPacket req = startServer(lcp);
        lcp.receive(pkt(kConfigureNak, req.identifier, fromHex(authOption.toStdString())), t0);
        auto events = lcp.takeEvents();
        std::string detail = test::eventDetail(events, Kind::NegotiationFailed);
        QCOMPARE(detail, "LCP: client refused MS-CHAPv2 and proposed " + name.toStdString() +
                             "; policy allows MS-CHAPv2 only");
        QCOMPARE(lcp.state(), State::Closing);
        QCOMPARE(decode(lcp.takeOutgoing().at(0)).code, kTerminateRequest);
    }

    void weakAuthenticationOnlyWhenExplicitlyAllowed()
    {
        auto config = serverConfig();
        config.allowMsChapV1 = true;
        Lcp lcp(config);
        ControlPacket req = startServer(lcp);
        lcp.receive(pkt(kConfigureNak, req.identifier, fromHex("0305c22380")), t0);
        ControlPacket next = decode(lcp.takeOutgoing().at(0));
        QCOMPARE(next.code, kConfigureRequest);
        QVERIFY(toHex(next.data).find("0305c22380") != std::string::npos);
    }

    void serverFailsWhenClientRejectsAuthentication()
    {
        Lcp lcp(serverConfig());
        ControlPacket req = startServer(lcp);
        lcp.receive(pkt(kConfigureReject, req.identifier, fromHex("0305c22381")), t0);
        QVERIFY(test::eventDetail(lcp.takeEvents(), Kind::NegotiationFailed)
                    .find("refused to authenticate") != std::string::npos);
        QCOMPARE(lcp.state(), State::Closing);
    }

    void clientNaksAnythingButMsChapV2()
    {
        Lcp lcp(clientConfig());
        startServer(lcp);
        lcp.receive(pkt(kConfigureRequest, 4, fromHex("0304c023050611111111")), t0);
        QCOMPARE(toHex(lcp.takeOutgoing().at(0)), std::string("03040009") + "0305c22381");
        lcp.receive(pkt(kConfigureRequest, 5, fromHex("0305c22305050611111111")), t0);
        QCOMPARE(toHex(lcp.takeOutgoing().at(0)), std::string("03050009") + "0305c22381");
        lcp.receive(pkt(kConfigureRequest, 6, fromHex("0305c22381050611111111")), t0);
        QCOMPARE(decode(lcp.takeOutgoing().at(0)).code, kConfigureAck);
    }

    void serverRejectsOptionsItDoesNotDo()
    {
        Lcp lcp(serverConfig());
        startServer(lcp);
        // MRU, Callback, MRRU, Endpoint Discriminator, Quality, unknown 99, ACCM.
        Bytes request = fromHex("010405dc"
                                "0d0306"
                                "110405dc"
                                "130400aa"
                                "0408c025000003e8"
                                "6302"
                                "020600000000");
        lcp.receive(pkt(kConfigureRequest, 3, request), t0);
        ControlPacket reply = decode(lcp.takeOutgoing().at(0));
        QCOMPARE(reply.code, kConfigureReject);
        QCOMPARE(toHex(reply.data), std::string("0d0306"
                                                "110405dc"
                                                "130400aa"
                                                "0408c025000003e8"
                                                "6302"));
    }

    void smallMruIsNaked()
    {
        Lcp lcp(serverConfig());
        startServer(lcp);
        lcp.receive(pkt(kConfigureRequest, 3, fromHex("01040100")), t0);
        QCOMPARE(toHex(lcp.takeOutgoing().at(0)), std::string("0303000801040240"));
    }

    void echoRequestIsAnsweredWithOurMagic()
    {
        Lcp server(serverConfig());
        Lcp client(clientConfig());
        test::bringUp(server, client, t0);
        server.receive(pkt(kEchoRequest, 0x33,
                           fromHex("0badcafe"
                                   "aabb")),
                       t0);
        QCOMPARE(toHex(server.takeOutgoing().at(0)), std::string("0a33000a12345678aabb"));
        // Our own magic reflected back: a loop, not answered.
        server.receive(pkt(kEchoRequest, 0x34, fromHex("12345678")), t0);
        QVERIFY(server.takeOutgoing().empty());
        QVERIFY(test::hasEvent(server.takeEvents(), Kind::LoopbackDetected));
    }

    void keepaliveDetectsDeadPeer()
    {
        Lcp server(serverConfig());
        Lcp client(clientConfig());
        test::bringUp(server, client, t0);
        server.setKeepalive(Duration(10000), 3, t0);
        QCOMPARE(server.nextDeadline(), t0 + Duration(10000));
        // An answered echo resets the count.
        server.onTimer(t0 + Duration(10000));
        auto first = server.takeOutgoing();
        QCOMPARE(decode(first.at(0)).code, kEchoRequest);
        QCOMPARE(server.missedEchoes(), 1);
        client.receive(first[0], t0);
        server.receive(client.takeOutgoing().at(0), t0);
        QCOMPARE(server.missedEchoes(), 0);
        // Then silence: three unanswered requests, then EchoTimeout.
        Timestamp now = t0 + Duration(10000);
        int sent = 0;
        std::vector<PppEvent> events;
        for (int i = 0; i < 6 && !test::hasEvent(events, Kind::EchoTimeout); ++i) {
            QVERIFY(test::fireTimer(server, &now));
            sent += static_cast<int>(server.takeOutgoing().size());
            for (auto &e : server.takeEvents())
                events.push_back(e);
        }
        QCOMPARE(sent, 3);
        QVERIFY(test::eventDetail(events, Kind::EchoTimeout).find("3 Echo-Request") !=
                std::string::npos);
        QCOMPARE(now, t0 + Duration(50000)); // the third request had its interval too
    }

    void protocolRejectForIpv6cp()
    {
        Lcp server(serverConfig());
        Lcp client(clientConfig());
        test::bringUp(server, client, t0);
        // An IPV6CP Configure-Request arrives inside a PPP frame.
        Bytes frameBytes = fromHex("ff038057"
                                   "0101000e010a0011223344556677");
        auto frame = PppFrame::decode(frameBytes);
        QVERIFY(frame.ok());
        QVERIFY(!isSupportedProtocol(frame->protocol));
        server.sendProtocolReject(frame->protocol, frame->payload);
        auto out = server.takeOutgoing();
        QCOMPARE(out.size(), std::size_t(1));
        ControlPacket reject = decode(out[0]);
        QCOMPARE(reject.code, kProtocolReject);
        QCOMPARE(toHex(reject.data), std::string("8057") + "0101000e010a0011223344556677");
        client.receive(out[0], t0);
        auto events = client.takeEvents();
        QVERIFY(test::hasEvent(events, Kind::ProtocolRejected));
        for (const auto &e : events)
            if (e.kind == Kind::ProtocolRejected)
                QCOMPARE(e.protocol, kProtocolIpv6cp);
        QCOMPARE(client.state(), State::Opened);
    }

    void protocolRejectOfLcpStopsLcp()
    {
        Lcp server(serverConfig());
        Lcp client(clientConfig());
        test::bringUp(server, client, t0);
        server.receive(pkt(kProtocolReject, 1, fromHex("c0210101")), t0);
        QCOMPARE(server.state(), State::Stopping);
    }

    void protocolRejectIsNotSentBeforeOpened()
    {
        Lcp lcp(serverConfig());
        startServer(lcp);
        lcp.sendProtocolReject(kProtocolIpv6cp, fromHex("01"));
        QVERIFY(lcp.takeOutgoing().empty());
    }

    void informationalCodesAreNotCodeRejected()
    {
        Lcp server(serverConfig());
        Lcp client(clientConfig());
        test::bringUp(server, client, t0);
        server.receive(pkt(kDiscardRequest, 1, fromHex("0badcafe")), t0);
        server.receive(pkt(kIdentification, 2, fromHex("0badcafe4d5352415356352e3230")), t0);
        QVERIFY(server.takeOutgoing().empty());
        server.receive(pkt(0x20, 3), t0);
        QCOMPARE(decode(server.takeOutgoing().at(0)).code, kCodeReject);
    }
};

QTEST_GUILESS_MAIN(TestLcp)
#include "TestLcp.moc"
