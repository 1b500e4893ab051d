// PPP framing (RFC 1661/1662 over PPTP), control packet headers and option lists:
// compression round trips, byte-exact encodings and malformed input with reasons.

#include "common/Bytes.h"
#include "ppp/ControlPacket.h"
#include "ppp/PppFrame.h"
#include "ppp/PppOption.h"
#include "ppp/PppProtocol.h"

#include <QTest>

using namespace keyward::protocol;
using namespace keyward::protocol::ppp;

class TestPppFrame : public QObject
{
    Q_OBJECT

private slots:
    void protocolNumbersMatchTheRfcs()
    {
        QCOMPARE(kProtocolLcp, 0xC021);
        QCOMPARE(kProtocolChap, 0xC223);
        QCOMPARE(kProtocolIpcp, 0x8021);
        QCOMPARE(kProtocolCcp, 0x80FD);
        QCOMPARE(kProtocolIpv4, 0x0021);
        QCOMPARE(kProtocolCompressedDatagram, 0x00FD);
        QCOMPARE(kProtocolIpv6cp, 0x8057);
        QCOMPARE(kProtocolIpv6, 0x0057);
        QVERIFY(isValidProtocolNumber(kProtocolLcp));
        QVERIFY(!isValidProtocolNumber(0x0020)); // even low octet
        QVERIFY(!isValidProtocolNumber(0x0121)); // odd high octet
        QVERIFY(!isSupportedProtocol(kProtocolIpv6cp));
        QVERIFY(isSupportedProtocol(kProtocolCcp));
    }

    void encodeUncompressedIsByteExact()
    {
        Bytes payload{0x01, 0x02};
        QCOMPARE(toHex(PppFrame::encode(kProtocolIpv4, payload)), std::string("ff0300210102"));
        QCOMPARE(toHex(PppFrame::encode(kProtocolIpv4, payload, true, true)),
                 std::string("210102"));
        QCOMPARE(toHex(PppFrame::encode(kProtocolCompressedDatagram, payload, true, false)),
                 std::string("00fd0102"));
        // PFC never applies to protocols above 0xff; LCP always keeps its full header.
        QCOMPARE(toHex(PppFrame::encode(kProtocolCcp, payload, true, true)),
                 std::string("80fd0102"));
        QCOMPARE(toHex(PppFrame::encode(kProtocolLcp, payload, true, true)),
                 std::string("ff03c0210102"));
    }

    void roundTripsAllCompressionCombinations_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::addColumn<bool>("acfc");
        QTest::addColumn<bool>("pfc");
        for (int proto : {0x0021, 0x00FD, 0x8021, 0x80FD, 0xC223})
            for (bool acfc : {false, true})
                for (bool pfc : {false, true})
                    QTest::addRow("%04x-acfc%d-pfc%d", proto, acfc, pfc) << proto << acfc << pfc;
    }

    void roundTripsAllCompressionCombinations()
    {
        QFETCH(int, protocol);
        QFETCH(bool, acfc);
        QFETCH(bool, pfc);
        Bytes payload{0x45, 0x00, 0x00, 0x14};
        Bytes wire = PppFrame::encode(static_cast<std::uint16_t>(protocol), payload, acfc, pfc);
        auto frame = PppFrame::decode(wire);
        QVERIFY2(frame.ok(), frame.ok() ? "" : frame.message().c_str());
        QCOMPARE(frame->protocol, protocol);
        QCOMPARE(frame->payload, payload);
        QCOMPARE(frame->addressControlPresent, !acfc);
        QCOMPARE(frame->protocolCompressed, pfc && protocol < 0x100);
    }

    void rejectsMalformedFrames_data()
    {
        QTest::addColumn<QString>("hex");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << ""
                               << "empty PPP frame";
        QTest::newRow("lone address") << "ff"
                                      << "truncated after address";
        QTest::newRow("bad control") << "ff05c021"
                                     << "followed by control 0x05";
        QTest::newRow("no protocol") << "ff03"
                                     << "no protocol field";
        QTest::newRow("even single octet") << "c0"
                                           << "is even, so a second octet";
        QTest::newRow("even single after ac") << "ff0380"
                                              << "is even, so a second octet";
        QTest::newRow("even low octet") << "ff030020"
                                        << "low octet must be odd";
        QTest::newRow("even low octet, no ac") << "c020aa"
                                               << "low octet must be odd";
    }

    void rejectsMalformedFrames()
    {
        QFETCH(QString, hex);
        QFETCH(QString, reason);
        auto frame = PppFrame::decode(fromHex(hex.toStdString()));
        QVERIFY(!frame.ok());
        QVERIFY2(frame.message().find(reason.toStdString()) != std::string::npos,
                 frame.message().c_str());
    }

    void controlPacketRoundTripAndPadding()
    {
        // Configure-Request id 7 with MRU 1400, plus two padding octets.
        Bytes wire = fromHex("01070008010405780000");
        auto packet = ControlPacket::decode(wire);
        QVERIFY(packet.ok());
        QCOMPARE(packet->code, 1);
        QCOMPARE(packet->identifier, 7);
        QCOMPARE(toHex(packet->data), std::string("01040578"));
        QCOMPARE(toHex(packet->encode()), std::string("0107000801040578"));
    }

    void controlPacketRejectsBadLengths()
    {
        auto shortPacket = ControlPacket::decode(fromHex("0101"));
        QVERIFY(!shortPacket.ok());
        QVERIFY(shortPacket.message().find("shorter than its 4-octet header") != std::string::npos);
        auto lowLength = ControlPacket::decode(fromHex("01010003"));
        QVERIFY(!lowLength.ok());
        QVERIFY(lowLength.message().find("below 4") != std::string::npos);
        auto overrun = ControlPacket::decode(fromHex("0101000a0104"));
        QVERIFY(!overrun.ok());
        QVERIFY(overrun.message().find("exceeds the 6 octets") != std::string::npos);
    }

    void optionListRoundTrip()
    {
        Bytes wire = fromHex("010405780305c22381050612345678070208020d0306");
        auto options = PppOption::decodeList(wire);
        QVERIFY(options.ok());
        QCOMPARE(options->size(), std::size_t(6));
        QCOMPARE((*options)[0].asU16(), 1400);
        QCOMPARE(toHex((*options)[1].data), std::string("c22381"));
        QCOMPARE((*options)[2].asU32(), 0x12345678u);
        QVERIFY((*options)[3].data.empty());
        QCOMPARE((*options)[5].type, 13);
        QCOMPARE(PppOption::encodeList(options.value()), wire);
    }

    void optionListRejectsMalformedTlvs_data()
    {
        QTest::addColumn<QString>("hex");
        QTest::addColumn<QString>("reason");
        QTest::newRow("length 0") << "0100"
                                  << "below the minimum of 2";
        QTest::newRow("length 1") << "05010000"
                                  << "below the minimum of 2";
        QTest::newRow("overrun") << "0106057800"
                                 << "overruns the list";
        QTest::newRow("lone type") << "070201"
                                   << "lone octet";
    }

    void optionListRejectsMalformedTlvs()
    {
        QFETCH(QString, hex);
        QFETCH(QString, reason);
        auto options = PppOption::decodeList(fromHex(hex.toStdString()));
        QVERIFY(!options.ok());
        QVERIFY2(options.message().find(reason.toStdString()) != std::string::npos,
                 options.message().c_str());
    }

    void emptyOptionListIsValid()
    {
        auto options = PppOption::decodeList({});
        QVERIFY(options.ok());
        QVERIFY(options->empty());
    }
};

QTEST_GUILESS_MAIN(TestPppFrame)
#include "TestPppFrame.moc"
