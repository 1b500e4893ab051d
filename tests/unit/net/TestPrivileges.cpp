// keywardd keeps only CAP_NET_ADMIN and CAP_NET_RAW: other root powers are gone,
// the kept ones still work, and the process cannot dump core.

#include "NetworkLab.h"
#include "net/Privileges.h"

#include <QTest>
#include <fcntl.h>
#include <linux/capability.h>
#include <netinet/in.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace keyward::net;

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
