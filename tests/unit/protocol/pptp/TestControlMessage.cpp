// PPTP control messages (RFC 2637 section 2): byte-exact encodings, round trips of
// all fifteen types, and every malformation rejected with a reason.

#include "PptpTestHelpers.h"
#include "pptp/ControlMessage.h"

#include <QTest>

using namespace keyward::protocol;
using namespace keyward::protocol::pptp;
using pptptest::hex;
using pptptest::paddedHex;
using pptptest::q;

namespace {

const std::string kCookie = "1a2b3c4d";

std::string header(const std::string &lengthHex, const std::string &typeHex)
{
    return lengthHex + "0001" + kCookie + typeHex + "0000";
}

std::vector<ControlMessage> sampleOfEveryType()
{
    StartControlConnectionRequest sccrq;
    sccrq.framingCapabilities = 3;
    sccrq.bearerCapabilities = 2;
    sccrq.maxChannels = 7;
    sccrq.firmwareRevision = 0x0a28;
    sccrq.hostName = "client-host";
    sccrq.vendor = "Microsoft";
    StartControlConnectionReply sccrp;
    sccrp.resultCode = SccrpResult::NotAuthorized;
    sccrp.errorCode = GeneralError::PacError;
    sccrp.framingCapabilities = 1;
    sccrp.bearerCapabilities = 1;
    sccrp.maxChannels = 100;
    sccrp.firmwareRevision = 2;
    sccrp.hostName = std::string(64, 'h'); // exactly fills the field, no NUL
    sccrp.vendor = "Keyward";
    OutgoingCallRequest ocrq;
    ocrq.callId = 40265;
    ocrq.callSerialNumber = 9;
    ocrq.minimumBps = 300;
    ocrq.maximumBps = 100000000;
    ocrq.bearerType = 3;
    ocrq.framingType = 3;
    ocrq.receiveWindowSize = 64;
    ocrq.processingDelay = 5;
    ocrq.phoneNumberLength = 4;
    ocrq.phoneNumber = "5551";
    ocrq.subaddress = "sub";
    OutgoingCallReply ocrp{29546, 40265, OcrpResult::Busy, GeneralError::NoResource, 17, 64000,
                           32,    40,    0xdeadbeef};
    IncomingCallRequest icrq;
    icrq.callId = 12;
    icrq.callSerialNumber = 13;
    icrq.bearerType = 1;
    icrq.physicalChannelId = 77;
    icrq.dialedNumberLength = 3;
    icrq.dialingNumberLength = 2;
    icrq.dialedNumber = "123";
    icrq.dialingNumber = "45";
    icrq.subaddress = "6";
    IncomingCallReply icrp{1, 12, IcrpResult::DoNotAccept, GeneralError::BadValue, 16, 3};
    IncomingCallConnected iccn{12, 28800, 8, 1, 2};
    CallDisconnectNotify cdn{29546, CdnResult::LostCarrier, GeneralError::None, 0x1234,
                             "stats: 10 packets"};
    WanErrorNotify wen{40265, 1, 2, 3, 4, 5, 6};
    SetLinkInfo sli{29546, 0x000a0000, 0xffffffff};
    return {sccrq,
            sccrp,
            StopControlConnectionRequest{StopReason::LocalShutdown},
            StopControlConnectionReply{StopResult::GeneralError, GeneralError::BadFormat},
            EchoRequest{0xcafef00d},
            EchoReply{0xcafef00d, EchoResult::GeneralError, GeneralError::NotConnected},
            ocrq,
            ocrp,
            icrq,
            icrp,
            iccn,
            CallClearRequest{40265},
            cdn,
            wen,
            sli};
}

Bytes sccrqBytes()
{
    StartControlConnectionRequest m;
    m.framingCapabilities = 1;
    m.bearerCapabilities = 1;
    m.firmwareRevision = 0x0a00;
    m.hostName = "pns";
    m.vendor = "Microsoft";
    return m.encode();
}

void putU16(Bytes &b, std::size_t offset, std::uint16_t v)
{
    b[offset] = static_cast<std::uint8_t>(v >> 8);
    b[offset + 1] = static_cast<std::uint8_t>(v);
}

} // namespace

