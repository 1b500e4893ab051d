// IPCP (RFC 1332, RFC 1877): the server assigns the client's address and DNS, rejects
// VJ compression and unconfigured NBNS/DNS; the client side takes the server's Naks.

#include "PppTestPipe.h"
#include "common/Bytes.h"
#include "ppp/ControlPacket.h"
#include "ppp/Ipcp.h"

#include <QTest>

using namespace keyward::protocol;
using namespace keyward::protocol::ppp;
using State = OptionAutomaton::State;
using Kind = PppEvent::Kind;

namespace {

const Timestamp t0{1000};
constexpr std::uint32_t kServerIp = 0xC0A84D01; // 192.168.77.1
constexpr std::uint32_t kClientIp = 0xC0A84D0A; // 192.168.77.10
constexpr std::uint32_t kDns1 = 0x0A000035;     // 10.0.0.53
constexpr std::uint32_t kDns2 = 0x0A000036;

Ipcp::Config serverConfig()
{
    Ipcp::Config c;
    c.role = PppRole::Server;
    c.localAddress = kServerIp;
    c.peerAddress = kClientIp;
    c.primaryDns = kDns1;
    c.secondaryDns = kDns2;
    return c;
}

Ipcp::Config clientConfig()
{
    Ipcp::Config c;
    c.role = PppRole::Client;
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

} // namespace

class TestIpcp : public QObject
{
    Q_OBJECT

private slots:
    void requestsAreByteExact()
    {
        Ipcp server(serverConfig());
        server.open(t0);
        server.up(t0);
        QCOMPARE(toHex(server.takeOutgoing().at(0)), std::string("0101000a0306c0a84d01"));
        Ipcp client(clientConfig());
        client.open(t0);
        client.up(t0);
        QCOMPARE(toHex(client.takeOutgoing().at(0)), std::string("01010016"
                                                                 "030600000000"
                                                                 "810600000000"
                                                                 "830600000000"));
    }

    void serverAssignsAddressAndDns()
    {
        Ipcp server(serverConfig());
        Ipcp client(clientConfig());
        auto log = test::bringUp(server, client, t0);
        QVERIFY(log.quiet);
        QCOMPARE(server.state(), State::Opened);
        QCOMPARE(client.state(), State::Opened);
        // The client's 0.0.0.0 request was Nak'd with the assigned values.
        bool sawNak = false;
        for (const Bytes &p : log.aToB) {
            ControlPacket c = decode(p);
            if (c.code == kConfigureNak) {
                sawNak = true;
                QCOMPARE(toHex(c.data), std::string("0306c0a84d0a"
                                                    "81060a000035"
                                                    "83060a000036"));
            }
        }
        QVERIFY(sawNak);
        QCOMPARE(client.agreed().localAddress, kClientIp);
        QCOMPARE(client.agreed().peerAddress, kServerIp);
        QCOMPARE(client.agreed().primaryDns, kDns1);
        QCOMPARE(client.agreed().secondaryDns, kDns2);
        QCOMPARE(server.agreed().localAddress, kServerIp);
        QCOMPARE(server.agreed().peerAddress, kClientIp);
        QCOMPARE(Ipcp::addressToString(client.agreed().localAddress), std::string("192.168.77.10"));
    }

    void unconfiguredDnsAndNbnsAreRejectedAndVjToo()
    {
        auto config = serverConfig();
        config.primaryDns = 0;
        config.secondaryDns = 0;
        Ipcp server(config);
        server.open(t0);
        server.up(t0);
        server.takeOutgoing();
        // IP-Compression VJ, IP-Address, DNS1, NBNS1, DNS2, NBNS2.
        Bytes request = fromHex("0206002d0f01"
                                "030600000000"
                                "810600000000"
                                "820600000000"
                                "830600000000"
                                "840600000000");
        server.receive(pkt(kConfigureRequest, 1, request), t0);
        ControlPacket reply = decode(server.takeOutgoing().at(0));
        QCOMPARE(reply.code, kConfigureReject);
        QCOMPARE(toHex(reply.data), std::string("0206002d0f01"
                                                "810600000000"
                                                "820600000000"
                                                "830600000000"
                                                "840600000000"));
    }

    void nbnsIsOfferedWhenConfigured()
    {
        auto config = serverConfig();
        config.primaryNbns = 0x0A000002;
        Ipcp server(config);
        server.open(t0);
        server.up(t0);
        server.takeOutgoing();
        server.receive(pkt(kConfigureRequest, 1,
                           fromHex("030600000000"
                                   "820600000000")),
                       t0);
        ControlPacket reply = decode(server.takeOutgoing().at(0));
        QCOMPARE(reply.code, kConfigureNak);
        QCOMPARE(toHex(reply.data), std::string("0306c0a84d0a"
                                                "82060a000002"));
    }

    void clientWithoutAddressOptionIsToldItsAddress()
    {
        Ipcp server(serverConfig());
        server.open(t0);
        server.up(t0);
        server.takeOutgoing();
        server.receive(pkt(kConfigureRequest, 2, {}), t0);
        ControlPacket reply = decode(server.takeOutgoing().at(0));
        QCOMPARE(reply.code, kConfigureNak);
        QCOMPARE(toHex(reply.data), std::string("0306c0a84d0a"));
    }

    void correctRequestIsAcked()
    {
        Ipcp server(serverConfig());
        server.open(t0);
        server.up(t0);
        server.takeOutgoing();
        Bytes request = fromHex("0306c0a84d0a"
                                "81060a000035");
        server.receive(pkt(kConfigureRequest, 2, request), t0);
        QCOMPARE(toHex(server.takeOutgoing().at(0)), toHex(pkt(kConfigureAck, 2, request)));
    }

    void serverKeepsItsAddressWhenNaked()
    {
        Ipcp server(serverConfig());
        server.open(t0);
        server.up(t0);
        ControlPacket req = decode(server.takeOutgoing().at(0));
        server.receive(pkt(kConfigureNak, req.identifier, fromHex("03060a0a0a0a")), t0);
        ControlPacket next = decode(server.takeOutgoing().at(0));
        QCOMPARE(toHex(next.data), std::string("0306c0a84d01"));
    }

    void clientFailsWhenServerRefusesAnAddress()
    {
        Ipcp client(clientConfig());
        client.open(t0);
        client.up(t0);
        ControlPacket req = decode(client.takeOutgoing().at(0));
        client.receive(pkt(kConfigureReject, req.identifier, fromHex("030600000000")), t0);
        QVERIFY(test::eventDetail(client.takeEvents(), Kind::NegotiationFailed)
                    .find("refused to assign us an IPv4 address") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestIpcp)
#include "TestIpcp.moc"
