// RADIUS accounting against servers in this process: Accounting-On first, a Start when
// a session is up and a Stop with its counters and terminate cause when it ends (none
// for a session that never was up), answers checked by their Response Authenticator
// but not required to carry a Message-Authenticator; records wait in the journal while
// no server answers and go out, with a new identifier and the delay since the event,
// when one does, also after a restart; Accounting-Off when stopping.

#include "RadiusTestResponder.h"
#include "radius/RadiusAccounting.h"

#include <QTemporaryDir>
#include <QTest>

using namespace keyward;
using namespace keyward::radius;
using protocol::Bytes;
using Status_ = AccountingRecord::Status;

namespace {

const QByteArray Secret = QByteArrayLiteral("unit-test-secret");
const Bytes SecretBytes(Secret.begin(), Secret.end());

RadiusClient::Server serverAt(quint16 acctPort)
{
    RadiusServerConfig config;
    config.address = QHostAddress::LocalHost;
    config.port = 1; // the access port: accounting must not use it
    config.acctPort = acctPort;
    config.secretFile = QStringLiteral("unused");
    config.messageAuthenticator = RadiusServerConfig::MessageAuthenticator::Require;
    return {config, Secret};
}

quint16 deadPort()
{
    QUdpSocket socket;
    socket.bind(QHostAddress::LocalHost, 0);
    return socket.localPort();
}

// An Accounting-Response as FreeRADIUS sends it: no Message-Authenticator.
Bytes response(const Bytes &wire, const Bytes &secret = SecretBytes)
{
    RadiusPacket answer;
    answer.code = RadiusCode::AccountingResponse;
    return RadiusTestResponder::sign(answer, wire, secret, false);
}

struct Seen
{
    std::uint32_t status = 0;
    QString session;
    std::uint8_t identifier = 0;
    std::uint32_t delay = 0;
    std::optional<std::uint32_t> cause;
    std::optional<std::uint32_t> inputOctets;
};

Seen seen(const Bytes &wire)
{
    auto p = RadiusPacket::decode(wire);
    Seen s;
    if (!p)
        return s;
    s.status = p->findU32(attr::AcctStatusType).value_or(0);
    if (const Bytes *id = p->find(attr::AcctSessionId))
        s.session = QString::fromUtf8(reinterpret_cast<const char *>(id->data()),
                                      static_cast<qsizetype>(id->size()));
    s.identifier = p->identifier;
    s.delay = p->findU32(attr::AcctDelayTime).value_or(0);
    s.cause = p->findU32(attr::AcctTerminateCause);
    s.inputOctets = p->findU32(attr::AcctInputOctets);
    return s;
}

QList<std::uint32_t> statuses(const RadiusTestResponder &server)
{
    QList<std::uint32_t> list;
    for (const Bytes &wire : server.received())
        list << seen(wire).status;
    return list;
}

core::LiveSession live(quint16 id, const QString &user)
{
    core::LiveSession s;
    s.id = id;
    s.user = user;
    s.peerAddress = QStringLiteral("198.51.100.7");
    s.tunnelAddress = QStringLiteral("10.75.0.2");
    s.startedAt = QDateTime::currentDateTimeUtc();
    s.accountingSessionId = QStringLiteral("SESSION%1").arg(id);
    s.radiusAuthenticated = true;
    s.radiusClass = QByteArrayLiteral("group=staff");
    return s;
}

RadiusAccounting::Options fastOptions()
{
    RadiusAccounting::Options options;
    options.nasIdentifier = QStringLiteral("vpn1");
    options.calledStation = QStringLiteral("192.0.2.1");
    options.firstBackoffMs = 200;
    options.maxBackoffMs = 400;
    return options;
}

const RadiusClient::Timing Fast{200, 0, 0};

} // namespace

