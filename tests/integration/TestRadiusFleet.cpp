// Several keywardd instances against one FreeRADIUS whose users and accounting live in
// PostgreSQL (Debian's freeradius-postgresql and postgresql), as the README's "Several
// servers" shows. Started once for the whole suite: a private PostgreSQL cluster in the
// test's temporary directory (its own initdb, run as the postgres account, a unix
// socket there and no TCP; never the machine's cluster) with FreeRADIUS's schema, one
// FreeRADIUS in the server namespace whose authorize and accounting use the sql module
// and whose answers carry a Message-Authenticator, and two keywardd (vpn-a and vpn-b,
// on two addresses of the server namespace) signing in through it. A user inserted into
// radcheck after all of that started signs in on both with 128-bit MPPE and pings; both
// sessions land in radacct, each with its own session id and NAS address, closed with
// User-Request and their octets when the clients hang up; a user deleted from radcheck
// is refused (E=691) on both.

#include "KeywardLab.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <grp.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace {

const QString Password = QStringLiteral("Correct-horse-42");
const QString Secret = QStringLiteral("kw-radius-fleet-secret");
// MD4 of "Correct-horse-42" in UTF-16LE: the NT hash radcheck holds for the users here.
const QString NtHash = QStringLiteral("0x7A81E48DB85F74B767710B621FAF2166");
constexpr int AuthPort = 18140;
constexpr int AcctPort = 18141;
const QString FreeRadiusModules = QStringLiteral("/usr/lib/freeradius");
// Debian's FreeRADIUS SQL files: the schema loaded here and the queries the module uses.
const QString SqlConfig = QStringLiteral("/etc/freeradius/3.0/mods-config");

bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(text.toUtf8()) == text.toUtf8().size() &&
           file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
}

// The newest PostgreSQL server binaries Debian installed (/usr/lib/postgresql/N/bin),
// or empty.
QString postgresBin()
{
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList found = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(found.begin(), found.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &v : found) {
        const QString bin = versions.filePath(v + QStringLiteral("/bin"));
        if (QFile::exists(bin + "/initdb") && QFile::exists(bin + "/postgres") &&
            QFile::exists(bin + "/psql"))
            return bin;
    }
    return {};
}

QString missingParts()
{
    if (QString why = KeywardLab::missingTool(QStringLiteral("freeradius")); !why.isEmpty())
        return why;
    if (!QFile::exists(FreeRadiusModules + "/rlm_sql_postgresql.so"))
        return QStringLiteral("FreeRADIUS's PostgreSQL driver (rlm_sql_postgresql, package "
                              "freeradius-postgresql) is not installed "
                              "(installer/debian/install-deps.sh installs it)");
    if (!QFile::exists(SqlConfig + "/sql/main/postgresql/schema.sql") ||
        !QFile::exists(SqlConfig + "/sql/main/postgresql/queries.conf"))
        return QStringLiteral("FreeRADIUS's PostgreSQL schema and queries are missing from %1 "
                              "(package freeradius-config)")
            .arg(SqlConfig);
    if (postgresBin().isEmpty())
        return QStringLiteral("PostgreSQL's server binaries (initdb, postgres, psql) are not "
                              "installed (installer/debian/install-deps.sh installs postgresql)");
    if (!::getpwnam("postgres"))
        return QStringLiteral("there is no postgres account to run PostgreSQL as (package "
                              "postgresql makes it)");
    return {};
}

