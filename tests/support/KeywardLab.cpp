#include "KeywardLab.h"

#include <QDeadlineTimer>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTest>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <sched.h>
#include <sys/socket.h>
#include <unistd.h>

using keyward::ErrorKind;
using keyward::fail;

namespace {

// keywardctl answers within its own request timeouts; past this it is stuck.
constexpr int CtlTimeoutMs = 60000;

} // namespace

KeywardLab::KeywardLab() : m_server(std::make_unique<ServerUnderTest>(m_network)) {}

KeywardLab::~KeywardLab()
{
    m_server->stop(); // before the namespaces go
}

QString KeywardLab::missingTool(const QString &tool)
{
    if (!QStandardPaths::findExecutable(tool).isEmpty())
        return {};
    return QStringLiteral("%1 is not installed (installer/debian/install-deps.sh installs it)")
        .arg(tool);
}

keyward::Status KeywardLab::setUp(Daemon daemon, const QStringList &daemonArgs)
{
    const QString why = m_network.setUp();
    if (!why.isEmpty())
        return fail(ErrorKind::Unavailable, why.toStdString());
    if (daemon == Daemon::Later)
        return {};
    const QString error = m_server->start(daemonArgs);
    if (!error.isEmpty())
        return fail(ErrorKind::Internal, error.toStdString());
    return {};
}

std::unique_ptr<ServerUnderTest> KeywardLab::addServer(int host)
{
    const QString address =
        QStringLiteral("%1.%2").arg(m_network.serverAddress().section('.', 0, 2)).arg(host);
    if (host < 3 || host > 254 ||
        NetworkLab::run("ip", {"-n", m_network.serverNamespace(), "addr", "add", address + "/24",
                               "dev", m_network.serverInterface()}) != 0)
        return {};
    return std::make_unique<ServerUnderTest>(m_network, address);
}

QStringList KeywardLab::addClientAddresses(int count)
{
    QStringList added;
    const QString prefix = m_network.clientAddress().section('.', 0, 2);
    for (int i = 0; i < count; ++i) {
        const QString address = QStringLiteral("%1.%2").arg(prefix).arg(10 + i);
        if (NetworkLab::run("ip", {"-n", m_network.clientNamespace(), "addr", "add",
                                   address + "/24", "dev", m_network.clientInterface()}) != 0)
            break;
        added << address;
    }
    return added;
}

int KeywardLab::connectFromClient(const QString &sourceAddress, quint16 port, QString *error,
                                  int receiveBuffer)
{
    auto failWith = [error](const QString &what) {
        *error = what + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(errno));
        return -1;
    };
    // A socket belongs to the namespace it is made in: make it there, then come back.
    const int home = ::open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
    const QByteArray path = ("/run/netns/" + m_network.clientNamespace()).toLocal8Bit();
    const int client = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (home < 0 || client < 0 || ::setns(client, CLONE_NEWNET) < 0) {
        failWith(QStringLiteral("cannot enter the client namespace"));
        if (home >= 0)
            ::close(home);
        if (client >= 0)
            ::close(client);
        return -1;
    }
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int savedErrno = errno;
    const bool back = ::setns(home, CLONE_NEWNET) == 0;
    ::close(home);
    ::close(client);
    if (!back)
        qFatal("cannot return to the test's own network namespace");
    errno = savedErrno;
    if (fd < 0)
        return failWith(QStringLiteral("socket"));
    if (receiveBuffer > 0)
        (void)::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &receiveBuffer, sizeof receiveBuffer);
    if (!sourceAddress.isEmpty()) {
        sockaddr_in local{};
        local.sin_family = AF_INET;
        ::inet_pton(AF_INET, sourceAddress.toLatin1().constData(), &local.sin_addr);
        if (::bind(fd, reinterpret_cast<sockaddr *>(&local), sizeof local) < 0) {
            failWith(QStringLiteral("bind to ") + sourceAddress);
            ::close(fd);
            return -1;
        }
    }
    sockaddr_in server{};
    server.sin_family = AF_INET;
    server.sin_port = htons(port);
    ::inet_pton(AF_INET, m_network.serverAddress().toLatin1().constData(), &server.sin_addr);
    timeval timeout{5, 0};
    (void)::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&server), sizeof server) < 0) {
        failWith(QStringLiteral("connect to ") + m_network.serverAddress());
        ::close(fd);
        return -1;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    return fd;
}

KeywardLab::CtlRun KeywardLab::finish(QProcess &p, const QString &input)
{
    CtlRun run;
    if (!p.waitForStarted(5000)) {
        run.err = QStringLiteral("keywardctl did not start: ") + p.errorString();
        return run;
    }
    p.write(input.toUtf8());
    p.closeWriteChannel();
    // The daemon answers on its own; keep this thread's events turning too (the
    // lab's admin client and any console the test made live here).
    QDeadlineTimer deadline(CtlTimeoutMs);
    while (p.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(20);
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(2000);
    }
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return run;
}

KeywardLab::CtlRun KeywardLab::ctl(const QStringList &args, const QString &input,
                                   const QString &socket, uid_t uid)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("KEYWARD_SOCKET", socket.isEmpty() ? m_server->socketPath() : socket);
    p.setProcessEnvironment(env);
    if (uid != 0) {
        p.setChildProcessModifier([uid] {
            if (::setgid(uid) != 0 || ::setuid(uid) != 0)
                ::_exit(99);
        });
    }
    p.start(ServerUnderTest::binary("keywardctl"), args);
    return finish(p, input);
}

KeywardLab::CtlRun KeywardLab::ctlRemote(const QString &listen, const QString &fingerprint,
                                         const QString &token, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("KEYWARD_TOKEN", token);
    p.setProcessEnvironment(env);
    NetworkLab::endWithTest(p);
    p.start("ip", NetworkLab::inNamespace(
                      m_network.clientNamespace(), ServerUnderTest::binary("keywardctl"),
                      QStringList{"--remote", listen, "--fingerprint", fingerprint} + args));
    return finish(p, {});
}

std::unique_ptr<QProcess> KeywardLab::startIn(Side side, const QString &program,
                                              const QStringList &args)
{
    auto p = std::make_unique<QProcess>();
    p->setProcessChannelMode(QProcess::MergedChannels);
    NetworkLab::endWithTest(*p);
    const QString ns =
        side == Side::Client ? m_network.clientNamespace() : m_network.serverNamespace();
    p->start("ip", NetworkLab::inNamespace(ns, program, args));
    p->waitForStarted(5000);
    return p;
}

void KeywardLab::reportIfFailed()
{
    if (!QTest::currentTestFailed())
        return;
    const QString log = m_server->outputTail();
    if (log.isEmpty())
        return;
    qWarning().noquote() << QStringLiteral("keywardd's log, for %1() that failed:\n%2")
                                .arg(QString::fromLatin1(QTest::currentTestFunction()), log);
}
