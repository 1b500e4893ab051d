// Several calls on one PPTP control connection, as the stock Linux client makes them
// (pptp-linux's call manager keeps one connection per server and puts each pppd's
// call on it): a real keywardd in a network namespace, a real client
// (keyward-test-pns) with two calls on one TCP connection. Both sign in and carry
// data; an admin ends one and the other stays up; the Call-Disconnect-Notify says why
// each ended; the connection outlives its first call and ends after its last. A
// connection cannot hold more calls than max-calls-per-connection.

#include "KeywardLab.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

namespace {

const QString Password = QStringLiteral("Correct-horse-42");
constexpr int CallTimeoutSeconds = 3;

// CDN result codes (RFC 2637 section 2.13).
constexpr int AdminShutdown = 3;
constexpr int Request = 4;

// Reads keyward-test-pns's JSON lines as they come.
class ClientLines
{
public:
    explicit ClientLines(QProcess &process) : m_process(process) {}

    // The next line with "event" == `event` (earlier lines of other events are kept in
    // the transcript), or an empty object after `timeoutMs`.
    QJsonObject next(const QString &event, int timeoutMs)
    {
        QElapsedTimer clock;
        clock.start();
        for (;;) {
            while (m_process.canReadLine()) {
                const QByteArray line = m_process.readLine();
                m_transcript += QString::fromUtf8(line);
                const auto doc = QJsonDocument::fromJson(line.trimmed());
                if (doc.isObject())
                    m_pending.append(doc.object());
            }
            for (qsizetype i = 0; i < m_pending.size(); ++i)
                if (m_pending[i].value("event").toString() == event)
                    return m_pending.takeAt(i);
            if (clock.elapsed() >= timeoutMs)
                return {};
            if (!m_process.waitForReadyRead(100))
                QCoreApplication::processEvents();
        }
    }

    // True when a line with "event" == `event` arrived (without taking it).
    bool seen(const QString &event)
    {
        while (m_process.canReadLine()) {
            const QByteArray line = m_process.readLine();
            m_transcript += QString::fromUtf8(line);
            const auto doc = QJsonDocument::fromJson(line.trimmed());
            if (doc.isObject())
                m_pending.append(doc.object());
        }
        for (const QJsonObject &o : m_pending)
            if (o.value("event").toString() == event)
                return true;
        return false;
    }

    void send(const QString &command)
    {
        m_process.write((command + QLatin1Char('\n')).toUtf8());
        m_process.waitForBytesWritten(1000);
    }

    QString transcript() const { return m_transcript; }

private:
    QProcess &m_process;
    QList<QJsonObject> m_pending;
    QString m_transcript;
};

} // namespace

class TestCallsOnOneConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { KEYWARD_LAB_SET_UP(m_lab, KeywardLab::Daemon::Later); }

    void init()
    {
        const QString error =
            m_lab.server().startFresh({"--call-timeout", QString::number(CallTimeoutSeconds),
                                       "--max-calls-per-connection", "2"});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_lab.server().addUser("alice", Password));
    }

    void cleanup()
    {
        m_lab.reportIfFailed();
        m_lab.server().stop();
    }

    void twoCallsShareOneConnectionAndEndApart()
    {
        auto process = startClient(2);
        ClientLines client(*process);
        QVERIFY2(!client.next("allUp", 30000).isEmpty(), qPrintable(client.transcript()));

        // Two sessions of alice from one address, each with its own tunnel address.
        const QJsonArray sessions =
            m_lab.server().call("session.list").result.value("sessions").toArray();
        QCOMPARE(sessions.size(), 2);
        QSet<QString> addresses;
        QSet<int> ids;
        for (const QJsonValue &v : sessions) {
            const QJsonObject s = v.toObject();
            QCOMPARE(s.value("user").toString(), QString("alice"));
            QCOMPARE(s.value("state").toString(), QString("up"));
            QCOMPARE(s.value("peerAddress").toString(), m_lab.network().clientAddress());
            addresses.insert(s.value("tunnelAddress").toString());
            ids.insert(s.value("id").toInt());
        }
        QCOMPARE(addresses.size(), 2);
        QCOMPARE(ids.size(), 2);

        // Data flows through both calls.
        client.send("ping");
        QJsonObject pinged = client.next("pinged", 10000);
        QVERIFY2(!pinged.isEmpty(), qPrintable(client.transcript()));
        for (const QJsonValue &v : pinged.value("calls").toArray()) {
            QCOMPARE(v.toObject().value("sent").toInt(), 5);
            QVERIFY2(v.toObject().value("received").toInt() == 5, qPrintable(client.transcript()));
        }

        // The client's call I is the server's session with the call id the server gave
        // it; an admin ends call 0.
        QHash<int, int> serverIdOf; // client's index -> server's call id
        for (int i = 0; i < 2; ++i) {
            const QJsonObject up = client.next("up", 0);
            serverIdOf.insert(up.value("index").toInt(), up.value("serverCallId").toInt());
        }
        QCOMPARE(serverIdOf.size(), 2);
        QVERIFY(ids.contains(serverIdOf.value(0)));
        QVERIFY(ids.contains(serverIdOf.value(1)));
        const auto ended =
            m_lab.server().call("session.disconnect", QJsonObject{{"id", serverIdOf.value(0)}});
        QVERIFY2(ended.ok, qPrintable(ended.errorMessage));
        const QJsonObject cleared0 = client.next("cleared", 10000);
        QVERIFY2(!cleared0.isEmpty(), qPrintable(client.transcript()));
        QCOMPARE(cleared0.value("index").toInt(), 0);
        QVERIFY(cleared0.value("byServer").toBool());
        // An administrator's end says Admin-Shutdown.
        QCOMPARE(cleared0.value("result").toInt(), AdminShutdown);

        // The other call stays up and carries data; the connection stays, well past
        // call-timeout, because it still holds a call.
        QTest::qWait((CallTimeoutSeconds + 1) * 1000);
        QVERIFY2(!client.seen("closed"), qPrintable(client.transcript()));
        client.send("ping");
        pinged = client.next("pinged", 10000);
        QVERIFY2(!pinged.isEmpty(), qPrintable(client.transcript()));
        for (const QJsonValue &v : pinged.value("calls").toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value("index").toInt() == 1)
                QVERIFY2(c.value("received").toInt() == 5, qPrintable(client.transcript()));
            else
                QCOMPARE(c.value("sent").toInt(), 0);
        }
        QJsonArray left = m_lab.server().call("session.list").result.value("sessions").toArray();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.at(0).toObject().value("id").toInt(), serverIdOf.value(1));
        QCOMPARE(left.at(0).toObject().value("state").toString(), QString("up"));

        // The client clears its last call: the CDN answers its request, and the
        // connection, without a call now, ends at call-timeout.
        client.send("clear 1");
        const QJsonObject cleared1 = client.next("cleared", 10000);
        QVERIFY2(!cleared1.isEmpty(), qPrintable(client.transcript()));
        QCOMPARE(cleared1.value("index").toInt(), 1);
        QCOMPARE(cleared1.value("result").toInt(), Request);
        const QJsonObject closed = client.next("closed", (CallTimeoutSeconds + 5) * 1000);
        QVERIFY2(!closed.isEmpty(), qPrintable(client.transcript()));
        QVERIFY(closed.value("byServer").toBool());
        QTRY_COMPARE(m_lab.server().call("session.list").result.value("sessions").toArray().size(),
                     0);
        QVERIFY2(m_lab.server().output().contains("no call for"),
                 qPrintable(m_lab.server().outputTail(60)));
        finish(*process);
    }

    void aConnectionHoldsNoMoreCallsThanItsCap()
    {
        // max-calls-per-connection is 2: the third call is refused, the two others work.
        auto process = startClient(3);
        ClientLines client(*process);
        const QJsonObject refused = client.next("error", 30000);
        QVERIFY2(refused.value("message").toString().contains("call refused"),
                 qPrintable(client.transcript()));
        int up = 0;
        while (up < 2 && !client.next("up", 30000).isEmpty())
            ++up;
        QVERIFY2(up == 2, qPrintable(client.transcript()));
        QCOMPARE(m_lab.server().call("session.list").result.value("sessions").toArray().size(), 2);
        client.send("ping");
        const QJsonObject pinged = client.next("pinged", 10000);
        int answered = 0;
        for (const QJsonValue &v : pinged.value("calls").toArray())
            answered += v.toObject().value("received").toInt();
        QVERIFY2(answered == 10, qPrintable(client.transcript()));
        QVERIFY2(m_lab.server().output().contains("call(s) already on this control connection"),
                 qPrintable(m_lab.server().outputTail(60)));
        finish(*process);
    }

private:
    std::unique_ptr<QProcess> startClient(int calls)
    {
        auto process =
            m_lab.startIn(KeywardLab::Side::Client, ServerUnderTest::binary("keyward-test-pns"),
                          {"--server", m_lab.network().serverAddress(), "--user", "alice",
                           "--calls", QString::number(calls)});
        process->write((Password + QLatin1Char('\n')).toUtf8());
        process->waitForBytesWritten(1000);
        return process;
    }

    static void finish(QProcess &process)
    {
        process.write("quit\n");
        if (!process.waitForFinished(5000)) {
            process.kill();
            process.waitForFinished(2000);
        }
    }

    KeywardLab m_lab;
};

QTEST_GUILESS_MAIN(TestCallsOnOneConnection)
#include "TestCallsOnOneConnection.moc"
