// PacketDissector on single packets: all 15 PPTP control messages with their fields
// and result codes spelled out, several messages in one segment and a partial one,
// enhanced GRE, PPP with and without address/control and with a compressed
// protocol field, LCP options and codes (Identification, Protocol-Reject), CHAP and
// MS-CHAPv2 fields, success and failure messages, PAP (password not shown), CCP with
// the MPPE bits, IPCP with DNS and NBNS, IPV6CP, the MPPE header, VLAN tags, and
// truncated packets marked malformed.

#include "CaptureBuilder.h"
#include "dissect/PacketDissector.h"

#include <QTest>

using namespace keyward::capture;
using namespace keyward::capture::test;

namespace {

QStringList values(const QList<FieldNode> &nodes, const QString &key)
{
    QStringList out;
    for (const FieldNode &n : nodes) {
        if (n.key == key)
            out << n.value;
        out << values(n.children, key);
    }
    return out;
}

const FieldNode *named(const QList<FieldNode> &nodes, const QString &name)
{
    for (const FieldNode &n : nodes) {
        if (n.name == name)
            return &n;
        if (const FieldNode *c = named(n.children, name))
            return c;
    }
    return nullptr;
}

PacketRecord record(const QByteArray &ip, bool vlan = false)
{
    PacketRecord p;
    p.linkType = LinkType::Ethernet;
    p.data = ethernet(ip, vlan);
    p.originalLength = static_cast<quint32>(p.data.size());
    return p;
}

DissectedPacket control(const QByteArray &message)
{
    return PacketDissector::dissect(
        record(ipv4(Client, Server, 6, tcp(40000, 1723, 1, 0x18, message))));
}

DissectedPacket frame(const QByteArray &ppp)
{
    return PacketDissector::dissect(record(ipv4(Server, Client, 47, gre(7, ppp, 3))));
}

} // namespace

