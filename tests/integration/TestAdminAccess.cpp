// Access to a real keywardd's admin API: silent and hello-less remote clients do not
// lock the admins out (locally or remotely), tokens carry roles that keywardctl and
// keywardd respect, a token used from outside its networks or past its expiry is
// refused, and revoking a token ends its live connection at once. Remote clients run
// in the client namespace, over the veth, like a console elsewhere on the LAN.

#include "KeywardLab.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <cstdio>
#include <memory>
#include <vector>

class TestAdminAccess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        KEYWARD_LAB_SET_UP(m_lab, KeywardLab::Daemon::Later);
        m_listen = m_lab.network().serverAddress() + ":7443";
        const QString started = m_lab.server().startFresh({"--admin-listen", m_listen});
        QVERIFY2(started.isEmpty(), qPrintable(started));
    }

    void cleanup() { m_lab.reportIfFailed(); }

    void silentRemoteClientsLockNobodyOut()
    {
        QElapsedTimer took;
        took.start();
        const QString admin = createToken("console", {});
        QVERIFY(!admin.isEmpty());
        // 64 connections that never start TLS, then 64 that finish the handshake and
        // never say hello, all held open by one process in the client namespace.
        auto holder =
            m_lab.startIn(KeywardLab::Side::Client, QCoreApplication::applicationFilePath(),
                          {"--hold", m_lab.network().serverAddress(), "7443"});
        QVERIFY(holder->state() != QProcess::NotRunning);
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += holder->readAll()).contains("held"), 15000);
        QTest::qWait(500);
        // keywardctl over the Unix socket has its own budget.
        QCOMPARE(ctl({"status"}), 0);
        QVERIFY2(m_out.contains("you are root (uid 0), role admin"), qPrintable(m_out));
        // One address took its share of remote places; the rest were refused and logged.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_lab.server().output().contains("too many admin connections from this address"), 5000);
        // Once the handshake and hello deadlines (5 s) have passed, a console gets in
        // from that same address while the holder still runs.
        QTest::qWait(6500);
        QVERIFY(holder->state() != QProcess::NotRunning);
        QCOMPARE(remote(admin, {"status"}), 0);
        QVERIFY2(m_out.contains("role admin"), qPrintable(m_out + m_err));
        holder->kill();
        holder->waitForFinished(3000);
        QVERIFY(took.elapsed() < 60000);
    }

    void aTokensRoleIsShownAndRespected()
    {
        const QString ops = createToken("ops", {"--role", "operator"});
        const QString audit = createToken("audit", {"--role", "auditor"});
        QVERIFY(!ops.isEmpty() && !audit.isEmpty());
        QCOMPARE(ctl({"token", "list"}), 0);
        QVERIFY2(m_out.contains("ops") && m_out.contains("operator") && m_out.contains("auditor"),
                 qPrintable(m_out));

        QCOMPARE(remote(ops, {"whoami"}), 0);
        QCOMPARE(m_out.trimmed(),
                 QString("token ops from %1, role operator").arg(m_lab.network().clientAddress()));
        // An operator cannot change the policy; keywardctl names the role needed.
        QCOMPARE(remote(ops, {"policy", "set", "allowMppe40", "true"}), 4);
        QVERIFY2(m_err.contains("needs the admin role") && m_err.contains("operator"),
                 qPrintable(m_err));
        QCOMPARE(remote(ops, {"policy", "show"}), 0);
        // An auditor cannot end a session.
        QCOMPARE(remote(audit, {"session", "disconnect", "1"}), 4);
        QVERIFY2(m_err.contains("needs the operator role"), qPrintable(m_err));
        QCOMPARE(remote(audit, {"session", "list"}), 0);
        // A remote admin cannot make tokens.
        const QString admin = createToken("remote-admin", {});
        QCOMPARE(remote(admin, {"token", "create", "minted"}), 4);
        QVERIFY2(m_err.contains("local admin"), qPrintable(m_err));
        QCOMPARE(ctl({"--json", "token", "list"}), 0);
        QVERIFY(!m_out.contains("minted"));
        // Sign-ins are in the audit trail with the token's name and address.
        QCOMPARE(ctl({"--json", "audit", "list", "admin.signin"}), 0);
        QVERIFY2(m_out.contains("token ops from " + m_lab.network().clientAddress()),
                 qPrintable(m_out));
    }

    void aTokenFromElsewhereOrPastItsExpiryIsRefused()
    {
        const QString branch = createToken("branch", {"--from", "192.0.2.0/24"});
        QCOMPARE(remote(branch, {"status"}), 4);
        QVERIFY2(m_err.contains("may not be used from this address"), qPrintable(m_err));
        const QString lan =
            createToken("lan", {"--from", m_lab.network().clientAddress(), "--expires", "1"});
        QCOMPARE(remote(lan, {"status"}), 0);
        // A day later (the expiry moved into the past in the store).
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "expire");
            db.setDatabaseName(m_lab.server().stateDir() + "/keyward.db");
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec("PRAGMA busy_timeout=5000"));
            QVERIFY(q.exec("UPDATE api_tokens SET expires_at = 1 WHERE name = 'lan'"));
            db.close();
        }
        QSqlDatabase::removeDatabase("expire");
        QCOMPARE(remote(lan, {"status"}), 4);
        QVERIFY2(m_err.contains("expired"), qPrintable(m_err));
        // Refusals are audited too, with the token's name and the address.
        QCOMPARE(ctl({"--json", "audit", "list", "admin.signin"}), 0);
        QVERIFY2(m_out.contains("refused") && m_out.contains("\"branch\""), qPrintable(m_out));
        QVERIFY(!m_out.contains(branch) && !m_out.contains(lan)); // never the token
    }

    void revokingATokenEndsItsLiveConnection()
    {
        const QString live = createToken("live", {});
        QVERIFY(!live.isEmpty());
        // A console that says hello, waits, then asks for the status.
        const QString hello = frame(QStringLiteral(R"({"id":1,"method":"hello","params":)"
                                                   R"({"major":1,"minor":0,"token":"%1"}})")
                                        .arg(live));
        const QString status = frame(QStringLiteral(R"({"id":2,"method":"status"})"));
        const QString script =
            QStringLiteral("{ printf '%1'; sleep 6; printf '%2'; sleep 2; } | openssl s_client "
                           "-quiet -connect %3:7443 2>/dev/null")
                .arg(hello, status, m_lab.network().serverAddress());
        auto console = m_lab.startIn(KeywardLab::Side::Client, "bash", {"-c", script});
        QByteArray seen;
        QTRY_VERIFY_WITH_TIMEOUT((seen += console->readAll()).contains("\"identity\""), 10000);
        QVERIFY(seen.contains("token live from"));
        QCOMPARE(ctl({"token", "revoke", "live"}), 0);
        QTRY_VERIFY_WITH_TIMEOUT((seen += console->readAll()).contains("was revoked"), 5000);
        QVERIFY(console->waitForFinished(15000));
        seen += console->readAll();
        QVERIFY2(!seen.contains("\"id\":2"), seen.constData()); // the status never came
        QCOMPARE(remote(live, {"status"}), 4);
    }

