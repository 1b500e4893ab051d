// The RADIUS client against servers in this process: answers matched to their
// requests and checked (source, Response Authenticator, Message-Authenticator as the
// server's setting says), retransmissions that are the same packet, failover with a
// server marked down, every request answered once and never inside send(), and a
// slow request that does not hold up another.

#include "RadiusTestResponder.h"
#include "radius/RadiusClient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace keyward;
using namespace keyward::radius;
using protocol::Bytes;

namespace {

const QByteArray Secret = QByteArrayLiteral("unit-test-secret");
const Bytes SecretBytes(Secret.begin(), Secret.end());

RadiusClient::Server serverAt(quint16 port, RadiusServerConfig::MessageAuthenticator mode =
                                                RadiusServerConfig::MessageAuthenticator::Require)
{
    RadiusServerConfig config;
    config.address = QHostAddress::LocalHost;
    config.port = port;
    config.secretFile = QStringLiteral("unused");
    config.messageAuthenticator = mode;
    return {config, Secret};
}

RadiusPacket request(const char *user)
{
    RadiusPacket packet;
    packet.code = RadiusCode::AccessRequest;
    packet.addText(attr::UserName, user);
    return packet;
}

Bytes accept(const Bytes &wire, bool withMac = true)
{
    RadiusPacket answer;
    answer.code = RadiusCode::AccessAccept;
    answer.addText(attr::ReplyMessage, "welcome");
    return RadiusTestResponder::sign(answer, wire, SecretBytes, withMac);
}

// A port nothing listens on.
quint16 deadPort()
{
    QUdpSocket socket;
    socket.bind(QHostAddress::LocalHost, 0);
    return socket.localPort();
}

const RadiusClient::Timing Fast{300, 1, 30};

} // namespace

class TestRadiusClient : public QObject
{
    Q_OBJECT

private slots:
    void answersAreMatchedCheckedAndGivenLater()
    {
        RadiusTestResponder server([](const Bytes &wire) {
            // Every Access-Request carries a valid Message-Authenticator.
            return RadiusSigner::requestMessageAuthenticatorValid(wire, SecretBytes) ? accept(wire)
                                                                                     : Bytes{};
        });
        RadiusClient client({serverAt(server.port())}, Fast);
        std::optional<Result<RadiusClient::Answer>> got;
        client.send(request("alice"), [&](Result<RadiusClient::Answer> a) { got = std::move(a); });
        QVERIFY(!got); // never inside send()
        QTRY_VERIFY(got.has_value());
        QVERIFY2(got->ok(), got->message().c_str());
        QCOMPARE((*got)->packet.code, RadiusCode::AccessAccept);
        QCOMPARE((*got)->server, 0);
        QCOMPARE(server.received().size(), std::size_t(1));
        QCOMPARE(client.outstanding(), 0);
    }

    void aRetransmissionIsTheSamePacket()
    {
        int seen = 0;
        RadiusTestResponder server(
            [&](const Bytes &wire) { return ++seen == 1 ? Bytes{} : accept(wire); });
        RadiusClient client({serverAt(server.port())}, Fast);
        std::optional<Result<RadiusClient::Answer>> got;
        client.send(request("alice"), [&](Result<RadiusClient::Answer> a) { got = std::move(a); });
        QTRY_VERIFY(got.has_value());
        QVERIFY(got->ok());
        QCOMPARE(server.received().size(), std::size_t(2));
        QVERIFY(server.received()[0] == server.received()[1]); // same identifier and authenticator
    }

    void aServerThatDoesNotAnswerIsFailedOverAndMarkedDown()
    {
        RadiusTestResponder second([](const Bytes &wire) { return accept(wire); });
        RadiusClient client({serverAt(deadPort()), serverAt(second.port())}, {200, 0, 30});
        std::optional<Result<RadiusClient::Answer>> got;
        QElapsedTimer clock;
        clock.start();
        client.send(request("alice"), [&](Result<RadiusClient::Answer> a) { got = std::move(a); });
        QTRY_VERIFY(got.has_value());
        QVERIFY(got->ok());
        QCOMPARE((*got)->server, 1);
        QVERIFY(clock.elapsed() >= 200);
        // The next request skips the server marked down.
        got.reset();
        clock.restart();
        client.send(request("alice"), [&](Result<RadiusClient::Answer> a) { got = std::move(a); });
        QTRY_VERIFY(got.has_value());
        QVERIFY(got->ok());
        QVERIFY2(clock.elapsed() < 150, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!client.allServersDown());
    }

