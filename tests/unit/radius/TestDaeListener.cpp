// The RFC 5176 listener over real UDP on the loopback: a signed Disconnect-Request is
// answered with a Disconnect-ACK a client's check accepts and ends the session; its
// retransmission gets the same answer and ends nothing twice; a wrong secret, a stale
// Event-Timestamp and an address that is not a client get no answer; a flood from one
// client is cut to its budget. A radius-dae-client line is parsed, and its secret file
// refused when others may read it.

#include "StandInSessions.h"
#include "radius/DaeListener.h"
#include "radius/DaeRequest.h"
#include "radius/RadiusSigner.h"

#include <QDateTime>
#include <QFile>
#include <QNetworkDatagram>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

using namespace keyward;
using namespace keyward::radius;
using protocol::Bytes;

namespace {

const QByteArray Secret = "dae-listener-secret";

protocol::ByteView view(const QByteArray &bytes)
{
    return {reinterpret_cast<const std::uint8_t *>(bytes.constData()),
            static_cast<std::size_t>(bytes.size())};
}

core::LiveSession live(quint16 id, const QString &user)
{
    core::LiveSession s;
    s.id = id;
    s.user = user;
    s.accountingSessionId = QStringLiteral("ACCT%1").arg(id);
    s.up = true;
    return s;
}

Bytes disconnectRequest(const char *user, std::uint8_t identifier, const QByteArray &secret,
                        std::optional<quint32> timestamp = std::nullopt)
{
    RadiusPacket p;
    p.code = RadiusCode::DisconnectRequest;
    p.identifier = identifier;
    p.addText(attr::UserName, user);
    if (timestamp)
        p.addU32(attr::EventTimestamp, *timestamp);
    auto wire = DaeRequest::sign(p, view(secret), true);
    if (!wire)
        qFatal("cannot sign: %s", wire.message().c_str());
    return *wire;
}

} // namespace