class TestControlMessage : public QObject
{
    Q_OBJECT

private slots:
    void sccrqEncodesByteExact()
    {
        std::string expected = header("009c", "0001") + "0100" + "0000" + "00000001" + "00000001" +
                               "0000" + "0a00" + paddedHex("pns", 64) + paddedHex("Microsoft", 64);
        QCOMPARE(q(toHex(sccrqBytes())), q(expected));
    }

    void sccrpEncodesByteExact()
    {
        StartControlConnectionReply m;
        m.resultCode = SccrpResult::VersionNotSupported;
        m.errorCode = GeneralError::None;
        m.framingCapabilities = 3;
        m.bearerCapabilities = 3;
        m.maxChannels = 1;
        m.firmwareRevision = 0x0100;
        m.hostName = "keywardd";
        m.vendor = "Keyward";
        std::string expected = header("009c", "0002") + "0100" + "05" + "00" + "00000003" +
                               "00000003" + "0001" + "0100" + paddedHex("keywardd", 64) +
                               paddedHex("Keyward", 64);
        QCOMPARE(q(toHex(m.encode())), q(expected));
    }

    void ocrqEncodesByteExact()
    {
        // The call id 40265 is the client's OCRQ call id in the pptpcrack capture.
        OutgoingCallRequest m;
        m.callId = 40265;
        m.callSerialNumber = 1;
        m.minimumBps = 300;
        m.maximumBps = 100000000;
        m.bearerType = 3;
        m.framingType = 3;
        m.receiveWindowSize = 64;
        m.processingDelay = 0;
        std::string expected = header("00a8", "0007") + "9d49" + "0001" + "0000012c" + "05f5e100" +
                               "00000003" + "00000003" + "0040" + "0000" + "0000" + "0000" +
                               std::string(128, '0') + std::string(128, '0');
        QCOMPARE(q(toHex(m.encode())), q(expected));
    }

    void ocrpEncodesByteExact()
    {
        OutgoingCallReply m{29546, 40265, OcrpResult::Connected, GeneralError::None, 0, 64000, 64,
                            40,    0};
        std::string expected =
            header("0020", "0008") + "736a 9d49 01 00 0000 0000fa00 0040 0028 00000000";
        QCOMPARE(q(toHex(m.encode())), q(toHex(hex(expected))));
    }

    void cdnEncodesByteExact()
    {
        CallDisconnectNotify m{29546, CdnResult::AdminShutdown, GeneralError::None, 0x0010, "x"};
        std::string expected =
            header("0094", "000d") + "736a" + "03" + "00" + "0010" + "0000" + paddedHex("x", 128);
        QCOMPARE(q(toHex(m.encode())), q(expected));
    }

    void sliEncodesByteExact()
    {
        SetLinkInfo m{29546, 0xffffffff, 0x00000000};
        QCOMPARE(q(toHex(m.encode())),
                 q(toHex(hex(header("0018", "000f") + "736a 0000 ffffffff 00000000"))));
    }

    void wenEncodesByteExact()
    {
        WanErrorNotify m{40265, 1, 2, 3, 4, 5, 6};
        QCOMPARE(q(toHex(m.encode())),
                 q(toHex(hex(header("0028", "000e") +
                             "9d49 0000 00000001 00000002 00000003 00000004 00000005 00000006"))));
    }

    void echoEncodesByteExact()
    {
        QCOMPARE(q(toHex(EchoRequest{0x01020304}.encode())),
                 q(toHex(hex(header("0010", "0005") + "01020304"))));
        QCOMPARE(q(toHex(EchoReply{0x01020304, EchoResult::Ok, GeneralError::None}.encode())),
                 q(toHex(hex(header("0014", "0006") + "01020304 01 00 0000"))));
    }

