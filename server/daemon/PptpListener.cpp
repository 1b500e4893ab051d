#include "daemon/PptpListener.h"

#include "daemon/DaemonConfig.h"
#include "net/DescriptorLimit.h"
#include "net/TcpStream.h"
#include "runtime/MonotonicClock.h"

#include <QLoggingCategory>
#include <memory>

namespace keyward::daemon {

Q_LOGGING_CATEGORY(lcListener, "keyward.pptp")

PptpListener::PptpListener(const DaemonConfig &config, QObject *parent)
    : QObject(parent), m_rate(config.connectionRate, config.connectionBurst)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] { m_server.resumeAccepting(); });
    connect(&m_server, &QTcpServer::newConnection, this, &PptpListener::onNewConnection);
    connect(&m_server, &QTcpServer::acceptError, this, &PptpListener::onAcceptError);
}

Status PptpListener::listen(quint32 address, quint16 port)
{
    if (auto limit = net::DescriptorLimit::raiseToHard(); !limit)
        qCWarning(lcListener).noquote() << QString::fromStdString(limit.message());
    else
        qCInfo(lcListener).noquote() << "open-files limit" << limit->soft;
    // Qt's default backlog (50) turns a burst of new clients into SYNs the kernel
    // drops and the clients retry a second later; the kernel caps this at somaxconn.
    m_server.setListenBacklogSize(ListenBacklog);
    if (!m_server.listen(QHostAddress(address), port))
        return fail(ErrorKind::Unavailable, m_server.errorString().toStdString());
    return {};
}

void PptpListener::close()
{
    m_retry.stop();
    m_server.close();
}

void PptpListener::onNewConnection()
{
    if (m_failing) {
        m_failing = false;
        qCInfo(lcListener).noquote() << "accepting control connections again";
    }
    for (int descriptor : m_server.takeAccepted()) {
        auto stream = std::make_unique<net::TcpStream>(descriptor);
        const quint32 peer = stream->peerAddress();
        switch (m_rate.admit(peer, runtime::monotonicNow())) {
        case SourceRateLimiter::Verdict::Admitted:
            emit connectionArrived(stream.release(), peer);
            continue;
        case SourceRateLimiter::Verdict::RefusedFirstTime:
            qCWarning(lcListener).noquote()
                << "refusing control connections from" << formatAddress(peer)
                << "for now: more than connection-rate new connections a second; further "
                   "refusals are not logged until it slows down";
            break;
        case SourceRateLimiter::Verdict::Refused:
            break;
        }
        stream->abort();
    }
}

void PptpListener::onAcceptError(QAbstractSocket::SocketError)
{
    // QTcpServer has paused accepting; it would stay paused.
    if (!m_failing) {
        m_failing = true;
        qCWarning(lcListener).noquote()
            << "cannot accept control connections:" << m_server.errorString()
            << QStringLiteral("(out of descriptors?); trying again every %1 ms").arg(RetryAcceptMs);
    }
    m_retry.start(RetryAcceptMs);
}

} // namespace keyward::daemon
