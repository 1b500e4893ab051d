// keywardd signing users in through a real FreeRADIUS (Debian's, started by this test
// in the server namespace with its own configuration): keyward-probe gets 128-bit
// MPPE with keys that came from RADIUS (the user exists only there) and pings through
// the tunnel; a wrong password gets E=691; a server that sends no
// Message-Authenticator (FreeRADIUS 3.2.1 as shipped) is refused unless told
// otherwise; a server that is down is failed over; with every server down the client
// gets a clear E=691, or the local store with radius-then-local. Accounting (RFC 2866)
// lands in FreeRADIUS's detail file: Accounting-On, then Start and Stop of a session
// with its figures and terminate cause; a Stop that found no server is sent after a
// restart.

#include "KeywardLab.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

namespace {

const QString Password = QStringLiteral("Correct-horse-42");
const QString Secret = QStringLiteral("kw-radius-test-secret");
// MD4 of "Correct-horse-42" in UTF-16LE: alice's NT hash, as FreeRADIUS's users file
// holds it.
const QString AliceNtHash = QStringLiteral("7a81e48db85f74b767710b621faf2166");
constexpr int GoodPort = 18120;  // sends Message-Authenticator (the README's snippet)
constexpr int PlainPort = 18121; // FreeRADIUS 3.2.1's default: no Message-Authenticator
constexpr int DeadPort = 18129;  // nothing listens
constexpr int AcctPort = 18130;  // the good server's accounting listener (detail file)
constexpr int DaePort = 13799;   // keywardd's Disconnect/CoA listener (radclient sends)
// frank's Framed-IP-Address in the users file: inside keywardd's pool, not its first.
const QString FrankAddress = QStringLiteral("10.75.0.77");
// alice's Class in the users file ("kw-staff"), echoed in her accounting.
const QString AliceClass = QStringLiteral("0x6b772d7374616666");

// One record of a FreeRADIUS detail file: its attributes, values as written.
using DetailRecord = QHash<QString, QString>;

QList<DetailRecord> readDetail(const QString &path)
{
    QFile file(path);
    QList<DetailRecord> records;
    if (!file.open(QIODevice::ReadOnly))
        return records;
    DetailRecord current;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty()) {
            if (!current.isEmpty())
                records << current;
            current.clear();
            continue;
        }
        const int eq = line.indexOf(QLatin1String(" = "));
        if (line.startsWith(QLatin1Char('\t')) && eq > 0) {
            QString value = line.mid(eq + 3).trimmed();
            if (value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
                value = value.mid(1, value.size() - 2);
            current.insert(line.left(eq).trimmed(), value);
        }
    }
    if (!current.isEmpty())
        records << current;
    return records;
}

QString radiusConfig(const QString &dir, int port, bool messageAuthenticator, int acctPort)
{
    // Accounting: a listener and the detail module writing every request to DIR/detail.
    const QString accounting =
        acctPort ? QStringLiteral("\tlisten {\n\t\ttype = acct\n\t\tipaddr = 127.0.0.1\n"
                                  "\t\tport = %1\n\t}\n"
                                  "\taccounting {\n\t\tdetail\n\t}\n")
                       .arg(acctPort)
                 : QString();
    const QString update = messageAuthenticator
                               ? QStringLiteral("\t\tupdate reply {\n"
                                                "\t\t\t&Message-Authenticator := 0x00\n"
                                                "\t\t}\n")
                               : QString();
    return QStringLiteral(
               "prefix = /usr\nexec_prefix = /usr\nsysconfdir = /etc\nlocalstatedir = /var\n"
               "sbindir = /usr/sbin\nlogdir = %1\nraddbdir = %1\nradacctdir = %1\n"
               "name = freeradius\nconfdir = %1\nmodconfdir = %1\nrun_dir = %1\ndb_dir = %1\n"
               "libdir = /usr/lib/freeradius\npidfile = %1/radiusd.pid\n"
               "max_request_time = 30\ncleanup_delay = 5\nmax_requests = 1024\n"
               "hostname_lookups = no\n"
               "log {\n\tdestination = stdout\n\tauth = yes\n}\n"
               "security {\n\tallow_core_dumps = no\n\tmax_attributes = 200\n"
               "\treject_delay = 1\n\tstatus_server = no\n}\n"
               "thread pool {\n\tstart_servers = 2\n\tmax_servers = 4\n\tmin_spare_servers = 1\n"
               "\tmax_spare_servers = 4\n\tmax_requests_per_server = 0\n}\n"
               "client keywardd {\n\tipaddr = 127.0.0.1\n\tsecret = %2\n"
               "\trequire_message_authenticator = yes\n}\n"
               "modules {\n\tfiles {\n\t\tfilename = %1/users\n\t}\n"
               "\tmschap {\n\t\tuse_mppe = yes\n\t\trequire_encryption = yes\n"
               "\t\trequire_strong = yes\n\t}\n"
               "\tdetail {\n\t\tfilename = %1/detail\n\t\tescape_filenames = no\n"
               "\t\tpermissions = 0600\n\t\theader = \"%t\"\n\t\tlocking = no\n\t}\n}\n"
               "server default {\n"
               "\tlisten {\n\t\ttype = auth\n\t\tipaddr = 127.0.0.1\n\t\tport = %3\n\t}\n"
               "\tauthorize {\n\t\tfiles\n\t\tmschap\n\t}\n"
               "\tauthenticate {\n\t\tAuth-Type MS-CHAP {\n\t\t\tmschap\n\t\t}\n\t}\n"
               "\tpost-auth {\n%4\t\tPost-Auth-Type REJECT {\n%4\t\t}\n\t}\n"
               "%5"
               "}\n")
        .arg(dir, Secret)
        .arg(port)
        .arg(update, accounting);
}

