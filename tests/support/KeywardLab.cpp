#include "KeywardLab.h"

#include <QDeadlineTimer>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTest>
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
