// Admin API framing: whole objects out of any chunking, hostile frames refused.

#include "ipc/IpcFrameReader.h"

#include <QJsonArray>
#include <QTest>

using namespace keyward::ipc;

class TestIpcFrameReader : public QObject
{
    Q_OBJECT

private slots:
    void framesSurviveAnyChunking()
    {
        QJsonObject a{{"id", 1}, {"method", "session.list"}};
        QJsonObject b{{"event", "session.up"}, {"user", QString::fromUtf8("J\u00fcrgen")}};
        const QByteArray stream = IpcFrameReader::encode(a) + IpcFrameReader::encode(b);
        QCOMPARE(quint8(stream[0]), quint8(0));
        QCOMPARE(qsizetype(quint8(stream[3])) + 4, IpcFrameReader::encode(a).size());
        for (int chunk : {1, 3, 7, int(stream.size())}) {
            IpcFrameReader reader;
            QList<QJsonObject> got;
            for (qsizetype i = 0; i < stream.size(); i += chunk) {
                reader.append(stream.mid(i, chunk));
                QJsonObject o;
                while (reader.next(&o) == IpcFrameReader::Status::Frame)
                    got.append(o);
            }
            QCOMPARE(got.size(), 2);
            QCOMPARE(got[0], a);
            QCOMPARE(got[1], b);
            QCOMPARE(reader.buffered(), qsizetype(0));
        }
    }

    void oversizeFrameIsRefusedBeforeItIsBuffered()
    {
        IpcFrameReader reader(1024);
        reader.append(QByteArray::fromHex("00100000")); // announces 1 MiB
        QJsonObject o;
        QCOMPARE(reader.next(&o), IpcFrameReader::Status::Error);
        QVERIFY(reader.errorString().contains("1048576"));
        QCOMPARE(reader.buffered(), qsizetype(0));
        reader.append(IpcFrameReader::encode({{"id", 1}}));
        QCOMPARE(reader.next(&o), IpcFrameReader::Status::Error); // stays failed
    }

    void emptyBadJsonAndNonObjectsAreErrors_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("reason");
        QTest::newRow("zero length") << QByteArray::fromHex("00000000") << "outside";
        QByteArray bad = "{\"id\": ";
        QTest::newRow("bad json") << QByteArray::fromHex("00000007") + bad << "not valid JSON";
        QByteArray array = "[1,2]";
        QTest::newRow("array") << QByteArray::fromHex("00000005") + array << "not an object";
    }

    void emptyBadJsonAndNonObjectsAreErrors()
    {
        QFETCH(QByteArray, frame);
        QFETCH(QString, reason);
        IpcFrameReader reader;
        reader.append(frame);
        QJsonObject o;
        QCOMPARE(reader.next(&o), IpcFrameReader::Status::Error);
        QVERIFY2(reader.errorString().contains(reason), qPrintable(reader.errorString()));
    }

    void partialFrameWaits()
    {
        IpcFrameReader reader;
        QByteArray frame = IpcFrameReader::encode({{"id", 7}});
        reader.append(frame.left(frame.size() - 1));
        QJsonObject o;
        QCOMPARE(reader.next(&o), IpcFrameReader::Status::NeedMore);
        reader.append(frame.right(1));
        QCOMPARE(reader.next(&o), IpcFrameReader::Status::Frame);
        QCOMPARE(o.value("id").toInt(), 7);
    }

    void framesOverTheSecondsBudgetWaitUnparsed()
    {
        IpcFrameReader reader;
        reader.setLimits({0, 2});
        const QByteArray good = IpcFrameReader::encode({{"id", 1}});
        // The third frame is not even JSON: a throttled frame is not parsed.
        reader.append(good + good + QByteArray::fromHex("00000004") + "{{{{" + good);
        QJsonObject o;
        QCOMPARE(reader.next(&o, 0), IpcFrameReader::Status::Frame);
        QCOMPARE(reader.next(&o, 10), IpcFrameReader::Status::Frame);
        QCOMPARE(reader.next(&o, 20), IpcFrameReader::Status::Throttled);
        QCOMPARE(reader.next(&o, 999), IpcFrameReader::Status::Throttled);
        QCOMPARE(reader.msUntilNextSecond(999), qint64(1));
        QCOMPARE(reader.next(&o, 1000), IpcFrameReader::Status::Error);
    }

    void bytesOverTheSecondsBudgetAreNotTaken()
    {
        IpcFrameReader reader;
        QVERIFY(reader.room(0) > qint64(1) << 40); // no limit unless told
        reader.setLimits({100, 0});
        QCOMPARE(reader.room(0), qint64(100));
        reader.append(QByteArray(60, 'x'));
        QCOMPARE(reader.room(500), qint64(40));
        reader.append(QByteArray(40, 'x'));
        QCOMPARE(reader.room(900), qint64(0));
        QCOMPARE(reader.room(1000), qint64(100));
    }
};

QTEST_GUILESS_MAIN(TestIpcFrameReader)
#include "TestIpcFrameReader.moc"