    void stopAndClearEncodeByteExact()
    {
        QCOMPARE(q(toHex(StopControlConnectionRequest{StopReason::LocalShutdown}.encode())),
                 q(toHex(hex(header("0010", "0003") + "03 00 0000"))));
        QCOMPARE(q(toHex(StopControlConnectionReply{StopResult::Ok, GeneralError::None}.encode())),
                 q(toHex(hex(header("0010", "0004") + "01 00 0000"))));
        QCOMPARE(q(toHex(CallClearRequest{40265}.encode())),
                 q(toHex(hex(header("0010", "000c") + "9d49 0000"))));
    }

    void incomingCallMessagesEncodeByteExact()
    {
        IncomingCallReply icrp{1, 12, IcrpResult::DoNotAccept, GeneralError::None, 16, 3};
        QCOMPARE(q(toHex(icrp.encode())),
                 q(toHex(hex(header("0018", "000a") + "0001 000c 03 00 0010 0003 0000"))));
        IncomingCallConnected iccn{12, 28800, 8, 1, 2};
        QCOMPARE(q(toHex(iccn.encode())),
                 q(toHex(hex(header("001c", "000b") + "000c 0000 00007080 0008 0001 00000002"))));
        IncomingCallRequest icrq;
        icrq.callId = 12;
        icrq.callSerialNumber = 13;
        icrq.bearerType = 1;
        icrq.physicalChannelId = 77;
        icrq.dialedNumberLength = 3;
        icrq.dialingNumberLength = 2;
        icrq.dialedNumber = "123";
        icrq.dialingNumber = "45";
        std::string expected = header("00dc", "0009") + "000c" + "000d" + "00000001" + "0000004d" +
                               "0003" + "0002" + paddedHex("123", 64) + paddedHex("45", 64) +
                               std::string(128, '0');
        QCOMPARE(q(toHex(icrq.encode())), q(expected));
    }

    void everyTypeRoundTrips()
    {
        auto samples = sampleOfEveryType();
        QCOMPARE(samples.size(), std::size_t(15));
        for (std::size_t i = 0; i < samples.size(); ++i) {
            const ControlMessage &m = samples[i];
            QCOMPARE(static_cast<std::size_t>(controlTypeOf(m)), i + 1);
            Bytes wire = encodeControlMessage(m);
            QCOMPARE(wire.size(), controlMessageSize(static_cast<std::uint16_t>(i + 1)));
            QCOMPARE(static_cast<std::size_t>(wire[0] << 8 | wire[1]), wire.size());
            auto decoded = decodeControlMessage(wire);
            QVERIFY2(decoded.ok(), decoded.ok() ? "" : decoded.message().c_str());
            QVERIFY2(*decoded == m, qPrintable(q(controlTypeName(controlTypeOf(m)))));
            QCOMPARE(q(toHex(encodeControlMessage(*decoded))), q(toHex(wire)));
        }
    }

    void sizesMatchRfc2637()
    {
        const std::size_t expected[] = {156, 156, 16, 16, 16,  20, 168, 32,
                                        220, 24,  28, 16, 148, 40, 24};
        for (std::uint16_t t = 1; t <= 15; ++t)
            QCOMPARE(controlMessageSize(t), expected[t - 1]);
        QCOMPARE(controlMessageSize(0), std::size_t(0));
        QCOMPARE(controlMessageSize(16), std::size_t(0));
    }

    void textFieldIsTruncatedToSixtyFourOctets()
    {
        StartControlConnectionRequest m;
        m.hostName = std::string(80, 'a');
        auto decoded = decodeControlMessage(m.encode());
        QVERIFY(decoded.ok());
        QCOMPARE(std::get<StartControlConnectionRequest>(*decoded).hostName.size(),
                 std::size_t(64));
    }

    void rejectsShortInput()
    {
        Bytes wire = sccrqBytes();
        auto r = decodeControlMessage(ByteView(wire).first(11));
        QVERIFY(!r.ok());
        PPTP_VERIFY_CONTAINS(r.message(), "too short: 11 octets");
        QVERIFY(!decodeControlMessage({}).ok());
    }

