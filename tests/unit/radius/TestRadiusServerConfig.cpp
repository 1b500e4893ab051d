// A radius-server line as an admin writes it, and its secret file: the address, port
// and Message-Authenticator mode read back, mistakes named, a secret file others may
// read refused, the secret read without its newline.

#include "radius/RadiusServerConfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward;
using namespace keyward::radius;
using Mode = RadiusServerConfig::MessageAuthenticator;

class TestRadiusServerConfig : public QObject
{
    Q_OBJECT

private slots:
    void readsALine()
    {
        auto plain = RadiusServerConfig::parse("192.0.2.10 secret-file=/etc/keyward/r.secret");
        QVERIFY2(plain.ok(), plain.message().c_str());
        QCOMPARE(plain->address, QHostAddress("192.0.2.10"));
        QCOMPARE(plain->port, quint16(1812));
        QCOMPARE(plain->secretFile, QString("/etc/keyward/r.secret"));
        QVERIFY(plain->messageAuthenticator == Mode::Require); // the default
        QCOMPARE(plain->name(), QString("192.0.2.10:1812"));

        auto full = RadiusServerConfig::parse(
            "  192.0.2.11:11812   secret-file=/s message-authenticator=auto ");
        QVERIFY2(full.ok(), full.message().c_str());
        QCOMPARE(full->port, quint16(11812));
        QVERIFY(full->messageAuthenticator == Mode::Auto);
        QCOMPARE(full->acctPort, quint16(1813)); // the default accounting port
        auto back = RadiusServerConfig::parse(full->toSpec());
        QVERIFY(back.ok());
        QCOMPARE(back->name(), full->name());
        QVERIFY(back->messageAuthenticator == Mode::Auto);

        auto acct = RadiusServerConfig::parse("192.0.2.12 secret-file=/s acct-port=11813");
        QVERIFY2(acct.ok(), acct.message().c_str());
        QCOMPARE(acct->port, quint16(1812));
        QCOMPARE(acct->acctPort, quint16(11813));
        QCOMPARE(RadiusServerConfig::parse(acct->toSpec())->acctPort, quint16(11813));

        auto six = RadiusServerConfig::parse("2001:db8::1 secret-file=/s message-authenticator=no");
        QVERIFY2(six.ok(), six.message().c_str());
        QCOMPARE(six->name(), QString("[2001:db8::1]:1812"));
        QVERIFY(six->messageAuthenticator == Mode::No);
    }

    void namesMistakes_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("why");
        QTest::newRow("empty") << ""
                               << "needs ADDRESS";
        QTest::newRow("no secret") << "192.0.2.10"
                                   << "secret-file=PATH";
        QTest::newRow("host name") << "radius.example secret-file=/s"
                                   << "IP address";
        QTest::newRow("port") << "192.0.2.10:0 secret-file=/s"
                              << "port";
        QTest::newRow("acct-port") << "192.0.2.10 secret-file=/s acct-port=70000"
                                   << "'acct-port' must be 1 to 65535";
        QTest::newRow("mode") << "192.0.2.10 secret-file=/s message-authenticator=maybe"
                              << "require, auto or no";
        QTest::newRow("unknown") << "192.0.2.10 secret-file=/s timeout=3"
                                 << "does not know";
        QTest::newRow("secret inline") << "192.0.2.10 secret=abc"
                                       << "does not know";
    }

    void namesMistakes()
    {
        QFETCH(QString, line);
        QFETCH(QString, why);
        auto parsed = RadiusServerConfig::parse(line);
        QVERIFY(!parsed.ok());
        QVERIFY2(QString::fromStdString(parsed.message()).contains(why), parsed.message().c_str());
    }

    void readsTheSecretOnlyFromAPrivateFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("radius.secret");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("s3cret-shared\n");
        file.close();
        RadiusServerConfig server;
        server.secretFile = path;

        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
        auto loose = server.readSecret();
        QVERIFY(!loose.ok());
        QVERIFY(loose.kind() == ErrorKind::Forbidden);
        QVERIFY(QString::fromStdString(loose.message()).contains("chmod 600"));
        QVERIFY(!QString::fromStdString(loose.message()).contains("s3cret"));

        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        auto secret = server.readSecret();
        QVERIFY2(secret.ok(), secret.message().c_str());
        QCOMPARE(*secret, QByteArray("s3cret-shared"));

        server.secretFile = dir.filePath("missing");
        QVERIFY(server.readSecret().kind() == ErrorKind::Unavailable);
    }
};

QTEST_GUILESS_MAIN(TestRadiusServerConfig)
#include "TestRadiusServerConfig.moc"
