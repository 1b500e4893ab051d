// The framed protocol between keywardd and keyward-capture: whole frames in any
// pieces, and hostile ones (oversized, unknown type, cut short, bad bodies) refused
// with a clear error, never buffered without bound.

#include "capture/live/CaptureFrameReader.h"
#include "capture/live/CaptureStartRequest.h"
#include "capture/live/CaptureStats.h"
#include "capture/live/CapturedPacket.h"

#include <QTest>

using namespace keyward;
using namespace keyward::capture::live;

class TestCaptureFrames : public QObject
{
    Q_OBJECT

private slots:
    void framesArriveWholeFromAnyPieces()
    {
        CaptureStartRequest start;
        start.interface = "eth0";
        start.filter = "tcp port 1723 or ip proto 47";
        start.snaplen = 1500;
        Bytes stream = CaptureFrame::encode(CaptureMessage::Start, start.encode());
        const Bytes stop = CaptureFrame::encode(CaptureMessage::Stop, {});
        stream.insert(stream.end(), stop.begin(), stop.end());
        CaptureFrameReader reader;
        QList<CaptureFrame> frames;
        for (std::uint8_t byte : stream) { // one byte at a time
            reader.append(ByteView(&byte, 1));
            while (true) {
                auto next = reader.next();
                QVERIFY(next.ok());
                if (!next->has_value())
                    break;
                frames << **next;
            }
        }
        QCOMPARE(frames.size(), 2);
        QCOMPARE(frames[0].type, CaptureMessage::Start);
        auto decoded = CaptureStartRequest::decode(frames[0].body);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->interface, std::string("eth0"));
        QCOMPARE(decoded->filter, start.filter);
        QCOMPARE(decoded->snaplen, 1500u);
        QCOMPARE(frames[1].type, CaptureMessage::Stop);
        QVERIFY(reader.finish().ok());
    }

    void anOversizedFrameIsRefusedFromItsHeader()
    {
        CaptureFrameReader reader;
        const Bytes header{static_cast<std::uint8_t>(CaptureMessage::Packet), 0x7f, 0xff, 0xff,
                           0xff};
        reader.append(header);
        auto next = reader.next();
        QVERIFY(!next.ok());
        QVERIFY2(next.message().find("longer than the largest allowed") != std::string::npos,
                 next.message().c_str());
        // Nothing of the announced 2 GiB is waited for, and the reader stays failed.
        reader.append(Bytes(1000, 0));
        QCOMPARE(reader.buffered(), header.size());
        QVERIFY(!reader.next().ok());
    }

    void anUnknownTypeIsRefused()
    {
        CaptureFrameReader reader;
        reader.append(Bytes{0x63, 0, 0, 0, 0});
        auto next = reader.next();
        QVERIFY(!next.ok());
        QVERIFY(next.message().find("unknown type 99") != std::string::npos);
    }

    void aStreamCutInsideAFrameIsAnError()
    {
        CaptureFrameReader reader;
        Bytes frame = CaptureFrame::encodeText(CaptureMessage::Error, "no such device");
        frame.resize(frame.size() - 3);
        reader.append(frame);
        auto next = reader.next();
        QVERIFY(next.ok() && !next->has_value());
        const Status end = reader.finish();
        QVERIFY(!end.ok());
        QVERIFY(end.message().find("ended inside a frame") != std::string::npos);
        // Cut inside the header too.
        CaptureFrameReader header;
        header.append(Bytes{0x12, 0});
        QVERIFY(!header.finish().ok());
    }

    void hostileStartBodiesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("why");
        auto build = [](quint32 snaplen, QByteArray iface, QByteArray filter, int extra = 0) {
            QByteArray b;
            for (int s : {24, 16, 8, 0})
                b.append(char(snaplen >> s));
            b.append(char(iface.size() >> 8)).append(char(iface.size())).append(iface);
            b.append(char(filter.size() >> 8)).append(char(filter.size())).append(filter);
            return b + QByteArray(extra, 'x');
        };
        QTest::newRow("empty") << QByteArray() << "cut short";
        QTest::newRow("interface length past the end")
            << build(65535, "eth0", "tcp").left(8) << "cut short";
        QTest::newRow("trailing bytes") << build(65535, "eth0", "tcp", 3) << "too many";
        QTest::newRow("long interface")
            << build(65535, QByteArray(65, 'e'), "tcp") << "interface name is longer";
        QTest::newRow("slash in interface") << build(65535, "../eth0", "tcp") << "printable";
        QTest::newRow("control character in filter")
            << build(65535, "eth0", "tcp\nport 1") << "control character";
        QTest::newRow("snaplen too small") << build(10, "eth0", "tcp") << "snaplen";
        QTest::newRow("no interface") << build(65535, "", "tcp") << "no interface";
    }

    void hostileStartBodiesAreRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, why);
        auto decoded = CaptureStartRequest::decode(
            ByteView(reinterpret_cast<const std::uint8_t *>(body.constData()),
                     static_cast<std::size_t>(body.size())));
        QVERIFY(!decoded.ok());
        QVERIFY2(QString::fromStdString(decoded.message()).contains(why),
                 decoded.message().c_str());
    }

    void packetsAndStatsRoundTripAndLiesAreCaught()
    {
        CapturedPacket packet;
        packet.timestampNs = 1764432000123456789;
        packet.originalLength = 1500;
        packet.data = Bytes(64, 0xab);
        auto back = CapturedPacket::decode(packet.encode());
        QVERIFY(back.ok());
        QCOMPARE(back->timestampNs, packet.timestampNs);
        QCOMPARE(back->originalLength, 1500u);
        QCOMPARE(back->data.size(), std::size_t(64));
        CapturedPacket liar = packet;
        liar.originalLength = 10; // fewer than the bytes it carries
        QVERIFY(!CapturedPacket::decode(liar.encode()).ok());
        QVERIFY(!CapturedPacket::decode(Bytes(11, 0)).ok());

        const CaptureStats stats{100, 7, 1};
        auto statsBack = CaptureStats::decode(stats.encode());
        QVERIFY(statsBack.ok());
        QCOMPARE(*statsBack, stats);
        QVERIFY(!CaptureStats::decode(Bytes(23, 0)).ok());
    }

    void errorFramesCarryTheirKind()
    {
        const Error error =
            CaptureFrame::error(CaptureFrame::errorBody(ErrorKind::Invalid, "syntax error"));
        QVERIFY(error.kind == ErrorKind::Invalid);
        QCOMPARE(error.message, std::string("syntax error"));
        QVERIFY(CaptureFrame::error({}).kind == ErrorKind::Internal);
        const Bytes unknownKind{200, 'x'};
        QVERIFY(CaptureFrame::error(unknownKind).kind == ErrorKind::Internal);
    }
};

QTEST_GUILESS_MAIN(TestCaptureFrames)
#include "TestCaptureFrames.moc"
