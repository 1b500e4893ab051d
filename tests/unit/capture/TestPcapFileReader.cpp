// pcap and pcapng reading: both byte orders, micro and nano seconds, interface
// timestamp resolutions, several sections, byte-by-byte feeding, what PcapngWriter
// writes (read back by us and by tshark), and truncated or corrupt files giving an
// error that names the byte offset and the block.

#include "file/LinkType.h"
#include "file/PcapFileReader.h"
#include "file/PcapngWriter.h"

#include <QBuffer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <limits>

using namespace keyward;
using namespace keyward::capture;

namespace {

template <typename T> void put(QByteArray &out, T v, bool big)
{
    char b[sizeof(T)];
    if (big)
        qToBigEndian(v, b);
    else
        qToLittleEndian(v, b);
    out.append(b, sizeof(T));
}

QByteArray pcapFile(bool big, bool nano, quint32 linkType, const QList<PacketRecord> &packets)
{
    QByteArray out;
    put<quint32>(out, nano ? 0xa1b23c4d : 0xa1b2c3d4, big);
    put<quint16>(out, 2, big);
    put<quint16>(out, 4, big);
    put<qint32>(out, 0, big);
    put<quint32>(out, 0, big);
    put<quint32>(out, 65535, big);
    put<quint32>(out, linkType, big);
    for (const PacketRecord &p : packets) {
        put<quint32>(out, static_cast<quint32>(p.timestampNs / 1000000000), big);
        const qint64 frac = p.timestampNs % 1000000000;
        put<quint32>(out, static_cast<quint32>(nano ? frac : frac / 1000), big);
        put<quint32>(out, static_cast<quint32>(p.data.size()), big);
        put<quint32>(out, p.originalLength, big);
        out.append(p.data);
    }
    return out;
}

QByteArray block(quint32 type, const QByteArray &body, bool big)
{
    QByteArray out;
    put<quint32>(out, type, big);
    put<quint32>(out, static_cast<quint32>(body.size() + 12), big);
    out.append(body);
    put<quint32>(out, static_cast<quint32>(body.size() + 12), big);
    return out;
}

QByteArray shb(bool big)
{
    QByteArray body;
    put<quint32>(body, 0x1a2b3c4d, big);
    put<quint16>(body, 1, big);
    put<quint16>(body, 0, big);
    put<qint64>(body, -1, big);
    return block(0x0a0d0d0a, body, big);
}

QByteArray idb(quint16 linkType, bool big, int tsresol = -1)
{
    QByteArray body;
    put<quint16>(body, linkType, big);
    put<quint16>(body, 0, big);
    put<quint32>(body, 0, big);
    if (tsresol >= 0) {
        put<quint16>(body, 9, big);
        put<quint16>(body, 1, big);
        body.append(char(tsresol));
        body.append(3, '\0');
        put<quint32>(body, 0, big);
    }
    return block(1, body, big);
}

QByteArray epb(quint32 iface, quint64 units, const QByteArray &data, bool big)
{
    QByteArray body;
    put<quint32>(body, iface, big);
    put<quint32>(body, static_cast<quint32>(units >> 32), big);
    put<quint32>(body, static_cast<quint32>(units), big);
    put<quint32>(body, static_cast<quint32>(data.size()), big);
    put<quint32>(body, static_cast<quint32>(data.size()), big);
    body.append(data);
    while (body.size() % 4)
        body.append('\0');
    return block(6, body, big);
}

PacketRecord packet(qint64 ns, quint32 linkType, const QByteArray &data)
{
    PacketRecord p;
    p.timestampNs = ns;
    p.linkType = linkType;
    p.data = data;
    p.originalLength = static_cast<quint32>(data.size());
    return p;
}

QList<PacketRecord> samplePackets()
{
    return {packet(1700000000123456000, LinkType::Ethernet, QByteArray(60, 'a')),
            packet(1700000001000001000, LinkType::Raw, QByteArray(41, 'b')),
            packet(1700000002999999000, LinkType::Ethernet, QByteArray(1514, 'c'))};
}

QByteArray writerOutput()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    PcapngWriter writer(&buffer);
    if (!writer.writeSectionHeader(QStringLiteral("Keyward test"), QStringLiteral("a capture"))
             .ok())
        qFatal("section header");
    int i = 0;
    for (const PacketRecord &p : samplePackets()) {
        if (!writer.write(p, i++ == 1 ? QStringLiteral("second packet") : QString()).ok())
            qFatal("write");
    }
    return bytes;
}

} // namespace

