#include "NetworkLab.h"

#include <QRegularExpression>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <net/if.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// Namespace names carry the pid of the test that made them: kwc<pid>, kws<pid>.
const QRegularExpression LabNamespace(QStringLiteral("^kw[cs]([0-9]+)\\b"));

bool processAlive(pid_t pid)
{
    return ::kill(pid, 0) == 0 || errno != ESRCH;
}

} // namespace

int NetworkLab::run(const QString &program, const QStringList &args, QString *output, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForStarted(timeoutMs))
        return -1;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
    }
    if (output)
        *output = QString::fromLocal8Bit(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QStringList NetworkLab::inNamespace(const QString &ns, const QString &program,
                                    const QStringList &args)
{
    return QStringList{"netns", "exec", ns, program} + args;
}

void NetworkLab::endWithTest(QProcess &process)
{
    // ip netns exec execs the program, so the setting reaches keywardd and the probe.
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

bool NetworkLab::skipsAreFailures()
{
    return qEnvironmentVariableIntValue("KEYWARD_NO_SKIP") == 1;
}

QString NetworkLab::needsRoot(const QString &purpose)
{
    if (::geteuid() == 0)
        return {};
    return QStringLiteral("needs root %1 (CI runs tests as root)").arg(purpose);
}

void NetworkLab::removeLeftovers()
{
    // A test killed by a timeout or a crash cannot remove its namespaces; the next
    // run does, for every lab whose test process is gone.
    QString list;
    if (run("ip", {"netns", "list"}, &list) != 0)
        return;
    for (const QString &line : list.split('\n', Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = LabNamespace.match(line);
        if (m.hasMatch() && !processAlive(static_cast<pid_t>(m.captured(1).toLongLong())))
            run("ip", {"netns", "del", line.section(' ', 0, 0)});
    }
}

QString NetworkLab::setUp()
{
    if (QString why = needsRoot("to create network namespaces"); !why.isEmpty())
        return why;
    QString out;
    if (run("ip", {"-V"}, &out) != 0)
        return QStringLiteral("the 'ip' tool (iproute2) is missing");
    if (run("ip", {"netns", "list"}, &out) != 0)
        return QStringLiteral("'ip netns' does not work here: ") + out.trimmed();
    removeLeftovers();
    // Unique per process so parallel tests do not collide.
    const int id = static_cast<int>(::getpid() % 200) + 10;
    m_client = QStringLiteral("kwc%1").arg(::getpid());
    m_server = QStringLiteral("kws%1").arg(::getpid());
    m_clientAddress = QStringLiteral("198.18.%1.2").arg(id);
    m_serverAddress = QStringLiteral("198.18.%1.1").arg(id);
    const QString vc = QStringLiteral("kvc%1").arg(::getpid());
    const QString vs = QStringLiteral("kvs%1").arg(::getpid());
    m_serverInterface = vs;
    m_clientInterface = vc;
    const QList<QStringList> steps = {
        {"netns", "add", m_client},
        {"netns", "add", m_server},
        {"link", "add", vc, "netns", m_client, "type", "veth", "peer", "name", vs, "netns",
         m_server},
        {"-n", m_client, "addr", "add", m_clientAddress + "/24", "dev", vc},
        {"-n", m_server, "addr", "add", m_serverAddress + "/24", "dev", vs},
        {"-n", m_client, "link", "set", vc, "up"},
        {"-n", m_server, "link", "set", vs, "up"},
        {"-n", m_client, "link", "set", "lo", "up"},
        {"-n", m_server, "link", "set", "lo", "up"},
    };
    m_made = true;
    for (const QStringList &step : steps) {
        if (run("ip", step, &out) != 0)
            return QStringLiteral("ip %1 failed: %2").arg(step.join(' '), out.trimmed());
    }
    return {};
}

NetworkLab::~NetworkLab()
{
    if (!m_made)
        return;
    run("ip", {"netns", "del", m_client});
    run("ip", {"netns", "del", m_server});
}

QString NetworkLab::enterPrivateNamespace()
{
    if (QString why = needsRoot("to create a network namespace"); !why.isEmpty())
        return why;
    if (::unshare(CLONE_NEWNET) < 0)
        return QStringLiteral("unshare(CLONE_NEWNET) failed: ") +
               QString::fromLocal8Bit(std::strerror(errno));
    const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
    ifreq ifr{};
    std::strncpy(ifr.ifr_name, "lo", IFNAMSIZ - 1);
    const bool up = fd >= 0 && ::ioctl(fd, SIOCGIFFLAGS, &ifr) == 0 &&
                    (ifr.ifr_flags |= IFF_UP, ::ioctl(fd, SIOCSIFFLAGS, &ifr) == 0);
    if (fd >= 0)
        ::close(fd);
    return up ? QString() : QStringLiteral("cannot bring loopback up in the new namespace");
}
