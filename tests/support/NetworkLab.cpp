#include "NetworkLab.h"

#include <QCoreApplication>
#include <QFile>
#include <unistd.h>

int NetworkLab::run(const QString &program, const QStringList &args, QString *output, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForStarted(timeoutMs))
        return -1;
    p.waitForFinished(timeoutMs);
    if (output)
        *output = QString::fromLocal8Bit(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QStringList NetworkLab::inNamespace(const QString &ns, const QString &program,
                                    const QStringList &args)
{
    return QStringList{"netns", "exec", ns, program} + args;
}

QString NetworkLab::setUp()
{
    if (::geteuid() != 0)
        return QStringLiteral("needs root to create network namespaces (CI runs tests as root)");
    QString out;
    if (run("ip", {"-V"}, &out) != 0)
        return QStringLiteral("the 'ip' tool (iproute2) is missing");
    // Unique per process so parallel tests do not collide.
    const int id = static_cast<int>(::getpid() % 200) + 10;
    m_client = QStringLiteral("kwc%1").arg(::getpid());
    m_server = QStringLiteral("kws%1").arg(::getpid());
    m_clientAddress = QStringLiteral("198.18.%1.2").arg(id);
    m_serverAddress = QStringLiteral("198.18.%1.1").arg(id);
    const QString vc = QStringLiteral("kvc%1").arg(::getpid());
    const QString vs = QStringLiteral("kvs%1").arg(::getpid());
    m_serverInterface = vs;
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
