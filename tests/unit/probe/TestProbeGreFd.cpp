// keyward-probe --gre-fd: the descriptor it is given must be a raw IPv4 GRE socket;
// anything else (here a UDP socket) is refused with a message that says what it is,
// before any connection is made, with exit status 1.
// Needs no privilege.

#include "ServerUnderTest.h"
#include "probe/ProbeOptions.h"

#include <QProcess>
#include <QTest>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

using keyward::probe::ProbeOptions;

namespace {

struct Run
{
    int exitCode = -1;
    QString error;
};

// Runs keyward-probe with `lent` as its descriptor 3.
Run probeWith(int lent)
{
    QProcess process;
    process.setChildProcessModifier([lent] { ::dup2(lent, 3); });
    // A server address nothing answers on: the probe must stop before it tries.
    process.start(ServerUnderTest::binary("keyward-probe"),
                  {"--server", "192.0.2.1", "--user", "alice", "--password-stdin", "--gre-fd", "3",
                   "--timeout", "2"});
    process.write("not-a-real-password\n");
    process.closeWriteChannel();
    if (!process.waitForFinished(20000))
        process.kill();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestProbeGreFd : public QObject
{
    Q_OBJECT

private slots:
    void theOptionTakesADescriptorNumber()
    {
        const QStringList base{"--server", "192.0.2.1", "--user", "alice", "--password-stdin"};
        auto o = ProbeOptions::parse(base, "pw\n");
        QVERIFY(o);
        QCOMPARE(o->greFd, -1);
        o = ProbeOptions::parse(QStringList(base) << "--gre-fd"
                                                  << "3",
                                "pw\n");
        QVERIFY(o);
        QCOMPARE(o->greFd, 3);
        auto bad = ProbeOptions::parse(QStringList(base) << "--gre-fd"
                                                         << "three",
                                       "pw\n");
        QVERIFY(!bad);
        QVERIFY2(bad.message().find("--gre-fd must be a number") != std::string::npos,
                 bad.message().c_str());
    }

    void aUdpSocketIsRefusedForWhatItIs()
    {
        const int udp = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        QVERIFY(udp >= 0);
        const Run run = probeWith(udp);
        ::close(udp);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.error.contains("keyward-probe: --gre-fd: descriptor 3 is not a raw IPv4 GRE "
                                    "socket (domain 2, type 2, protocol 17)"),
                 qPrintable(run.error));
    }
};

QTEST_GUILESS_MAIN(TestProbeGreFd)
#include "TestProbeGreFd.moc"
