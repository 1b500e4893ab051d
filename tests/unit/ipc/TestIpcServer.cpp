// The admin API over a real Unix socket: hello and versions, request ids, errors,
// events to subscribers only, hostile clients, timeouts, and peer-credential checks.

#include "api/AdminRole.h"
#include "ipc/IpcClient.h"
#include "ipc/IpcFrameReader.h"
#include "ipc/IpcProtocol.h"
#include "ipc/IpcServer.h"
#include "ipc/TlsIdentity.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <grp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace keyward::ipc;

class TestIpcServer : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        ::chmod(QFile::encodeName(m_dir->path()).constData(), 0755);
        m_path = m_dir->filePath("keywardd.sock");
        m_server = std::make_unique<IpcServer>(QStringLiteral("keyward-test-no-such-group"));
        const auto listening = m_server->listen(m_path);
        QVERIFY2(listening.ok(), listening.message().c_str());
        m_server->methods().add("echo", [](const IpcRequest &request, const IpcResponder &reply) {
            reply.result({{"params", request.params}, {"admin", request.peer.identity()}});
        });
        m_server->methods().add("never", [](const IpcRequest &, const IpcResponder &) {});
        m_server->methods().add("fail", [](const IpcRequest &, const IpcResponder &reply) {
            reply.error(ErrorCode::NotFound, "no user named 'x'");
        });
    }

    void cleanup()
    {
        m_server.reset();
        m_identity.reset();
        m_dir.reset();
    }

    void socketIsOwnerAndGroupOnly()
    {
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(m_path).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0660);
    }

    void helloThenCallsWithIds()
    {
        IpcClient client("test");
        QSignalSpy ready(&client, &IpcClient::ready);
        client.connectTo(m_path);
        QVERIFY(ready.wait(3000));
        QVERIFY(client.identity().contains(QString("uid %1").arg(::geteuid())));

        IpcReply got;
        bool done = false;
        client.call("echo", {{"x", 42}}, [&](const IpcReply &r) { got = r, done = true; });
        QTRY_VERIFY(done);
        QVERIFY(got.ok);
        QCOMPARE(got.result.value("params").toObject().value("x").toInt(), 42);
        QVERIFY(got.result.value("admin").toString().contains("uid"));

        done = false;
        client.call("fail", {}, [&](const IpcReply &r) { got = r, done = true; });
        QTRY_VERIFY(done);
        QVERIFY(!got.ok);
        QCOMPARE(got.errorCode, ErrorCode::NotFound);

        done = false;
        client.call("no.such.method", {}, [&](const IpcReply &r) { got = r, done = true; });
        QTRY_VERIFY(done);
        QCOMPARE(got.errorCode, ErrorCode::UnknownMethod);
    }

    void aLargeServerAnswersComeThrough()
    {
        // What session.list looks like with 10,000 sessions: about 3 MB, three times
        // the limit on requests.
        m_server->methods().add("sessions", [](const IpcRequest &, const IpcResponder &reply) {
            QJsonArray list;
            for (int i = 0; i < 10000; ++i)
                list.append(QJsonObject{{"id", i},
                                        {"user", QString("user%1").arg(i)},
                                        {"peerAddress", "198.51.100.7"},
                                        {"tunnelAddress", "10.75.12.34"},
                                        {"started", "2026-11-27T08:00:00Z"},
                                        {"state", "up"},
                                        {"auth", "MS-CHAPv2"},
                                        {"mppe", "128-bit"},
                                        {"mppeMode", "stateless"},
                                        {"durationSeconds", 3600},
                                        {"idleSeconds", 12},
                                        {"bytesIn", 123456789},
                                        {"bytesOut", 98765432},
                                        {"packetsIn", 123456},
                                        {"packetsOut", 98765}});
            reply.result({{"sessions", list}});
        });
        IpcClient client("test");
        QSignalSpy ready(&client, &IpcClient::ready);
        client.connectTo(m_path);
        QVERIFY(ready.wait(3000));
        IpcReply got;
        bool done = false;
        client.call("sessions", {}, [&](const IpcReply &r) { got = r, done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(got.ok, qPrintable(got.errorMessage));
        QCOMPARE(got.result.value("sessions").toArray().size(), 10000);
        QVERIFY(QJsonDocument(got.result).toJson(QJsonDocument::Compact).size() >
                IpcFrameReader::DefaultMaxFrameSize * 2);
    }

    void aStuckRequestTimesOutInsteadOfHanging()
    {
        IpcClient client("test");
        QSignalSpy ready(&client, &IpcClient::ready);
        client.connectTo(m_path);
        QVERIFY(ready.wait(3000));
        IpcReply got;
        bool done = false;
        client.call(
            "never", {}, [&](const IpcReply &r) { got = r, done = true; }, 300);
        QTRY_VERIFY_WITH_TIMEOUT(done, 3000);
        QCOMPARE(got.errorCode, ErrorCode::Timeout);
        QVERIFY(got.errorMessage.contains("'never'"));
    }

    void pendingCallsFailWhenTheServerGoes()
    {
        IpcClient client("test");
        QSignalSpy ready(&client, &IpcClient::ready);
        client.connectTo(m_path);
        QVERIFY(ready.wait(3000));
        IpcReply got;
        bool done = false;
        client.call(
            "never", {}, [&](const IpcReply &r) { got = r, done = true; }, 10000);
        QTest::qWait(50);
        m_server.reset();
        QTRY_VERIFY_WITH_TIMEOUT(done, 3000);
        QCOMPARE(got.errorCode, ErrorCode::Disconnected);
        QCOMPARE(client.state(), IpcClient::State::Disconnected);
    }

    void eventsReachSubscribersOnly()
    {
        IpcClient subscriber("a"), other("b");
        QSignalSpy readyA(&subscriber, &IpcClient::ready), readyB(&other, &IpcClient::ready);
        subscriber.connectTo(m_path);
        other.connectTo(m_path);
        QVERIFY(readyA.wait(3000));
        QVERIFY(readyB.count() || readyB.wait(3000));
        bool subscribed = false;
        subscriber.call("subscribe", {}, [&](const IpcReply &r) { subscribed = r.ok; });
        QTRY_VERIFY(subscribed);
        QSignalSpy eventsA(&subscriber, &IpcClient::eventReceived);
        QSignalSpy eventsB(&other, &IpcClient::eventReceived);
        m_server->publish("session.up", {{"user", "alice"}});
        QVERIFY(eventsA.wait(3000));
        QCOMPARE(eventsA.at(0).at(0).toString(), QString("session.up"));
        QCOMPARE(eventsA.at(0).at(1).toJsonObject().value("user").toString(), QString("alice"));
        QTest::qWait(100);
        QCOMPARE(eventsB.count(), 0);
    }

    void sessionDeltasReachOnlyThoseWhoAskedForThem()
    {
        IpcClient asked("a"), older("b");
        QSignalSpy readyA(&asked, &IpcClient::ready), readyB(&older, &IpcClient::ready);
        asked.connectTo(m_path);
        older.connectTo(m_path);
        QVERIFY(readyA.wait(3000));
        QVERIFY(readyB.count() || readyB.wait(3000));
        QVERIFY(!m_server->hasSubscriber("session.delta"));
        IpcReply grantA, grantB;
        // An event the server does not have is not granted.
        asked.call("subscribe", {{"events", QJsonArray{"session.delta", "no.such"}}},
                   [&](const IpcReply &r) { grantA = r; });
        older.call("subscribe", {}, [&](const IpcReply &r) { grantB = r; });
        QTRY_VERIFY(grantA.ok && grantB.ok);
        QCOMPARE(grantA.result.value("events").toArray(), QJsonArray{"session.delta"});
        QCOMPARE(grantB.result.value("events").toArray(), QJsonArray{});
        QVERIFY(m_server->hasSubscriber("session.delta"));
        QSignalSpy eventsA(&asked, &IpcClient::eventReceived);
        QSignalSpy eventsB(&older, &IpcClient::eventReceived);
        m_server->publish("session.delta", {{"seq", 1}});
        m_server->publish("session.up", {{"user", "alice"}});
        QTRY_COMPARE(eventsA.count(), 2);
        QTRY_COMPARE(eventsB.count(), 1);
        QCOMPARE(eventsA.at(0).at(0).toString(), QString("session.delta"));
        QCOMPARE(eventsB.at(0).at(0).toString(), QString("session.up"));
    }

    void versionMismatchAndHelloFirst()
    {
        QLocalSocket raw;
        raw.connectToServer(m_path);
        QVERIFY(raw.waitForConnected(3000));
        QJsonObject reply = roundTrip(raw, {{"id", 1}, {"method", "echo"}});
        QCOMPARE(reply.value("error").toObject().value("code").toString(),
                 ErrorCode::HelloRequired);
        reply =
            roundTrip(raw, {{"id", 2}, {"method", "hello"}, {"params", QJsonObject{{"major", 9}}}});
        QCOMPARE(reply.value("error").toObject().value("code").toString(),
                 ErrorCode::VersionMismatch);
        QVERIFY(reply.value("error").toObject().value("message").toString().contains("9.0"));
        QCOMPARE(reply.value("id").toInt(), 2);
    }

    void hostileFramesCloseOnlyThatClient()
    {
        IpcClient good("good");
        QSignalSpy ready(&good, &IpcClient::ready);
        good.connectTo(m_path);
        QVERIFY(ready.wait(3000));

        QLocalSocket bad;
        bad.connectToServer(m_path);
        QVERIFY(bad.waitForConnected(3000));
        bad.write(QByteArray::fromHex("7fffffff") + QByteArray(64, 'x')); // 2 GiB announced
        bad.flush();
        QByteArray badReply;
        QTRY_VERIFY_WITH_TIMEOUT((badReply += bad.readAll()).contains("bad-request"), 3000);
        QTRY_COMPARE(bad.state(), QLocalSocket::UnconnectedState);

        QLocalSocket garbage;
        garbage.connectToServer(m_path);
        QVERIFY(garbage.waitForConnected(3000));
        garbage.write(QByteArray::fromHex("00000004") + "{{{{");
        garbage.flush();
        QTRY_COMPARE(garbage.state(), QLocalSocket::UnconnectedState);

        // A flood of requests gets rate-limited answers, and the good client is unharmed.
        QLocalSocket flood;
        flood.connectToServer(m_path);
        QVERIFY(flood.waitForConnected(3000));
        QByteArray burst = IpcFrameReader::encode(
            {{"id", 0}, {"method", "hello"}, {"params", QJsonObject{{"major", ProtocolMajor}}}});
        for (int i = 1; i <= 500; ++i)
            burst += IpcFrameReader::encode({{"id", i}, {"method", "echo"}});
        flood.write(burst);
        flood.flush();
        QByteArray answers;
        QTRY_VERIFY_WITH_TIMEOUT((answers += flood.readAll()).count("\"id\"") >= 501, 5000);
        QVERIFY(answers.contains("rate-limited"));

        bool done = false;
        good.call("echo", {}, [&](const IpcReply &r) { done = r.ok; });
        QTRY_VERIFY(done);
    }

    void remoteConsolesNeedThePinnedCertificateAndAToken()
    {
        auto loaded = keyward::ipc::TlsIdentity::loadOrCreate(m_dir->path());
        QVERIFY2(loaded.ok(), loaded.message().c_str());
        const keyward::ipc::TlsIdentity identity = *loaded;
        QCOMPARE(identity.fingerprint().count(':'), 31); // SHA-256, colon separated
        QVERIFY(m_server->listenTls(QHostAddress::LocalHost, 0, identity,
                                    [](const QString &token) -> std::optional<QString> {
                                        if (token == "kw_good")
                                            return QString("laptop");
                                        return std::nullopt;
                                    }));
        const quint16 port = m_server->tlsPort();
        QVERIFY(port != 0);

        IpcClient good("remote");
        QSignalSpy ready(&good, &IpcClient::ready);
        good.connectToTls("127.0.0.1", port, identity.fingerprint(), "kw_good");
        QVERIFY(ready.wait(5000));
        QCOMPARE(good.identity(), QString("token laptop from 127.0.0.1"));
        bool done = false;
        good.call("echo", {{"x", 1}}, [&](const IpcReply &r) { done = r.ok; });
        QTRY_VERIFY(done);

        IpcClient impostor("remote");
        QSignalSpy refused(&impostor, &IpcClient::connectionError);
        QString other = identity.fingerprint();
        other[0] = other[0] == 'A' ? 'B' : 'A';
        impostor.connectToTls("127.0.0.1", port, other, "kw_good");
        QVERIFY(refused.wait(5000));
        QVERIFY2(refused.at(0).at(0).toString().contains("not the pinned"),
                 qPrintable(refused.at(0).at(0).toString()));

        IpcClient noToken("remote");
        QSignalSpy noTokenError(&noToken, &IpcClient::connectionError);
        noToken.connectToTls("127.0.0.1", port, identity.fingerprint(), "kw_bad");
        QVERIFY(noTokenError.wait(5000));
        QVERIFY(noTokenError.at(0).at(0).toString().contains("valid API token"));
        QVERIFY(noToken.state() != IpcClient::State::Ready);
    }

    void aUserOutsideTheAdminGroupIsRefused()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to run a client as another user (CI runs tests as root)");
        // With the socket's own mode the kernel already refuses 'nobody'.
        QCOMPARE(childConnectAsNobody(), 2);
        // Even when the file mode would let them in, the peer-credential check refuses.
        ::chmod(QFile::encodeName(m_path).constData(), 0666);
        QSignalSpy refused(m_server.get(), &IpcServer::clientRefused);
        QCOMPARE(childConnectAsNobody(), 0);
        QCOMPARE(refused.count(), 1);
        QVERIFY(refused.at(0).at(0).toString().contains("not allowed to administer"));
    }

    void helloSaysTheRoleAndTheMethods()
    {
        IpcClient client("test");
        QSignalSpy ready(&client, &IpcClient::ready);
        client.connectTo(m_path);
        QVERIFY(ready.wait(3000));
        // The test runs as root (or as the server's own user): an admin.
        QCOMPARE(client.role(), QString("admin"));
        QCOMPARE(client.methods(), keyward::api::methodsFor(keyward::api::AdminRole::Admin,
                                                            keyward::api::AdminChannel::Local));
        QVERIFY(client.mayCall("token.create"));
        QVERIFY(!client.mayCall("no.such.method"));
    }

    void aFailedHelloClosesTheConnection()
    {
        QLocalSocket raw;
        raw.connectToServer(m_path);
        QVERIFY(raw.waitForConnected(3000));
        const QJsonObject reply =
            roundTrip(raw, {{"id", 1}, {"method", "hello"}, {"params", QJsonObject{{"major", 9}}}});
        QCOMPARE(reply.value("error").toObject().value("code").toString(),
                 ErrorCode::VersionMismatch);
        QTRY_COMPARE_WITH_TIMEOUT(raw.state(), QLocalSocket::UnconnectedState, 3000);
    }

    void aClientThatNeverSaysHelloIsClosed()
    {
        m_server->setDeadlines({1000, 400, 60000});
        std::vector<std::unique_ptr<QLocalSocket>> silent;
        for (int i = 0; i < 64; ++i) {
            silent.push_back(std::make_unique<QLocalSocket>());
            silent.back()->connectToServer(m_path);
        }
        QTest::qWait(100);
        QVERIFY(m_server->connectionCount() <= IpcServer::MaxLocalConnections);
        // After the hello deadline every one of them is gone, and an admin gets in.
        QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 0, 3000);
        for (auto &s : silent)
            QTRY_COMPARE_WITH_TIMEOUT(s->state(), QLocalSocket::UnconnectedState, 3000);
        IpcClient client("test");
        QSignalSpy ready(&client, &IpcClient::ready);
        client.connectTo(m_path);
        QVERIFY(ready.wait(3000));
    }

    void anIdleConnectionIsClosedUnlessSubscribed()
    {
        m_server->setDeadlines({1000, 1000, 400});
        IpcClient idle("idle"), listener("listener");
        QSignalSpy readyA(&idle, &IpcClient::ready), readyB(&listener, &IpcClient::ready);
        idle.connectTo(m_path);
        listener.connectTo(m_path);
        QVERIFY(readyA.wait(3000));
        QVERIFY(readyB.count() || readyB.wait(3000));
        bool subscribed = false;
        listener.call("subscribe", {}, [&](const IpcReply &r) { subscribed = r.ok; });
        QTRY_VERIFY(subscribed);
        QTRY_COMPARE_WITH_TIMEOUT(idle.state(), IpcClient::State::Disconnected, 3000);
        QTest::qWait(600);
        QCOMPARE(listener.state(), IpcClient::State::Ready);
        QSignalSpy events(&listener, &IpcClient::eventReceived);
        m_server->publish("session.up", {{"user", "alice"}});
        QVERIFY(events.wait(3000));
    }

    void silentRemoteClientsLockNobodyOut()
    {
        m_server->setDeadlines({600, 600, 60000});
        const quint16 port = listenTls([](const QString &token, const QHostAddress &) {
            return grantFor(token, "kw_good", keyward::api::AdminRole::Admin);
        });
        // 64 that never start TLS, 64 that finish the handshake and never say hello.
        std::vector<std::unique_ptr<QTcpSocket>> silent;
        for (int i = 0; i < 64; ++i) {
            silent.push_back(std::make_unique<QTcpSocket>());
            silent.back()->connectToHost(QHostAddress::LocalHost, port);
        }
        std::vector<std::unique_ptr<QSslSocket>> mute;
        for (int i = 0; i < 64; ++i) {
            auto s = std::make_unique<QSslSocket>();
            s->setPeerVerifyMode(QSslSocket::VerifyNone);
            s->connectToHostEncrypted("127.0.0.1", port);
            mute.push_back(std::move(s));
        }
        QTest::qWait(200);
        QVERIFY2(m_server->remoteConnectionCount() <= IpcServer::MaxRemotePerSource,
                 qPrintable(QString::number(m_server->remoteConnectionCount())));
        // The local socket has its own budget: an admin there is not affected.
        IpcClient local("local");
        QSignalSpy localReady(&local, &IpcClient::ready);
        local.connectTo(m_path);
        QVERIFY(localReady.wait(3000));
        bool done = false;
        local.call("echo", {}, [&](const IpcReply &r) { done = r.ok; });
        QTRY_VERIFY(done);
        // Past the handshake and hello deadlines, a real remote console gets in.
        QTRY_COMPARE_WITH_TIMEOUT(m_server->remoteConnectionCount(), 0, 5000);
        // The real consoles below must not race the short deadlines on a loaded machine
        // (a sanitizer build's TLS handshake can take longer than 600 ms).
        m_server->setDeadlines({5000, 5000, 60000});
        IpcClient good("remote");
        QSignalSpy ready(&good, &IpcClient::ready);
        good.connectToTls("127.0.0.1", port, m_identity->fingerprint(), "kw_good");
        QVERIFY(ready.wait(5000));
        // Connections that came and went give their places back.
        good.disconnectFromServer();
        for (int i = 0; i < 2 * IpcServer::MaxRemotePerSource; ++i) {
            IpcClient again("remote");
            QSignalSpy againReady(&again, &IpcClient::ready);
            again.connectToTls("127.0.0.1", port, m_identity->fingerprint(),
                               i % 2 ? "kw_good" : "kw_bad");
            if (i % 2)
                QVERIFY(againReady.wait(5000));
            else
                QVERIFY(QSignalSpy(&again, &IpcClient::connectionError).wait(5000));
            again.disconnectFromServer();
            // Its place comes back before the next one asks (under ASan keywardd may see
            // the client leave a moment later; the deadlines bound that moment).
            QTRY_COMPARE_WITH_TIMEOUT(m_server->remoteConnectionCount(), 0, 11000);
        }
        // Every place comes back: at once when keywardd sees the client go, and at the
        // latest at the handshake and hello deadlines (a slow sanitizer build may see a
        // client leave only then).
        const auto &deadlines = m_server->deadlines();
        QTRY_COMPARE_WITH_TIMEOUT(m_server->remoteConnectionCount(), 0,
                                  deadlines.handshakeMs + deadlines.helloMs + 1000);
    }

    void oneAddressCannotTakeEveryRemotePlace()
    {
        const quint16 port = listenTls([](const QString &token, const QHostAddress &) {
            return grantFor(token, "kw_good", keyward::api::AdminRole::Admin);
        });
        QSignalSpy refused(m_server.get(), &IpcServer::clientRefused);
        std::vector<std::unique_ptr<QTcpSocket>> silent;
        for (int i = 0; i < IpcServer::MaxRemotePerSource + 4; ++i) {
            silent.push_back(std::make_unique<QTcpSocket>());
            silent.back()->connectToHost(QHostAddress::LocalHost, port);
        }
        QTRY_COMPARE(m_server->remoteConnectionCount(), IpcServer::MaxRemotePerSource);
        QTRY_VERIFY(refused.count() >= 4);
        QVERIFY(refused.at(0).at(0).toString().contains("from this address"));
        int closed = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            (closed = int(std::count_if(silent.begin(), silent.end(),
                                        [](const auto &s) {
                                            return s->state() == QAbstractSocket::UnconnectedState;
                                        }))) >= 4,
            3000);
    }

    void refusalsAreLoggedButAFloodIsNot()
    {
        QSignalSpy refused(m_server.get(), &IpcServer::clientRefused);
        for (int i = 0; i < 500; ++i)
            m_server->noteRefusal(QString("remote client 192.0.2.%1 without a token").arg(i % 250));
        QCOMPARE(refused.count(), IpcServer::RefusalsLogged);
    }

    void aRemoteTokensRoleIsEnforcedAndShown()
    {
        const quint16 port = listenTls([](const QString &token, const QHostAddress &) {
            return grantFor(token, "kw_ops", keyward::api::AdminRole::Operator);
        });
        QSignalSpy denied(m_server.get(), &IpcServer::callDenied);
        IpcClient ops("remote");
        QSignalSpy ready(&ops, &IpcClient::ready);
        ops.connectToTls("127.0.0.1", port, m_identity->fingerprint(), "kw_ops");
        QVERIFY(ready.wait(5000));
        QCOMPARE(ops.role(), QString("operator"));
        QVERIFY(ops.mayCall("session.disconnect"));
        QVERIFY(!ops.mayCall("policy.set"));
        QVERIFY(!ops.methods().contains("token.create"));
        IpcReply got;
        bool done = false;
        // "echo" is not in the role table: it needs admin.
        ops.call("echo", {}, [&](const IpcReply &r) { got = r, done = true; });
        QTRY_VERIFY(done);
        QCOMPARE(got.errorCode, ErrorCode::Forbidden);
        QVERIFY2(got.errorMessage.contains("admin role") && got.errorMessage.contains("operator"),
                 qPrintable(got.errorMessage));
        QCOMPARE(denied.count(), 1);
        QCOMPARE(denied.at(0).at(1).toString(), QString("echo"));
    }

    void aRevokedTokensConnectionEndsAtOnce()
    {
        auto valid = std::make_shared<bool>(true);
        const quint16 port = listenTls([valid](const QString &token, const QHostAddress &) {
            return grantFor(*valid ? token : QString(), "kw_good", keyward::api::AdminRole::Admin);
        });
        IpcClient console("remote");
        QSignalSpy ready(&console, &IpcClient::ready);
        console.connectToTls("127.0.0.1", port, m_identity->fingerprint(), "kw_good");
        QVERIFY(ready.wait(5000));
        bool done = false;
        console.call("echo", {}, [&](const IpcReply &r) { done = r.ok; });
        QTRY_VERIFY(done);
        *valid = false;
        m_server->endTokenConnections("LAPTOP", "API token 'laptop' was revoked");
        QTRY_COMPARE_WITH_TIMEOUT(console.state(), IpcClient::State::Disconnected, 3000);
        QCOMPARE(m_server->connectionCount(), 0);
        IpcClient again("remote");
        QSignalSpy refused(&again, &IpcClient::connectionError);
        again.connectToTls("127.0.0.1", port, m_identity->fingerprint(), "kw_good");
        QVERIFY(refused.wait(5000));
        QVERIFY(again.state() != IpcClient::State::Ready);
    }

    void anExpiredTokenIsRefusedOnItsNextRequest()
    {
        const qint64 expires = QDateTime::currentSecsSinceEpoch() + 2;
        const quint16 port = listenTls([expires](const QString &token, const QHostAddress &) {
            auto grant = grantFor(token, "kw_good", keyward::api::AdminRole::Admin);
            grant.expiresAt = expires;
            return grant;
        });
        IpcClient console("remote");
        QSignalSpy ready(&console, &IpcClient::ready);
        console.connectToTls("127.0.0.1", port, m_identity->fingerprint(), "kw_good");
        QVERIFY(ready.wait(5000));
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() >= expires, 4000);
        IpcReply got;
        bool done = false;
        console.call("echo", {}, [&](const IpcReply &r) { got = r, done = true; });
        QTRY_VERIFY(done);
        QCOMPARE(got.errorCode, ErrorCode::Forbidden);
        QVERIFY2(got.errorMessage.contains("expired"), qPrintable(got.errorMessage));
        QTRY_COMPARE_WITH_TIMEOUT(console.state(), IpcClient::State::Disconnected, 3000);
    }

    void aLocalPeersRoleComesFromItsKernelGroups()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to run a client with other groups (CI runs tests as root)");
        // Made-up gids, in no /etc/group: only the kernel knows the child has them.
        IpcPeer::RoleGroups roles;
        roles.admin = 60001;
        roles.operators = 60002;
        roles.auditors = 60003;
        roles.adminName = "kw-admin";
        roles.operatorName = "kw-operator";
        roles.auditorName = "kw-auditor";
        const IpcPeer op = peerWithGroups({60002}, roles);
        QVERIFY2(op.authorized, qPrintable(op.refusal));
        QCOMPARE(op.role, keyward::api::AdminRole::Operator);
        QCOMPARE(op.uid, uid_t(65534));
        const IpcPeer auditor = peerWithGroups({4242, 60003}, roles);
        QVERIFY(auditor.authorized);
        QCOMPARE(auditor.role, keyward::api::AdminRole::Auditor);
        // The strongest of its groups counts.
        const IpcPeer both = peerWithGroups({60003, 60001}, roles);
        QCOMPARE(both.role, keyward::api::AdminRole::Admin);
        const IpcPeer none = peerWithGroups({4242}, roles);
        QVERIFY(!none.authorized);
        QVERIFY2(none.refusal.contains("not allowed to administer") &&
                     none.refusal.contains("kw-auditor"),
                 qPrintable(none.refusal));
    }

