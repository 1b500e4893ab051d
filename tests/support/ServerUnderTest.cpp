#include "ServerUnderTest.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <QTimer>

using keyward::ipc::IpcClient;
using keyward::ipc::IpcReply;

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
    m_daemon = std::make_unique<QProcess>();
    m_daemon->setProcessChannelMode(QProcess::MergedChannels);
    QFile::remove(socketPath());
    const QStringList args = NetworkLab::inNamespace(
        m_lab.serverNamespace(), binary("keywardd"),
        QStringList{"--foreground", "--state-dir", stateDir(), "--ipc-socket", socketPath(),
                    "--listen", m_lab.serverAddress(), "--log-level", "debug"} +
            extraArgs);
    m_daemon->start("ip", args);
    if (!m_daemon->waitForStarted(5000))
        return QStringLiteral("keywardd did not start");
    QDeadlineTimer deadline(10000);
    while (!QFileInfo::exists(socketPath()) && !deadline.hasExpired()) {
        if (m_daemon->state() != QProcess::Running)
            return QStringLiteral("keywardd exited: ") + output();
        QThread::msleep(50);
    }
    m_client = std::make_unique<IpcClient>("integration-test");
    QEventLoop loop;
    QObject::connect(m_client.get(), &IpcClient::ready, &loop, &QEventLoop::quit);
    QObject::connect(m_client.get(), &IpcClient::connectionError, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    m_client->connectTo(socketPath());
    loop.exec();
    if (m_client->state() != IpcClient::State::Ready)
        return QStringLiteral("cannot reach keywardd's admin socket: ") + output();
    return {};
}

int ServerUnderTest::stop()
{
    m_client.reset();
    if (!m_daemon || m_daemon->state() == QProcess::NotRunning)
        return m_daemon ? m_daemon->exitCode() : -1;
    m_daemon->terminate(); // ip netns exec passes SIGTERM on by exec'ing keywardd
    if (!m_daemon->waitForFinished(10000)) {
        m_daemon->kill();
        m_daemon->waitForFinished(2000);
    }
    output();
    return m_daemon->exitCode();
}

void ServerUnderTest::kill()
{
    m_client.reset();
    if (m_daemon && m_daemon->state() != QProcess::NotRunning) {
        m_daemon->kill();
        m_daemon->waitForFinished(5000);
    }
    output();
}

void ServerUnderTest::callAsync(const QString &method, const QJsonObject &params)
{
    if (m_client)
        m_client->call(
            method, params, [](const IpcReply &) {}, 60000);
}

QString ServerUnderTest::output()
{
    if (m_daemon)
        m_output += QString::fromLocal8Bit(m_daemon->readAll());
    return m_output;
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
    const QStringList full =
        NetworkLab::inNamespace(m_lab.clientNamespace(), binary("keyward-probe"),
                                QStringList{"--server", m_lab.serverAddress(), "--user", user,
                                            "--password-stdin", "--json"} +
                                    args);
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
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.report = QJsonDocument::fromJson(out).object();
    return run;
}

ServerUnderTest::ProbeRun ServerUnderTest::probe(const QString &user, const QString &password,
                                                 const QStringList &args, int timeoutMs)
{
    auto p = startProbe(user, password, args);
    return finishProbe(*p, timeoutMs);
}
