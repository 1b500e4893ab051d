// The ring of pcapng files a capture is written to, and the retention of the
// captures folder: sizes, counts, ages, the running capture spared, and the files
// in order reading back as one pcapng stream.

#include "capture/live/CaptureRing.h"
#include "capture/live/CaptureStore.h"
#include "file/PcapFileReader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward;
using namespace keyward::capture;
using namespace keyward::capture::live;

namespace {

PacketRecord packet(int i)
{
    PacketRecord p;
    p.timestampNs = 1764432000000000000 + qint64(i) * 1000;
    p.linkType = 1;
    p.data = QByteArray(200, char(i));
    p.originalLength = static_cast<quint32>(p.data.size());
    return p;
}

api::CaptureInfo info(int id, const QDateTime &stopped)
{
    api::CaptureInfo c;
    c.id = id;
    c.state = api::CaptureInfo::Stopped;
    c.interface = "any";
    c.filter = "tcp port 1723";
    c.started = stopped.addSecs(-60);
    c.stopped = stopped;
    return c;
}

} // namespace

class TestCaptureRing : public QObject
{
    Q_OBJECT

private slots:
    void theRingKeepsItsNewestFilesWithinTheirSize()
    {
        QTemporaryDir dir;
        CaptureStore store(dir.filePath("captures"));
        QVERIFY(store.prepare().ok());
        QCOMPARE(QFile::permissions(store.directory()) & (QFile::ReadOther | QFile::ReadGroup),
                 QFileDevice::Permissions());
        {
            CaptureRing ring(store, 1, 1, 65535, "eth0", {65536, 3});
            for (int i = 0; i < 2000; ++i)
                QVERIFY(ring.write(packet(i)).ok());
            QVERIFY(ring.ringDropped() > 0);
        }
        const QStringList files = store.files(1);
        QCOMPARE(files.size(), 3);
        qint64 packets = 0;
        for (const QString &path : files) {
            QVERIFY(QFileInfo(path).size() < 65536 + 1024); // one packet past the limit at most
            QCOMPARE(QFile::permissions(path) & (QFile::ReadOther | QFile::ReadGroup),
                     QFileDevice::Permissions());
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            auto read = PcapFileReader::readAll(f);
            QVERIFY2(read.ok(), read.message().c_str());
            packets += read->size();
        }
        // The newest packets are there, the last one included; the files concatenated
        // are one pcapng stream of several sections.
        QByteArray all;
        for (const QString &path : files) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            all += f.readAll();
        }
        auto stream = PcapFileReader::readAll(QByteArrayView(all));
        QVERIFY2(stream.ok(), stream.message().c_str());
        QCOMPARE(stream->size(), packets);
        QCOMPARE(stream->last().data, packet(1999).data);
        QCOMPARE(stream->first().data, packet(int(2000 - packets)).data);
    }

    void retentionRemovesTheOldAndThenTheOldestButNeverTheRunningOne()
    {
        QTemporaryDir dir;
        CaptureStore store(dir.filePath("captures"));
        QVERIFY(store.prepare().ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int id = 1; id <= 4; ++id) {
            QVERIFY(store.save(info(id, now.addDays(id == 1 ? -40 : -id))).ok());
            CaptureRing ring(store, id, 1, 65535, "eth0", {1 << 20, 4});
            for (int i = 0; i < 100; ++i)
                QVERIFY(ring.write(packet(i)).ok());
        }
        QCOMPARE(store.nextId(), 5);
        const qint64 one = store.bytes(2);
        QVERIFY(one > 20000);
        // Capture 1 is 40 days old; then the folder may hold two captures' worth.
        CaptureStore::Retention limits{30 * 86400, 2 * one + 100};
        const QList<int> removed = store.applyRetention(limits, now, 4);
        QCOMPARE(removed, (QList<int>{1, 2}));
        QCOMPARE(store.list().size(), 2);
        QVERIFY(store.files(1).isEmpty() && store.files(2).isEmpty());
        // The running capture (4) stays even when it alone is over the limit.
        const QList<int> again = store.applyRetention({30 * 86400, 10}, now, 4);
        QCOMPARE(again, (QList<int>{3}));
        QCOMPARE(store.list().first().id, 4);
        QVERIFY(store.remove(4).ok());
        QVERIFY(store.list().isEmpty());
        QVERIFY(QDir(store.directory()).entryList(QDir::Files).isEmpty());
    }

    void listingIgnoresForeignAndBrokenFiles()
    {
        QTemporaryDir dir;
        CaptureStore store(dir.filePath("captures"));
        QVERIFY(store.prepare().ok());
        QVERIFY(store.save(info(7, QDateTime::currentDateTimeUtc())).ok());
        QFile broken(dir.filePath("captures/capture-8.json"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{not json");
        broken.close();
        QFile other(dir.filePath("captures/notes.txt"));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        const auto list = store.list();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().id, 7);
        QCOMPARE(store.nextId(), 9);
        QVERIFY(!store.find(8));
    }
};

QTEST_GUILESS_MAIN(TestCaptureRing)
#include "TestCaptureRing.moc"
