// keywardd settings: file and flags, flags win, and every mistake names its key
// (and line) so an admin can fix it.

#include "daemon/DaemonConfig.h"

#include <QTemporaryDir>
#include <QTest>

using namespace keyward::daemon;

class TestDaemonConfig : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreSafe()
    {
        auto config = DaemonConfig::fromArguments({});
        QVERIFY(config.ok());
        QCOMPARE(config->port, quint16(1723));
        QCOMPARE(config->listenAddress, QString("0.0.0.0"));
        QVERIFY(!config->forwardToLan);
        QVERIFY(config->maxSessionSeconds <= 24 * 3600);
        QCOMPARE(formatAddress(config->tunnelPool.serverAddress()), QString("10.75.0.1"));
    }

    void unauthenticatedClientsAreBoundedByDefault()
    {
        auto config = DaemonConfig::fromArguments({});
        QVERIFY(config.ok());
        QCOMPARE(config->maxHandshakingCalls, 64);
        QCOMPARE(config->maxCalllessConnections, 64);
        QCOMPARE(config->startTimeoutSeconds, 10);
        QCOMPARE(config->callTimeoutSeconds, 15);
        // Longer than the sign-in backend may take (20 s) plus LCP.
        QCOMPARE(config->signInTimeoutSeconds, 25);
        QCOMPARE(config->connectionRate, 10);
        QCOMPARE(config->connectionBurst, 20);
        QCOMPARE(config->controlOutputLimit, 64 * 1024);
        QCOMPARE(config->controlInputRate, 1024);

        auto set = DaemonConfig::fromArguments(
            {"--max-handshaking", "8", "--max-callless-connections", "9", "--start-timeout", "3",
             "--call-timeout", "4", "--sign-in-timeout", "12", "--connection-rate", "2",
             "--connection-burst", "5", "--control-output-limit", "8192", "--control-input-rate",
             "512"});
        QVERIFY2(set.ok(), set.ok() ? "" : set.message().c_str());
        QCOMPARE(set->maxHandshakingCalls, 8);
        QCOMPARE(set->maxCalllessConnections, 9);
        QCOMPARE(set->startTimeoutSeconds, 3);
        QCOMPARE(set->callTimeoutSeconds, 4);
        QCOMPARE(set->signInTimeoutSeconds, 12);
        QCOMPARE(set->connectionRate, 2);
        QCOMPARE(set->connectionBurst, 5);
        QCOMPARE(set->controlOutputLimit, 8192);
        QCOMPARE(set->controlInputRate, 512);

        // No limit can be switched off.
        for (const QStringList &bad :
             {QStringList{"--max-handshaking", "0"}, QStringList{"--start-timeout", "0"},
              QStringList{"--control-output-limit", "100"}, QStringList{"--connection-rate", "0"},
              QStringList{"--control-input-rate", "99999999"}}) {
            auto refused = DaemonConfig::fromArguments(bad);
            QVERIFY2(!refused.ok(), qPrintable(bad.join(' ')));
            QVERIFY(refused.message().find(bad[0].mid(2).toStdString()) != std::string::npos);
        }
    }

    void callsPerConnectionAreCapped()
    {
        // Several calls may share a control connection, but one connection cannot take
        // every handshaking place or session slot.
        auto config = DaemonConfig::fromArguments({});
        QVERIFY(config.ok());
        QCOMPARE(config->maxCallsPerConnection, 16);
        QVERIFY(config->maxCallsPerConnection < config->maxHandshakingCalls);
        auto set = DaemonConfig::fromArguments({"--max-calls-per-connection", "2"});
        QVERIFY2(set.ok(), set.ok() ? "" : set.message().c_str());
        QCOMPARE(set->maxCallsPerConnection, 2);
        for (const char *bad : {"0", "1025", "many"}) {
            auto refused = DaemonConfig::fromArguments({"--max-calls-per-connection", bad});
            QVERIFY2(!refused.ok(), bad);
            QVERIFY(refused.message().find("max-calls-per-connection") != std::string::npos);
        }
    }

    void radiusAccountingIsOnWithRadiusServersUnlessTurnedOff()
    {
        auto none = DaemonConfig::fromArguments({});
        QVERIFY(none.ok());
        QVERIFY(!none->accountingEnabled()); // no server to send to
        QCOMPARE(none->radiusAccountingQueue, 100000);
        QCOMPARE(none->radiusInterimSeconds, 0);
        const QStringList server{"--radius-server", "192.0.2.10 secret-file=/s acct-port=1646"};
        // Whatever the sign-in backend: a local store with RADIUS accounting is a setup.
        auto on = DaemonConfig::fromArguments(server);
        QVERIFY(on.ok());
        QVERIFY(on->accountingEnabled());
        QCOMPARE(on->radiusServers.first().acctPort, quint16(1646));
        auto off = DaemonConfig::fromArguments(server + QStringList{"--radius-accounting", "off"});
        QVERIFY(off.ok());
        QVERIFY(!off->accountingEnabled());
        auto set =
            DaemonConfig::fromArguments(server + QStringList{"--radius-accounting-queue", "500",
                                                             "--radius-interim-interval", "300"});
        QVERIFY2(set.ok(), set.message().c_str());
        QCOMPARE(set->radiusAccountingQueue, 500);
        QCOMPARE(set->radiusInterimSeconds, 300);
        for (const QStringList &bad : {QStringList{"--radius-interim-interval", "30"},
                                       QStringList{"--radius-accounting-queue", "5"},
                                       QStringList{"--radius-accounting", "maybe"}}) {
            auto refused = DaemonConfig::fromArguments(bad);
            QVERIFY(!refused.ok());
            QVERIFY2(QString::fromStdString(refused.message()).contains(bad.first().mid(2)),
                     refused.message().c_str());
        }
    }

    void groupsGetTheirBackendInFileOrder()
    {
        auto none = DaemonConfig::fromArguments({});
        QVERIFY(none);
        QVERIFY(none->signInGroups.isEmpty());
        QVERIFY(!none->usesRadiusSignIn());
        auto lines = DaemonConfig::fromText(QStringLiteral("signin-backend = local\n"
                                                           "signin-backend-group = office local\n"
                                                           "signin-backend-group =  Sales  Team   "
                                                           "radius-then-local\n"
                                                           "signin-backend-group = staff radius\n"),
                                            QStringLiteral("k.conf"), {});
        QVERIFY2(lines, lines ? "" : lines.message().c_str());
        QCOMPARE(lines->signInGroups,
                 (QList<SignInGroupBackend>{{"office", SignInBackendChoice::Local},
                                            {"Sales Team", SignInBackendChoice::RadiusThenLocal},
                                            {"staff", SignInBackendChoice::Radius}}));
        QVERIFY(lines->usesRadiusSignIn());
        QCOMPARE(lines->toJson().value("signin-backend-group").toString(),
                 QString("office local; Sales Team radius-then-local; staff radius"));
        // Only local lines with a local default: no RADIUS needed.
        auto local = DaemonConfig::fromArguments({"--signin-backend-group", "office local"});
        QVERIFY(local);
        QVERIFY(!local->usesRadiusSignIn());
        for (const QString &bad : {QStringLiteral("office"), QStringLiteral("office ldap"),
                                   QStringLiteral("radius"), QString()}) {
            auto refused = DaemonConfig::fromArguments({"--signin-backend-group", bad});
            QVERIFY(!refused);
            QVERIFY2(refused.message().find("GROUP BACKEND") != std::string::npos,
                     refused.message().c_str());
        }
    }

    void flagsWinOverTheFile()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath("keywardd.conf"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# Keyward test\n"
                   "listen = 192.0.2.1\n"
                   "tunnel-pool = 172.20.5.0/28\n"
                   "dns = 192.0.2.53, 192.0.2.54\n"
                   "\n"
                   "idle-timeout = 600\n");
        file.close();
        auto config = DaemonConfig::fromArguments({"--config", file.fileName(), "--idle-timeout",
                                                   "900", "--foreground", "--state-dir=/tmp/kw"});
        QVERIFY2(config.ok(), config.ok() ? "" : config.message().c_str());
        QCOMPARE(config->listenAddress, QString("192.0.2.1"));
        QCOMPARE(config->idleTimeoutSeconds, 900);
        QVERIFY(config->foreground);
        QCOMPARE(config->stateDir, QString("/tmp/kw"));
        QCOMPARE(config->dnsServers, QStringList({"192.0.2.53", "192.0.2.54"}));
        QCOMPARE(formatAddress(config->tunnelPool.serverAddress()), QString("172.20.5.1"));
        QCOMPARE(formatAddress(config->tunnelPool.firstClient()), QString("172.20.5.2"));
        QCOMPARE(formatAddress(config->tunnelPool.lastClient()), QString("172.20.5.14"));
        QCOMPARE(config->tunnelPool.clientCount(), 13u);
    }

    void fileErrorsNameTheLineAndKey_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown key") << "listen = 0.0.0.0\nlisen = 1.2.3.4\n"
                                     << "keywardd.conf:2: unknown setting 'lisen'";
        QTest::newRow("bad number") << "\n\nmax-sessions = lots\n"
                                    << "keywardd.conf:3: 'max-sessions' must be a whole number";
        QTest::newRow("out of range") << "idle-timeout = 2\n"
                                      << "keywardd.conf:1: 'idle-timeout' must be a whole number "
                                         "from 5";
        QTest::newRow("no equals") << "foreground\n"
                                   << "keywardd.conf:1: expected 'key = value'";
        QTest::newRow("bad pool") << "tunnel-pool = 10.0.0.0/31\n"
                                  << "keywardd.conf:1: 'tunnel-pool' must be an IPv4 network";
        QTest::newRow("bad dns") << "dns = 1.2.3.4, nowhere\n"
                                 << "keywardd.conf:1: 'dns' must be one or two IPv4";
        QTest::newRow("bad bool") << "forward-to-lan = maybe\n"
                                  << "keywardd.conf:1: 'forward-to-lan' must be yes or no";
    }

    void fileErrorsNameTheLineAndKey()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        auto config = DaemonConfig::fromText(text, "keywardd.conf", DaemonConfig{});
        QVERIFY(!config.ok());
        QVERIFY2(QString::fromStdString(config.message()).startsWith(expected),
                 config.message().c_str());
    }

    void flagErrorsNameTheFlag()
    {
        auto config = DaemonConfig::fromArguments({"--listen", "example.org"});
        QVERIFY(!config.ok());
        QVERIFY(QString::fromStdString(config.message()).startsWith("--listen: "));
        auto missing = DaemonConfig::fromArguments({"--state-dir"});
        QVERIFY(!missing.ok());
        QVERIFY(missing.message().find("needs a value") != std::string::npos);
        auto noFile = DaemonConfig::fromArguments({"--config", "/nonexistent/keywardd.conf"});
        QVERIFY(!noFile.ok());
        QVERIFY(noFile.message().find("/nonexistent/keywardd.conf") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestDaemonConfig)
#include "TestDaemonConfig.moc"