bool writeFile(const QString &path, const QString &text, QFile::Permissions permissions)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(text.toUtf8()) == text.toUtf8().size() && file.setPermissions(permissions);
}

} // namespace

class TestRadiusSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        KEYWARD_SKIP_IF_UNAVAILABLE(KeywardLab::missingTool(QStringLiteral("freeradius")));
        KEYWARD_LAB_SET_UP(m_lab, KeywardLab::Daemon::Later);
        QVERIFY(m_dir.isValid());
        const auto owner = QFile::ReadOwner | QFile::WriteOwner;
        QVERIFY(writeFile(m_dir.filePath("radius.secret"), Secret + "\n", owner));
        m_good = startRadius("good", GoodPort, true, AcctPort);
        m_plain = startRadius("plain", PlainPort, false, 0);
        QVERIFY(m_good && m_plain);
    }

    void cleanup()
    {
        m_lab.reportIfFailed();
        if (QTest::currentTestFailed() && m_good)
            qWarning().noquote() << "FreeRADIUS said:\n" << m_goodLog << m_good->readAll();
        m_lab.server().stop();
    }

    void signsInWithMppeKeysFromRadiusAndPings()
    {
        start({"--radius-server", server(GoodPort)});
        // alice is not in keywardd's store: only RADIUS knows her.
        auto run = m_lab.server().probe("alice", Password, {"--count", "3"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        const QJsonObject s = run.session();
        QVERIFY(s.value("up").toBool());
        QCOMPARE(s.value("mppe").toString(), QString("128-bit stateless"));
        QCOMPARE(s.value("pingsReceived").toInt(), 3);
        QString log = m_lab.server().output();
        QVERIFY2(log.contains("user alice authenticated with MS-CHAPv2 (backend radius, server "
                              "127.0.0.1:18120)"),
                 qPrintable(log));
        // session.list names the backend while the session is up.
        auto running = m_lab.server().startProbe("alice", Password, {"--duration", "4"});
        QJsonObject row;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QJsonArray sessions =
                    m_lab.server().call("session.list").result.value("sessions").toArray();
                row = sessions.isEmpty() ? QJsonObject() : sessions.first().toObject();
                return row.value("state").toString() == QLatin1String("up");
            }(),
            10000);
        QCOMPARE(row.value("signIn").toString(), QString("radius"));
        QVERIFY(ServerUnderTest::finishProbe(*running, 20000).exitCode == 0);
        // The users file's Session-Timeout reached the session.
        QVERIFY(log.contains("radius limits the session to 3600 s"));
        log = m_lab.server().output();
        QVERIFY(!log.contains(Secret));
    }

    void theSessionTimeoutFromRadiusEndsTheSession()
    {
        start({"--radius-server", server(GoodPort)});
        QElapsedTimer clock;
        clock.start();
        auto run = m_lab.server().probe("carol", Password, {"--duration", "40"}, 60000);
        QVERIFY2(clock.elapsed() < 30000, qPrintable(run.output));
        QVERIFY(run.session().value("up").toBool());
        QTRY_VERIFY2(
            m_lab.server().output().contains("the Session-Timeout radius gave (8 s) is over"),
            qPrintable(m_lab.server().outputTail(40)));
    }

    void freeRadiusWithoutPasschangeRefusesAChangeWith709()
    {
        // FreeRADIUS 3.2.1 asks gina for a new password (E=648); her Change-Password
        // reaches it as MS-CHAP2-CPW, which it answers E=709 without mschap's passchange.
        start({"--radius-server", server(GoodPort)});
        auto run = m_lab.server().probe("gina", Password + "\nBrand-new-Pass-77",
                                        {"--new-password-stdin"});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.session().value("authCode").toInt(), 709);
        QVERIFY(!run.session().value("passwordChanged").toBool());
        QTRY_VERIFY2(m_lab.server().output().contains(
                         "RADIUS server 127.0.0.1:18120 does not allow password changes (E=709)"),
                     qPrintable(m_lab.server().outputTail(40)));
        QVERIFY(m_lab.server().output().contains("login failed for gina (E=709)"));
        QVERIFY(!m_lab.server().output().contains("Brand-new-Pass-77"));
    }

    void aFramedIpAddressFromRadiusIsTheClientsAddress()
    {
        start({"--radius-server", server(GoodPort)});
        auto running = m_lab.server().startProbe("frank", Password, {"--duration", "4"});
        QJsonObject row;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QJsonArray sessions =
                    m_lab.server().call("session.list").result.value("sessions").toArray();
                row = sessions.isEmpty() ? QJsonObject() : sessions.first().toObject();
                return row.value("state").toString() == QLatin1String("up");
            }(),
            10000);
        QCOMPARE(row.value("tunnelAddress").toString(), FrankAddress);
        auto run = ServerUnderTest::finishProbe(*running, 20000);
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QCOMPARE(run.session().value("localAddress").toString(), FrankAddress);
        QVERIFY(m_lab.server().output().contains(
            "tunnel address 10.75.0.77 from radius's Framed-IP-Address"));
        // Accounting reports the same address.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const DetailRecord &r : detail())
                    if (r.value("Acct-Status-Type") == "Stop" && r.value("User-Name") == "frank")
                        return r.value("Framed-IP-Address") == FrankAddress;
                return false;
            }(),
            15000);

        // The same address for a second session while the first holds it: a clear
        // failure, not another address.
        auto first = m_lab.server().startProbe("frank", Password, {"--duration", "8"});
        QTRY_VERIFY_WITH_TIMEOUT(
            m_lab.server().call("session.list").result.value("sessions").toArray().size() == 1,
            10000);
        auto second = m_lab.server().probe("frank", Password);
        QCOMPARE(second.exitCode, 1);
        QVERIFY(second.session().value("authCode").toInt() != 0);
        QVERIFY2(m_lab.server().output().contains(
                     "sign-in refused: radius gave Framed-IP-Address 10.75.0.77 (10.75.0.77 is "
                     "in use by another session)"),
                 qPrintable(m_lab.server().outputTail(40)));
        QVERIFY(ServerUnderTest::finishProbe(*first, 20000).exitCode == 0);

        // An address outside the tunnel pool: refused, not replaced.
        auto outside = m_lab.server().probe("hank", Password);
        QCOMPARE(outside.exitCode, 1);
        QVERIFY(outside.session().value("authCode").toInt() != 0);
        QVERIFY2(m_lab.server().output().contains(
                     "radius gave Framed-IP-Address 192.0.2.9 (192.0.2.9 is not a client "
                     "address of the tunnel pool 10.75.0.0/24)"),
                 qPrintable(m_lab.server().outputTail(40)));
    }

    void aWrongPasswordGets691()
    {
        start({"--radius-server", server(GoodPort)});
        auto run = m_lab.server().probe("alice", "not-the-password");
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.session().value("authCode").toInt(), 691);
        QTRY_VERIFY(m_lab.server().output().contains("login failed for alice (E=691)"));
        QVERIFY(
            m_lab.server().output().contains("Access-Reject from RADIUS server 127.0.0.1:18120"));
    }

    void anAnswerWithoutMessageAuthenticatorIsRefused()
    {
        start({"--radius-server", server(PlainPort), "--radius-timeout", "2", "--radius-retries",
               "0"});
        auto run = m_lab.server().probe("alice", Password);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.session().value("authCode").toInt(), 691);
        const QString log = m_lab.server().output();
        QVERIFY2(log.contains("answer without a Message-Authenticator"), qPrintable(log));
        QVERIFY(log.contains("no RADIUS server answered"));

        // The same server, trusted once it sends one (auto): it never does, so its
        // answers are taken, as an admin who chose auto asked.
        start({"--radius-server", server(PlainPort, "auto")});
        auto autoRun = m_lab.server().probe("alice", Password, {"--count", "1"});
        QVERIFY2(autoRun.exitCode == 0, qPrintable(autoRun.output));
    }

    void failsOverToTheNextServer()
    {
        start({"--radius-server", server(DeadPort), "--radius-server", server(GoodPort),
               "--radius-timeout", "2", "--radius-retries", "0"});
        auto run = m_lab.server().probe("alice", Password, {"--count", "1"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        const QString log = m_lab.server().output();
        QVERIFY(log.contains("127.0.0.1:18129 did not answer"));
        QVERIFY(log.contains("server 127.0.0.1:18120)"));
        // Marked down: the next sign-in goes straight to the second server.
        auto again = m_lab.server().probe("alice", Password, {"--count", "1"});
        QVERIFY2(again.exitCode == 0, qPrintable(again.output));
        QCOMPARE(m_lab.server().output().count("127.0.0.1:18129 did not answer"), 1);
    }

    void failsOverBetweenTwoFreeRadiusWhenTheFirstStopsAnswering()
    {
        // Two real FreeRADIUS: the plain one first (its answers carry no
        // Message-Authenticator, so this server line accepts that), then the good one.
        start({"--radius-server", server(PlainPort, "no"), "--radius-server", server(GoodPort),
               "--radius-timeout", "2", "--radius-retries", "0"});
        auto first = m_lab.server().probe("alice", Password, {"--count", "1"});
        QVERIFY2(first.exitCode == 0, qPrintable(first.output));
        QVERIFY(m_lab.server().output().contains("server 127.0.0.1:18121)"));
        // The first server hangs (stopped, not gone: its port stays open).
        QVERIFY(m_plain && ::kill(static_cast<pid_t>(m_plain->processId()), SIGSTOP) == 0);
        auto second = m_lab.server().probe("alice", Password, {"--count", "1"});
        ::kill(static_cast<pid_t>(m_plain->processId()), SIGCONT);
        QVERIFY2(second.exitCode == 0, qPrintable(second.output));
        const QString log = m_lab.server().output();
        QVERIFY2(log.contains("127.0.0.1:18121 did not answer"), qPrintable(log));
        QVERIFY(log.contains("server 127.0.0.1:18120)"));
    }

    void everyServerDownIsAClearRefusalOrTheLocalStore()
    {
        start({"--radius-server", server(DeadPort), "--radius-timeout", "1", "--radius-retries",
               "1"});
        auto run = m_lab.server().probe("alice", Password);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.session().value("authCode").toInt(), 691);
        QVERIFY(m_lab.server().output().contains("refused (E=691): no RADIUS server answered"));

        start({"--signin-backend", "radius-then-local", "--radius-server", server(DeadPort),
               "--radius-timeout", "1", "--radius-retries", "0"});
        QVERIFY(m_lab.server().addUser("bob", Password));
        auto local = m_lab.server().probe("bob", Password, {"--count", "1"});
        QVERIFY2(local.exitCode == 0, qPrintable(local.output));
        QVERIFY(m_lab.server().output().contains("(backend local (RADIUS down))"));
    }

    void aGroupSignsInFromTheLocalStoreWhileOthersUseRadius()
    {
        // The dead server first: the first RADIUS sign-in fails over to the good one, so
        // status shows one of each.
        start({"--radius-server", server(DeadPort), "--radius-server", server(GoodPort),
               "--signin-backend-group", "office local", "--radius-timeout", "1",
               "--radius-retries", "0"});
        // dave is only in the local store, alice only in RADIUS.
        QVERIFY(m_lab.server().addUser("dave", Password));
        auto grouped = m_lab.server().call("user.groups",
                                           {{"name", "dave"}, {"groups", QJsonArray{"Office"}}});
        QVERIFY2(grouped.ok, qPrintable(grouped.errorMessage));
        QJsonObject signIn = m_lab.server().call("status").result.value("signIn").toObject();
        QCOMPARE(signIn.value("backend").toString(), QString("radius"));
        QCOMPARE(signIn.value("groups").toArray(),
                 (QJsonArray{QJsonObject{{"group", "office"}, {"backend", "local"}}}));
        QCOMPARE(signIn.value("radiusServers").toArray().size(), 2);
        for (const QJsonValue &server : signIn.value("radiusServers").toArray())
            QCOMPARE(server.toObject().value("state").toString(), QString("untried"));

        auto local = m_lab.server().startProbe("dave", Password, {"--duration", "8"});
        auto remote = m_lab.server().startProbe("alice", Password, {"--duration", "8"});
        QHash<QString, QString> backends;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                backends.clear();
                for (const QJsonValue &v :
                     m_lab.server().call("session.list").result.value("sessions").toArray()) {
                    const QJsonObject row = v.toObject();
                    if (row.value("state").toString() == QLatin1String("up"))
                        backends.insert(row.value("user").toString(),
                                        row.value("signIn").toString());
                }
                return backends.size() == 2;
            }(),
            15000);
        QCOMPARE(backends.value("dave"), QString("local"));
        QCOMPARE(backends.value("alice"), QString("radius"));
        QVERIFY(ServerUnderTest::finishProbe(*local, 20000).exitCode == 0);
        QVERIFY(ServerUnderTest::finishProbe(*remote, 20000).exitCode == 0);
        const QString log = m_lab.server().output();
        QVERIFY2(log.contains("user dave authenticated with MS-CHAPv2 (backend local)"),
                 qPrintable(log));
        QVERIFY(log.contains("user alice authenticated with MS-CHAPv2 (backend radius, server "
                             "127.0.0.1:18120)"));
        // The dead server is logged once, however many requests it leaves unanswered.
        QCOMPARE(log.count("127.0.0.1:18129 did not answer"), 1);

        const QJsonObject status = m_lab.server().call("status").result;
        const QJsonArray servers =
            status.value("signIn").toObject().value("radiusServers").toArray();
        QCOMPARE(servers.size(), 2);
        const QJsonObject dead = servers[0].toObject(), good = servers[1].toObject();
        QCOMPARE(dead.value("address").toString(), QString("127.0.0.1:18129"));
        QCOMPARE(dead.value("state").toString(), QString("dead"));
        QVERIFY(dead.contains("deadForSeconds"));
        QVERIFY(dead.value("timeouts").toInt() >= 1);
        QVERIFY(!dead.contains("lastAnswer") && !dead.contains("roundTripMs"));
        QCOMPARE(good.value("address").toString(), QString("127.0.0.1:18120"));
        QCOMPARE(good.value("state").toString(), QString("up"));
        QCOMPARE(good.value("accepts").toInt(), 1); // alice; dave never went to RADIUS
        QCOMPARE(good.value("rejects").toInt(), 0);
        QVERIFY(good.contains("lastAnswer") && good.contains("roundTripMs"));
        QCOMPARE(good.value("messageAuthenticator").toString(), QString("require"));
        // Accounting: both sessions' Stops answered, nothing waiting.
        QJsonObject accounting;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                accounting = m_lab.server().call("status").result.value("accounting").toObject();
                return accounting.value("waiting").toInt(-1) == 0 &&
                       accounting.contains("lastAnswer");
            }(),
            15000);
        QCOMPARE(accounting.value("enabled").toBool(), true);
        QCOMPARE(accounting.value("lastServer").toString(), QString("127.0.0.1:18130"));
        QCOMPARE(accounting.value("dropped").toInt(), 0);
    }

    void aGroupNamingRadiusWithoutServersIsRefusedAtStart()
    {
        const QString error = m_lab.server().startFresh(
            {"--signin-backend", "local", "--signin-backend-group", "contractors radius"});
        QVERIFY2(error.contains("a signin-backend-group line names radius or radius-then-local, "
                                "which needs at least one radius-server"),
                 qPrintable(error));
    }

    void thePolicysSessionLimitAppliesToRadiusUsers()
    {
        // alice's Session-Timeout from RADIUS is an hour; the server's limit is shorter.
        start({"--radius-server", server(GoodPort), "--max-session", "10"});
        QElapsedTimer clock;
        clock.start();
        auto run = m_lab.server().probe("alice", Password, {"--duration", "40"}, 60000);
        QVERIFY2(clock.elapsed() < 30000, qPrintable(run.output));
        QVERIFY(run.session().value("up").toBool());
        QTRY_VERIFY2(m_lab.server().output().contains("maximum session length reached"),
                     qPrintable(m_lab.server().outputTail(40)));
    }

    void accountingRecordsStartAndStopWithTheSessionsFigures()
    {
        start({"--radius-server", server(GoodPort)});
        const int before = detail().size();
        // The client pings, then hangs up itself.
        auto run = m_lab.server().probe("alice", Password, {"--count", "3"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        DetailRecord start, stop;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto records = detail().mid(before);
                for (const DetailRecord &r : records) {
                    if (r.value("Acct-Status-Type") == "Start" && r.value("User-Name") == "alice")
                        start = r;
                    if (r.value("Acct-Status-Type") == "Stop" &&
                        r.value("Acct-Session-Id") == start.value("Acct-Session-Id"))
                        stop = r;
                }
                return !stop.isEmpty();
            }(),
            15000);
        // Accounting-On when keywardd started.
        bool on = false;
        for (const DetailRecord &r : detail())
            on = on || r.value("Acct-Status-Type") == "Accounting-On";
        QVERIFY(on);
        QVERIFY(!start.value("Acct-Session-Id").isEmpty());
        for (const DetailRecord *r : {&start, &stop}) {
            QCOMPARE(r->value("User-Name"), QString("alice"));
            QVERIFY2(r->value("Framed-IP-Address").startsWith("10.75.0."),
                     qPrintable(r->value("Framed-IP-Address")));
            QCOMPARE(r->value("Class"), AliceClass);
            QCOMPARE(r->value("Acct-Authentic"), QString("RADIUS"));
            QCOMPARE(r->value("NAS-Port-Type"), QString("Virtual"));
        }
        QVERIFY2(stop.value("Acct-Input-Octets").toLongLong() > 0,
                 qPrintable(stop.value("Acct-Input-Octets")));
        QVERIFY(stop.value("Acct-Output-Octets").toLongLong() > 0);
        QVERIFY(stop.value("Acct-Input-Packets").toLongLong() >= 3);
        QCOMPARE(stop.value("Acct-Terminate-Cause"), QString("User-Request"));
        QVERIFY(stop.contains("Acct-Session-Time"));
        QVERIFY(stop.contains("Event-Timestamp"));
        // Accounting-Off when keywardd stops cleanly.
        QCOMPARE(m_lab.server().stop(), 0);
        QTRY_VERIFY([&] {
            const auto records = detail();
            return !records.isEmpty() &&
                   records.last().value("Acct-Status-Type") == "Accounting-Off";
        }());
        QVERIFY(!m_lab.server().output().contains(Secret));
    }

    void interimUpdatesCarryTheRunningFigures()
    {
        // 60 s is the shortest interval RFC 2869 allows, and keywardd's floor.
        start({"--radius-server", server(GoodPort), "--radius-interim-interval", "60"});
        const int before = detail().size();
        auto run =
            m_lab.server().probe("alice", Password, {"--count", "3", "--duration", "66"}, 90000);
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        DetailRecord start, interim, stop;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const DetailRecord &r : detail().mid(before)) {
                    const QString type = r.value("Acct-Status-Type");
                    if (type == "Start" && r.value("User-Name") == "alice")
                        start = r;
                    else if (r.value("Acct-Session-Id") != start.value("Acct-Session-Id"))
                        continue;
                    else if (type == "Interim-Update")
                        interim = r;
                    else if (type == "Stop")
                        stop = r;
                }
                return !stop.isEmpty();
            }(),
            15000);
        QVERIFY2(!interim.isEmpty(), "no Interim-Update between Start and Stop");
        QCOMPARE(interim.value("User-Name"), QString("alice"));
        QCOMPARE(interim.value("Class"), AliceClass);
        QVERIFY2(interim.value("Acct-Session-Time").toInt() >= 59,
                 qPrintable(interim.value("Acct-Session-Time")));
        QVERIFY(interim.value("Acct-Input-Octets").toLongLong() > 0);
        QVERIFY(interim.value("Acct-Input-Packets").toLongLong() >= 3);
        QVERIFY(!interim.contains("Acct-Terminate-Cause"));
        // The Stop's figures are the session's final ones: never less than the Interim's.
        QVERIFY(stop.value("Acct-Input-Octets").toLongLong() >=
                interim.value("Acct-Input-Octets").toLongLong());
        QVERIFY(stop.value("Acct-Session-Time").toInt() >=
                interim.value("Acct-Session-Time").toInt());
    }

    void anAdminDisconnectIsAdminReset()
    {
        start({"--radius-server", server(GoodPort)});
        const int before = detail().size();
        auto running = m_lab.server().startProbe("alice", Password, {"--duration", "30"});
        int id = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QJsonArray sessions =
                    m_lab.server().call("session.list").result.value("sessions").toArray();
                const QJsonObject row =
                    sessions.isEmpty() ? QJsonObject() : sessions.first().toObject();
                id = row.value("id").toInt();
                return row.value("state").toString() == QLatin1String("up");
            }(),
            10000);
        auto ended = m_lab.server().call("session.disconnect", {{"id", id}});
        QVERIFY2(ended.ok, qPrintable(ended.errorMessage));
        ServerUnderTest::finishProbe(*running, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const DetailRecord &r : detail().mid(before))
                    if (r.value("Acct-Status-Type") == "Stop")
                        return r.value("Acct-Terminate-Cause") == "Admin-Reset" &&
                               r.value("User-Name") == "alice";
                return false;
            }(),
            15000);
    }

    void aStopWaitsForTheServerAcrossARestart()
    {
        // Accounting aimed where nothing answers: the records wait in the journal.
        start({"--radius-server", server(GoodPort, "require", DeadPort), "--radius-timeout", "1",
               "--radius-retries", "0"});
        auto run = m_lab.server().probe("alice", Password, {"--count", "1"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QTRY_VERIFY(m_lab.server().output().contains("record(s) wait in the journal"));
        const int before = detail().size();
        QCOMPARE(m_lab.server().stop(), 0);
        QTest::qWait(1100); // so that the delay shows in whole seconds
        // Started again on the same state, pointed at FreeRADIUS's accounting port.
        const QString error = m_lab.server().start(
            {"--signin-backend", "radius", "--radius-server", server(GoodPort)});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        DetailRecord start, stop;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const DetailRecord &r : detail().mid(before)) {
                    if (r.value("Acct-Status-Type") == "Start" && r.value("User-Name") == "alice")
                        start = r;
                    if (r.value("Acct-Status-Type") == "Stop" && !start.isEmpty() &&
                        r.value("Acct-Session-Id") == start.value("Acct-Session-Id"))
                        stop = r;
                }
                return !stop.isEmpty();
            }(),
            20000);
        QVERIFY2(start.value("Acct-Delay-Time").toInt() > 0,
                 qPrintable(start.value("Acct-Delay-Time")));
        QVERIFY2(stop.value("Acct-Delay-Time").toInt() > 0,
                 qPrintable(stop.value("Acct-Delay-Time")));
        QCOMPARE(stop.value("Acct-Terminate-Cause"), QString("User-Request"));
        QVERIFY(stop.value("Acct-Input-Octets").toLongLong() > 0);
    }

    void aDisconnectRequestFromRadclientEndsTheSession()
    {
        startWithDae();
        const int before = detail().size();
        auto running = m_lab.server().startProbe("alice", Password, {"--duration", "30"});
        QVERIFY(waitUp() > 0);
        const QString answer =
            radclient("disconnect", "User-Name = alice\nMessage-Authenticator = 0x00\n");
        QVERIFY2(answer.contains("Received Disconnect-ACK"), qPrintable(answer));
        const auto run = ServerUnderTest::finishProbe(*running, 20000);
        QVERIFY2(run.session().value("endReason").toString().contains("administrator"),
                 qPrintable(run.output));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const DetailRecord &r : detail().mid(before))
                    if (r.value("Acct-Status-Type") == "Stop")
                        return r.value("Acct-Terminate-Cause") == "Admin-Reset" &&
                               r.value("User-Name") == "alice";
                return false;
            }(),
            15000);
        // The audit trail names where it came from, what it matched and the answer.
        const QJsonArray entries = m_lab.server()
                                       .call("audit.list", {{"action", "radius.disconnect"}})
                                       .result.value("entries")
                                       .toArray();
        QCOMPARE(entries.size(), 1);
        const QJsonObject entry = entries.first().toObject();
        QCOMPARE(entry.value("actor").toString(), QString("radius-dae 127.0.0.1"));
        QCOMPARE(entry.value("target").toString(), QString("alice"));
        QCOMPARE(entry.value("outcome").toString(), QString("ok"));
        const QString details = QString::fromUtf8(
            QJsonDocument(entry.value("details").toObject()).toJson(QJsonDocument::Compact));
        QVERIFY2(details.contains("\"answer\":\"Disconnect-ACK\"") &&
                     details.contains("\"sessions\":["),
                 qPrintable(details));
        const QString log = m_lab.server().output();
        QVERIFY(log.contains("RADIUS Disconnect-Request from 127.0.0.1: ACK"));
        QVERIFY(!log.contains(Secret));
    }

    void aDisconnectRequestForNobodyIsANakAndAWrongSecretNoAnswer()
    {
        startWithDae();
        const QString unknown =
            radclient("disconnect", "User-Name = mallory\nMessage-Authenticator = 0x00\n");
        QVERIFY2(unknown.contains("Received Disconnect-NAK"), qPrintable(unknown));
        QVERIFY2(unknown.contains("Error-Cause = Session-Context-Not-Found"), qPrintable(unknown));
        // Refused requests are audited too.
        const QJsonArray entries = m_lab.server()
                                       .call("audit.list", {{"action", "radius.disconnect"}})
                                       .result.value("entries")
                                       .toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().toObject().value("outcome").toString(), QString("refused"));

        const QString wrong = radclient(
            "disconnect", "User-Name = mallory\nMessage-Authenticator = 0x00\n", "not-the-secret");
        QVERIFY2(!wrong.contains("Received Disconnect"), qPrintable(wrong));
        QTRY_VERIFY2(m_lab.server().output().contains("RADIUS request from 127.0.0.1:"),
                     qPrintable(m_lab.server().outputTail(20)));
        QVERIFY(m_lab.server().output().contains(
            "dropped without an answer: Request Authenticator does not match"));
        // Without the Message-Authenticator the client must send: no answer either.
        const QString bare = radclient("disconnect", "User-Name = mallory\n");
        QVERIFY2(!bare.contains("Received Disconnect"), qPrintable(bare));
    }

    void aCoaSessionTimeoutEndsTheSessionThatMuchLater()
    {
        startWithDae();
        const int before = detail().size();
        auto running = m_lab.server().startProbe("alice", Password, {"--duration", "40"});
        QVERIFY(waitUp() > 0);
        QElapsedTimer clock;
        clock.start();
        const QString answer = radclient(
            "coa", "User-Name = alice\nSession-Timeout = 4\nMessage-Authenticator = 0x00\n");
        QVERIFY2(answer.contains("Received CoA-ACK"), qPrintable(answer));
        QTRY_VERIFY_WITH_TIMEOUT(m_lab.server().output().contains(
                                     "the Session-Timeout radius-dae 127.0.0.1 set is over"),
                                 12000);
        QVERIFY2(clock.elapsed() >= 3000 && clock.elapsed() < 9000,
                 qPrintable(QString::number(clock.elapsed())));
        ServerUnderTest::finishProbe(*running, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const DetailRecord &r : detail().mid(before))
                    if (r.value("Acct-Status-Type") == "Stop")
                        return r.value("Acct-Terminate-Cause") == "Session-Timeout";
                return false;
            }(),
            15000);
    }

    void aCoaAskingForNewKeysRekeysTheSession()
    {
        startWithDae();
        auto running =
            m_lab.server().startProbe("alice", Password, {"--count", "60", "--interval", "50"});
        QVERIFY(waitUp() > 0);
        QTest::qWait(500);
        const QString answer =
            radclient("coa", "User-Name = alice\n"
                             "Cisco-AVPair = \"subscriber:command=reauthenticate\"\n"
                             "Message-Authenticator = 0x00\n");
        QVERIFY2(answer.contains("Received CoA-ACK"), qPrintable(answer));
        const auto run = ServerUnderTest::finishProbe(*running, 30000);
        // Rekeyed in-session, or (a client that cannot) ended cleanly as the admin rekey
        // does; either way the outcome is audited with the source.
        QJsonObject outcome;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QJsonArray entries = m_lab.server()
                                               .call("audit.list", {{"action", "radius.coa"}})
                                               .result.value("entries")
                                               .toArray();
                for (const QJsonValue &e : entries)
                    if (e.toObject().value("outcome").toString() != "ok")
                        outcome = e.toObject();
                return !outcome.isEmpty();
            }(),
            15000);
        QCOMPARE(outcome.value("actor").toString(), QString("radius-dae 127.0.0.1"));
        qInfo("CoA new keys: %s", qPrintable(outcome.value("outcome").toString()));
        if (outcome.value("outcome").toString() == "rekeyed")
            QCOMPARE(run.session().value("keyChanges").toInt(), 2); // set-up, then the rekey
        else
            QCOMPARE(outcome.value("outcome").toString(), QString("disconnected"));
    }