// FreeRADIUS answering two keywardd from the server namespace's loopback: users from
// radcheck (sql in authorize), accounting into radacct (sql in accounting, then ok: an
// Accounting-On that closes nothing is noop, and FreeRADIUS answers no accounting
// request whose section ends in noop), Acct-Unique-Session-Id made in preacct (radacct
// keys on it; Debian's acct_unique policy does the same in a full configuration), and a
// Message-Authenticator in every answer. The queries are Debian's own.
QString radiusConfig(const QString &dir, const QString &socketDir)
{
    return QStringLiteral(
               "prefix = /usr\nexec_prefix = /usr\nsysconfdir = /etc\nlocalstatedir = /var\n"
               "sbindir = /usr/sbin\nlogdir = %1\nraddbdir = %1\nradacctdir = %1\n"
               "name = freeradius\nconfdir = %1\nmodconfdir = %2\nrun_dir = %1\ndb_dir = %1\n"
               "libdir = %3\npidfile = %1/radiusd.pid\n"
               "max_request_time = 30\ncleanup_delay = 5\nmax_requests = 1024\n"
               "hostname_lookups = no\n"
               "log {\n\tdestination = stdout\n\tauth = yes\n}\n"
               "security {\n\tallow_core_dumps = no\n\tmax_attributes = 200\n"
               "\treject_delay = 1\n\tstatus_server = no\n}\n"
               "thread pool {\n\tstart_servers = 2\n\tmax_servers = 4\n\tmin_spare_servers = 1\n"
               "\tmax_spare_servers = 4\n\tmax_requests_per_server = 0\n}\n"
               "client keywardd {\n\tipaddr = 127.0.0.1\n\tsecret = %4\n"
               "\trequire_message_authenticator = yes\n}\n"
               "modules {\n"
               "\texpr {\n\t}\n"
               "\talways ok {\n\t\trcode = ok\n\t}\n"
               "\tsql {\n\t\tdialect = \"postgresql\"\n\t\tdriver = \"rlm_sql_postgresql\"\n"
               "\t\tradius_db = \"dbname=radius host=%5 user=postgres\"\n"
               "\t\tacct_table1 = \"radacct\"\n\t\tacct_table2 = \"radacct\"\n"
               "\t\tpostauth_table = \"radpostauth\"\n\t\tauthcheck_table = \"radcheck\"\n"
               "\t\tgroupcheck_table = \"radgroupcheck\"\n\t\tauthreply_table = \"radreply\"\n"
               "\t\tgroupreply_table = \"radgroupreply\"\n"
               "\t\tusergroup_table = \"radusergroup\"\n\t\tclient_table = \"nas\"\n"
               "\t\tgroup_attribute = \"SQL-Group\"\n\t\tread_groups = no\n"
               "\t\tdelete_stale_sessions = yes\n"
               "\t\tpool {\n\t\t\tstart = 1\n\t\t\tmin = 1\n\t\t\tmax = 4\n\t\t\tspare = 2\n"
               "\t\t\tuses = 0\n\t\t\tretry_delay = 5\n\t\t\tlifetime = 0\n"
               "\t\t\tidle_timeout = 60\n\t\t}\n"
               "\t\t$INCLUDE ${modconfdir}/sql/main/${dialect}/queries.conf\n\t}\n"
               "\tmschap {\n\t\tuse_mppe = yes\n\t\trequire_encryption = yes\n"
               "\t\trequire_strong = yes\n\t}\n}\n"
               "server default {\n"
               "\tlisten {\n\t\ttype = auth\n\t\tipaddr = 127.0.0.1\n\t\tport = %6\n\t}\n"
               "\tlisten {\n\t\ttype = acct\n\t\tipaddr = 127.0.0.1\n\t\tport = %7\n\t}\n"
               "\tauthorize {\n\t\tsql\n\t\tmschap\n\t}\n"
               "\tauthenticate {\n\t\tAuth-Type MS-CHAP {\n\t\t\tmschap\n\t\t}\n\t}\n"
               "\tpreacct {\n\t\tupdate request {\n"
               "\t\t\t&Acct-Unique-Session-Id := \"%{md5:%{User-Name},%{Acct-Session-Id},"
               "%{NAS-IP-Address},%{NAS-Identifier},%{NAS-Port}}\"\n\t\t}\n\t}\n"
               "\taccounting {\n\t\tsql\n\t\tok\n\t}\n"
               "\tpost-auth {\n\t\tupdate reply {\n\t\t\t&Message-Authenticator := 0x00\n"
               "\t\t}\n\t\tPost-Auth-Type REJECT {\n\t\t\tupdate reply {\n"
               "\t\t\t\t&Message-Authenticator := 0x00\n\t\t\t}\n\t\t}\n\t}\n"
               "}\n")
        .arg(dir, SqlConfig, FreeRadiusModules, Secret, socketDir)
        .arg(AuthPort)
        .arg(AcctPort);
}

// One row of radacct, as the test reads it.
struct AcctRow
{
    QString sessionId;
    QString nasAddress;
    bool started = false;
    bool stopped = false;
    QString terminateCause;
    qint64 inputOctets = 0;
    QString framedAddress;
};

} // namespace