    void rejectsLengthFieldNotMatchingBuffer()
    {
        Bytes longer = sccrqBytes();
        longer.push_back(0);
        auto r = decodeControlMessage(longer);
        QVERIFY(!r.ok());
        PPTP_VERIFY_CONTAINS(r.message(), "length field 156 does not match the 157 octets");

        Bytes truncated = sccrqBytes();
        truncated.resize(150);
        r = decodeControlMessage(truncated);
        QVERIFY(!r.ok());
        PPTP_VERIFY_CONTAINS(r.message(), "length field 156 does not match the 150 octets");
    }

    void rejectsLengthShorterThanTheType()
    {
        // Consistent with the buffer, but shorter than SCCRQ's fixed size.
        Bytes wire = sccrqBytes();
        wire.resize(150);
        putU16(wire, 0, 150);
        std::vector<std::string> tolerated;
        auto r = decodeControlMessage(wire, &tolerated);
        QVERIFY(!r.ok());
        QCOMPARE(q(r.message()), QStringLiteral("SCCRQ length 150, expected 156"));
    }

    void toleratesOctetsPastTheFixedLayout()
    {
        // RFC 2637 does not ask a receiver to refuse them; the length field keeps the
        // stream in step, so they are skipped and named.
        Bytes echo = EchoRequest{0x01020304}.encode();
        echo.insert(echo.end(), {0xee, 0xee, 0xee});
        putU16(echo, 0, 19);
        std::vector<std::string> tolerated;
        auto r = decodeControlMessage(echo, &tolerated);
        QVERIFY2(r.ok(), r.ok() ? "" : r.message().c_str());
        QCOMPARE(std::get<EchoRequest>(*r).identifier, std::uint32_t(0x01020304));
        QCOMPARE(tolerated.size(), std::size_t(1));
        QCOMPARE(q(tolerated[0]),
                 QStringLiteral("Echo-Request has 3 octet(s) past its 16-octet layout; ignored"));

        // A whole message of every type, followed by padding, decodes to itself.
        for (const ControlMessage &m : sampleOfEveryType()) {
            Bytes wire = encodeControlMessage(m);
            const std::size_t size = wire.size();
            wire.resize(size + 4, 0x5a);
            putU16(wire, 0, static_cast<std::uint16_t>(wire.size()));
            tolerated.clear();
            auto d = decodeControlMessage(wire, &tolerated);
            QVERIFY2(d.ok(), d.ok() ? "" : d.message().c_str());
            QVERIFY(*d == m);
            QCOMPARE(tolerated.size(), std::size_t(1));
        }
    }

    void rejectsWrongMagicCookie()
    {
        Bytes wire = sccrqBytes();
        wire[7] = 0x4e;
        auto r = decodeControlMessage(wire);
        QVERIFY(!r.ok());
        QCOMPARE(q(r.message()),
                 QStringLiteral("bad magic cookie 0x1A2B3C4E, expected 0x1A2B3C4D"));
    }

    void rejectsManagementMessageType()
    {
        Bytes wire = sccrqBytes();
        putU16(wire, 2, 2);
        auto r = decodeControlMessage(wire);
        QVERIFY(!r.ok());
        PPTP_VERIFY_CONTAINS(r.message(), "PPTP message type 2 is not a control message");
    }

    void rejectsUnknownControlType()
    {
        for (std::uint16_t type : {0, 16, 0xffff}) {
            Bytes wire = EchoRequest{1}.encode();
            putU16(wire, 8, type);
            auto r = decodeControlMessage(wire);
            QVERIFY(!r.ok());
            QCOMPARE(q(r.message()),
                     q("unknown PPTP control message type " + std::to_string(type)));
        }
    }