private:
    // The wire form of one request as printf writes it: 4-byte length, then JSON.
    static QString frame(const QString &json)
    {
        const QByteArray body = json.toUtf8();
        const quint32 n = static_cast<quint32>(body.size());
        QString out;
        for (int shift : {24, 16, 8, 0})
            out += QStringLiteral("\\x%1").arg((n >> shift) & 0xff, 2, 16, QLatin1Char('0'));
        return out + QString::fromUtf8(body).replace("%", "%%");
    }

    QString createToken(const QString &name, const QStringList &options)
    {
        if (ctl(QStringList{"--json", "token", "create", name} + options) != 0)
            return {};
        const QJsonObject created = QJsonDocument::fromJson(m_out.toUtf8()).object();
        m_fingerprint = created.value("fingerprint").toString();
        return created.value("token").toString();
    }

    int ctl(const QStringList &args) { return keep(m_lab.ctl(args)); }

    int remote(const QString &token, const QStringList &args)
    {
        return keep(m_lab.ctlRemote(m_listen, m_fingerprint, token, args));
    }

    int keep(const KeywardLab::CtlRun &run)
    {
        m_out = run.out;
        m_err = run.err;
        return run.exitCode;
    }

    KeywardLab m_lab;
    QString m_listen;
    QString m_fingerprint;
    QString m_out;
    QString m_err;
};

// The holder: silent and hello-less connections to HOST:PORT, kept for 30 seconds.
static int holdConnections(const QString &host, quint16 port)
{
    std::vector<std::unique_ptr<QTcpSocket>> silent;
    for (int i = 0; i < 64; ++i) {
        silent.push_back(std::make_unique<QTcpSocket>());
        silent.back()->connectToHost(host, port);
    }
    std::vector<std::unique_ptr<QSslSocket>> mute;
    for (int i = 0; i < 64; ++i) {
        auto s = std::make_unique<QSslSocket>();
        s->setPeerVerifyMode(QSslSocket::VerifyNone);
        s->connectToHostEncrypted(host, port);
        mute.push_back(std::move(s));
    }
    QTimer::singleShot(300, [] { std::fputs("held\n", stdout), std::fflush(stdout); });
    QTimer::singleShot(30000, qApp, &QCoreApplication::quit);
    return qApp->exec();
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--hold") == 0)
        return holdConnections(QString::fromLocal8Bit(argv[2]),
                               static_cast<quint16>(QByteArray(argv[3]).toUInt()));
    TestAdminAccess test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "TestAdminAccess.moc"