class TestRadiusFleet : public QObject
{
    Q_OBJECT

public:
    // Also when initTestCase failed half-way: the cluster never outlives the test.
    ~TestRadiusFleet() override { stopPostgres(); }

private slots:
    void initTestCase()
    {
        KEYWARD_SKIP_IF_UNAVAILABLE(missingParts());
        KEYWARD_LAB_SET_UP(m_lab, KeywardLab::Daemon::Later);
        QVERIFY(m_dir.isValid());
        m_b = m_lab.addServer(3);
        QVERIFY2(m_b, "cannot add the second server's address to the server namespace");
        QVERIFY(writeFile(m_dir.filePath("radius.secret"), Secret + "\n"));
        QElapsedTimer clock;
        clock.start();
        QVERIFY(startPostgres());
        QVERIFY(startRadius());
        QString error = m_lab.server().startFresh(serverArgs("vpn-a", "10.75.0.0/24"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = m_b->startFresh(serverArgs("vpn-b", "10.76.0.0/24"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        qInfo("PostgreSQL, FreeRADIUS and two keywardd ready in %lld ms", clock.elapsed());
    }

    void eachServersAccountingOnIsAnswered()
    {
        // An Accounting-On finds no open session of a new NAS: the sql module updates
        // nothing and answers noop, and FreeRADIUS answers no accounting request whose
        // section ends in noop. The configuration's `ok` after sql makes it answer;
        // without it each keywardd's first record goes unanswered and its server is
        // marked down, so the sessions' Stops wait for the dead time.
        const QRegularExpression answered(
            QStringLiteral("Accounting-On of session.*answered by 127\\.0\\.0\\.1:%1")
                .arg(AcctPort));
        for (ServerUnderTest *server : {&m_lab.server(), m_b.get()}) {
            QTRY_VERIFY_WITH_TIMEOUT(server->output().contains(answered), 10000);
            QVERIFY2(!server->output().contains("did not answer"),
                     qPrintable(server->outputTail(40)));
        }
    }

    void aUserAddedToTheDatabaseSignsInOnBothServers()
    {
        // dave exists nowhere until now: not in either keywardd's store, and FreeRADIUS
        // and both keywardd are already running.
        QVERIFY(addUser("dave"));
        const QStringList args{"--count", "3", "--duration", "6"};
        auto onA = m_lab.server().startProbe("dave", Password, args);
        auto onB = m_b->startProbe("dave", Password, args);

        // Both sessions are in radacct while they are up: two rows, each with its own
        // session id and the NAS address of the keywardd that carries it.
        QList<AcctRow> rows;
        QTRY_VERIFY_WITH_TIMEOUT(
            (rows = accounting("dave")).size() == 2 && rows[0].started && rows[1].started, 20000);
        QVERIFY(!rows[0].stopped && !rows[1].stopped);
        QVERIFY(!rows[0].sessionId.isEmpty());
        QVERIFY(rows[0].sessionId != rows[1].sessionId);
        QCOMPARE(rows[0].nasAddress, m_lab.server().address());
        QCOMPARE(rows[1].nasAddress, m_b->address());
        QVERIFY2(rows[0].framedAddress.startsWith("10.75.0."), qPrintable(rows[0].framedAddress));
        QVERIFY2(rows[1].framedAddress.startsWith("10.76.0."), qPrintable(rows[1].framedAddress));

        for (auto *probe : {onA.get(), onB.get()}) {
            const auto run = ServerUnderTest::finishProbe(*probe, 40000);
            QVERIFY2(run.exitCode == 0, qPrintable(run.output));
            const QJsonObject s = run.session();
            QVERIFY(s.value("up").toBool());
            QCOMPARE(s.value("mppe").toString(), QString("128-bit stateless"));
            QCOMPARE(s.value("pingsReceived").toInt(), 3);
        }
        for (ServerUnderTest *server : {&m_lab.server(), m_b.get()}) {
            const QString log = server->output();
            QVERIFY2(log.contains("user dave authenticated with MS-CHAPv2 (backend radius, "
                                  "server 127.0.0.1:18140)"),
                     qPrintable(server->outputTail(60)));
            QVERIFY(!log.contains(Secret));
        }

        // The clients hung up: both rows are closed with their figures.
        QTRY_VERIFY_WITH_TIMEOUT(
            (rows = accounting("dave")).size() == 2 && rows[0].stopped && rows[1].stopped, 20000);
        for (const AcctRow &row : rows) {
            QCOMPARE(row.terminateCause, QString("User-Request"));
            QVERIFY2(row.inputOctets > 0, qPrintable(QString::number(row.inputOctets)));
        }
    }

    void aUserDeletedFromTheDatabaseIsRefusedOnBothServers()
    {
        QVERIFY(addUser("erin"));
        const auto before = m_b->probe("erin", Password, {"--count", "1"});
        QVERIFY2(before.exitCode == 0, qPrintable(before.output));

        QVERIFY(sql("DELETE FROM radcheck WHERE username = 'erin'"));
        for (ServerUnderTest *server : {&m_lab.server(), m_b.get()}) {
            const auto run = server->probe("erin", Password);
            QCOMPARE(run.exitCode, 1);
            QCOMPARE(run.session().value("authCode").toInt(), 691);
            QTRY_VERIFY(server->output().contains("login failed for erin (E=691)"));
            QVERIFY(server->output().contains("Access-Reject from RADIUS server 127.0.0.1:18140"));
        }
    }

private:
    QStringList serverArgs(const QString &nasIdentifier, const QString &pool) const
    {
        return {"--signin-backend",
                "radius",
                "--radius-server",
                QStringLiteral("127.0.0.1:%1 secret-file=%2 acct-port=%3")
                    .arg(AuthPort)
                    .arg(m_dir.filePath("radius.secret"))
                    .arg(AcctPort),
                "--radius-nas-identifier",
                nasIdentifier,
                "--tunnel-pool",
                pool};
    }

    // A process that runs as the postgres account (PostgreSQL refuses root), in the
    // cluster's directory, ending with the test.
    std::unique_ptr<QProcess> asPostgres(const QString &program, const QStringList &args)
    {
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->setWorkingDirectory(m_dir.filePath("pg"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("LC_ALL", "C");
        p->setProcessEnvironment(env);
        const uid_t uid = m_postgresUid;
        const gid_t gid = m_postgresGid;
        p->setChildProcessModifier([uid, gid] {
            if (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)
                ::_exit(99);
            // After the change of credentials, which clears it: a fast shutdown when
            // the test dies.
            ::prctl(PR_SET_PDEATHSIG, SIGINT);
        });
        p->start(m_pgBin + "/" + program, args);
        return p;
    }

    bool startPostgres()
    {
        m_pgBin = postgresBin();
        const passwd *pw = ::getpwnam("postgres");
        if (!pw)
            return false;
        m_postgresUid = pw->pw_uid;
        m_postgresGid = pw->pw_gid;
        const QString dir = m_dir.filePath("pg");
        // The postgres account must reach its directory inside the test's own.
        if (!QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner |
                                                     QFile::ExeOwner | QFile::ExeGroup |
                                                     QFile::ExeOther) ||
            !QDir().mkpath(dir) ||
            ::chown(dir.toLocal8Bit().constData(), m_postgresUid, m_postgresGid) != 0) {
            qWarning() << "cannot make PostgreSQL's directory" << dir;
            return false;
        }
        auto initdb = asPostgres("initdb", {"-D", dir + "/data", "--auth=trust", "-U", "postgres",
                                            "-E", "UTF8", "--locale=C", "--no-sync"});
        if (!initdb->waitForFinished(60000) || initdb->exitStatus() != QProcess::NormalExit ||
            initdb->exitCode() != 0) {
            qWarning().noquote() << "initdb failed:\n" << initdb->readAll();
            return false;
        }
        // Only the unix socket in the test's directory: no TCP, nothing shared with the
        // machine's own cluster.
        m_postgres = asPostgres("postgres", {"-D", dir + "/data", "-k", dir, "-c",
                                             "listen_addresses=", "-c", "fsync=off"});
        QString output;
        QElapsedTimer clock;
        clock.start();
        while (m_postgres->state() != QProcess::NotRunning && clock.elapsed() < 30000 &&
               !output.contains("ready to accept connections")) {
            m_postgres->waitForReadyRead(200);
            output += QString::fromUtf8(m_postgres->readAll());
        }
        if (!output.contains("ready to accept connections")) {
            qWarning().noquote() << "PostgreSQL did not start:\n" << output;
            return false;
        }
        m_socketDir = dir;
        if (!psql({"-d", "postgres", "-c", "CREATE DATABASE radius"}) ||
            !psql({"-d", "radius", "-f", SqlConfig + "/sql/main/postgresql/schema.sql"})) {
            qWarning() << "cannot load FreeRADIUS's schema into PostgreSQL";
            return false;
        }
        return true;
    }

    void stopPostgres()
    {
        if (!m_postgres || m_postgres->state() == QProcess::NotRunning)
            return;
        ::kill(static_cast<pid_t>(m_postgres->processId()), SIGINT); // fast shutdown
        if (!m_postgres->waitForFinished(20000)) {
            m_postgres->kill();
            m_postgres->waitForFinished(2000);
        }
    }

    // psql against the test's cluster; `output` gets what it printed. Its text is never
    // printed here: a statement may hold an NT hash.
    bool psql(const QStringList &args, QString *output = nullptr)
    {
        QProcess p;
        p.start(m_pgBin + "/psql", QStringList{"-h", m_socketDir, "-U", "postgres", "-X", "-q",
                                               "-v", "ON_ERROR_STOP=1"} +
                                       args);
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished(2000);
            return false;
        }
        if (output)
            *output = QString::fromUtf8(p.readAllStandardOutput());
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    bool sql(const QString &statement) { return psql({"-d", "radius", "-c", statement}); }

    // A user as an admin adds one: the NT hash in radcheck.
    bool addUser(const QString &name)
    {
        const bool added =
            sql(QStringLiteral("INSERT INTO radcheck (username, attribute, op, value) "
                               "VALUES ('%1', 'NT-Password', ':=', '%2')")
                    .arg(name, NtHash));
        if (!added)
            qWarning() << "cannot add" << name << "to radcheck";
        return added;
    }

    // radacct's rows for `user`, ordered by NAS address (vpn-a's first).
    QList<AcctRow> accounting(const QString &user)
    {
        QString out;
        if (!psql({"-d", "radius", "-A", "-t", "-F", "|", "-c",
                   QStringLiteral("SELECT acctsessionid, host(nasipaddress), "
                                  "acctstarttime IS NOT NULL, acctstoptime IS NOT NULL, "
                                  "COALESCE(acctterminatecause, ''), "
                                  "COALESCE(acctinputoctets, 0), "
                                  "COALESCE(host(framedipaddress), '') "
                                  "FROM radacct WHERE username = '%1' ORDER BY nasipaddress")
                       .arg(user)},
                  &out))
            return {};
        QList<AcctRow> rows;
        for (const QString &line : out.split('\n', Qt::SkipEmptyParts)) {
            const QStringList f = line.split('|');
            if (f.size() != 7)
                continue;
            rows << AcctRow{f[0], f[1], f[2] == "t", f[3] == "t", f[4], f[5].toLongLong(), f[6]};
        }
        return rows;
    }

    bool startRadius()
    {
        const QString dir = m_dir.filePath("radius");
        if (!QDir().mkpath(dir) ||
            !writeFile(dir + "/radiusd.conf", radiusConfig(dir, m_socketDir))) {
            qWarning() << "cannot write the FreeRADIUS configuration in" << dir;
            return false;
        }
        m_radius = m_lab.startIn(KeywardLab::Side::Server, QStringLiteral("freeradius"),
                                 {"-f", "-d", dir, "-l", "stdout"});
        QElapsedTimer clock;
        clock.start();
        while (m_radius->state() == QProcess::Running && clock.elapsed() < 15000 &&
               !m_radiusLog.contains("Ready to process requests")) {
            m_radius->waitForReadyRead(200);
            m_radiusLog += QString::fromUtf8(m_radius->readAll());
        }
        if (!m_radiusLog.contains("Ready to process requests")) {
            qWarning().noquote() << "FreeRADIUS did not start:\n" << m_radiusLog;
            return false;
        }
        return true;
    }

    KeywardLab m_lab;
    QTemporaryDir m_dir;
    // vpn-b; m_lab.server() is vpn-a. Declared after the lab: it goes first.
    std::unique_ptr<ServerUnderTest> m_b;
    std::unique_ptr<QProcess> m_radius;
    QString m_radiusLog;
    std::unique_ptr<QProcess> m_postgres;
    QString m_pgBin;
    QString m_socketDir;
    uid_t m_postgresUid = 0;
    gid_t m_postgresGid = 0;
};

QTEST_GUILESS_MAIN(TestRadiusFleet)
#include "TestRadiusFleet.moc"
