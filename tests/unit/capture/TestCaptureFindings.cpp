// CaptureAnalysis on captures built byte by byte: each finding (weak MPPE offered
// and agreed, stateful MPPE, each MS-CHAPv2 exchange with its user, PAP, CHAP-MD5,
// MS-CHAPv1, plaintext after CCP, no encryption, legacy client, non-PPTP traffic),
// calls matched to control connections, and the TCP stream reassembled from
// segments out of order, retransmitted, split and coalesced.

#include "CaptureBuilder.h"
#include "dissect/CaptureAnalysis.h"

#include <QJsonArray>
#include <QTest>

using namespace keyward::capture;
using namespace keyward::capture::test;

namespace {

constexpr quint32 H = 0x01000000, M = 0x80, S = 0x40, L = 0x20;

QByteArray msChapV2Value()
{
    QByteArray v(49, '\0');
    for (int i = 0; i < 16; ++i)
        v[i] = char(0xa0 + i); // peer challenge
    for (int i = 24; i < 48; ++i)
        v[i] = char(i); // NT-Response
    return v;
}

// LCP with the server asking for an authentication protocol, CHAP or PAP, CCP.
void signIn(CaptureBuilder &b, const QByteArray &auth, const QString &user, bool success = true)
{
    b.greToServer(ppp(0xc021, control(1, 1,
                                      option(1, be16(1400)) + option(5, be32(0x11223344)) +
                                          option(7, {}) + option(8, {}))));
    b.greToClient(ppp(0xc021, control(1, 1, option(3, auth) + option(5, be32(0x55667788)))));
    b.greToClient(ppp(0xc021, control(2, 1,
                                      option(1, be16(1400)) + option(5, be32(0x11223344)) +
                                          option(7, {}) + option(8, {}))));
    b.greToServer(ppp(0xc021, control(2, 1, option(3, auth) + option(5, be32(0x55667788)))));
    if (auth.startsWith("\xc0\x23")) {
        QByteArray req;
        req += char(user.size());
        req += user.toLatin1();
        req += char(6);
        req += "secret";
        b.greToServer(ppp(0xc023, control(1, 2, req)));
        b.greToClient(ppp(0xc023, control(success ? 2 : 3, 2, QByteArray(1, '\0'))));
        return;
    }
    const int algorithm = auth.size() >= 3 ? uchar(auth[2]) : 5;
    b.greToClient(chapChallenge(2, QByteArray(algorithm == 0x80 ? 8 : 16, 'c'), "server"));
    b.greToServer(chapResponse(2, algorithm == 5 ? QByteArray(16, 'r') : msChapV2Value(), user));
    b.greToClient(ppp(
        0xc223,
        control(success ? 3 : 4, 2,
                success ? QByteArray("S=0123456789ABCDEF0123456789ABCDEF01234567 M=OK")
                        : QByteArray("E=691 R=0 C=00112233445566778899aabbccddeeff V=3 M=bad"))));
}

void ccp(CaptureBuilder &b, quint32 clientBits, quint32 serverBits, quint32 agreed)
{
    b.greToServer(ppp(0x80fd, control(1, 1, mppeOption(clientBits))));
    b.greToClient(ppp(0x80fd, control(1, 1, mppeOption(serverBits))));
    b.greToClient(ppp(0x80fd, control(2, 1, mppeOption(agreed))));
    b.greToServer(ppp(0x80fd, control(2, 1, mppeOption(agreed))));
}

void encrypted(CaptureBuilder &b, int n)
{
    for (int i = 0; i < n; ++i) {
        const QByteArray mppe = be16(static_cast<quint16>(0x9000 | i)) + QByteArray(60, char(i));
        b.greToServer(ppp(0x00fd, mppe));
        b.greToClient(ppp(0x00fd, mppe));
    }
}

CaptureReport analyse(const QList<PacketRecord> &packets)
{
    CaptureAnalysis analysis;
    for (const PacketRecord &p : packets)
        analysis.add(p);
    return analysis.report();
}

QStringList codes(const CaptureReport &r)
{
    QStringList out;
    for (const CaptureFinding &f : r.findings)
        out << f.code;
    return out;
}

const CaptureFinding *find(const CaptureReport &r, const QString &code)
{
    for (const CaptureFinding &f : r.findings)
        if (f.code == code)
            return &f;
    return nullptr;
}

const QByteArray MsChapV2("\xc2\x23\x81", 3);

} // namespace