private:
    void startWithDae()
    {
        start({"--radius-server", server(GoodPort), "--radius-dae-listen",
               QStringLiteral("127.0.0.1:%1").arg(DaePort), "--radius-dae-client",
               QStringLiteral("127.0.0.1 secret-file=%1").arg(m_dir.filePath("radius.secret"))});
    }

    int waitUp()
    {
        int id = 0;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 10000) {
            const QJsonArray sessions =
                m_lab.server().call("session.list").result.value("sessions").toArray();
            const QJsonObject row =
                sessions.isEmpty() ? QJsonObject() : sessions.first().toObject();
            if (row.value("state").toString() == QLatin1String("up")) {
                id = row.value("id").toInt();
                break;
            }
            QTest::qWait(100);
        }
        return id;
    }

    // radclient in the server namespace: `attributes` as its input; what it printed.
    QString radclient(const QString &kind, const QString &attributes,
                      const QString &secret = Secret)
    {
        auto process = m_lab.startIn(KeywardLab::Side::Server, QStringLiteral("radclient"),
                                     {"-x", "-r", "1", "-t", "2",
                                      QStringLiteral("127.0.0.1:%1").arg(DaePort), kind, secret});
        process->write(attributes.toUtf8());
        process->closeWriteChannel();
        process->waitForFinished(15000);
        return QString::fromUtf8(process->readAll()); // stdout and stderr merged
    }

    QList<DetailRecord> detail() const { return readDetail(m_dir.filePath("good/detail")); }

    QString server(int port, const QString &messageAuthenticator = QStringLiteral("require"),
                   int acctPort = AcctPort)
    {
        return QStringLiteral("127.0.0.1:%1 secret-file=%2 message-authenticator=%3 acct-port=%4")
            .arg(port)
            .arg(m_dir.filePath("radius.secret"), messageAuthenticator)
            .arg(acctPort);
    }

    void start(QStringList args)
    {
        if (!args.contains("--signin-backend"))
            args << "--signin-backend"
                 << "radius";
        const QString error = m_lab.server().startFresh(args);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // Starts one FreeRADIUS in the server namespace; returns it once it is ready.
    std::unique_ptr<QProcess> startRadius(const QString &name, int port, bool messageAuthenticator,
                                          int acctPort)
    {
        const QString dir = m_dir.filePath(name);
        const auto owner = QFile::ReadOwner | QFile::WriteOwner;
        if (!QDir().mkpath(dir) ||
            !writeFile(dir + "/radiusd.conf",
                       radiusConfig(dir, port, messageAuthenticator, acctPort), owner) ||
            !writeFile(dir + "/users",
                       QStringLiteral("alice NT-Password := 0x%1\n\tSession-Timeout := 3600,\n"
                                      "\tClass := %2\n"
                                      "carol NT-Password := 0x%1\n\tSession-Timeout := 8\n"
                                      // 'e': the password has expired (rlm_mschap: E=648).
                                      "gina NT-Password := 0x%1, "
                                      "SMB-Account-CTRL-TEXT := \"[Ue]\"\n"
                                      "frank NT-Password := 0x%1\n"
                                      "\tFramed-IP-Address := %3\n"
                                      "hank NT-Password := 0x%1\n"
                                      "\tFramed-IP-Address := 192.0.2.9\n")
                           .arg(AliceNtHash, AliceClass, FrankAddress),
                       owner)) {
            qWarning() << "cannot write the FreeRADIUS configuration in" << dir;
            return {};
        }
        auto process = m_lab.startIn(KeywardLab::Side::Server, QStringLiteral("freeradius"),
                                     {"-f", "-d", dir, "-l", "stdout"});
        QString output;
        QElapsedTimer clock;
        clock.start();
        while (process->state() == QProcess::Running && clock.elapsed() < 15000 &&
               !output.contains("Ready to process requests")) {
            process->waitForReadyRead(200);
            output += QString::fromUtf8(process->readAll());
        }
        if (!output.contains("Ready to process requests")) {
            qWarning().noquote() << "FreeRADIUS" << name << "did not start:\n" << output;
            return {};
        }
        if (messageAuthenticator)
            m_goodLog = output;
        return process;
    }

    KeywardLab m_lab;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_good;
    std::unique_ptr<QProcess> m_plain;
    QString m_goodLog;
};

QTEST_GUILESS_MAIN(TestRadiusSignIn)
#include "TestRadiusSignIn.moc"
