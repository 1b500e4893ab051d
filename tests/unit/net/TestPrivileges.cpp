// Dropping privileges: exactly the capabilities asked for remain (keywardd asks for
// none), the switch to keywardd's user leaves nothing in any capability set and the
// process non-dumpable, and the state directory is given to that user without
// following links or taking files that are not keywardd's.

#include "NetworkLab.h"
#include "net/Privileges.h"

#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <fcntl.h>
#include <fstream>
#include <linux/capability.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace keyward::net;

namespace {

// "Uid:", "CapBnd:", ... of /proc/self/status: the rest of the line, trimmed.
std::string statusField(const std::string &name)
{
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind(name + ":", 0) == 0) {
            const auto start = line.find_first_not_of(" \t", name.size() + 1);
            return start == std::string::npos ? std::string() : line.substr(start);
        }
    }
    return {};
}

uid_t ownerOf(const QString &path)
{
    struct stat st
    {
    };
    return ::lstat(path.toLocal8Bit().constData(), &st) == 0 ? st.st_uid : uid_t(-1);
}

bool writeFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write("x") == 1;
}

} // namespace

class TestPrivileges : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        KEYWARD_SKIP_IF_UNAVAILABLE(
            NetworkLab::needsRoot("to have capabilities to drop and to switch users"));
    }

    void onlyTheNetworkCapabilitiesRemain()
    {
        QTemporaryDir dir;
        QString file = dir.filePath("owned");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();

        pid_t child = ::fork();
        if (child == 0) {
            // Exit codes say which check failed.
            if (!Privileges::dropTo({CAP_NET_ADMIN, CAP_NET_RAW}).ok())
                ::_exit(10);
            if (!Privileges::forbidCoreDumps().ok())
                ::_exit(11);
            auto caps = Privileges::effectiveCapabilities();
            if (!caps.ok() || *caps != ((1ull << CAP_NET_ADMIN) | (1ull << CAP_NET_RAW)))
                ::_exit(12);
            if (::chown(file.toLocal8Bit().constData(), 4242, 4242) == 0 || errno != EPERM)
                ::_exit(13); // CAP_CHOWN must be gone
            int raw = ::socket(AF_INET, SOCK_RAW, IPPROTO_GRE);
            if (raw < 0)
                ::_exit(14); // CAP_NET_RAW must remain
            ::close(raw);
            if (::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0)
                ::_exit(15);
            ::_exit(0);
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
    }

    void nothingRemainsAfterTheSwitchAndTheProcessIsNotDumpable()
    {
        auto nobody = Privileges::account("nobody");
        QVERIFY2(nobody.ok(), "this test needs the user 'nobody'");
        const std::string uid = std::to_string(nobody->uid);
        pid_t child = ::fork();
        if (child == 0) {
            ::prctl(PR_SET_DUMPABLE, 1, 0, 0, 0);
            ::prctl(PR_SET_PDEATHSIG, SIGTERM, 0, 0, 0); // as a supervisor may ask
            if (!Privileges::dropTo({}, "nobody").ok())
                ::_exit(10);
            if (statusField("Uid") != uid + "\t" + uid + "\t" + uid + "\t" + uid)
                ::_exit(11);
            for (const char *set : {"CapInh", "CapPrm", "CapEff", "CapBnd", "CapAmb"})
                if (statusField(set) != "0000000000000000")
                    ::_exit(12);
            if (statusField("NoNewPrivs") != "1" || !statusField("Groups").empty())
                ::_exit(13);
            if (::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0)
                ::_exit(14);
            if (::socket(AF_INET, SOCK_RAW, IPPROTO_GRE) >= 0)
                ::_exit(15); // no CAP_NET_RAW
            int deathSignal = 0;
            if (::prctl(PR_GET_PDEATHSIG, &deathSignal, 0, 0, 0) < 0 || deathSignal != SIGTERM)
                ::_exit(16);
            ::_exit(0);
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
    }

    void rootCanBeKeptOnPurposeWithoutItsCapabilities()
    {
        pid_t child = ::fork();
        if (child == 0) {
            if (!Privileges::dropTo({}, "root").ok())
                ::_exit(10);
            if (::getuid() != 0 || statusField("CapEff") != "0000000000000000" ||
                statusField("CapBnd") != "0000000000000000")
                ::_exit(11);
            if (::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0)
                ::_exit(12);
            ::_exit(0);
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QCOMPARE(WEXITSTATUS(status), 0);
    }

    void theStateDirectoryIsGivenToTheUser()
    {
        auto nobody = Privileges::account("nobody");
        QVERIFY(nobody.ok());
        QTemporaryDir outside;
        const QString secret = outside.filePath("not-keywardd's");
        QVERIFY(writeFile(secret));
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath("keyward.db")));
        QVERIFY(writeFile(dir.filePath("credentials.key")));
        QVERIFY(QFile::link(secret, dir.filePath("link")));
        QVERIFY(QDir(dir.path()).mkdir("sub"));
        QVERIFY(writeFile(dir.filePath("sub/deeper")));

        auto given = Privileges::handOver(dir.path().toStdString(), *nobody);
        QVERIFY2(given.ok(), given.message().c_str());
        QCOMPARE(ownerOf(dir.path()), nobody->uid);
        QCOMPARE(ownerOf(dir.filePath("keyward.db")), nobody->uid);
        QCOMPARE(ownerOf(dir.filePath("credentials.key")), nobody->uid);
        QCOMPARE(ownerOf(secret), uid_t(0)); // the link was not followed
        QCOMPARE(ownerOf(dir.filePath("link")), uid_t(0));
        QCOMPARE(ownerOf(dir.filePath("sub/deeper")), uid_t(0));
        // Again: nothing left to do, no error.
        QVERIFY(Privileges::handOver(dir.path().toStdString(), *nobody).ok());
    }

    void whatIsNotKeywarddsIsRefusedWithTheFix()
    {
        auto nobody = Privileges::account("nobody");
        QVERIFY(nobody.ok());
        {
            QTemporaryDir dir;
            QVERIFY(writeFile(dir.filePath("keyward.db")));
            QCOMPARE(::chown(dir.filePath("keyward.db").toLocal8Bit().constData(), 4242, 4242), 0);
            auto given = Privileges::handOver(dir.path().toStdString(), *nobody);
            QVERIFY(!given.ok());
            QVERIFY2(given.message().find("uid 4242") != std::string::npos &&
                         given.message().find("chown -R nobody:") != std::string::npos,
                     given.message().c_str());
            QCOMPARE(ownerOf(dir.filePath("keyward.db")), uid_t(4242));
        }
        {
            QTemporaryDir outside;
            QVERIFY(writeFile(outside.filePath("shadow")));
            QTemporaryDir dir;
            QCOMPARE(::link(outside.filePath("shadow").toLocal8Bit().constData(),
                            dir.filePath("keyward.db").toLocal8Bit().constData()),
                     0);
            auto given = Privileges::handOver(dir.path().toStdString(), *nobody);
            QVERIFY(!given.ok());
            QVERIFY2(given.message().find("hard links") != std::string::npos,
                     given.message().c_str());
            QCOMPARE(ownerOf(outside.filePath("shadow")), uid_t(0));
        }
        {
            QTemporaryDir shared;
            QCOMPARE(::chmod(shared.path().toLocal8Bit().constData(), 01777), 0);
            auto given = Privileges::handOver(shared.path().toStdString(), *nobody);
            QVERIFY(!given.ok());
            QVERIFY2(given.message().find("written by anyone") != std::string::npos,
                     given.message().c_str());
            QCOMPARE(ownerOf(shared.path()), uid_t(0));
        }
    }

    void unknownUserIsAClearError()
    {
        pid_t child = ::fork();
        if (child == 0) {
            auto result = Privileges::dropTo({CAP_NET_ADMIN}, "no-such-keyward-user");
            ::_exit(!result.ok() && result.message().find("no such user") != std::string::npos ? 0
                                                                                               : 1);
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QCOMPARE(WEXITSTATUS(status), 0);
    }
};

QTEST_GUILESS_MAIN(TestPrivileges)
#include "TestPrivileges.moc"