class TestPacketDissector : public QObject
{
    Q_OBJECT

private slots:
    void allFifteenControlMessages_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("size");
        QTest::addColumn<QString>("name");
        const char *names[] = {"Start-Control-Connection-Request",
                               "Start-Control-Connection-Reply",
                               "Stop-Control-Connection-Request",
                               "Stop-Control-Connection-Reply",
                               "Echo-Request",
                               "Echo-Reply",
                               "Outgoing-Call-Request",
                               "Outgoing-Call-Reply",
                               "Incoming-Call-Request",
                               "Incoming-Call-Reply",
                               "Incoming-Call-Connected",
                               "Call-Clear-Request",
                               "Call-Disconnect-Notify",
                               "WAN-Error-Notify",
                               "Set-Link-Info"};
        const int sizes[] = {156, 156, 16, 16, 16, 20, 168, 32, 220, 24, 28, 16, 148, 40, 24};
        for (int t = 1; t <= 15; ++t)
            QTest::newRow(names[t - 1]) << t << sizes[t - 1] << QString(names[t - 1]);
    }

    void allFifteenControlMessages()
    {
        QFETCH(int, type);
        QFETCH(int, size);
        QFETCH(QString, name);
        // Call id 0x1234 and peer call id 0x5678 where the message has them; result 1.
        QByteArray body = be16(0x1234) + be16(0x5678) + QByteArray("\x01\x00", 2);
        if (type == 11 || type == 14 || type == 15)
            body = be16(0x5678) + be16(0);
        if (type == 13)
            body = be16(0x1234) + QByteArray("\x04\x00", 2);
        const DissectedPacket p = control(pptp(static_cast<quint16>(type), body, size));
        QVERIFY2(!p.malformed, qPrintable(p.info));
        QCOMPARE(p.protocol, QString("PPTP"));
        QVERIFY2(p.info.startsWith(name), qPrintable(p.info));
        QCOMPARE(values(p.tree, "pptp.control_message_type"),
                 QStringList{QString("%1 (%2)").arg(name).arg(type)});
        QCOMPARE(p.source, QString("192.168.10.2:40000"));
        if (type == 7 || type == 8 || type == 9 || type == 10 || type == 12 || type == 13)
            QCOMPARE(values(p.tree, "pptp.call_id"), QStringList{"4660"});
        if (type == 8 || type == 10 || type == 11 || type == 14 || type == 15)
            QCOMPARE(values(p.tree, "pptp.peer_call_id"), QStringList{"22136"});
        if (type == 8)
            QVERIFY2(values(p.tree, "pptp.out_result").first().contains("(1)"),
                     qPrintable(values(p.tree, "pptp.out_result").join(',')));
        if (type == 13)
            QVERIFY2(values(p.tree, "pptp.disc_result").first().endsWith("(4)"),
                     qPrintable(p.info));
    }

    void sccrqNamesVendorHostAndFirmware()
    {
        const DissectedPacket p = control(sccrq("Microsoft", "DESKTOP-1", 7601));
        QCOMPARE(values(p.tree, "pptp.vendor_name"), QStringList{"Microsoft"});
        QCOMPARE(values(p.tree, "pptp.host_name"), QStringList{"DESKTOP-1"});
        QCOMPARE(values(p.tree, "pptp.firmware_revision"), QStringList{"7601"});
        QCOMPARE(values(p.tree, "pptp.magic_cookie"), QStringList{"0x1a2b3c4d (correct)"});
    }

    void severalMessagesInOneSegmentAndAPartialOne()
    {
        const DissectedPacket p = control(ocrq(5) + pptp(12, be16(5), 16) + sccrp().left(30));
        QCOMPARE(values(p.tree, "pptp.control_message_type").size(), 2);
        QVERIFY2(p.info.contains("part of a PPTP message, 30 bytes"), qPrintable(p.info));
    }

    void badCookieAndLengthAreMalformed()
    {
        QByteArray m = ocrq(5);
        m[4] = 0;
        QVERIFY(control(m).malformed);
        QByteArray shortCall = pptp(8, be16(1), 20); // OCRP needs 32
        QVERIFY(control(shortCall).malformed);
    }

    void enhancedGreHeader()
    {
        const DissectedPacket p = frame(ppp(0x00fd, be16(0x9005) + QByteArray(10, 'x')));
        QVERIFY(p.pptp);
        QCOMPARE(values(p.tree, "gre.key.call_id"), QStringList{"7"});
        QCOMPARE(values(p.tree, "gre.sequence_number"), QStringList{"3"});
        QCOMPARE(values(p.tree, "gre.key.payload_length"), QStringList{"16"});
        QCOMPARE(p.protocol, QString("MPPE"));
        QCOMPARE(values(p.tree, "mppe.coherency_count"), QStringList{"5"});
        QVERIFY2(values(p.tree, "mppe.flags").first().contains("flushed (A)") &&
                     values(p.tree, "mppe.flags").first().contains("encrypted (D)"),
                 qPrintable(values(p.tree, "mppe.flags").join(',')));
    }

    void compressedProtocolFieldWithoutAddressAndControl()
    {
        QByteArray f;
        f += char(0xfd); // 0x00fd as one octet
        f += be16(0x1010) + QByteArray(4, 'y');
        const DissectedPacket p = frame(f);
        QCOMPARE(p.protocol, QString("MPPE"));
        QCOMPARE(values(p.tree, "ppp.address"), QStringList{});
        QVERIFY(values(p.tree, "ppp.protocol").first().contains("compressed field"));
        QCOMPARE(values(p.tree, "mppe.coherency_count"), QStringList{"16"});
    }

    void lcpOptionsIdentificationAndProtocolReject()
    {
        const DissectedPacket req = frame(ppp(
            0xc021, test::control(1, 4,
                                  option(1, be16(1400)) + option(3, QByteArray("\xc2\x23\x81", 3)) +
                                      option(5, be32(0xdeadbeef)) + option(7, {}) + option(8, {}) +
                                      option(13, QByteArray(1, '\6')))));
        QVERIFY2(req.info.startsWith("LCP Configure-Request id 4"), qPrintable(req.info));
        QVERIFY2(req.info.contains("MRU 1400") && req.info.contains("Auth MS-CHAPv2") &&
                     req.info.contains("PFC") && req.info.contains("ACFC") &&
                     req.info.contains("Callback"),
                 qPrintable(req.info));
        QCOMPARE(named(req.tree, "Magic-Number")->value, QString("0xdeadbeef"));
        const DissectedPacket id = frame(ppp(0xc021, test::control(12, 5, be32(1) + "MSRASV5.20")));
        QCOMPARE(values(id.tree, "lcp.message"), QStringList{"MSRASV5.20"});
        const DissectedPacket rej =
            frame(ppp(0xc021, test::control(8, 6, be16(0x8057) + QByteArray(6, 'z'))));
        QVERIFY2(rej.info.contains("rejects IPV6CP"), qPrintable(rej.info));
        const DissectedPacket echo = frame(ppp(0xc021, test::control(9, 7, be32(0x1234))));
        QVERIFY2(echo.info.startsWith("LCP Echo-Request id 7"), qPrintable(echo.info));
    }

    void msChapV2ResponseSuccessAndFailure()
    {
        QByteArray value(49, '\0');
        for (int i = 0; i < 16; ++i)
            value[i] = char(0x10 + i);
        value[24] = char(0xab);
        const DissectedPacket r = frame(chapResponse(9, value, "CORP\\alice"));
        QCOMPARE(values(r.tree, "chap.code"), QStringList{"Response (2)"});
        QCOMPARE(values(r.tree, "chap.name"), QStringList{"CORP\\alice"});
        QCOMPARE(values(r.tree, "chap.mschapv2.peer_challenge"),
                 QStringList{"101112131415161718191a1b1c1d1e1f"});
        QVERIFY(values(r.tree, "chap.mschapv2.nt_response").first().startsWith("ab00"));
        QCOMPARE(values(r.tree, "chap.mschapv2.flags"), QStringList{"0"});
        QVERIFY2(r.info.contains("MS-CHAPv2, name \"CORP\\alice\""), qPrintable(r.info));

        const DissectedPacket s = frame(ppp(
            0xc223, test::control(3, 9, "S=0123456789ABCDEF0123456789ABCDEF01234567 M=Welcome")));
        QCOMPARE(values(s.tree, "chap.message.s"),
                 QStringList{"0123456789ABCDEF0123456789ABCDEF01234567"});
        QCOMPARE(values(s.tree, "chap.message.m"), QStringList{"Welcome"});
        const DissectedPacket f = frame(
            ppp(0xc223,
                test::control(4, 9, "E=648 R=0 C=00112233445566778899aabbccddeeff V=3 M=expired")));
        QCOMPARE(values(f.tree, "chap.message.e"), QStringList{"648 (password expired)"});
        QCOMPARE(values(f.tree, "chap.message.r"), QStringList{"0"});
        QCOMPARE(values(f.tree, "chap.message.c"), QStringList{"00112233445566778899aabbccddeeff"});
        QCOMPARE(values(f.tree, "chap.message.v"), QStringList{"3"});
        QCOMPARE(values(f.tree, "chap.message.m"), QStringList{"expired"});

        QByteArray change(582, '\0');
        const DissectedPacket c = frame(ppp(0xc223, test::control(7, 10, change)));
        QVERIFY2(c.info.contains("Change-Password") && c.info.contains("password change"),
                 qPrintable(c.info));
    }

    void papPasswordIsNotShown()
    {
        QByteArray req;
        req += char(5);
        req += "carol";
        req += char(8);
        req += "Secret-1";
        const DissectedPacket p = frame(ppp(0xc023, test::control(1, 1, req)));
        QCOMPARE(values(p.tree, "pap.peer_id"), QStringList{"carol"});
        QVERIFY(!values(p.tree, "pap.password").first().contains("Secret-1"));
        QVERIFY(!p.info.contains("Secret-1"));
    }

    void ccpMppeBitsSpelledOut()
    {
        const DissectedPacket p = frame(ppp(0x80fd, test::control(1, 1, mppeOption(0x01000060))));
        QCOMPARE(values(p.tree, "ccp.opt.supported_bits.h"), QStringList{"1"});
        QCOMPARE(values(p.tree, "ccp.opt.supported_bits.s"), QStringList{"1"});
        QCOMPARE(values(p.tree, "ccp.opt.supported_bits.l"), QStringList{"1"});
        QCOMPARE(values(p.tree, "ccp.opt.supported_bits.m"), QStringList{"0"});
        QCOMPARE(values(p.tree, "ccp.opt.supported_bits.c"), QStringList{"0"});
        QVERIFY2(p.info.contains("H (stateless), S (128-bit), L (40-bit)"), qPrintable(p.info));
        const DissectedPacket reset = frame(ppp(0x80fd, test::control(14, 2, {})));
        QVERIFY2(reset.info.startsWith("CCP Reset-Request"), qPrintable(reset.info));
    }

    void ipcpAndIpv6cp()
    {
        const DissectedPacket p = frame(
            ppp(0x8021, test::control(3, 1,
                                      option(3, be32(0x0a000002)) + option(129, be32(0x08080808)) +
                                          option(130, be32(0x0a000001)))));
        QVERIFY2(p.info.startsWith("IPCP Configure-Nak id 1"), qPrintable(p.info));
        QCOMPARE(named(p.tree, "Primary DNS server")->value, QString("8.8.8.8"));
        QCOMPARE(named(p.tree, "Primary NBNS server")->value, QString("10.0.0.1"));
        QCOMPARE(named(p.tree, "IP-Address")->value, QString("10.0.0.2"));
        const DissectedPacket v6 = frame(
            ppp(0x8057, test::control(1, 1, option(1, QByteArray::fromHex("0011223344556677")))));
        QCOMPARE(named(v6.tree, "Interface-Identifier")->value, QString("0011223344556677"));
    }

    void vlanTaggedEthernet()
    {
        const DissectedPacket p = PacketDissector::dissect(
            record(ipv4(Client, Server, 47, gre(11, ppp(0x00fd, be16(0x9001) + "abc"), 1)), true));
        QCOMPARE(values(p.tree, "vlan.id"), QStringList{"id 42, priority 0"});
        QCOMPARE(values(p.tree, "gre.key.call_id"), QStringList{"11"});
    }

    void truncatedPacketsAreMalformedNotACrash()
    {
        const QByteArray whole = ethernet(
            ipv4(Server, Client, 47, gre(7, chapResponse(1, QByteArray(49, 'v'), "alice"), 1)));
        for (int n = 0; n < whole.size(); ++n) {
            PacketRecord p;
            p.linkType = LinkType::Ethernet;
            p.data = whole.left(n);
            p.originalLength = static_cast<quint32>(whole.size());
            const DissectedPacket d = PacketDissector::dissect(p);
            if (n < whole.size() - 1 && n >= 14 + 20)
                QVERIFY2(d.malformed, qPrintable(QString("%1: %2").arg(n).arg(d.info)));
        }
    }
};

QTEST_GUILESS_MAIN(TestPacketDissector)
#include "TestPacketDissector.moc"
