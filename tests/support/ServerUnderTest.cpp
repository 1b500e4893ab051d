#include "ServerUnderTest.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <QTimer>

using keyward::ipc::IpcClient;
using keyward::ipc::IpcReply;

namespace {

constexpr int ReadyTimeoutMs = 20000;

int exitCodeOf(const QProcess &process)
{
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

QString ServerUnderTest::binary(const QString &name)
{
    return QStringLiteral(KEYWARD_BIN_DIR "/") + name;
}

ServerUnderTest::~ServerUnderTest()
{
    stop();
}

QString ServerUnderTest::start(const QStringList &extraArgs)
{
    if (isRunning())
        return QStringLiteral("keywardd is already running");
    if (!m_state->isValid() || !m_logDir.isValid())
        return QStringLiteral("cannot make a temporary directory for keywardd");
    m_daemon = std::make_unique<QProcess>();
    m_daemon->setProcessChannelMode(QProcess::MergedChannels);
    m_daemon->setStandardOutputFile(logPath(), QIODevice::Append);
    NetworkLab::endWithTest(*m_daemon);
    QFile::remove(socketPath());
    const QStringList args = NetworkLab::inNamespace(
        m_lab.serverNamespace(), binary("keywardd"),
        QStringList{"--foreground", "--state-dir", stateDir(), "--ipc-socket", socketPath(),
                    "--listen", address(), "--log-level", "debug"} +
            extraArgs);
    m_daemon->start("ip", args);
    if (!m_daemon->waitForStarted(5000))
        return QStringLiteral("keywardd did not start: ") + m_daemon->errorString();

    // Ready means the handshake on the admin socket completes: keywardd listens on
    // it before its event loop runs, and answers only after its start-up (TCP 1723,
    // the data plane, the admin methods) has finished.
    QDeadlineTimer deadline(ReadyTimeoutMs);
    while (!QFileInfo::exists(socketPath())) {
        if (m_daemon->state() == QProcess::NotRunning || m_daemon->waitForFinished(50))
            return QStringLiteral("keywardd exited (code %1) before it was ready:\n%2")
                .arg(exitCodeOf(*m_daemon))
                .arg(outputTail());
        if (deadline.hasExpired())
            return QStringLiteral("keywardd made no admin socket within %1 s:\n%2")
                .arg(ReadyTimeoutMs / 1000)
                .arg(outputTail());
    }
    // The socket file appears at bind(), a moment before listen(): a refused
    // connection is retried until the deadline.
    while (true) {
        m_client = std::make_unique<IpcClient>("integration-test");
        QEventLoop loop;
        QObject::connect(m_client.get(), &IpcClient::ready, &loop, &QEventLoop::quit);
        QObject::connect(m_client.get(), &IpcClient::connectionError, &loop, &QEventLoop::quit);
        QObject::connect(m_daemon.get(), &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(deadline.remainingTime(), &loop, &QEventLoop::quit);
        m_client->connectTo(socketPath());
        if (m_client->state() != IpcClient::State::Ready)
            loop.exec();
        if (m_client->state() == IpcClient::State::Ready)
            break;
        m_client.reset();
        if (m_daemon->state() == QProcess::NotRunning)
            return QStringLiteral("keywardd exited (code %1) before it was ready:\n%2")
                .arg(exitCodeOf(*m_daemon))
                .arg(outputTail());
        if (deadline.hasExpired())
            return QStringLiteral("cannot reach keywardd's admin socket:\n") + outputTail();
        QThread::msleep(50);
    }
    return {};
}

QString ServerUnderTest::startFresh(const QStringList &extraArgs)
{
    stop();
    m_daemon.reset();
    m_state = std::make_unique<QTemporaryDir>();
    QFile::remove(logPath());
    m_output.clear();
    m_logRead = 0;
    return start(extraArgs);
}

int ServerUnderTest::stop()
{
    m_client.reset();
    if (!m_daemon)
        return -1;
    if (m_daemon->state() != QProcess::NotRunning) {
        m_daemon->terminate(); // ip netns exec passes SIGTERM on by exec'ing keywardd
        if (!m_daemon->waitForFinished(10000)) {
            m_daemon->kill();
            m_daemon->waitForFinished(2000);
        }
    }
    return exitCodeOf(*m_daemon);
}

void ServerUnderTest::kill()
{
    m_client.reset();
    if (isRunning()) {
        m_daemon->kill();
        m_daemon->waitForFinished(5000);
    }
}

void ServerUnderTest::callAsync(const QString &method, const QJsonObject &params)
{
    if (m_client)
        m_client->call(
            method, params, [](const IpcReply &) {}, 60000);
}

QString ServerUnderTest::output()
{
    QFile log(logPath());
    if (log.open(QIODevice::ReadOnly) && log.size() > m_logRead) {
        log.seek(m_logRead);
        const QByteArray more = log.readAll();
        // Only whole lines, so a multi-byte character is never cut in two.
        const qsizetype end = more.lastIndexOf('\n') + 1;
        m_output += QString::fromLocal8Bit(more.left(end));
        m_logRead += end;
    }
    return m_output;
}

QString ServerUnderTest::outputTail(int lines)
{
    const QStringList all = output().split('\n');
    if (all.size() <= lines)
        return m_output;
    return QStringLiteral("[%1 earlier lines left out]\n").arg(all.size() - lines) +
           all.mid(all.size() - lines).join('\n');
}

IpcReply ServerUnderTest::call(const QString &method, const QJsonObject &params)
{
    if (!m_client)
        return IpcReply::failure("disconnected", "no admin client");
    IpcReply result;
    bool done = false;
    QEventLoop loop;
    m_client->call(method, params, [&](const IpcReply &r) {
        result = r;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return result;
}

bool ServerUnderTest::addUser(const QString &name, const QString &password)
{
    return call("user.add", {{"name", name}, {"password", password}}).ok;
}

QJsonObject ServerUnderTest::ProbeRun::session(int i) const
{
    return report.value("results").toArray().at(i).toObject();
}

std::unique_ptr<QProcess> ServerUnderTest::startProbe(const QString &user, const QString &password,
                                                      const QStringList &args)
{
    auto p = std::make_unique<QProcess>();
    NetworkLab::endWithTest(*p);
    const QStringList full = NetworkLab::inNamespace(
        m_lab.clientNamespace(), binary("keyward-probe"),
        QStringList{"--server", address(), "--user", user, "--password-stdin", "--json"} + args);
    p->start("ip", full);
    p->waitForStarted(5000);
    p->write((password + "\n").toUtf8());
    p->closeWriteChannel();
    return p;
}

ServerUnderTest::ProbeRun ServerUnderTest::finishProbe(QProcess &p, int timeoutMs)
{
    ProbeRun run;
    // Keep this thread's event loop turning (the admin client lives here).
    QDeadlineTimer deadline(timeoutMs);
    while (p.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        p.waitForFinished(50);
    }
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(2000);
    }
    const QByteArray out = p.readAllStandardOutput();
    run.output = QString::fromLocal8Bit(out) + QString::fromLocal8Bit(p.readAllStandardError());
    run.exitCode = exitCodeOf(p);
    run.report = QJsonDocument::fromJson(out).object();
    return run;
}

ServerUnderTest::ProbeRun ServerUnderTest::probe(const QString &user, const QString &password,
                                                 const QStringList &args, int timeoutMs)
{
    auto p = startProbe(user, password, args);
    return finishProbe(*p, timeoutMs);
}
