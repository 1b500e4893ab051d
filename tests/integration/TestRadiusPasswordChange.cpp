// A password change through RADIUS (MS-CHAP2-CPW with MS-CHAP-NT-Enc-PW, RFC 2548)
// judged by keyward-test-radius, a small RADIUS server built from the RFCs with OpenSSL
// alone: keyward-probe with an expired password gets E=648, changes it, and the
// session comes up with 128-bit MPPE on keys the responder made from the new password
// and pings; the new password signs in, the old one gets E=691. A responder that dies
// on the Change-Password costs the client a clear E=691 within the RADIUS timeouts, the
// log says the server did not answer, and the same keywardd goes on signing users in.

#include "KeywardLab.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString OldPassword = QStringLiteral("Correct-horse-42");
const QString NewPassword = QStringLiteral("Battery-staple-77");
// MD4 of "Correct-horse-42" in UTF-16LE.
const QString OldNtHash = QStringLiteral("7a81e48db85f74b767710b621faf2166");
const QString Secret = QStringLiteral("kw-radius-cpw-secret");
constexpr int MainPort = 18140;     // erin, expired at first
constexpr int DyingPort = 18141;    // dora; the responder there dies on its second request
constexpr int UnsignedPort = 18142; // dora; answers without Message-Authenticator

} // namespace