class TestCaptureFindings : public QObject
{
    Q_OBJECT

private slots:
    void aStrongSessionHasOnlyTheExposedExchange()
    {
        CaptureBuilder b;
        b.openCall();
        signIn(b, MsChapV2, "alice");
        ccp(b, H | S, H | S, H | S);
        encrypted(b, 5);
        const CaptureReport r = analyse(b.packets());
        QCOMPARE(r.sessions.size(), 1);
        const CaptureSessionInfo &s = r.sessions.first();
        QCOMPARE(s.clientCallId, quint16(7));
        QCOMPARE(s.serverCallId, quint16(9));
        QCOMPARE(s.user, QString("alice"));
        QCOMPARE(s.authProtocol, QString("MS-CHAPv2"));
        QCOMPARE(s.authResult, QString("success"));
        QCOMPARE(s.mppeStrength, QString("128-bit"));
        QVERIFY(!s.mppeStateful);
        QCOMPARE(s.encryptedPackets, quint64(10));
        QCOMPARE(codes(r), QStringList{"mschapv2-exposed"});
        const CaptureFinding *f = find(r, "mschapv2-exposed");
        QCOMPARE(f->user, QString("alice"));
        QCOMPARE(toString(f->severity), QString("critical"));
        QVERIFY2(f->message.contains("Rotate alice's password"), qPrintable(f->message));
        QVERIFY2(f->message.contains("2023-11-14T22:13:20"), qPrintable(f->message));
        QCOMPARE(r.users.size(), 1);
        QCOMPARE(r.users.first().name, QString("alice"));
        // The JSON carries the same, with stable keys.
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value("findings").toArray().first().toObject().value("user").toString(),
                 QString("alice"));
        QCOMPARE(
            json.value("sessions").toArray().first().toObject().value("mppeStrength").toString(),
            QString("128-bit"));
    }

    void eachExchangeIsAFindingOfItsOwn()
    {
        CaptureBuilder b;
        b.openCall();
        signIn(b, MsChapV2, "alice", false);
        b.greToClient(chapChallenge(3, QByteArray(16, 'd'), "server"));
        b.greToServer(chapResponse(3, msChapV2Value(), "alice"));
        b.greToClient(
            ppp(0xc223, control(3, 3, "S=0123456789ABCDEF0123456789ABCDEF01234567 M=OK")));
        const CaptureReport r = analyse(b.packets());
        QCOMPARE(codes(r).count("mschapv2-exposed"), 2);
        QCOMPARE(toString(r.findings[0].severity), QString("critical")); // the one that succeeded
        QCOMPARE(r.users.first().exchanges, 2);
        QCOMPARE(r.sessions.first().authResult, QString("success"));
        bool sawFailure = false;
        for (const CaptureFinding &f : r.findings)
            sawFailure |= f.message.contains("failure (E=691)");
        QVERIFY(sawFailure);
    }

    void weakMppeOfferedAndAgreed()
    {
        CaptureBuilder b;
        b.openCall();
        signIn(b, MsChapV2, "bob");
        ccp(b, H | L, H | S | L, H | L);
        const CaptureReport r = analyse(b.packets());
        QVERIFY2(codes(r).contains("mppe-weak-offered"), qPrintable(codes(r).join(',')));
        QVERIFY(codes(r).contains("mppe-weak-agreed"));
        QCOMPARE(toString(find(r, "mppe-weak-agreed")->severity), QString("critical"));
        QVERIFY(find(r, "mppe-weak-offered")->message.contains("40-bit"));
        QVERIFY(find(r, "mppe-weak-offered")->message.contains("both ends"));
        QCOMPARE(r.sessions.first().mppeStrength, QString("40-bit"));
        // The client offered only 40-bit: a legacy client.
        QVERIFY(codes(r).contains("legacy-client"));
        QVERIFY(r.sessions.first().clientIdentity.legacy);
    }

    void fiftySixBitOfferedOnly()
    {
        CaptureBuilder b;
        b.openCall();
        ccp(b, H | S | M, H | S, H | S);
        const CaptureReport r = analyse(b.packets());
        QCOMPARE(codes(r), QStringList{"mppe-weak-offered"});
        QVERIFY(find(r, "mppe-weak-offered")->message.contains("56-bit"));
        QVERIFY(find(r, "mppe-weak-offered")->message.contains("the client"));
    }

    void statefulMppe()
    {
        CaptureBuilder b;
        b.openCall();
        ccp(b, S, S, S);
        const CaptureReport r = analyse(b.packets());
        QCOMPARE(codes(r), QStringList{"mppe-stateful"});
        QVERIFY(r.sessions.first().mppeStateful);
    }

    void papAttemptNamesTheUser()
    {
        CaptureBuilder b;
        b.openCall();
        signIn(b, QByteArray("\xc0\x23", 2), "carol");
        const CaptureReport r = analyse(b.packets());
        QVERIFY2(codes(r).contains("pap-attempt"), qPrintable(codes(r).join(',')));
        QCOMPARE(find(r, "pap-attempt")->user, QString("carol"));
        QCOMPARE(toString(find(r, "pap-attempt")->severity), QString("critical"));
        QCOMPARE(r.sessions.first().authProtocol, QString("PAP"));
        QVERIFY(!codes(r).contains("mschapv2-exposed"));
    }

    void chapMd5Attempt()
    {
        CaptureBuilder b;
        b.openCall();
        signIn(b, QByteArray("\xc2\x23\x05", 3), "dave");
        const CaptureReport r = analyse(b.packets());
        QVERIFY2(codes(r).contains("chap-md5-attempt"), qPrintable(codes(r).join(',')));
        QCOMPARE(r.sessions.first().authProtocol, QString("CHAP-MD5"));
        QVERIFY(!codes(r).contains("mschapv2-exposed"));
    }

    void msChapV1Attempt()
    {
        CaptureBuilder b;
        b.openCall();
        signIn(b, QByteArray("\xc2\x23\x80", 3), "erin");
        const CaptureReport r = analyse(b.packets());
        QVERIFY2(codes(r).contains("mschapv1-attempt"), qPrintable(codes(r).join(',')));
        QCOMPARE(find(r, "mschapv1-attempt")->user, QString("erin"));
        QCOMPARE(r.sessions.first().authProtocol, QString("MS-CHAPv1"));
    }

    void msChapV1OfferedInANak()
    {
        CaptureBuilder b;
        b.openCall();
        b.greToClient(ppp(0xc021, control(1, 1, option(3, MsChapV2))));
        b.greToServer(ppp(0xc021, control(3, 1, option(3, QByteArray("\xc2\x23\x80", 3)))));
        const CaptureReport r = analyse(b.packets());
        QVERIFY(codes(r).contains("mschapv1-attempt"));
        QVERIFY(r.sessions.first().clientIdentity.legacyReasons.contains("offers MS-CHAPv1"));
    }

    void plaintextAfterCcp()
    {
        CaptureBuilder b;
        b.openCall();
        signIn(b, MsChapV2, "frank");
        ccp(b, H | S, H | S, H | S);
        b.greToServer(ppp(0x0021, ipv4(0x0a000002, 0x0a000001, 1, QByteArray(16, 'p'))));
        b.greToClient(ppp(0x0021, ipv4(0x0a000001, 0x0a000002, 1, QByteArray(16, 'p'))));
        const CaptureReport r = analyse(b.packets());
        QVERIFY(codes(r).contains("plaintext-after-ccp"));
        QCOMPARE(r.sessions.first().plaintextAfterCcp, quint64(2));
        QVERIFY(find(r, "plaintext-after-ccp")->message.contains("2 unencrypted"));
    }

    void noEncryptionAtAll()
    {
        CaptureBuilder b;
        b.openCall();
        signIn(b, MsChapV2, "gina");
        b.greToServer(ppp(0x0021, ipv4(0x0a000002, 0x0a000001, 1, QByteArray(16, 'p'))));
        const CaptureReport r = analyse(b.packets());
        QVERIFY(codes(r).contains("no-encryption"));
        QVERIFY(!codes(r).contains("plaintext-after-ccp"));
    }

    void nonPptpTrafficIsCountedAndIgnored()
    {
        CaptureBuilder b;
        b.raw(ipv4(Client, Server, 17, QByteArray(20, 'u')));
        b.raw(ipv4(Client, Server, 6, tcp(5555, 80, 1, 0x18, "GET /")));
        b.raw(ipv4(Client, Server, 47,
                   QByteArray("\x00\x00\x08\x00", 4) + QByteArray(20, 'g'))); // plain GRE
        const CaptureReport r = analyse(b.packets());
        QCOMPARE(r.otherPackets, quint64(3));
        QCOMPARE(codes(r), QStringList{"non-pptp-traffic"});
        QCOMPARE(toString(find(r, "non-pptp-traffic")->severity), QString("info"));
        QVERIFY(find(r, "non-pptp-traffic")->message.startsWith("3 packets"));
    }

    void controlStreamReassembledFromBadSegments()
    {
        // SCCRQ split in three segments delivered out of order with a retransmission,
        // then SCCRP and OCRQ+OCRP coalesced.
        CaptureBuilder b;
        const QByteArray request = sccrq("Linux", "local", 1);
        b.raw(ipv4(Client, Server, 6, tcp(40000, 1723, 999, 0x02, {})));
        b.toServerTcp(request.mid(100), 100);
        b.toServerTcp(request.left(50), 0);
        b.toServerTcp(request.left(50), 0);     // retransmitted
        b.toServerTcp(request.mid(40, 60), 40); // overlapping
        b.toClientTcp(sccrp() + ocrp(9, 7).left(10), 0);
        b.toServerTcp(ocrq(7), 156);
        b.toClientTcp(ocrp(9, 7).mid(10), 156 + 10);
        b.greToServer(ppp(0xc021, control(1, 1,
                                          option(1, be16(1400)) + option(2, be32(0)) +
                                              option(5, be32(1)) + option(7, {}) + option(8, {}))));
        const CaptureReport r = analyse(b.packets());
        QCOMPARE(r.malformedPackets, quint64(0));
        QCOMPARE(r.sessions.size(), 1);
        QCOMPARE(r.sessions.first().serverCallId, quint16(9));
        QCOMPARE(r.sessions.first().greToServer, quint64(1));
        // vendor "Linux", no Identification: pppd with pptp-linux.
        QCOMPARE(r.sessions.first().clientIdentity.name, QString("pppd/pptp-linux"));
        QCOMPARE(r.clients.size(), 1);
        QCOMPARE(r.clients.first().address, QString("192.168.10.2"));
    }

    void greWithoutItsControlConnectionStillMakesASession()
    {
        CaptureBuilder b;
        signIn(b, MsChapV2, "henry");
        ccp(b, H | S, H | S, H | S);
        const CaptureReport r = analyse(b.packets());
        QCOMPARE(r.sessions.size(), 1);
        QCOMPARE(r.sessions.first().user, QString("henry"));
        QVERIFY(r.sessions.first().greToServer > 0 && r.sessions.first().greToClient > 0);
        QVERIFY(codes(r).contains("mschapv2-exposed"));
    }

    void everyLinkTypeGivesTheSameAnalysis_data()
    {
        QTest::addColumn<quint32>("linkType");
        QTest::newRow("ethernet") << LinkType::Ethernet;
        QTest::newRow("raw") << LinkType::Raw;
        QTest::newRow("sll") << LinkType::LinuxSll;
        QTest::newRow("sll2") << LinkType::LinuxSll2;
        QTest::newRow("loopback") << LinkType::Null;
    }

    void everyLinkTypeGivesTheSameAnalysis()
    {
        QFETCH(quint32, linkType);
        CaptureBuilder b(linkType);
        b.openCall();
        signIn(b, MsChapV2, "ivan");
        ccp(b, H | S, H | S, H | S);
        const CaptureReport r = analyse(b.packets());
        QCOMPARE(r.otherPackets, quint64(0));
        QCOMPARE(r.sessions.size(), 1);
        QCOMPARE(r.sessions.first().user, QString("ivan"));
        QCOMPARE(r.sessions.first().clientCallId, quint16(7));
    }
};

QTEST_GUILESS_MAIN(TestCaptureFindings)
#include "TestCaptureFindings.moc"
