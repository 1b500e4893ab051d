// CCP with MPPE (RFC 1962, RFC 3078): the MPPE option bits, the policy's choices and
// reasons, byte-exact Configure-Request, agreement, refusal of a 40-bit-only peer,
// rejection of other compressors, Reset-Request/Reset-Ack.

#include "PppTestPipe.h"
#include "common/Bytes.h"
#include "mppe/MppeOption.h"
#include "mppe/MppePolicy.h"
#include "ppp/Ccp.h"
#include "ppp/ControlPacket.h"

#include <QTest>

using namespace keyward::protocol;
using namespace keyward::protocol::ppp;
using namespace keyward::protocol::mppe;
using State = OptionAutomaton::State;
using Kind = PppEvent::Kind;

namespace {

const Timestamp t0{1000};

Bytes pkt(std::uint8_t code, std::uint8_t id, const Bytes &data = {})
{
    return ControlPacket::encode(code, id, data);
}

ControlPacket decode(const Bytes &wire)
{
    auto p = ControlPacket::decode(wire);
    return p.ok() ? p.value() : ControlPacket{};
}

Ccp::Config config(PppRole role)
{
    Ccp::Config c;
    c.role = role;
    return c;
}

void start(Ccp &ccp)
{
    ccp.open(t0);
    ccp.up(t0);
    ccp.takeOutgoing();
    ccp.takeEvents();
}

} // namespace