class TestRadiusAccounting : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void startAndStopOfAnUpSessionAreSentAndAcknowledged()
    {
        RadiusTestResponder server([](const Bytes &wire) { return response(wire); });
        RadiusAccounting accounting({serverAt(server.port())}, Fast, journal(), fastOptions());
        QVERIFY(accounting.start().ok());
        QTRY_COMPARE(statuses(server), QList<std::uint32_t>({7})); // Accounting-On
        core::LiveSession s = live(7, "alice");
        accounting.onSessionUp(s);
        accounting.onSessionUp(s); // once is enough
        // A call that never came up ends: it had no Start, so it gets no Stop.
        core::LiveSession never = live(8, "bob");
        never.endCause = core::SessionEndCause::NasError;
        accounting.onSessionEnded(never);
        s.endedAt = s.startedAt.addSecs(5);
        s.endCause = core::SessionEndCause::AdminReset;
        s.hasCounters = true;
        s.bytesIn = 4321;
        accounting.onSessionEnded(s);
        QTRY_COMPARE(statuses(server), QList<std::uint32_t>({7, 1, 2}));
        const Seen start = seen(server.received()[1]);
        const Seen stop = seen(server.received()[2]);
        QCOMPARE(start.session, QString("SESSION7"));
        QCOMPARE(stop.session, QString("SESSION7"));
        QCOMPARE(stop.cause, std::optional<std::uint32_t>(6)); // Admin-Reset
        QCOMPARE(stop.inputOctets, std::optional<std::uint32_t>(4321));
        QTRY_COMPARE(accounting.state().queued, 0);
        QCOMPARE(accounting.state().lastServer, QStringLiteral("127.0.0.1:%1").arg(server.port()));
        QVERIFY(accounting.state().lastAnswer.isValid());
    }

    void anAnswerWithAWrongAuthenticatorAcknowledgesNothing()
    {
        const Bytes wrong{'w', 'r', 'o', 'n', 'g'};
        RadiusTestResponder server([&](const Bytes &wire) { return response(wire, wrong); });
        RadiusAccounting accounting({serverAt(server.port())}, Fast, journal(), fastOptions());
        QVERIFY(accounting.start().ok());
        // Sent again and again (after the back-off), never taken as answered.
        QTRY_VERIFY(server.received().size() >= 2);
        QCOMPARE(accounting.state().queued, 1);
        QVERIFY(!accounting.state().lastAnswer.isValid());
    }

    void recordsWaitForAServerAndGoOutWithTheirDelay()
    {
        bool answering = false;
        RadiusTestResponder server(
            [&](const Bytes &wire) { return answering ? response(wire) : Bytes{}; });
        RadiusAccounting accounting({serverAt(server.port())}, Fast, journal(), fastOptions());
        QVERIFY(accounting.start().ok());
        core::LiveSession s = live(9, "carol");
        accounting.onSessionUp(s);
        QTRY_VERIFY(accounting.state().waiting);
        QCOMPARE(accounting.state().queued, 2);
        QTest::qWait(1100); // a second passes: the delay counts it
        answering = true;
        QTRY_COMPARE(accounting.state().queued, 0);
        // The Start was sent before the server answered, and again afterwards: the later
        // send is a new packet (new identifier) with the delay since the event.
        std::vector<Seen> starts;
        for (const Bytes &wire : server.received())
            if (seen(wire).status == 1)
                starts.push_back(seen(wire));
        QVERIFY(starts.size() >= 2);
        QVERIFY(starts.back().delay >= starts.front().delay + 1);
        QVERIFY(starts.back().identifier != starts.front().identifier);
    }

    void aRestartSendsWhatWasNotAnswered()
    {
        {
            RadiusAccounting accounting({serverAt(deadPort())}, Fast, journal(), fastOptions());
            QVERIFY(accounting.start().ok());
            core::LiveSession s = live(11, "dave");
            accounting.onSessionUp(s);
            s.endedAt = QDateTime::currentDateTimeUtc();
            s.endCause = core::SessionEndCause::UserRequest;
            accounting.onSessionEnded(s);
            bool done = false;
            accounting.stop(300, [&] { done = true; });
            QTRY_VERIFY(done);
            QCOMPARE(accounting.state().queued, 4); // On, Start, Stop, Off
        }
        RadiusTestResponder server([](const Bytes &wire) { return response(wire); });
        RadiusAccounting accounting({serverAt(server.port())}, Fast, journal(), fastOptions());
        QVERIFY(accounting.start().ok());
        QTRY_COMPARE(accounting.state().queued, 0);
        // Each of them once: the first start's On, Start, Stop and Off, and this start's On.
        QList<std::uint32_t> got = statuses(server);
        std::sort(got.begin(), got.end());
        QCOMPARE(got, QList<std::uint32_t>({1, 2, 7, 7, 8}));
        for (const Bytes &wire : server.received())
            if (seen(wire).status == 2)
                QCOMPARE(seen(wire).cause, std::optional<std::uint32_t>(1)); // User-Request
    }

    void interimUpdatesCarryTheLiveCounters()
    {
        RadiusTestResponder server([](const Bytes &wire) { return response(wire); });
        RadiusAccounting::Options options = fastOptions();
        options.interimSeconds = 1; // keywardd.conf allows 60 and up; short for the test
        RadiusAccounting accounting({serverAt(server.port())}, Fast, journal(), options);
        core::LiveSession s = live(12, "erin");
        accounting.setSessionSource([&] {
            core::LiveSession now = s;
            now.hasCounters = true;
            now.bytesIn = 777;
            return QList<core::LiveSession>{now};
        });
        QVERIFY(accounting.start().ok());
        accounting.onSessionUp(s);
        QTRY_VERIFY_WITH_TIMEOUT(statuses(server).contains(3u), 12000);
        for (const Bytes &wire : server.received()) {
            if (seen(wire).status == 3) {
                QCOMPARE(seen(wire).session, QString("SESSION12"));
                QCOMPARE(seen(wire).inputOctets, std::optional<std::uint32_t>(777));
            }
        }
        // None once it ended.
        s.endedAt = QDateTime::currentDateTimeUtc();
        accounting.onSessionEnded(s);
        QTRY_COMPARE(accounting.state().queued, 0);
        const auto count = server.received().size();
        QTest::qWait(6000);
        QCOMPARE(server.received().size(), count);
    }

    void stopSendsAccountingOffAndWaitsForItsAnswer()
    {
        RadiusTestResponder server([](const Bytes &wire) { return response(wire); });
        RadiusAccounting accounting({serverAt(server.port())}, Fast, journal(), fastOptions());
        QVERIFY(accounting.start().ok());
        QTRY_COMPARE(accounting.state().queued, 0);
        bool done = false;
        accounting.stop(5000, [&] { done = true; });
        QVERIFY(!done);
        QTRY_VERIFY(done);
        QCOMPARE(statuses(server).last(), 8u);
        QCOMPARE(accounting.state().queued, 0);
    }

private:
    std::unique_ptr<AccountingJournal> journal()
    {
        return std::make_unique<AccountingJournal>(m_dir->filePath("acct.journal"));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestRadiusAccounting)
#include "TestRadiusAccounting.moc"