class TestRadiusPasswordChange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        KEYWARD_LAB_SET_UP(m_lab, KeywardLab::Daemon::Later);
        QVERIFY(m_dir.isValid());
        QFile secret(m_dir.filePath("radius.secret"));
        QVERIFY(secret.open(QIODevice::WriteOnly) && secret.write(Secret.toUtf8() + "\n") > 0);
        secret.close();
        QVERIFY(secret.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        QFile hash(m_dir.filePath("nt-hash"));
        QVERIFY(hash.open(QIODevice::WriteOnly) && hash.write(OldNtHash.toUtf8() + "\n") > 0);
        hash.close();
        QVERIFY(hash.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        m_main = startResponder(MainPort, "erin", {"--expired"});
        QVERIFY(m_main);
    }

    void cleanup()
    {
        m_lab.reportIfFailed();
        if (QTest::currentTestFailed() && m_main)
            qWarning().noquote() << "keyward-test-radius said:\n"
                                 << m_mainLog + QString::fromUtf8(m_main->readAll());
        m_lab.server().stop();
    }

    void anExpiredPasswordIsChangedThroughRadius()
    {
        start({"--radius-server", server(MainPort)});
        // Without a new password to give, the expired one is only refused.
        auto refused = m_lab.server().probe("erin", OldPassword);
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.session().value("authCode").toInt(), 648);

        auto run = m_lab.server().probe("erin", OldPassword + "\n" + NewPassword,
                                        {"--new-password-stdin", "--count", "3"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        const QJsonObject s = run.session();
        QVERIFY(s.value("passwordChanged").toBool());
        QVERIFY(s.value("up").toBool());
        QCOMPARE(s.value("mppe").toString(), QString("128-bit stateless"));
        QCOMPARE(s.value("pingsReceived").toInt(), 3);
        const QString log = m_lab.server().output();
        QVERIFY2(log.contains("accepted the password change"), qPrintable(log));
        QVERIFY(log.contains("user erin authenticated with MS-CHAPv2 (backend radius, server "
                             "127.0.0.1:18140)"));
        QVERIFY(responderSaid("password changed, accepted"));
        for (const QString &secretText : {OldPassword, NewPassword, Secret, OldNtHash})
            QVERIFY(!log.contains(secretText));
    }

    void theNewPasswordSignsInAndTheOldOneIsRefused()
    {
        start({"--radius-server", server(MainPort)});
        auto run = m_lab.server().probe("erin", NewPassword, {"--count", "1"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QCOMPARE(run.session().value("mppe").toString(), QString("128-bit stateless"));
        auto old = m_lab.server().probe("erin", OldPassword);
        QCOMPARE(old.exitCode, 1);
        QCOMPARE(old.session().value("authCode").toInt(), 691);
    }

    void anAnswerWithoutMessageAuthenticatorIsDropped()
    {
        // The responder's mode for a server that signs nothing (BlastRADIUS): its
        // answers are dropped and the client gets a clear E=691.
        auto plain = startResponder(UnsignedPort, "dora", {"--no-message-authenticator"});
        QVERIFY(plain);
        start({"--radius-server", server(UnsignedPort), "--radius-timeout", "1", "--radius-retries",
               "0"});
        auto run = m_lab.server().probe("dora", OldPassword);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.session().value("authCode").toInt(), 691);
        const QString log = m_lab.server().output();
        QVERIFY2(log.contains("answer without a Message-Authenticator"), qPrintable(log));
        QVERIFY(QString::fromUtf8(plain->readAll()).contains("request 1 for dora: accepted"));
    }

    void aServerDyingMidChangeIsAClearRefusal()
    {
        // It answers the sign-in with E=648 and dies when the Change-Password comes.
        auto dying = startResponder(DyingPort, "dora", {"--expired", "--die-after", "2"});
        QVERIFY(dying);
        start({"--radius-server", server(DyingPort), "--radius-timeout", "1", "--radius-retries",
               "1", "--radius-dead-time", "1"});
        const qint64 pid = m_lab.server().pid();
        QElapsedTimer clock;
        clock.start();
        auto run = m_lab.server().probe("dora", OldPassword + "\n" + NewPassword,
                                        {"--new-password-stdin"});
        // Waits of 1 s and 2 s, then the refusal; far below the 20 s verdict deadline.
        QVERIFY2(clock.elapsed() < 15000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.session().value("authCode").toInt(), 691);
        QVERIFY(!run.session().value("passwordChanged").toBool());
        QTRY_VERIFY(dying->state() == QProcess::NotRunning);
        QVERIFY(QString::fromUtf8(dying->readAll()).contains("exiting without an answer"));
        const QString log = m_lab.server().output();
        QVERIFY2(log.contains("127.0.0.1:18141 did not answer in 3 s"), qPrintable(log));
        QVERIFY(log.contains("password change refused (E=691): no RADIUS server answered"));

        // The same keywardd goes on: a live responder in the dead one's place signs
        // dora in once the dead-server timer is over.
        QTest::qWait(1100);
        auto live = startResponder(DyingPort, "dora", {});
        QVERIFY(live);
        auto again = m_lab.server().probe("dora", OldPassword, {"--count", "1"});
        QVERIFY2(again.exitCode == 0, qPrintable(again.output));
        QCOMPARE(m_lab.server().pid(), pid);
    }

private:
    QString server(int port)
    {
        return QStringLiteral("127.0.0.1:%1 secret-file=%2 message-authenticator=require")
            .arg(port)
            .arg(m_dir.filePath("radius.secret"));
    }

    void start(QStringList args)
    {
        args << "--signin-backend"
             << "radius";
        const QString error = m_lab.server().startFresh(args);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    bool responderSaid(const QString &text)
    {
        m_mainLog += QString::fromUtf8(m_main->readAll());
        return m_mainLog.contains(text);
    }

    std::unique_ptr<QProcess> startResponder(int port, const QString &user, QStringList extra)
    {
        QStringList args{"--port",         QString::number(port),
                         "--secret-file",  m_dir.filePath("radius.secret"),
                         "--user",         user,
                         "--nt-hash-file", m_dir.filePath("nt-hash")};
        args += extra;
        auto process = m_lab.startIn(KeywardLab::Side::Server,
                                     ServerUnderTest::binary("keyward-test-radius"), args);
        QString output;
        QElapsedTimer clock;
        clock.start();
        while (process->state() == QProcess::Running && clock.elapsed() < 10000 &&
               !output.contains("ready on")) {
            process->waitForReadyRead(200);
            output += QString::fromUtf8(process->readAll());
        }
        if (!output.contains("ready on")) {
            qWarning().noquote() << "keyward-test-radius did not start:\n" << output;
            return {};
        }
        return process;
    }

    KeywardLab m_lab;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_main;
    QString m_mainLog;
};

QTEST_GUILESS_MAIN(TestRadiusPasswordChange)
#include "TestRadiusPasswordChange.moc"
