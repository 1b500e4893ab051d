// The admin API of a real keywardd through its real socket: keywardctl's commands
// and exit codes, events to a subscribed console, and a local user outside the admin
// group refused.

#include "KeywardLab.h"
#include "ipc/IpcClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

class TestAdminApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { KEYWARD_LAB_SET_UP(m_lab); }

    void cleanup() { m_lab.reportIfFailed(); }

    void keywardctlCommandsAndExitCodes()
    {
        QCOMPARE(ctl({"user", "add", "gina", "--password-stdin"}, "Correct-horse-42\n"), 0);
        QVERIFY(m_out.contains("added gina"));
        QCOMPARE(ctl({"user", "add", "gina", "--password-stdin"}, "Correct-horse-42\n"), 1);
        QVERIFY(m_err.contains("already exists"));
        QCOMPARE(ctl({"user", "add", "hal"}), 0);
        QVERIFY(m_out.contains("temporary password (shown once)"));
        QCOMPARE(ctl({"--json", "user", "show", "gina"}), 0);
        const QJsonObject gina = QJsonDocument::fromJson(m_out.toUtf8()).object();
        QCOMPARE(gina.value("state").toString(), QString("active"));
        QVERIFY(gina.value("daysLeft").toInt() >= 89 && gina.value("daysLeft").toInt() <= 90);
        QCOMPARE(ctl({"user", "show", "nobody-here"}), 5);
        QCOMPARE(ctl({"user", "list"}), 0);
        QVERIFY(m_out.contains("gina") && m_out.contains("hal"));
        QCOMPARE(ctl({"policy", "set", "passwordMaxAgeDays", "400"}), 1);
        QVERIFY(m_err.contains("from 30 to 90"));
        QCOMPARE(ctl({"policy", "set", "allowMppe40", "true"}), 0);
        QCOMPARE(ctl({"status"}), 0);
        QVERIFY(m_out.contains("WEAK: 40-bit MPPE is allowed"));
        QCOMPARE(ctl({"policy", "set", "allowMppe40", "false"}), 0);
        QCOMPARE(ctl({"session", "disconnect", "4242"}), 5);
        QCOMPARE(ctl({"audit", "verify"}), 0);
        QVERIFY(m_out.contains("audit chain intact"));
        QCOMPARE(ctl({"frobnicate"}), 2);
        QCOMPARE(ctl({"status"}, {}, "/nonexistent/keywardd.sock"), 3);
    }

    void changeWindowsArePlannedListedAndCancelled()
    {
        const QString start = QDateTime::currentDateTimeUtc().addDays(3).toString(Qt::ISODate);
        QCOMPARE(ctl({"--json", "window", "plan", "Office rotation", start, "90", "office"}), 0);
        const int id = QJsonDocument::fromJson(m_out.toUtf8()).object().value("id").toInt();
        QVERIFY(id > 0);
        QCOMPARE(ctl({"window", "plan", "Bad", "tomorrow"}), 1);
        QVERIFY2(m_err.contains("ISO 8601"), qPrintable(m_err));
        QCOMPARE(ctl({"window", "list"}), 0);
        QVERIFY2(m_out.contains("Office rotation") && m_out.contains("office"), qPrintable(m_out));
        // The policy answer carries the bounds an editor needs.
        const auto policy = m_lab.server().call("policy.get");
        QCOMPARE(policy.result.value("bounds")
                     .toObject()
                     .value("passwordMaxAgeDays")
                     .toObject()
                     .value("max")
                     .toInt(),
                 90);
        QCOMPARE(ctl({"window", "cancel", QString::number(id)}), 0);
        QCOMPARE(ctl({"window", "cancel", QString::number(id)}), 5);
        QCOMPARE(ctl({"--json", "audit", "list", "window."}), 0);
        QVERIFY(m_out.contains("window.plan") && m_out.contains("window.cancel"));
    }

    void aSubscribedConsoleSeesSessionsComeAndGo()
    {
        keyward::ipc::IpcClient console("test-console");
        QSignalSpy ready(&console, &keyward::ipc::IpcClient::ready);
        console.connectTo(m_lab.server().socketPath());
        QVERIFY(ready.wait(5000));
        bool subscribed = false;
        console.call("subscribe", {}, [&](const keyward::ipc::IpcReply &r) { subscribed = r.ok; });
        QTRY_VERIFY(subscribed);
        QSignalSpy events(&console, &keyward::ipc::IpcClient::eventReceived);
        auto run = m_lab.server().probe("gina", "Correct-horse-42", {"--count", "2"});
        QCOMPARE(run.exitCode, 0);
        QStringList names;
        QTRY_VERIFY_WITH_TIMEOUT((names = eventNames(events)).contains("session.ended"), 10000);
        QVERIFY(names.contains("session.up"));
        // A failed login reaches the console too (for its dashboard), without the password.
        QCOMPARE(m_lab.server().probe("gina", "Wrong-password-1").exitCode, 1);
        QTRY_VERIFY_WITH_TIMEOUT(eventNames(events).contains("login.failed"), 10000);
        const auto status = m_lab.server().call("status");
        const QJsonObject failure =
            status.result.value("recentFailures").toArray().first().toObject();
        QCOMPARE(failure.value("user").toString(), QString("gina"));
        QCOMPARE(failure.value("code").toInt(), 691);
        for (const auto &e : events) {
            const QJsonObject data = e.at(1).toJsonObject();
            if (e.at(0).toString() == "session.up") {
                QCOMPARE(data.value("user").toString(), QString("gina"));
                QCOMPARE(data.value("mppe").toString(), QString("128-bit"));
                // No key or hash material in an event.
                QVERIFY(!QJsonDocument(data).toJson().contains("Key"));
            }
        }
    }

    void hostileFramesHurtOnlyTheirOwnConnection()
    {
        keyward::ipc::IpcClient good("good");
        QSignalSpy ready(&good, &keyward::ipc::IpcClient::ready);
        good.connectTo(m_lab.server().socketPath());
        QVERIFY(ready.wait(5000));
        for (const QByteArray &hostile :
             {QByteArray::fromHex("7fffffff") + QByteArray(100, 'x'), // 2 GiB announced
              QByteArray::fromHex("00000004") + "{{{{",               // not JSON
              QByteArray::fromHex("0000000d") + "{\"id\":1,\"x\":[}"}) {
            QLocalSocket bad;
            bad.connectToServer(m_lab.server().socketPath());
            QVERIFY(bad.waitForConnected(3000));
            bad.write(hostile);
            bad.flush();
            QTRY_COMPARE_WITH_TIMEOUT(bad.state(), QLocalSocket::UnconnectedState, 5000);
        }
        bool alive = false;
        good.call("status", {}, [&](const keyward::ipc::IpcReply &r) { alive = r.ok; });
        QTRY_VERIFY(alive);
        QVERIFY(m_lab.server().output().contains("keywardd listening")); // still the same daemon
    }

    void aRemoteConsoleNeedsThePinnedCertificateAndAToken()
    {
        m_lab.server().stop();
        const QString listen = m_lab.network().serverAddress() + ":7443";
        QVERIFY(m_lab.server().start({"--admin-listen", listen}).isEmpty());
        QCOMPARE(ctl({"--json", "token", "create", "laptop"}), 0);
        const QJsonObject created = QJsonDocument::fromJson(m_out.toUtf8()).object();
        const QString token = created.value("token").toString();
        const QString fingerprint = created.value("fingerprint").toString();
        QVERIFY(token.startsWith("kw_"));
        QCOMPARE(fingerprint.count(':'), 31);
        QVERIFY(!m_lab.server().output().contains(token)); // never logged

        // From the client namespace, over the veth: a console elsewhere on the LAN.
        QCOMPARE(remote(listen, fingerprint, token, {"status"}), 0);
        QVERIFY2(m_out.contains("remote consoles on " + listen), qPrintable(m_out + m_err));
        QCOMPARE(remote(listen, fingerprint, token, {"user", "add", "remote-made"}), 0);
        QCOMPARE(ctl({"--json", "audit", "list", "user.add"}), 0);
        QVERIFY2(m_out.contains("token laptop from " + m_lab.network().clientAddress()),
                 qPrintable(m_out));

        QString wrong = fingerprint;
        wrong[0] = wrong[0] == 'A' ? 'B' : 'A';
        QCOMPARE(remote(listen, wrong, token, {"status"}), 3);
        QVERIFY(m_err.contains("not the pinned"));
        QCOMPARE(remote(listen, fingerprint, "kw_not-a-token", {"status"}), 4);
        QVERIFY(m_err.contains("API token"));
        QCOMPARE(ctl({"token", "revoke", "laptop"}), 0);
        QCOMPARE(remote(listen, fingerprint, token, {"status"}), 4);
    }

    void aUserOutsideTheAdminGroupIsRefused()
    {
        // The socket's mode (0660, root and the keyward group) already keeps others out.
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(m_lab.server().socketPath()).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0660);
        QCOMPARE(ctl({"status"}, {}, {}, 65534), 3);
        // With the file mode opened up, keywardd's own peer-credential check refuses.
        ::chmod(QFile::encodeName(m_lab.server().socketPath()).constData(), 0666);
        ::chmod(QFile::encodeName(m_lab.server().stateDir()).constData(), 0755);
        QCOMPARE(ctl({"status"}, {}, {}, 65534), 4);
        QVERIFY2(m_err.contains("not allowed to administer"), qPrintable(m_err));
        ::chmod(QFile::encodeName(m_lab.server().socketPath()).constData(), 0660);
        QTRY_VERIFY(m_lab.server().output().contains("admin connection refused"));
    }

private:
    static QStringList eventNames(const QSignalSpy &spy)
    {
        QStringList names;
        for (const auto &e : spy)
            names << e.at(0).toString();
        return names;
    }

    int ctl(const QStringList &args, const QString &input = {}, const QString &socket = {},
            uid_t uid = 0)
    {
        return keep(m_lab.ctl(args, input, socket, uid));
    }

    int remote(const QString &listen, const QString &fingerprint, const QString &token,
               const QStringList &args)
    {
        return keep(m_lab.ctlRemote(listen, fingerprint, token, args));
    }

    int keep(const KeywardLab::CtlRun &run)
    {
        m_out = run.out;
        m_err = run.err;
        return run.exitCode;
    }

    KeywardLab m_lab;
    QString m_out;
    QString m_err;
};

QTEST_GUILESS_MAIN(TestAdminApi)
#include "TestAdminApi.moc"
