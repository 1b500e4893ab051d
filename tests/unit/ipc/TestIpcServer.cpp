// The admin API over a real Unix socket: hello and versions, request ids, errors,
// events to subscribers only, hostile clients, timeouts, and peer-credential checks.

#include "ipc/IpcClient.h"
#include "ipc/IpcFrameReader.h"
#include "ipc/IpcProtocol.h"
#include "ipc/IpcServer.h"
#include "ipc/TlsIdentity.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
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
        QVERIFY(m_server->listenTls(
            QHostAddress::LocalHost, 0, identity,
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

private:
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
    QString m_path;
};

QTEST_GUILESS_MAIN(TestIpcServer)
#include "TestIpcServer.moc"