class TestPcapFileReader : public QObject
{
    Q_OBJECT

    static void compare(const QList<PacketRecord> &got, const QList<PacketRecord> &want)
    {
        QCOMPARE(got.size(), want.size());
        for (int i = 0; i < want.size(); ++i) {
            QCOMPARE(got[i].timestampNs, want[i].timestampNs);
            QCOMPARE(got[i].linkType, want[i].linkType);
            QCOMPARE(got[i].originalLength, want[i].originalLength);
            QCOMPARE(got[i].data, want[i].data);
        }
    }

    static QString errorOf(const QByteArray &file)
    {
        auto r = PcapFileReader::readAll(QByteArrayView(file));
        return r.ok() ? QString() : QString::fromStdString(r.message());
    }

private slots:
    void pcapBothByteOrdersMicroAndNano_data()
    {
        QTest::addColumn<bool>("big");
        QTest::addColumn<bool>("nano");
        QTest::newRow("little micro") << false << false;
        QTest::newRow("little nano") << false << true;
        QTest::newRow("big micro") << true << false;
        QTest::newRow("big nano") << true << true;
    }

    void pcapBothByteOrdersMicroAndNano()
    {
        QFETCH(bool, big);
        QFETCH(bool, nano);
        QList<PacketRecord> want = {
            packet(1700000000123456789, LinkType::LinuxSll2, QByteArray(80, 'x')),
            packet(1700000000223456000, LinkType::LinuxSll2, QByteArray(20, 'y'))};
        if (!nano)
            want[0].timestampNs = 1700000000123456000;
        want[1].originalLength = 1500; // snapped
        auto r =
            PcapFileReader::readAll(QByteArrayView(pcapFile(big, nano, LinkType::LinuxSll2, want)));
        QVERIFY2(r.ok(), r.message().c_str());
        compare(*r, want);
    }

    void writerRoundTripByteByByte()
    {
        const QByteArray file = writerOutput();
        PcapFileReader reader;
        QList<PacketRecord> got;
        for (char c : file) {
            reader.feed(QByteArrayView(&c, 1));
            for (;;) {
                auto r = reader.next();
                QVERIFY2(r.ok(), r.message().c_str());
                if (!*r)
                    break;
                got.append(**r);
            }
        }
        reader.finish();
        auto last = reader.next();
        QVERIFY(last.ok() && !*last);
        QVERIFY(reader.atEnd());
        QCOMPARE(reader.format(), PcapFileReader::Format::Pcapng);
        QCOMPARE(reader.interfaceLinkTypes(), (QList<quint32>{LinkType::Ethernet, LinkType::Raw}));
        compare(got, samplePackets());
    }

