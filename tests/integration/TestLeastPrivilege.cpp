// keywardd started as root with a `keyward` account present: it runs as that user
// with no capability left (not even in the bounding set), non-dumpable after the uid
// change, on a state directory an earlier root-run keywardd made; sessions still pass
// traffic through the pool's one route. A user name from the wire with a newline and
// an escape sequence shows escaped in its log, and a client whose session an admin
// ends is told why but not by whom. `window validate` works all the same: keyward-probe,
// run by keywardd with no privilege, borrows the raw GRE socket keywardd reserved for
// it. The account is made for the test when missing and removed afterwards.

#include "KeywardLab.h"
#include "net/Privileges.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

namespace {

const QString Password = QStringLiteral("Correct-horse-42");
const QString NoCapability = QStringLiteral("0000000000000000");

// The fields of /proc/PID/status ("Uid" -> "998\t998\t998\t998").
QMap<QString, QString> processStatus(qint64 pid)
{
    QMap<QString, QString> fields;
    QFile file(QStringLiteral("/proc/%1/status").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return fields;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const int colon = line.indexOf(':');
        if (colon > 0)
            fields.insert(QString::fromLatin1(line.left(colon)),
                          QString::fromLatin1(line.mid(colon + 1).trimmed()));
    }
    return fields;
}

QString four(unsigned id)
{
    const QString n = QString::number(id);
    return n + '\t' + n + '\t' + n + '\t' + n;
}

} // namespace

