// How keyward-probe counts PPP control retransmissions: a request repeated by the same
// side is one, a changed request is negotiation, and a new MS-CHAPv2 challenge (a
// rekey) lets CCP and IPCP negotiate again without being taken for retransmissions.

#include "ppp/PppProtocol.h"
#include "probe/ControlRetransmits.h"

#include <QJsonObject>
#include <QTest>

using keyward::probe::ControlRetransmits;
using keyward::protocol::Bytes;
using namespace keyward::protocol::ppp;

namespace {

// A control packet: code, identifier, length, data.
Bytes packet(std::uint8_t code, std::uint8_t identifier, Bytes data)
{
    Bytes p(4 + data.size());
    p[0] = code;
    p[1] = identifier;
    p[3] = static_cast<std::uint8_t>(p.size());
    for (std::size_t i = 0; i < data.size(); ++i)
        p[4 + i] = data[i];
    return p;
}

const Bytes lcpOptions{0x01, 0x04, 0x05, 0x78, 0x05, 0x06, 0x12, 0x34, 0x56, 0x78};
const Bytes ccpOptions{0x12, 0x06, 0x01, 0x00, 0x00, 0x40};

} // namespace

class TestControlRetransmits : public QObject
{
    Q_OBJECT

private slots:
    void cleanNegotiationHasNone()
    {
        ControlRetransmits r;
        r.onSent(kProtocolLcp, packet(1, 1, lcpOptions));
        r.onReceived(kProtocolLcp, packet(1, 7, {0x03, 0x05, 0xc2, 0x23, 0x81}));
        r.onReceived(kProtocolLcp, packet(2, 1, lcpOptions)); // Configure-Ack: a reply
        r.onSent(kProtocolLcp, packet(2, 7, {0x03, 0x05, 0xc2, 0x23, 0x81}));
        r.onReceived(kProtocolChap, packet(1, 1, {0x10, 1, 2, 3}));
        r.onSent(kProtocolChap, packet(2, 1, {0x31, 9, 9}));
        r.onSent(kProtocolCcp, packet(1, 2, ccpOptions));
        r.onReceived(kProtocolCcp, packet(1, 3, ccpOptions)); // the same options, other side
        QCOMPARE(r.ours(), 0);
        QCOMPARE(r.servers(), 0);
        QVERIFY(r.oursByProtocol().isEmpty());
    }

    void repeatedRequestIsRetransmissionWhateverTheIdentifier()
    {
        ControlRetransmits r;
        r.onSent(kProtocolLcp, packet(1, 1, lcpOptions));
        r.onSent(kProtocolLcp, packet(1, 1, lcpOptions)); // our timer, same identifier
        r.onReceived(kProtocolLcp, packet(1, 5, lcpOptions));
        r.onReceived(kProtocolLcp, packet(1, 6, lcpOptions)); // pppd changes it
        r.onReceived(kProtocolLcp, packet(1, 7, lcpOptions));
        QCOMPARE(r.ours(), 1);
        QCOMPARE(r.servers(), 2);
        QCOMPARE(r.oursByProtocol(), QStringLiteral("LCP 1"));
        QCOMPARE(r.serversByProtocol(), QStringLiteral("LCP 2"));
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value("ours").toInt(), 1);
        QCOMPARE(json.value("server").toInt(), 2);
        QCOMPARE(json.value("serverByProtocol").toObject().value("LCP").toInt(), 2);
    }

    void changedOptionsAreNegotiationNotRetransmission()
    {
        ControlRetransmits r;
        r.onSent(kProtocolIpcp, packet(1, 1, {0x03, 0x06, 0, 0, 0, 0}));
        r.onSent(kProtocolIpcp, packet(1, 2, {0x03, 0x06, 10, 0, 0, 2})); // after a Nak
        QCOMPARE(r.ours(), 0);
        r.onSent(kProtocolIpcp, packet(1, 3, {0x03, 0x06, 10, 0, 0, 2}));
        QCOMPARE(r.ours(), 1);
    }

    void terminateAndChallengeRepeatsCount()
    {
        ControlRetransmits r;
        r.onSent(kProtocolLcp, packet(5, 4, {'b', 'y', 'e'}));
        r.onSent(kProtocolLcp, packet(5, 5, {'b', 'y', 'e'}));
        r.onReceived(kProtocolChap, packet(1, 1, {0x10, 1, 2, 3}));
        r.onReceived(kProtocolChap, packet(1, 2, {0x10, 1, 2, 3}));
        QCOMPARE(r.ours(), 1);
        QCOMPARE(r.servers(), 1);
        QCOMPARE(r.serversByProtocol(), QStringLiteral("CHAP 1"));
    }

    void repliesAndEchoesAreNotRequests()
    {
        ControlRetransmits r;
        for (int i = 0; i < 3; ++i) {
            r.onSent(kProtocolLcp, packet(9, 1, {0, 0, 0, 1}));      // Echo-Request
            r.onReceived(kProtocolLcp, packet(10, 1, {0, 0, 0, 2})); // Echo-Reply
            r.onSent(kProtocolLcp, packet(2, 3, lcpOptions));        // Configure-Ack
            r.onReceived(kProtocolChap, packet(3, 1, {'S', '='}));   // Success
        }
        QCOMPARE(r.ours(), 0);
        QCOMPARE(r.servers(), 0);
    }

    void rekeyLetsCcpNegotiateAgain()
    {
        ControlRetransmits r;
        r.onReceived(kProtocolChap, packet(1, 1, {0x10, 1, 2, 3}));
        r.onSent(kProtocolChap, packet(2, 1, {0x31, 9, 9}));
        r.onSent(kProtocolCcp, packet(1, 1, ccpOptions));
        r.onReceived(kProtocolCcp, packet(1, 1, ccpOptions));
        r.onSent(kProtocolLcp, packet(1, 1, lcpOptions));
        // The server re-authenticates with a new challenge, then CCP runs again with the
        // same options on both sides: not retransmissions.
        r.onReceived(kProtocolChap, packet(1, 2, {0x10, 4, 5, 6}));
        r.onSent(kProtocolChap, packet(2, 2, {0x31, 9, 9}));
        r.onSent(kProtocolCcp, packet(1, 2, ccpOptions));
        r.onReceived(kProtocolCcp, packet(1, 2, ccpOptions));
        QCOMPARE(r.ours(), 0);
        QCOMPARE(r.servers(), 0);
        // LCP is not renegotiated by a rekey: a repeat there still counts.
        r.onSent(kProtocolLcp, packet(1, 2, lcpOptions));
        QCOMPARE(r.ours(), 1);
    }

    void lengthFieldBoundsThePacket()
    {
        ControlRetransmits r;
        Bytes first = packet(1, 1, lcpOptions);
        Bytes padded = packet(1, 2, lcpOptions);
        padded.insert(padded.end(), {0, 0, 0}); // padding after the length: same request
        r.onSent(kProtocolLcp, first);
        r.onSent(kProtocolLcp, padded);
        QCOMPARE(r.ours(), 1);
        r.onReceived(kProtocolLcp, Bytes{1, 2});       // too short: ignored
        r.onReceived(kProtocolIpv4, packet(1, 1, {})); // not a control protocol
        r.onReceived(kProtocolIpv4, packet(1, 1, {}));
        QCOMPARE(r.servers(), 0);
    }
};

QTEST_GUILESS_MAIN(TestControlRetransmits)
#include "TestControlRetransmits.moc"