private:
    static keyward::api::TokenGrant grantFor(const QString &token, const QString &valid,
                                             keyward::api::AdminRole role)
    {
        keyward::api::TokenGrant grant;
        if (token == valid) {
            grant.verdict = keyward::api::TokenGrant::Verdict::Granted;
            grant.name = "laptop";
            grant.role = role;
        }
        return grant;
    }

    quint16 listenTls(IpcServer::TokenVerifier verifier)
    {
        auto loaded = keyward::ipc::TlsIdentity::loadOrCreate(m_dir->path());
        if (!loaded)
            return 0;
        m_identity = std::make_unique<TlsIdentity>(*loaded);
        if (!m_server->listenTls(QHostAddress::LocalHost, 0, *m_identity, std::move(verifier)))
            return 0;
        return m_server->tlsPort();
    }

    // A child that takes exactly these supplementary groups (and uid/gid nobody), then
    // connects; what the server side reads from the kernel about it.
    IpcPeer peerWithGroups(const std::vector<gid_t> &groups, const IpcPeer::RoleGroups &roles)
    {
        const QByteArray path = QFile::encodeName(m_dir->filePath("peer.sock"));
        ::unlink(path.constData());
        int listener = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        std::strncpy(addr.sun_path, path.constData(), sizeof addr.sun_path - 1);
        if (::bind(listener, reinterpret_cast<sockaddr *>(&addr), sizeof addr) < 0 ||
            ::listen(listener, 1) < 0 || ::chmod(path.constData(), 0777) < 0) {
            ::close(listener);
            return {};
        }
        const pid_t child = ::fork();
        if (child == 0) {
            if (::setgroups(groups.size(), groups.data()) < 0 || ::setgid(65534) < 0 ||
                ::setuid(65534) < 0)
                ::_exit(1);
            int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
            if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) < 0)
                ::_exit(2);
            char byte;
            while (::read(fd, &byte, 1) > 0) {
            }
            ::_exit(0);
        }
        pollfd p{listener, POLLIN, 0};
        IpcPeer peer;
        if (::poll(&p, 1, 5000) == 1) {
            const int fd = ::accept(listener, nullptr, nullptr);
            peer = IpcPeer::fromSocket(fd, roles);
            ::close(fd);
        } else {
            peer.refusal = "the child did not connect";
        }
        ::close(listener);
        int status = 0;
        ::waitpid(child, &status, 0);
        return peer;
    }

    QJsonObject roundTrip(QLocalSocket &socket, const QJsonObject &request)
    {
        socket.write(IpcFrameReader::encode(request));
        socket.flush();
        IpcFrameReader reader;
        QJsonObject frame;
        // The server runs on this thread: wait with the event loop running.
        for (int i = 0; i < 100; ++i) {
            QTest::qWait(20);
            reader.append(socket.readAll());
            if (reader.next(&frame) == IpcFrameReader::Status::Frame)
                return frame;
        }
        return {};
    }

    // Child exit codes: 0 = got a "forbidden" frame, 2 = connect refused by the
    // kernel, 1 = anything else.
    pid_t forkNobodyClient()
    {
        const QByteArray path = QFile::encodeName(m_path);
        pid_t child = ::fork();
        if (child != 0)
            return child;
        if (::setgid(65534) < 0 || ::setuid(65534) < 0)
            ::_exit(1);
        int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        std::strncpy(addr.sun_path, path.constData(), sizeof addr.sun_path - 1);
        if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) < 0)
            ::_exit(errno == EACCES ? 2 : 1);
        char buf[4096];
        ssize_t n = 0, total = 0;
        while ((n = ::read(fd, buf + total, sizeof buf - 1 - total)) > 0)
            total += n;
        buf[total] = 0;
        ::_exit(::memmem(buf, static_cast<std::size_t>(total), "forbidden", 9) ? 0 : 1);
    }

    int childConnectAsNobody()
    {
        pid_t child = forkNobodyClient();
        int code = -1;
        for (int i = 0; i < 100 && !reaped(child, &code); ++i)
            QTest::qWait(50);
        return code;
    }

    static bool reaped(pid_t child, int *code)
    {
        int status = 0;
        if (::waitpid(child, &status, WNOHANG) != child)
            return false;
        *code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        return true;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<IpcServer> m_server;
    std::unique_ptr<TlsIdentity> m_identity;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestIpcServer)
#include "TestIpcServer.moc"