    void toleratesNonZeroReservedFields_data()
    {
        QTest::addColumn<int>("sampleIndex");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("field");
        // Every reserved field of every type, at its RFC 2637 offset.
        QTest::newRow("SCCRQ Reserved0") << 0 << 10 << "SCCRQ reserved field Reserved0";
        QTest::newRow("SCCRQ Reserved1") << 0 << 14 << "SCCRQ reserved field Reserved1";
        QTest::newRow("StopCCRQ Reserved1") << 2 << 13 << "StopCCRQ reserved field Reserved1";
        QTest::newRow("StopCCRQ Reserved2") << 2 << 15 << "StopCCRQ reserved field Reserved2";
        QTest::newRow("StopCCRP Reserved1") << 3 << 14 << "StopCCRP reserved field Reserved1";
        QTest::newRow("Echo-Reply Reserved1") << 5 << 18 << "Echo-Reply reserved field Reserved1";
        QTest::newRow("OCRQ Reserved1") << 6 << 38 << "OCRQ reserved field Reserved1";
        QTest::newRow("ICRP Reserved1") << 9 << 23 << "ICRP reserved field Reserved1";
        QTest::newRow("ICCN Reserved1") << 10 << 14 << "ICCN reserved field Reserved1";
        QTest::newRow("CCRQ Reserved1") << 11 << 15 << "CCRQ reserved field Reserved1";
        QTest::newRow("CDN Reserved1") << 12 << 18 << "CDN reserved field Reserved1";
        QTest::newRow("WEN Reserved1") << 13 << 14 << "WEN reserved field Reserved1";
        QTest::newRow("SLI Reserved1") << 14 << 15 << "SLI reserved field Reserved1";
    }

    void toleratesNonZeroReservedFields()
    {
        QFETCH(int, sampleIndex);
        QFETCH(int, offset);
        QFETCH(QString, field);
        const ControlMessage sample = sampleOfEveryType()[static_cast<std::size_t>(sampleIndex)];
        Bytes wire = encodeControlMessage(sample);
        std::vector<std::string> tolerated;
        QVERIFY(decodeControlMessage(wire, &tolerated).ok());
        QVERIFY(tolerated.empty());
        QCOMPARE(wire[static_cast<std::size_t>(offset)], std::uint8_t(0));
        wire[static_cast<std::size_t>(offset)] = 0x01;
        // RFC 2637 has senders set reserved fields to 0 but asks no receiver to refuse
        // a message for one: the message decodes as if it were 0, and the field is named.
        auto r = decodeControlMessage(wire, &tolerated);
        QVERIFY2(r.ok(), r.ok() ? "" : r.message().c_str());
        QVERIFY(*r == sample);
        QCOMPARE(tolerated.size(), std::size_t(1));
        PPTP_VERIFY_CONTAINS(tolerated[0], field.toStdString());
        PPTP_VERIFY_CONTAINS(tolerated[0], "should be 0; ignored");
        // Without a list to fill, the decoder says nothing and still decodes.
        QVERIFY(decodeControlMessage(wire).ok());
    }

    void codesHaveText()
    {
        QCOMPARE(q(resultText(OcrpResult::Busy)),
                 QStringLiteral("outgoing call failed: busy signal detected"));
        PPTP_VERIFY_CONTAINS(resultText(OcrpResult::DoNotAccept), "administrative");
        PPTP_VERIFY_CONTAINS(errorText(GeneralError::NoResource), "no resource");
        PPTP_VERIFY_CONTAINS(errorText(GeneralError::BadCallId), "bad call id");
        PPTP_VERIFY_CONTAINS(errorText(static_cast<GeneralError>(7)),
                             "unknown general error code 7");
        PPTP_VERIFY_CONTAINS(resultText(static_cast<OcrpResult>(9)), "unknown OCRP result code 9");
        PPTP_VERIFY_CONTAINS(resultText(CdnResult::Request), "Call-Clear-Request");
        PPTP_VERIFY_CONTAINS(resultText(SccrpResult::VersionNotSupported), "version");
        PPTP_VERIFY_CONTAINS(reasonText(StopReason::LocalShutdown), "shut down");
        QCOMPARE(q(controlTypeName(ControlType::SetLinkInfo)), QStringLiteral("SLI"));
        QCOMPARE(q(controlTypeName(std::uint16_t(42))), QStringLiteral("type 42"));
    }
};

QTEST_GUILESS_MAIN(TestControlMessage)
#include "TestControlMessage.moc"
