// keywardd against keyward-probe across a veth link between two network namespaces
// the test creates: what a real office sees — tunnels that come up with 128-bit
// MPPE and carry traffic, refusals with reasons, limits that end sessions, restarts.

#include "KeywardLab.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <csignal>

namespace {
const QString Password = QStringLiteral("Correct-horse-42");
}

class TestServerEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { KEYWARD_LAB_SET_UP(m_lab, KeywardLab::Daemon::Later); }

    // Every test function gets a new keywardd with an empty state directory.
    void init()
    {
        const QString error =
            m_lab.server().startFresh({"--echo-interval", "5", "--max-connections-per-source", "64",
                                       "--connection-burst", "64"});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_lab.server().addUser("alice", Password));
    }

    void cleanup()
    {
        m_lab.reportIfFailed();
        m_lab.server().stop();
    }

    void tunnelComesUpAndCarriesPingsAndBulkBothWays()
    {
        auto run = m_lab.server().probe("alice", Password, {"--count", "5"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        const QJsonObject s = run.session();
        QVERIFY(s.value("up").toBool());
        QCOMPARE(s.value("mppe").toString(), QString("128-bit stateless"));
        QCOMPARE(s.value("serverAddress").toString(), QString("10.75.0.1"));
        QCOMPARE(s.value("pingsReceived").toInt(), 5);

        // 300 full-size packets each way as fast as they go.
        auto bulk = m_lab.server().probe("alice", Password,
                                         {"--count", "300", "--size", "1372", "--interval", "0"});
        const QJsonObject b = bulk.session();
        QVERIFY2(b.value("pingsReceived").toInt() >= 297, qPrintable(bulk.output));
        QVERIFY(m_lab.server().output().contains("user alice authenticated with MS-CHAPv2"));

        // Both sessions are in the history with why they ended and their traffic.
        QJsonArray history;
        QTRY_VERIFY(
            (history = m_lab.server().call("session.history").result.value("sessions").toArray())
                .size() == 2);
        const QJsonObject last = history.at(0).toObject();
        QCOMPARE(last.value("user").toString(), QString("alice"));
        QCOMPARE(last.value("mppe").toString(), QString("128-bit stateless"));
        QVERIFY2(last.value("reason").toString().contains("the client cleared the call"),
                 qPrintable(last.value("reason").toString()));
        QVERIFY(last.value("bytesIn").toInteger() >= 297 * 1400);
    }

    void theServerKeepsNoCapabilityAndCannotDumpCore()
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(m_lab.server().pid()));
        QVERIFY(status.open(QIODevice::ReadOnly));
        const QString text = QString::fromLatin1(status.readAll());
        // None at all: the pool's route is made at start, so not even CAP_NET_ADMIN.
        QVERIFY2(text.contains(QRegularExpression("CapEff:\\s+0+\\n")), qPrintable(text));
        QVERIFY2(text.contains(QRegularExpression("CapPrm:\\s+0+\\n")), qPrintable(text));
        QVERIFY2(text.contains(QRegularExpression("CapBnd:\\s+0+\\n")), qPrintable(text));
        QVERIFY2(text.contains(QRegularExpression("NoNewPrivs:\\s+1")), qPrintable(text));
        QFile limits(QStringLiteral("/proc/%1/limits").arg(m_lab.server().pid()));
        QVERIFY(limits.open(QIODevice::ReadOnly));
        QVERIFY2(QString::fromLatin1(limits.readAll())
                     .contains(QRegularExpression("Max core file size\\s+0\\s+0")),
                 "core dumps must be off");
    }

    void wrongPasswordIsRefusedWith691()
    {
        auto run = m_lab.server().probe("alice", "not-the-password");
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.session().value("authCode").toInt(), 691);
        QVERIFY(!run.session().value("up").toBool());
        QTRY_VERIFY(m_lab.server().output().contains("login failed for alice (E=691)"));
    }

    void aFortyBitClientIsRefusedWithTheReason()
    {
        auto run = m_lab.server().probe("alice", Password, {"--mppe", "40"});
        QCOMPARE(run.exitCode, 1);
        const QString error = run.session().value("error").toString();
        QVERIFY2(error.contains("40-bit"), qPrintable(run.output));
        QTRY_VERIFY2(m_lab.server().output().contains(
                         "client offered only 40-bit MPPE; policy requires 128-bit"),
                     qPrintable(m_lab.server().output()));
    }

    void statefulMppeWorksWhenThePolicyAllowsIt()
    {
        auto refused = m_lab.server().probe("alice", Password, {"--stateful"});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(m_lab.server()
                    .call("policy.set", {{"changes", QJsonObject{{"allowStatefulMppe", true}}}})
                    .ok);
        auto run = m_lab.server().probe("alice", Password,
                                        {"--stateful", "--count", "20", "--interval", "10"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QCOMPARE(run.session().value("mppe").toString(), QString("128-bit stateful"));
        QCOMPARE(run.session().value("pingsReceived").toInt(), 20);
    }

    void fiftySessionsAtOnce()
    {
        auto run =
            m_lab.server().probe("alice", Password, {"--sessions", "50", "--count", "2"}, 120000);
        QVERIFY2(run.exitCode == 0, qPrintable(run.output.left(2000)));
        QCOMPARE(run.report.value("up").toInt(), 50);
        QCOMPARE(run.report.value("pingsReceived").toInt(), 100);
        QSet<QString> addresses;
        for (const QJsonValue &v : run.report.value("results").toArray())
            addresses.insert(v.toObject().value("localAddress").toString());
        QCOMPARE(addresses.size(), 50);
    }

    void sessionListShowsLiveSessions()
    {
        auto probe = m_lab.server().startProbe("alice", Password, {"--duration", "4"});
        QJsonArray sessions;
        QTRY_VERIFY_WITH_TIMEOUT(
            (sessions = m_lab.server().call("session.list").result.value("sessions").toArray())
                        .size() == 1 &&
                sessions.at(0).toObject().value("state").toString() == "up",
            10000);
        const QJsonObject s = sessions.at(0).toObject();
        QCOMPARE(s.value("user").toString(), QString("alice"));
        QCOMPARE(s.value("mppe").toString(), QString("128-bit"));
        QCOMPARE(s.value("peerAddress").toString(), m_lab.network().clientAddress());
        auto run = ServerUnderTest::finishProbe(*probe, 20000);
        QCOMPARE(run.exitCode, 0);
        QTRY_COMPARE(m_lab.server().call("session.list").result.value("sessions").toArray().size(),
                     0);
    }

    void idleSessionsAreEnded()
    {
        QVERIFY(m_lab.server().startFresh({"--idle-timeout", "5"}).isEmpty());
        QVERIFY(m_lab.server().addUser("alice", Password));
        auto run = m_lab.server().probe("alice", Password, {"--duration", "30"}, 40000);
        QVERIFY2(run.session().value("up").toBool(), qPrintable(run.output));
        QTRY_VERIFY2(m_lab.server().output().contains("ended: idle for"),
                     qPrintable(m_lab.server().output()));
        QVERIFY2(run.session().value("endReason").toString().contains("idle"),
                 qPrintable(run.output));
    }

    void sessionsEndAtTheirMaximumDuration()
    {
        QVERIFY(m_lab.server().startFresh({"--max-session", "10"}).isEmpty());
        QVERIFY(m_lab.server().addUser("alice", Password));
        auto run = m_lab.server().probe(
            "alice", Password, {"--duration", "30", "--count", "200", "--interval", "100"}, 40000);
        QVERIFY(run.session().value("up").toBool());
        QTRY_VERIFY2_WITH_TIMEOUT(
            m_lab.server().output().contains("maximum session length reached"),
            qPrintable(m_lab.server().output()), 15000);
    }

    void aDeadPeerIsDetected()
    {
        auto probe = m_lab.server().startProbe("alice", Password, {"--duration", "60"});
        QTRY_VERIFY_WITH_TIMEOUT(m_lab.server().output().contains("up: user alice"), 10000);
        ::kill(static_cast<pid_t>(probe->processId()), SIGSTOP); // the client goes silent
        QTRY_VERIFY_WITH_TIMEOUT(m_lab.server().output().contains("dead peer") ||
                                     m_lab.server().output().contains("control connection closed"),
                                 60000);
        ::kill(static_cast<pid_t>(probe->processId()), SIGKILL);
        probe->waitForFinished(5000);
        QTRY_COMPARE(m_lab.server().call("session.list").result.value("sessions").toArray().size(),
                     0);
    }

    void aServerRestartEndsSessionsCleanlyAndKeepsUsers()
    {
        auto probe = m_lab.server().startProbe("alice", Password, {"--duration", "60"});
        QTRY_VERIFY_WITH_TIMEOUT(m_lab.server().output().contains("up: user alice"), 10000);
        QCOMPARE(m_lab.server().stop(), 0);
        auto run = ServerUnderTest::finishProbe(*probe, 20000);
        QVERIFY(run.session().value("up").toBool());
        QVERIFY2(!run.session().value("endReason").toString().isEmpty(), qPrintable(run.output));

        QVERIFY(m_lab.server().start().isEmpty()); // same state directory
        auto again = m_lab.server().probe("alice", Password, {"--count", "3"});
        QVERIFY2(again.exitCode == 0, qPrintable(again.output));
    }

private:
    KeywardLab m_lab;
};

QTEST_GUILESS_MAIN(TestServerEndToEnd)
#include "TestServerEndToEnd.moc"