class TestDaeListener : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_sessions = StandInSessions{};
        m_sessions.live = {live(1, "alice"), live(2, "bob")};
        m_audits = 0;
        m_dae = std::make_unique<DynamicAuthorization>(
            m_sessions, DynamicAuthorization::Nas{"kw", 0},
            [this](const QString &, const QString &, const QString &, const QString &,
                   const QJsonObject &) -> Status {
                ++m_audits;
                return {};
            });
    }

    void aDisconnectIsAnsweredOnceAndItsRetransmissionAgain()
    {
        DaeListener listener(clients("127.0.0.1"), *m_dae, {});
        QVERIFY(listener.listen(QHostAddress::LocalHost, 0).ok());
        QUdpSocket client;
        QVERIFY(client.bind(QHostAddress::LocalHost, 0));
        const Bytes request = disconnectRequest("alice", 9, Secret);
        const QByteArray first = exchange(client, listener.port(), request);
        QVERIFY(!first.isEmpty());
        Authenticator auth{};
        std::copy(request.begin() + 4, request.begin() + 20, auth.begin());
        auto checked = RadiusSigner::checkAnswer(view(first), auth, view(Secret), true);
        QVERIFY2(checked.ok(), checked.message().c_str());
        QCOMPARE(checked->packet.code, RadiusCode::DisconnectAck);
        QCOMPARE(m_sessions.ended.size(), 1);
        QCOMPARE(m_audits, 1);
        // The same request again: the same answer, nothing done twice.
        QCOMPARE(exchange(client, listener.port(), request), first);
        QCOMPARE(m_sessions.ended.size(), 1);
        QCOMPARE(m_audits, 1);
        // A new request for a gone session: NAK 503.
        const QByteArray nak =
            exchange(client, listener.port(), disconnectRequest("alice", 10, Secret));
        QCOMPARE(static_cast<std::uint8_t>(nak.at(0)), std::uint8_t(42));
    }

    void aWrongSecretOrAStaleTimestampGetsNoAnswer()
    {
        DaeListener listener(clients("127.0.0.1"), *m_dae, {});
        QVERIFY(listener.listen(QHostAddress::LocalHost, 0).ok());
        QUdpSocket client;
        QVERIFY(client.bind(QHostAddress::LocalHost, 0));
        QVERIFY(exchange(client, listener.port(), disconnectRequest("alice", 1, "not-the-secret"))
                    .isEmpty());
        const auto now = static_cast<quint32>(QDateTime::currentSecsSinceEpoch());
        QVERIFY(exchange(client, listener.port(), disconnectRequest("alice", 2, Secret, now - 301))
                    .isEmpty());
        QCOMPARE(listener.dropped(), 2);
        QVERIFY(m_sessions.ended.isEmpty());
        QCOMPARE(m_audits, 0);
        // Within the window: taken.
        QVERIFY(!exchange(client, listener.port(), disconnectRequest("alice", 3, Secret, now - 5))
                     .isEmpty());
        QCOMPARE(m_sessions.ended.size(), 1);
    }

    void anAddressThatIsNotAClientIsDropped()
    {
        DaeListener listener(clients("192.0.2.77"), *m_dae, {});
        QVERIFY(listener.listen(QHostAddress::LocalHost, 0).ok());
        QUdpSocket client;
        QVERIFY(client.bind(QHostAddress::LocalHost, 0));
        QVERIFY(exchange(client, listener.port(), disconnectRequest("alice", 1, Secret)).isEmpty());
        QCOMPARE(listener.dropped(), 1);
        QVERIFY(m_sessions.ended.isEmpty());
    }

    void aFloodIsCutToTheClientsBudget()
    {
        DaeListener::Settings settings;
        settings.requestsPerSecond = 5; // a burst of 10
        DaeListener listener(clients("127.0.0.1"), *m_dae, settings);
        QVERIFY(listener.listen(QHostAddress::LocalHost, 0).ok());
        QUdpSocket client;
        QVERIFY(client.bind(QHostAddress::LocalHost, 0));
        for (int i = 0; i < 60; ++i) {
            const Bytes request = disconnectRequest("nobody", static_cast<std::uint8_t>(i), Secret);
            client.writeDatagram(reinterpret_cast<const char *>(request.data()),
                                 static_cast<qint64>(request.size()), QHostAddress::LocalHost,
                                 listener.port());
        }
        int answers = 0;
        QTest::qWait(500);
        while (client.hasPendingDatagrams()) {
            client.receiveDatagram();
            ++answers;
        }
        QVERIFY2(answers >= 10 && answers <= 14, qPrintable(QString::number(answers)));
        QVERIFY(listener.dropped() >= 46);
    }

    void aClientLineIsParsedAndItsSecretFileChecked()
    {
        auto client = DaeClientConfig::parse("192.0.2.10 secret-file=/etc/keyward/dae.secret");
        QVERIFY2(client.ok(), client.message().c_str());
        QCOMPARE(client->address, QHostAddress("192.0.2.10"));
        QCOMPARE(client->messageAuthenticator, DaeClientConfig::MessageAuthenticator::Require);
        QCOMPARE(client->toSpec(), QString("192.0.2.10 secret-file=/etc/keyward/dae.secret "
                                           "message-authenticator=require"));
        auto weak = DaeClientConfig::parse("192.0.2.10 secret-file=/s message-authenticator=no");
        QVERIFY(weak.ok());
        QCOMPARE(weak->messageAuthenticator, DaeClientConfig::MessageAuthenticator::No);
        for (const char *bad : {"", "192.0.2.10", "192.0.2.10:3799 secret-file=/s",
                                "radius.example secret-file=/s", "192.0.2.10 secret-file=/s port=1",
                                "192.0.2.10 secret-file=/s message-authenticator=maybe"})
            QVERIFY2(!DaeClientConfig::parse(bad).ok(), bad);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath("dae.secret");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Secret + "\n");
        file.close();
        auto spec = DaeClientConfig::parse(QStringLiteral("127.0.0.1 secret-file=%1").arg(path));
        QVERIFY(spec.ok());
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        auto loose = spec->readSecret();
        QVERIFY(!loose.ok());
        QVERIFY(!QString::fromStdString(loose.message()).contains(QString::fromLatin1(Secret)));
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        auto read = spec->readSecret();
        QVERIFY2(read.ok(), read.message().c_str());
        QVERIFY(*read == Secret); // the newline is not part of it
    }

private:
    static QList<DaeListener::Client> clients(const char *address)
    {
        auto config = DaeClientConfig::parse(
            QStringLiteral("%1 secret-file=/unused").arg(QString::fromLatin1(address)));
        if (!config)
            qFatal("%s", config.message().c_str());
        return {DaeListener::Client{*config, Secret}};
    }

    // Sends `request`, returns the answer (empty when none came within 400 ms).
    static QByteArray exchange(QUdpSocket &client, quint16 port, const Bytes &request)
    {
        client.writeDatagram(reinterpret_cast<const char *>(request.data()),
                             static_cast<qint64>(request.size()), QHostAddress::LocalHost, port);
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 400) {
            QTest::qWait(20);
            if (client.hasPendingDatagrams())
                return client.receiveDatagram().data();
        }
        return {};
    }

    StandInSessions m_sessions;
    int m_audits = 0;
    std::unique_ptr<DynamicAuthorization> m_dae;
};

QTEST_GUILESS_MAIN(TestDaeListener)
#include "TestDaeListener.moc"