class TestCcp : public QObject
{
    Q_OBJECT

private slots:
    void mppeOptionBitsAreRfc3078()
    {
        QCOMPARE(MppeOption::kType, 18);
        QCOMPARE(MppeOption::kMppc, 0x01u);
        QCOMPARE(MppeOption::kObsoleteD, 0x10u);
        QCOMPARE(MppeOption::kBits40, 0x20u);
        QCOMPARE(MppeOption::kBits128, 0x40u);
        QCOMPARE(MppeOption::kBits56, 0x80u);
        QCOMPARE(MppeOption::kStateless, 0x01000000u);
        auto option = MppeOption::decode(fromHex("010000e0"));
        QVERIFY(option.ok());
        QCOMPARE(option->strengthCount(), 3);
        QVERIFY(!option->parameters().has_value());
        QCOMPARE(toHex(option->encode()), std::string("010000e0"));
        auto single = MppeOption::decode(fromHex("00000020"));
        QVERIFY(single.ok());
        QCOMPARE(*single->parameters(), (MppeParameters{MppeStrength::Bits40, MppeMode::Stateful}));
        QCOMPARE(MppeOption::fromParameters({MppeStrength::Bits128, MppeMode::Stateless}).bits,
                 0x01000040u);
        auto bad = MppeOption::decode(fromHex("000040"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.message().find("instead of 4") != std::string::npos);
        QVERIFY(!MppeOption{0x01000041}.parameters().has_value()); // MPPC never agreed
        QVERIFY(!MppeOption{0x01000050}.parameters().has_value()); // nor the D bit
    }

    void policyDefaultsAre128BitStateless()
    {
        MppePolicy policy;
        QVERIFY(policy.allows(MppeStrength::Bits128));
        QVERIFY(!policy.allows(MppeStrength::Bits56));
        QVERIFY(!policy.allows(MppeStrength::Bits40));
        QVERIFY(!policy.statefulAllowed());
        QCOMPARE(policy.preferred(), (MppeParameters{MppeStrength::Bits128, MppeMode::Stateless}));

        auto several = policy.choose(MppeOption{0x010000e0}, "client");
        QVERIFY(several.ok());
        QCOMPARE(several.value(), (MppeParameters{MppeStrength::Bits128, MppeMode::Stateless}));

        auto weak = policy.choose(MppeOption{0x01000020}, "client");
        QVERIFY(!weak.ok());
        QCOMPARE(weak.message(), std::string("client offered only 40-bit MPPE; policy requires "
                                             "128-bit"));
        auto stateful = policy.choose(MppeOption{0x00000040}, "client");
        QVERIFY(!stateful.ok());
        QCOMPARE(stateful.message(),
                 std::string("client offered only stateful MPPE; policy requires stateless"));
        auto none = policy.choose(MppeOption{0x01000001}, "server");
        QVERIFY(!none.ok());
        QVERIFY(none.message().find("server offered no MPPE key strength") != std::string::npos);
    }

    void policyWideningIsExplicit()
    {
        MppePolicy policy;
        policy.setStatefulAllowed(true);
        policy.setAllowed(MppeStrength::Bits56, true);
        auto stateful = policy.choose(MppeOption{0x000000a0}, "client");
        QVERIFY(stateful.ok());
        QCOMPARE(stateful.value(), (MppeParameters{MppeStrength::Bits56, MppeMode::Stateful}));
        QCOMPARE(policy.describeAllowed(), std::string("56-bit or 128-bit"));
    }

    void aPreferenceForStatefulYieldsToAPeerThatInsists()
    {
        MppePolicy policy;
        policy.setStatefulAllowed(true);
        policy.setStatefulPreferred(true);
        QCOMPARE(policy.preferred(), (MppeParameters{MppeStrength::Bits128, MppeMode::Stateful}));
        // A client offering both (stateless first, as pppd and Windows do) is asked for
        // stateful; one that asks for stateless again gets it.
        auto first = policy.choose(MppeOption{0x01000040}, "client");
        QCOMPARE(first.value(), (MppeParameters{MppeStrength::Bits128, MppeMode::Stateful}));
        auto again = policy.choose(MppeOption{0x01000040}, "client", true);
        QCOMPARE(again.value(), (MppeParameters{MppeStrength::Bits128, MppeMode::Stateless}));
        // Preferring without allowing changes nothing.
        MppePolicy strict;
        strict.setStatefulPreferred(true);
        QCOMPARE(strict.preferred(), (MppeParameters{MppeStrength::Bits128, MppeMode::Stateless}));
        QCOMPARE(strict.choose(MppeOption{0x01000040}, "client").value(),
                 (MppeParameters{MppeStrength::Bits128, MppeMode::Stateless}));
    }

    void aServerPreferringStatefulBringsAStatelessFirstClientToStateful()
    {
        Ccp::Config serverConfig = config(PppRole::Server);
        serverConfig.policy.setStatefulAllowed(true);
        serverConfig.policy.setStatefulPreferred(true);
        Ccp::Config clientConfig = config(PppRole::Client);
        clientConfig.policy.setStatefulAllowed(true); // like pppd's mppe-stateful
        Ccp server(serverConfig);
        Ccp client(clientConfig);
        test::bringUp(server, client, t0);
        QCOMPARE(server.state(), State::Opened);
        QCOMPARE(client.state(), State::Opened);
        const MppeParameters expected{MppeStrength::Bits128, MppeMode::Stateful};
        QCOMPARE(server.negotiated().value(), expected);
        QCOMPARE(client.negotiated().value(), expected);
    }

    void configureRequestIsByteExact()
    {
        Ccp ccp(config(PppRole::Server));
        ccp.open(t0);
        ccp.up(t0);
        QCOMPARE(toHex(ccp.takeOutgoing().at(0)), std::string("0101000a"
                                                              "120601000040"));
    }

    void serverAndClientAgree128BitStateless()
    {
        Ccp server(config(PppRole::Server));
        Ccp client(config(PppRole::Client));
        auto log = test::bringUp(server, client, t0);
        QVERIFY(log.quiet);
        QCOMPARE(server.state(), State::Opened);
        QCOMPARE(client.state(), State::Opened);
        const MppeParameters expected{MppeStrength::Bits128, MppeMode::Stateless};
        QCOMPARE(server.negotiated().value(), expected);
        QCOMPARE(client.negotiated().value(), expected);
    }

    void peerOfferingSeveralBitsGetsExactlyOne()
    {
        Ccp server(config(PppRole::Server));
        start(server);
        // Windows-style: H plus 40, 56 and 128-bit, and MPPC.
        server.receive(pkt(kConfigureRequest, 7, fromHex("1206010000e1")), t0);
        QCOMPARE(toHex(server.takeOutgoing().at(0)), std::string("0307000a"
                                                                 "120601000040"));
        server.receive(pkt(kConfigureRequest, 8, fromHex("120601000040")), t0);
        QCOMPARE(decode(server.takeOutgoing().at(0)).code, kConfigureAck);
    }

    void fortyBitOnlyPeerIsRefusedWithReason()
    {
        Ccp server(config(PppRole::Server));
        start(server);
        server.receive(pkt(kConfigureRequest, 1, fromHex("120601000020")), t0);
        // First: tell it what we allow.
        QCOMPARE(toHex(server.takeOutgoing().at(0)), std::string("0301000a"
                                                                 "120601000040"));
        server.receive(pkt(kConfigureRequest, 2, fromHex("120601000020")), t0);
        auto events = server.takeEvents();
        QCOMPARE(test::eventDetail(events, Kind::NegotiationFailed),
                 std::string("CCP: client offered only 40-bit MPPE; policy requires 128-bit"));
        QCOMPARE(server.state(), State::Closing);
        QCOMPARE(decode(server.takeOutgoing().at(0)).code, kTerminateRequest);
    }

    void fortyBitOnlyPeerBackToBack()
    {
        Ccp server(config(PppRole::Server));
        auto clientConfig = config(PppRole::Client);
        clientConfig.policy.setAllowed(MppeStrength::Bits128, false);
        clientConfig.policy.setAllowed(MppeStrength::Bits40, true);
        Ccp client(clientConfig);
        auto log = test::bringUp(server, client, t0);
        QVERIFY(log.quiet);
        QCOMPARE(test::eventDetail(log.aEvents, Kind::NegotiationFailed),
                 std::string("CCP: client offered only 40-bit MPPE; policy requires 128-bit"));
        QVERIFY(server.state() != State::Opened);
        QVERIFY(client.state() != State::Opened);
        QVERIFY(!server.negotiated().has_value());
        QVERIFY(test::hasEvent(log.aEvents, Kind::LayerFinished));
    }

    void otherCompressorsAreRejected()
    {
        Ccp server(config(PppRole::Server));
        start(server);
        Bytes request = fromHex("1a047800"
                                "15032f"
                                "120601000040");
        server.receive(pkt(kConfigureRequest, 3, request), t0);
        ControlPacket reply = decode(server.takeOutgoing().at(0));
        QCOMPARE(reply.code, kConfigureReject);
        QCOMPARE(toHex(reply.data), std::string("1a047800"
                                                "15032f"));
    }

    void missingMppeIsNakedThenFails()
    {
        Ccp server(config(PppRole::Server));
        start(server);
        server.receive(pkt(kConfigureRequest, 3, {}), t0);
        QCOMPARE(toHex(server.takeOutgoing().at(0)), std::string("0303000a"
                                                                 "120601000040"));
        server.receive(pkt(kConfigureRequest, 4, {}), t0);
        QVERIFY(test::eventDetail(server.takeEvents(), Kind::NegotiationFailed)
                    .find("did not offer MPPE") != std::string::npos);
    }

    void peerRejectingMppeFails()
    {
        Ccp server(config(PppRole::Server));
        server.open(t0);
        server.up(t0);
        ControlPacket req = decode(server.takeOutgoing().at(0));
        server.receive(pkt(kConfigureReject, req.identifier, fromHex("120601000040")), t0);
        QCOMPARE(test::eventDetail(server.takeEvents(), Kind::NegotiationFailed),
                 std::string("CCP: client rejected MPPE; policy requires encryption"));
    }

    void resetRequestAndAck()
    {
        Ccp server(config(PppRole::Server));
        Ccp client(config(PppRole::Client));
        test::bringUp(server, client, t0);
        client.sendResetRequest();
        auto out = client.takeOutgoing();
        QCOMPARE(out.size(), std::size_t(1));
        ControlPacket reset = decode(out[0]);
        QCOMPARE(reset.code, kResetRequest);
        server.receive(out[0], t0);
        auto events = server.takeEvents();
        QCOMPARE(events.size(), std::size_t(1));
        QVERIFY(events[0].kind == Kind::ResetRequested);
        QCOMPARE(events[0].identifier, reset.identifier);
        auto ack = server.takeOutgoing();
        QCOMPARE(toHex(ack.at(0)), toHex(pkt(kResetAck, reset.identifier)));
        client.receive(ack[0], t0);
        QVERIFY(test::hasEvent(client.takeEvents(), Kind::ResetAcknowledged));
        QCOMPARE(server.state(), State::Opened);
    }

    void resetRequestBeforeOpenedIsIgnored()
    {
        Ccp server(config(PppRole::Server));
        start(server);
        server.receive(pkt(kResetRequest, 1), t0);
        QVERIFY(server.takeOutgoing().empty());
        QVERIFY(server.takeEvents().empty());
    }
};

QTEST_GUILESS_MAIN(TestCcp)
#include "TestCcp.moc"