    void aRequestThatContinuesAnExchangeGoesWhereItBeganThenFailsOver()
    {
        RadiusTestResponder first([](const Bytes &wire) { return accept(wire); });
        RadiusTestResponder second([](const Bytes &wire) { return accept(wire); });
        RadiusClient client({serverAt(first.port()), serverAt(second.port())}, {200, 0, 30});
        std::optional<Result<RadiusClient::Answer>> got;
        client.send(
            request("alice"), [&](Result<RadiusClient::Answer> a) { got = std::move(a); }, 1);
        QTRY_VERIFY(got.has_value());
        QVERIFY(got->ok());
        QCOMPARE((*got)->server, 1);
        QCOMPARE(first.received().size(), std::size_t(0));
        // The named server does not answer: the others follow in their order.
        RadiusTestResponder live([](const Bytes &wire) { return accept(wire); });
        RadiusClient failing({serverAt(live.port()), serverAt(deadPort())}, {200, 0, 30});
        got.reset();
        failing.send(
            request("alice"), [&](Result<RadiusClient::Answer> a) { got = std::move(a); }, 1);
        QTRY_VERIFY(got.has_value());
        QVERIFY(got->ok());
        QCOMPARE((*got)->server, 0);
    }

    void eachServerKeepsItsFiguresAndSaysOnceWhenItGoesDownAndUp()
    {
        bool silent = true;
        RadiusTestResponder server([&](const Bytes &wire) {
            if (silent)
                return Bytes{};
            auto decoded = RadiusPacket::decode(wire);
            const Bytes *name = decoded ? decoded->find(attr::UserName) : nullptr;
            RadiusPacket answer;
            answer.code = name && std::string(name->begin(), name->end()) == "alice"
                              ? RadiusCode::AccessAccept
                              : RadiusCode::AccessReject;
            return RadiusTestResponder::sign(answer, wire, SecretBytes, true);
        });
        // Dead time 0: every request tries it again.
        RadiusClient client({serverAt(server.port()),
                             serverAt(deadPort(), RadiusServerConfig::MessageAuthenticator::Auto)},
                            {100, 0, 0});
        QSignalSpy down(&client, &RadiusClient::serverDown);
        QSignalSpy up(&client, &RadiusClient::serverUp);
        QList<RadiusServerHealth> health = client.health();
        QCOMPARE(health.size(), 2);
        QCOMPARE(health[0].address, QStringLiteral("127.0.0.1:%1").arg(server.port()));
        QVERIFY(health[0].state == RadiusServerHealth::State::Untried);
        QVERIFY(!health[0].lastAnswer.isValid() && !health[0].roundTripMs);
        QVERIFY(health[1].messageAuthenticator == RadiusServerConfig::MessageAuthenticator::Auto);

        auto ask = [&](const char *user) {
            std::optional<Result<RadiusClient::Answer>> got;
            client.send(request(user), [&](Result<RadiusClient::Answer> a) { got = std::move(a); });
            return QTest::qWaitFor([&] { return got.has_value(); }, 5000) && got->ok();
        };
        // Both silent: two unanswered requests, each server said down once.
        QVERIFY(!ask("alice"));
        QVERIFY(!ask("alice"));
        QCOMPARE(down.size(), 2);
        QCOMPARE(down.at(0).at(0).toString(), health[0].address);
        health = client.health();
        QVERIFY(health[0].state == RadiusServerHealth::State::Dead);
        QCOMPARE(health[0].timeouts, 2);
        QVERIFY(health[0].deadForSeconds >= 0);

        // The first answers again: up once, its answers counted by kind.
        silent = false;
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY(ask("alice"));
        QVERIFY(ask("alice"));
        QVERIFY(ask("mallory")); // a reject is an answer
        QCOMPARE(up.size(), 1);
        QCOMPARE(up.at(0).at(0).toString(), health[0].address);
        QCOMPARE(down.size(), 2);
        health = client.health();
        QVERIFY(health[0].state == RadiusServerHealth::State::Up);
        QCOMPARE(health[0].accepts, 2);
        QCOMPARE(health[0].rejects, 1);
        QCOMPARE(health[0].timeouts, 2);
        QVERIFY(health[0].lastAnswer >= before);
        QVERIFY(health[0].roundTripMs && *health[0].roundTripMs >= 0 &&
                *health[0].roundTripMs < 100);
        // The second was never needed again: still dead, never answered.
        QVERIFY(health[1].state == RadiusServerHealth::State::Dead);
        QVERIFY(!health[1].lastAnswer.isValid());
    }

