// The TCP stream framer: splits and joins chunks by the length field, and refuses
// lengths no PPTP control message can have before buffering them.

#include "PptpTestHelpers.h"
#include "pptp/ControlMessage.h"
#include "pptp/ControlStreamFramer.h"

#include <QTest>

using namespace keyward::protocol;
using namespace keyward::protocol::pptp;
using pptptest::q;

class TestControlStreamFramer : public QObject
{
    Q_OBJECT

private:
    static Bytes stream()
    {
        StartControlConnectionRequest sccrq;
        sccrq.hostName = "a";
        Bytes out = sccrq.encode();
        Bytes echo = EchoRequest{7}.encode();
        Bytes ocrp = OutgoingCallReply{1, 2, OcrpResult::Connected}.encode();
        out.insert(out.end(), echo.begin(), echo.end());
        out.insert(out.end(), ocrp.begin(), ocrp.end());
        return out; // 156 + 16 + 32 = 204 octets
    }

private slots:
    void splitsCoalescedMessages()
    {
        ControlStreamFramer framer;
        Bytes all = stream();
        auto r = framer.push(all);
        QVERIFY(r.ok());
        QCOMPARE(r->size(), std::size_t(3));
        QCOMPARE((*r)[0].size(), std::size_t(156));
        QCOMPARE((*r)[1].size(), std::size_t(16));
        QCOMPARE((*r)[2].size(), std::size_t(32));
        QVERIFY(std::holds_alternative<EchoRequest>(*decodeControlMessage((*r)[1])));
        QCOMPARE(framer.buffered(), std::size_t(0));
    }

    void joinsMessagesSplitAcrossChunks()
    {
        ControlStreamFramer framer;
        Bytes all = stream();
        // 1 octet (half a length field), then up to the middle of the echo, then the rest.
        auto a = framer.push(ByteView(all).first(1));
        QVERIFY(a.ok());
        QVERIFY(a->empty());
        QCOMPARE(framer.buffered(), std::size_t(1));
        auto b = framer.push(ByteView(all).subspan(1, 160));
        QVERIFY(b.ok());
        QCOMPARE(b->size(), std::size_t(1));
        QCOMPARE(framer.buffered(), std::size_t(5));
        auto c = framer.push(ByteView(all).subspan(161));
        QVERIFY(c.ok());
        QCOMPARE(c->size(), std::size_t(2));
        QCOMPARE(q(toHex((*c)[0])), q(toHex(EchoRequest{7}.encode())));
        QCOMPARE(framer.buffered(), std::size_t(0));
    }

    void octetByOctetGivesTheSameMessages()
    {
        ControlStreamFramer framer;
        Bytes all = stream();
        std::vector<Bytes> got;
        for (std::uint8_t b : all) {
            auto r = framer.push(ByteView(&b, 1));
            QVERIFY(r.ok());
            for (auto &m : *r)
                got.push_back(m);
        }
        QCOMPARE(got.size(), std::size_t(3));
        Bytes joined;
        for (auto &m : got)
            joined.insert(joined.end(), m.begin(), m.end());
        QCOMPARE(q(toHex(joined)), q(toHex(all)));
    }

    void refusesHugeLengthAsSoonAsItArrives()
    {
        ControlStreamFramer framer;
        const std::uint8_t hostile[] = {0xff, 0xff};
        auto r = framer.push(hostile);
        QVERIFY(!r.ok());
        PPTP_VERIFY_CONTAINS(r.message(), "length field 65535 is outside 12..220");
        QCOMPARE(framer.buffered(), std::size_t(0));
        QVERIFY(framer.failed());
        // Stays refused: nothing more is buffered.
        Bytes echo = EchoRequest{1}.encode();
        QVERIFY(!framer.push(echo).ok());
        QCOMPARE(framer.buffered(), std::size_t(0));
    }

    void refusesLengthBelowHeader()
    {
        ControlStreamFramer framer;
        const std::uint8_t tiny[] = {0x00, 0x0b, 0, 1, 0x1a, 0x2b};
        auto r = framer.push(tiny);
        QVERIFY(!r.ok());
        PPTP_VERIFY_CONTAINS(r.message(), "length field 11");
    }

    void refusesHostileLengthAfterValidMessage()
    {
        ControlStreamFramer framer;
        Bytes data = EchoRequest{1}.encode();
        data.push_back(0x00);
        data.push_back(0xdd); // 221: one more than the largest message
        auto r = framer.push(data);
        QVERIFY(!r.ok());
        PPTP_VERIFY_CONTAINS(r.message(), "length field 221");
    }

    void holdsAtMostOnePartialMaximumMessage()
    {
        ControlStreamFramer framer;
        Bytes icrq = IncomingCallRequest{}.encode();
        QCOMPARE(icrq.size(), std::size_t(220));
        auto r = framer.push(ByteView(icrq).first(219));
        QVERIFY(r.ok());
        QVERIFY(r->empty());
        QCOMPARE(framer.buffered(), std::size_t(219));
        r = framer.push(ByteView(icrq).last(1));
        QVERIFY(r.ok());
        QCOMPARE(r->size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestControlStreamFramer)
#include "TestControlStreamFramer.moc"