    void tsharkReadsWhatTheWriterWrites()
    {
        const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
        if (tshark.isEmpty())
            QSKIP("tshark is not installed");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.pcapng"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(writerOutput());
        f.close();
        QProcess p;
        p.start(tshark, {QStringLiteral("-r"), path, QStringLiteral("-T"), QStringLiteral("fields"),
                         QStringLiteral("-e"), QStringLiteral("frame.len"), QStringLiteral("-e"),
                         QStringLiteral("frame.time_epoch"), QStringLiteral("-e"),
                         QStringLiteral("frame.comment")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QStringList lines =
            QString::fromUtf8(p.readAllStandardOutput()).trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[0].startsWith(QStringLiteral("60\t1700000000.123456")),
                 qPrintable(lines[0]));
        QVERIFY2(lines[1].startsWith(QStringLiteral("41\t1700000001.000001")),
                 qPrintable(lines[1]));
        QVERIFY2(lines[1].endsWith(QStringLiteral("second packet")), qPrintable(lines[1]));
        QVERIFY2(lines[2].startsWith(QStringLiteral("1514\t")), qPrintable(lines[2]));
    }

    void bigEndianSectionsResolutionsAndSectionReset()
    {
        QByteArray file = shb(true) + idb(LinkType::Ethernet, true) + idb(LinkType::Raw, true, 9) +
                          epb(0, 1700000000000001ull, QByteArray(14, 'e'), true) +
                          epb(1, 1700000000000000002ull, QByteArray(21, 'r'), true);
        // A second section, little endian, binary resolution 2^-10, one interface.
        file += shb(false) + idb(LinkType::LinuxSll, false, 0x80 | 10) +
                epb(0, 1024ull * 5 + 512, "sll", false);
        auto r = PcapFileReader::readAll(QByteArrayView(file));
        QVERIFY2(r.ok(), r.message().c_str());
        QCOMPARE(r->size(), 3);
        QCOMPARE(r->at(0).timestampNs, 1700000000000001000);
        QCOMPARE(r->at(0).linkType, LinkType::Ethernet);
        QCOMPARE(r->at(1).timestampNs, 1700000000000000002);
        QCOMPARE(r->at(1).linkType, LinkType::Raw);
        QCOMPARE(r->at(1).data, QByteArray(21, 'r'));
        QCOMPARE(r->at(2).timestampNs, 5500000000);
        QCOMPARE(r->at(2).linkType, LinkType::LinuxSll);
        // The second section has one interface only: interface 1 there is corrupt.
        QByteArray bad = file + epb(1, 0, "x", false);
        QVERIFY2(errorOf(bad).contains(QStringLiteral("names interface 1, but the section has 1")),
                 qPrintable(errorOf(bad)));
        QVERIFY2(errorOf(bad).contains(QStringLiteral("byte offset %1").arg(file.size())),
                 qPrintable(errorOf(bad)));
    }

    // if_tsoffset is seconds from the file: a hostile value far past the year 2262 is
    // clamped instead of overflowing (found by the fuzzing campaign).
    void absurdTimestampOffsetsAreClamped()
    {
        for (const qint64 offset : {qint64(0x2e35a1d0c5a7e04c), -qint64(0x2e35a1d0c5a7e04c)}) {
            QByteArray body;
            put<quint16>(body, LinkType::Raw, false);
            put<quint16>(body, 0, false);
            put<quint32>(body, 0, false);
            put<quint16>(body, 14, false); // if_tsoffset
            put<quint16>(body, 8, false);
            put<qint64>(body, offset, false);
            put<quint32>(body, 0, false); // end of options
            const QByteArray file =
                shb(false) + block(1, body, false) + epb(0, 5, QByteArray(20, 'x'), false);
            auto r = PcapFileReader::readAll(QByteArrayView(file));
            QVERIFY2(r.ok(), r.message().c_str());
            QCOMPARE(r->size(), 1);
            // The packet's own 5 microseconds still count on the clamped offset.
            QCOMPARE(r->at(0).timestampNs, offset < 0 ? std::numeric_limits<qint64>::min() + 5000
                                                      : std::numeric_limits<qint64>::max());
        }
    }

    void truncatedFilesNameTheOffsetAndBlock()
    {
        const QByteArray file = writerOutput();
        // Find the offset of the last block (the third enhanced packet block).
        qsizetype pos = 0;
        qsizetype lastBlock = 0;
        while (pos < file.size()) {
            lastBlock = pos;
            pos += qFromLittleEndian<quint32>(file.constData() + pos + 4);
        }
        const QString cut = errorOf(file.left(file.size() - 10));
        QVERIFY2(cut.contains(QStringLiteral("byte offset %1").arg(lastBlock)), qPrintable(cut));
        QVERIFY2(cut.contains(QStringLiteral("enhanced packet block truncated")), qPrintable(cut));
        const QString header = errorOf(file.left(lastBlock + 6));
        QVERIFY2(header.contains(QStringLiteral("byte offset %1").arg(lastBlock)),
                 qPrintable(header));
        QVERIFY2(header.contains(QStringLiteral("block header truncated")), qPrintable(header));

        const QList<PacketRecord> packets = samplePackets();
        const QByteArray pcap = pcapFile(false, false, LinkType::Ethernet, packets);
        const QString pcapCut = errorOf(pcap.left(pcap.size() - 1));
        const qsizetype third = 24 + 16 + 60 + 16 + 41;
        QVERIFY2(
            pcapCut.contains(QStringLiteral("byte offset %1: pcap record truncated").arg(third)),
            qPrintable(pcapCut));
        QVERIFY(errorOf(pcap.left(10)).contains(QStringLiteral("file header is truncated")));
        QVERIFY(errorOf(QByteArray()).contains(QStringLiteral("empty")));
    }

    void corruptBlocksAreNotBelieved()
    {
        const QByteArray good = shb(false) + idb(LinkType::Ethernet, false);
        const qsizetype at = good.size();

        QByteArray oddLength = good + epb(0, 0, "abcd", false);
        qToLittleEndian<quint32>(33, oddLength.data() + at + 4);
        QVERIFY2(errorOf(oddLength).contains(
                     QStringLiteral(
                         "byte offset %1: enhanced packet block has an invalid total length of 33")
                         .arg(at)),
                 qPrintable(errorOf(oddLength)));

        QByteArray huge = good + epb(0, 0, "abcd", false);
        qToLittleEndian<quint32>(0x7ffffff0, huge.data() + at + 4);
        QVERIFY2(errorOf(huge).contains(QStringLiteral("more than the")),
                 qPrintable(errorOf(huge)));

        QByteArray trailer = good + epb(0, 0, "abcd", false);
        qToLittleEndian<quint32>(64, trailer.data() + trailer.size() - 4);
        QVERIFY2(errorOf(trailer).contains(QStringLiteral("ends with a different length")),
                 qPrintable(errorOf(trailer)));

        QByteArray capturedTooBig = good + epb(0, 0, "abcd", false);
        qToLittleEndian<quint32>(4000, capturedTooBig.data() + at + 20);
        QVERIFY2(errorOf(capturedTooBig).contains(QStringLiteral("claims 4000 captured bytes")),
                 qPrintable(errorOf(capturedTooBig)));

        QVERIFY(errorOf(QByteArray("GIF89a........................."))
                    .contains(QStringLiteral("not a pcap or pcapng file")));
        QVERIFY(errorOf(idb(1, false))
                    .contains(QStringLiteral("byte offset 0: not a pcap or pcapng file")));

        QByteArray pcapHuge = pcapFile(false, false, 1, {packet(0, 1, "x")});
        qToLittleEndian<quint32>(0x40000000, pcapHuge.data() + 24 + 8);
        QVERIFY2(errorOf(pcapHuge).contains(QStringLiteral("byte offset 24: pcap record claims")),
                 qPrintable(errorOf(pcapHuge)));

        // After an error the reader stays failed.
        PcapFileReader reader;
        reader.feed(QByteArrayView(oddLength));
        reader.finish();
        QVERIFY(!reader.next().ok());
        QVERIFY(!reader.next().ok());
        QVERIFY(reader.failed());
    }

    void forEachReadsADeviceInChunks()
    {
        QList<PacketRecord> many;
        for (int i = 0; i < 3000; ++i)
            many.append(packet(i * 1000, LinkType::Raw, QByteArray(100 + i % 200, char(i))));
        QByteArray bytes;
        QBuffer out(&bytes);
        out.open(QIODevice::WriteOnly);
        PcapngWriter writer(&out);
        for (const PacketRecord &p : many)
            QVERIFY(writer.write(p).ok());
        out.close();
        QBuffer in(&bytes);
        in.open(QIODevice::ReadOnly);
        auto r = PcapFileReader::readAll(in);
        QVERIFY2(r.ok(), r.message().c_str());
        compare(*r, many);
    }
};

QTEST_GUILESS_MAIN(TestPcapFileReader)
#include "TestPcapFileReader.moc"