class TestLeastPrivilege : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        KEYWARD_SKIP_IF_UNAVAILABLE(
            NetworkLab::needsRoot("to start keywardd as root and make the keyward user"));
        auto account = keyward::net::Privileges::account("keyward");
        if (!account) {
            KEYWARD_SKIP_IF_UNAVAILABLE(KeywardLab::missingTool("useradd"));
            QString output;
            QCOMPARE(NetworkLab::run("useradd",
                                     {"--system", "--user-group", "--no-create-home", "--home-dir",
                                      "/nonexistent", "--shell", "/usr/sbin/nologin", "keyward"},
                                     &output),
                     0);
            m_madeUser = true;
            account = keyward::net::Privileges::account("keyward");
            QVERIFY2(account.ok(), qPrintable(output));
        }
        m_user = *account;
        KEYWARD_LAB_SET_UP(m_lab, KeywardLab::Daemon::Later);
    }

    void cleanupTestCase()
    {
        if (m_lab.server().isRunning())
            m_lab.server().stop();
        if (m_madeUser)
            NetworkLab::run("userdel", {"keyward"});
    }

    void cleanup() { m_lab.reportIfFailed(); }

    void theStateOfARootRunKeywarddBecomesTheUsers()
    {
        // An earlier keywardd kept root on purpose and made the state directory...
        QCOMPARE(m_lab.server().startFresh({"--user", "root"}), QString());
        auto asRoot = processStatus(m_lab.server().pid());
        QCOMPARE(asRoot.value("Uid"), four(0));
        QCOMPARE(asRoot.value("CapEff"), NoCapability); // root, without its powers
        QCOMPARE(asRoot.value("CapBnd"), NoCapability);
        QVERIFY(m_lab.server().addUser("alice", Password));
        QCOMPARE(m_lab.server().stop(), 0);
        const QDir state(m_lab.server().stateDir());
        const auto files = state.entryInfoList(QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QFileInfo &file : files)
            QCOMPARE(file.ownerId(), 0u);

        // ...then keywardd is started as root without --user: it takes the directory
        // over for its user, and alice's credential still opens.
        QCOMPARE(m_lab.server().start(), QString());
        QCOMPARE(QFileInfo(state.path()).ownerId(), m_user.uid);
        for (const QFileInfo &file : state.entryInfoList(QDir::Files))
            if (!file.fileName().endsWith(".sock"))
                QVERIFY2(file.ownerId() == m_user.uid, qPrintable(file.fileName()));
        QVERIFY(m_lab.server().output().contains("running as keyward with no capabilities"));
    }

    void itRunsAsTheUserWithNoCapabilityAndIsNotDumpable()
    {
        QVERIFY(m_lab.server().isRunning());
        const qint64 pid = m_lab.server().pid();
        QCOMPARE(QFile::symLinkTarget(QStringLiteral("/proc/%1/exe").arg(pid)),
                 QFileInfo(ServerUnderTest::binary("keywardd")).canonicalFilePath());
        const auto status = processStatus(pid);
        QCOMPARE(status.value("Uid"), four(m_user.uid));
        QCOMPARE(status.value("Gid"), four(m_user.gid));
        QCOMPARE(status.value("Groups"), QString());
        // What README says keywardd keeps: nothing.
        for (const char *set : {"CapInh", "CapPrm", "CapEff", "CapBnd", "CapAmb"})
            QVERIFY2(status.value(set) == NoCapability,
                     qPrintable(QString("%1: %2").arg(set, status.value(set))));
        QCOMPARE(status.value("NoNewPrivs"), QString("1"));
        // Non-dumpable after the uid change: the kernel then keeps /proc/PID's files
        // root's, so the keyward user can neither ptrace keywardd nor read its memory.
        QCOMPARE(QFileInfo(QStringLiteral("/proc/%1/status").arg(pid)).ownerId(), 0u);
        QCOMPARE(QFileInfo(QStringLiteral("/proc/%1/mem").arg(pid)).ownerId(), 0u);
    }

    void windowValidateWorksWithNoCapability()
    {
        const auto run = m_lab.ctl({"window", "validate"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains("PASS  128-bit session comes up: session up with 128-bit"),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains("PASS  40-bit-only attempt is refused: refused"),
                 qPrintable(run.out));
        const QRegularExpressionMatch match =
            QRegularExpression("test account (kw-validate-[0-9a-f]+) deleted; validation passed")
                .match(run.out);
        QVERIFY2(match.hasMatch(), qPrintable(run.out));
        const QString account = match.captured(1);
        // keywardd still has nothing.
        const auto status = processStatus(m_lab.server().pid());
        QCOMPARE(status.value("CapEff"), NoCapability);
        QCOMPARE(status.value("Uid"), four(m_user.uid));
        // The test account was made and deleted, both on the record, and is gone.
        const auto audit = m_lab.ctl({"--json", "audit", "list", "window.validate"});
        QCOMPARE(audit.exitCode, 0);
        int made = 0, deleted = 0;
        for (const QJsonValue &v :
             QJsonDocument::fromJson(audit.out.toUtf8()).object().value("entries").toArray()) {
            const QJsonObject entry = v.toObject();
            if (entry.value("target").toString() != account)
                continue;
            const QString step = entry.value("details").toObject().value("step").toString();
            made += step == "test account created" ? 1 : 0;
            deleted += step == "test account deleted" ? 1 : 0;
        }
        QVERIFY2(made == 1 && deleted == 1, qPrintable(audit.out));
        const auto users = m_lab.server().call("user.list");
        QVERIFY(users.ok);
        QVERIFY(!QJsonDocument(users.result).toJson().contains(account.toUtf8()));
    }

    void sessionsPassTrafficThroughThePoolRoute()
    {
        auto run = m_lab.server().probe("alice", Password, {"--count", "3", "--sessions", "2"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QCOMPARE(run.session(0).value("pingsReceived").toInt(), 3);
        QCOMPARE(run.session(1).value("pingsReceived").toInt(), 3);
        // One route for the pool; no host route was added for either session.
        QString routes;
        QCOMPARE(NetworkLab::run("ip",
                                 {"-n", m_lab.network().serverNamespace(), "-4", "route", "show",
                                  "table", "all", "dev", "kw0"},
                                 &routes),
                 0);
        QVERIFY2(routes.contains("10.75.0.0/24"), qPrintable(routes));
        QVERIFY2(!routes.contains("10.75.0.2 "), qPrintable(routes));
    }

    void aUserNameFromTheWireIsEscapedInTheLog()
    {
        const QString name = QStringLiteral("mallory\n1999-01-01T00:00:00.000 info "
                                            "keyward.session: forged\x1b[2J");
        auto run = m_lab.server().probe(name, Password);
        QCOMPARE(run.session().value("authCode").toInt(), 691);
        QTRY_VERIFY_WITH_TIMEOUT(m_lab.server().output().contains("login failed for mallory"),
                                 5000);
        const QString log = m_lab.server().output();
        QVERIFY2(log.contains("login failed for mallory\\n1999-01-01T00:00:00.000 info "
                              "keyward.session: forged\\x1b[2J"),
                 qPrintable(log.right(2000)));
        QVERIFY(!log.contains(QChar(0x1b)));
        for (const QString &line : log.split('\n'))
            QVERIFY2(!line.startsWith("1999-01-01T00:00:00.000"), qPrintable(line));
    }

    void theClientIsToldWhyItsSessionEndedButNotByWhom()
    {
        auto probe =
            m_lab.server().startProbe("alice", Password, {"--count", "200", "--interval", "100"});
        QJsonArray sessions;
        QTRY_VERIFY_WITH_TIMEOUT(
            (sessions = m_lab.server().call("session.list").result.value("sessions").toArray())
                        .size() == 1 &&
                sessions.at(0).toObject().value("state").toString() == "up",
            10000);
        const int id = sessions.at(0).toObject().value("id").toInt();
        auto ended = m_lab.server().call("session.disconnect", {{"id", id}});
        QVERIFY2(ended.ok, qPrintable(ended.errorMessage));
        auto run = ServerUnderTest::finishProbe(*probe, 20000);
        const QString told = run.session().value("endReason").toString();
        QVERIFY2(told.contains("disconnected by an administrator"), qPrintable(run.output));
        QVERIFY2(!told.contains("root") && !told.contains("uid"), qPrintable(told));
        // The record keeps who it was.
        QJsonArray history;
        QTRY_VERIFY_WITH_TIMEOUT(
            !(history = m_lab.server().call("session.history").result.value("sessions").toArray())
                    .isEmpty() &&
                history.at(0).toObject().value("reason").toString().contains(
                    "disconnected by root"),
            5000);
    }

private:
    KeywardLab m_lab;
    keyward::net::Privileges::Account m_user;
    bool m_madeUser = false;
};

QTEST_GUILESS_MAIN(TestLeastPrivilege)
#include "TestLeastPrivilege.moc"