    void noServerAnsweringIsAnUnavailableErrorWithTheReasons()
    {
        RadiusClient client({serverAt(deadPort())}, {100, 1, 30});
        std::optional<Result<RadiusClient::Answer>> got;
        client.send(request("alice"), [&](Result<RadiusClient::Answer> a) { got = std::move(a); });
        QTRY_VERIFY(got.has_value());
        QVERIFY(!got->ok());
        QVERIFY(got->kind() == ErrorKind::Unavailable);
        QVERIFY2(QString::fromStdString(got->message()).contains("did not answer in 0.3 s"),
                 got->message().c_str());
        QVERIFY(client.allServersDown());
        // While it is down, a request fails at once, still never inside send().
        got.reset();
        client.send(request("bob"), [&](Result<RadiusClient::Answer> a) { got = std::move(a); });
        QVERIFY(!got);
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 50);
        QVERIFY(QString::fromStdString(got->message()).contains("marked down"));
    }

    void aMissingMessageAuthenticatorFollowsTheServersSetting()
    {
        RadiusTestResponder plain([](const Bytes &wire) { return accept(wire, false); });
        RadiusClient strict({serverAt(plain.port())}, {150, 0, 30});
        std::optional<Result<RadiusClient::Answer>> got;
        strict.send(request("alice"), [&](Result<RadiusClient::Answer> a) { got = std::move(a); });
        QTRY_VERIFY(got.has_value());
        QVERIFY(!got->ok());
        QVERIFY2(QString::fromStdString(got->message()).contains("without a Message-Authenticator"),
                 got->message().c_str());

        // auto: taken until the server has sent one...
        bool withMac = false;
        RadiusTestResponder learning([&](const Bytes &wire) { return accept(wire, withMac); });
        RadiusClient lenient(
            {serverAt(learning.port(), RadiusServerConfig::MessageAuthenticator::Auto)},
            {150, 0, 0});
        got.reset();
        lenient.send(request("alice"), [&](Result<RadiusClient::Answer> a) { got = std::move(a); });
        QTRY_VERIFY(got.has_value());
        QVERIFY(got->ok());
        withMac = true;
        got.reset();
        lenient.send(request("alice"), [&](Result<RadiusClient::Answer> a) { got = std::move(a); });
        QTRY_VERIFY(got.has_value());
        QVERIFY(got->ok());
        // ... and required from then on.
        withMac = false;
        got.reset();
        lenient.send(request("alice"), [&](Result<RadiusClient::Answer> a) { got = std::move(a); });
        QTRY_VERIFY(got.has_value());
        QVERIFY(!got->ok());
    }

    void anAnswerFromAnotherPortIsDropped()
    {
        QUdpSocket impostor;
        QVERIFY(impostor.bind(QHostAddress::LocalHost, 0));
        std::optional<std::pair<Bytes, quint16>> seen;
        // The real server never answers; the impostor sends the right answer from
        // another port.
        QUdpSocket real;
        QVERIFY(real.bind(QHostAddress::LocalHost, 0));
        connect(&real, &QUdpSocket::readyRead, this, [&] {
            const QNetworkDatagram d = real.receiveDatagram();
            const QByteArray data = d.data();
            const Bytes answer = accept(Bytes(data.begin(), data.end()));
            impostor.writeDatagram(reinterpret_cast<const char *>(answer.data()),
                                   static_cast<qint64>(answer.size()), d.senderAddress(),
                                   d.senderPort());
        });
        RadiusClient client({serverAt(real.localPort())}, {200, 0, 30});
        std::optional<Result<RadiusClient::Answer>> got;
        client.send(request("alice"), [&](Result<RadiusClient::Answer> a) { got = std::move(a); });
        QTRY_VERIFY(got.has_value());
        QVERIFY(!got->ok());
    }

    void aSlowAnswerDoesNotHoldUpAnother()
    {
        std::vector<Bytes> held;
        RadiusTestResponder server([&](const Bytes &wire) {
            auto decoded = RadiusPacket::decode(wire);
            if (decoded && *decoded->find(attr::UserName) == Bytes{'s', 'l', 'o', 'w'}) {
                held.push_back(wire);
                return Bytes{};
            }
            return accept(wire);
        });
        RadiusClient client({serverAt(server.port())}, {2000, 0, 30});
        std::optional<Result<RadiusClient::Answer>> slow, quick;
        client.send(request("slow"), [&](Result<RadiusClient::Answer> a) { slow = std::move(a); });
        client.send(request("quick"),
                    [&](Result<RadiusClient::Answer> a) { quick = std::move(a); });
        QTRY_VERIFY_WITH_TIMEOUT(quick.has_value(), 500);
        QVERIFY(quick->ok());
        QVERIFY(!slow.has_value());
        QCOMPARE(client.outstanding(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRadiusClient)
#include "TestRadiusClient.moc"
