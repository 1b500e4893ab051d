// Enhanced GRE (RFC 2637 section 4.1): byte-exact headers with and without
// sequence/acknowledgment, ack-only packets, zero-copy payloads, and every fixed
// bit or length that is wrong rejected with a reason.

#include "PptpTestHelpers.h"
#include "pptp/GrePacket.h"

#include <QTest>

using namespace keyward;
using namespace keyward::protocol;
using namespace keyward::protocol::pptp;
using pptptest::hex;
using pptptest::q;

class TestGrePacket : public QObject
{
    Q_OBJECT

private:
    static Result<GrePacket> decodeHex(const std::string &text, Bytes &storage)
    {
        storage = hex(text);
        return GrePacket::decode(storage);
    }

private slots:
    void dataPacketWithSequenceAndAck()
    {
        const Bytes payload = hex("ff03c021");
        GrePacket p;
        p.callId = 29546;
        p.sequence = 1;
        p.acknowledgment = 2;
        p.payload = payload;
        auto wire = p.encode();
        QVERIFY(wire.ok());
        QCOMPARE(q(toHex(*wire)), q(toHex(hex("30 81 880b 0004 736a 00000001 00000002 ff03c021"))));

        auto back = GrePacket::decode(*wire);
        QVERIFY2(back.ok(), back.ok() ? "" : back.message().c_str());
        QCOMPARE(back->callId, std::uint16_t(29546));
        QCOMPARE(*back->sequence, std::uint32_t(1));
        QCOMPARE(*back->acknowledgment, std::uint32_t(2));
        QCOMPARE(back->payload.size(), std::size_t(4));
        // The payload is a view into the input, not a copy.
        QCOMPARE(static_cast<const void *>(back->payload.data()),
                 static_cast<const void *>(wire->data() + 16));
        QVERIFY(!back->isAckOnly());
        QCOMPARE(back->headerSize(), std::size_t(16));
    }

    void dataPacketWithoutAck()
    {
        const Bytes payload = hex("ff03");
        GrePacket p;
        p.callId = 40265;
        p.sequence = 0xfffffffe;
        p.payload = payload;
        auto wire = p.encode();
        QVERIFY(wire.ok());
        QCOMPARE(q(toHex(*wire)), q(toHex(hex("30 01 880b 0002 9d49 fffffffe ff03"))));
        auto back = GrePacket::decode(*wire);
        QVERIFY(back.ok());
        QVERIFY(!back->acknowledgment);
        QCOMPARE(*back->sequence, std::uint32_t(0xfffffffe));
    }

    void ackOnlyPacket()
    {
        GrePacket p;
        p.callId = 29546;
        p.acknowledgment = 5;
        QVERIFY(p.isAckOnly());
        auto wire = p.encode();
        QVERIFY(wire.ok());
        QCOMPARE(q(toHex(*wire)), q(toHex(hex("20 81 880b 0000 736a 00000005"))));
        auto back = GrePacket::decode(*wire);
        QVERIFY(back.ok());
        QVERIFY(back->isAckOnly());
        QVERIFY(!back->sequence);
        QCOMPARE(*back->acknowledgment, std::uint32_t(5));
        QVERIFY(back->payload.empty());
    }

    void appendToAddsAfterExistingBytes()
    {
        Bytes out = {0xaa};
        GrePacket p;
        p.callId = 1;
        p.acknowledgment = 0;
        QVERIFY(p.appendTo(out).ok());
        QCOMPARE(q(toHex(out)), q(toHex(hex("aa 20 81 880b 0000 0001 00000000"))));
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QString>("packet");
        QTest::addColumn<QString>("reason");
        QTest::newRow("too short") << "30 01 880b 0000 00"
                                   << "too short: 7 octets";
        QTest::newRow("version 0 (plain GRE)") << "30 00 880b 0000 0001 00000001"
                                               << "GRE version 0, enhanced GRE (PPTP) needs 1";
        QTest::newRow("version 2") << "30 02 880b 0000 0001 00000001"
                                   << "GRE version 2";
        QTest::newRow("IPv4 protocol") << "30 01 0800 0000 0001 00000001"
                                       << "protocol type 0x0800, expected 0x880B";
        QTest::newRow("key missing") << "10 01 880b 0000 0001 00000001"
                                     << "key-present bit (K) not set";
        QTest::newRow("checksum bit") << "b0 01 880b 0000 0001 00000001"
                                      << "checksum-present bit (C)";
        QTest::newRow("routing bit") << "70 01 880b 0000 0001 00000001"
                                     << "routing-present bit (R)";
        QTest::newRow("strict route") << "38 01 880b 0000 0001 00000001"
                                      << "strict source route bit";
        QTest::newRow("recursion") << "32 01 880b 0000 0001 00000001"
                                   << "recursion control 2";
        QTest::newRow("flags") << "30 09 880b 0000 0001 00000001"
                               << "reserved flags 1";
        QTest::newRow("truncated sequence") << "30 01 880b 0000 0001 0000"
                                            << "needs 12";
        QTest::newRow("truncated ack") << "30 81 880b 0000 0001 00000001 0000"
                                       << "needs 16";
        QTest::newRow("payload longer than field") << "30 01 880b 0001 0001 00000001 ff03"
                                                   << "payload length field 1 but 2 octets follow";
        QTest::newRow("payload shorter than field") << "30 01 880b 0005 0001 00000001 ff03"
                                                    << "payload length field 5 but 2 octets follow";
        QTest::newRow("payload without sequence") << "20 81 880b 0002 0001 00000001 ff03"
                                                  << "payload without a sequence number";
        QTest::newRow("neither seq nor ack") << "20 01 880b 0000 0001"
                                             << "neither a sequence number nor";
    }

    void rejectsMalformed()
    {
        QFETCH(QString, packet);
        QFETCH(QString, reason);
        Bytes storage;
        auto r = decodeHex(packet.toStdString(), storage);
        QVERIFY(!r.ok());
        PPTP_VERIFY_CONTAINS(r.message(), reason.toStdString());
    }

    void encodeRefusesWhatDecodeWouldReject()
    {
        const Bytes payload = hex("ff03");
        GrePacket noSeq;
        noSeq.payload = payload;
        noSeq.acknowledgment = 1;
        QVERIFY(!noSeq.encode().ok());
        GrePacket empty;
        QVERIFY(!empty.encode().ok());
        const Bytes huge(70000, 0);
        GrePacket tooBig;
        tooBig.sequence = 1;
        tooBig.payload = huge;
        auto r = tooBig.encode();
        QVERIFY(!r.ok());
        PPTP_VERIFY_CONTAINS(r.message(), "70000 octets");
        Bytes out;
        QVERIFY(!tooBig.appendTo(out).ok());
        QVERIFY(out.empty());
    }
};

QTEST_GUILESS_MAIN(TestGrePacket)
#include "TestGrePacket.moc"
