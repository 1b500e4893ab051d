#include "daemon/PptpConnection.h"

#include "daemon/CallSession.h"
#include "daemon/Daemon.h"
#include "daemon/DaemonConfig.h"
#include "runtime/MonotonicClock.h"

#include <QLoggingCategory>

namespace keyward::daemon {

Q_LOGGING_CATEGORY(lcControl, "keyward.pptp")

using namespace protocol::pptp;
using runtime::monotonicNow;

namespace {

PacControlConnection::Config pacConfig(Daemon &daemon, quint16 callId)
{
    PacControlConnection::Config c;
    const DaemonConfig &config = daemon.config();
    c.handshakeTimeout = std::chrono::seconds(config.handshakeTimeoutSeconds);
    c.echoIdleInterval = std::chrono::seconds(config.echoIntervalSeconds);
    c.echoReplyTimeout = std::chrono::seconds(config.echoIntervalSeconds);
    c.maxCalls = 1;
    c.firstCallId = callId;
    return c;
}

} // namespace

PptpConnection::PptpConnection(Daemon &daemon, QTcpSocket *socket, quint32 peerAddress)
    : QObject(&daemon), m_daemon(daemon), m_socket(socket), m_peerAddress(peerAddress),
      m_reservedCallId(daemon.allocateCallId()), m_pac(pacConfig(daemon, m_reservedCallId)),
      m_driver(
          m_pac, [this](std::vector<protocol::Bytes> messages) { write(messages); },
          [this](const ControlEvent &event) { handle(event); })
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &PptpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this,
            [this] { close(QStringLiteral("the client closed the control connection")); });
}

PptpConnection::~PptpConnection()
{
    m_daemon.releaseCallId(m_reservedCallId);
    if (m_session)
        m_session->lowerDown(QStringLiteral("control connection closed"));
}

void PptpConnection::start()
{
    m_pac.start(monotonicNow());
    m_driver.pump();
}

void PptpConnection::onReadyRead()
{
    const QByteArray data = m_socket->readAll();
    m_pac.onBytes({reinterpret_cast<const std::uint8_t *>(data.constData()),
                   static_cast<std::size_t>(data.size())},
                  monotonicNow());
    m_driver.pump();
}

void PptpConnection::write(const std::vector<protocol::Bytes> &messages)
{
    for (const auto &bytes : messages)
        m_socket->write(reinterpret_cast<const char *>(bytes.data()),
                        static_cast<qint64>(bytes.size()));
}

void PptpConnection::handle(const ControlEvent &event)
{
    const QString who = formatAddress(m_peerAddress);
    if (auto *established = std::get_if<ControlEstablished>(&event)) {
        qCInfo(lcControl).noquote()
            << who << "control connection from" << QString::fromStdString(established->peerVendor)
            << QString::fromStdString(established->peerHostName);
    } else if (auto *request = std::get_if<CallRequested>(&event)) {
        QString why;
        if (!m_daemon.canAcceptCall(request->callId, &why)) {
            qCWarning(lcControl).noquote() << who << "call refused:" << why;
            (void)m_pac.rejectCall(request->callId, OcrpResult::GeneralError,
                                   GeneralError::NoResource);
            return;
        }
        (void)m_pac.acceptCall(request->callId);
    } else if (auto *up = std::get_if<CallEstablished>(&event)) {
        auto *session = new CallSession(m_daemon, this, up->callId, up->peerCallId,
                                        up->peerReceiveWindow, m_peerAddress);
        QString error;
        m_daemon.registerSession(session);
        if (!session->start(&error)) {
            qCWarning(lcControl).noquote() << who << "cannot start the session:" << error;
            session->lowerDown(error);
            (void)m_pac.clearCall(up->callId, CdnResult::GeneralError);
            return;
        }
        m_session = session;
    } else if (auto *cleared = std::get_if<CallCleared>(&event)) {
        if (m_session && m_session->callId() == cleared->callId)
            m_session->lowerDown(QString::fromStdString(
                cleared->byPeer ? "the client cleared the call: " + cleared->reason
                                : cleared->reason));
    } else if (auto *error = std::get_if<ProtocolError>(&event)) {
        qCWarning(lcControl).noquote()
            << who << "protocol error:" << QString::fromStdString(error->reason);
    } else if (auto *closed = std::get_if<ControlClosed>(&event)) {
        write(m_pac.takeOutgoing()); // what the machine sent last, before the socket goes
        close(QString::fromStdString(closed->reason));
    }
}

void PptpConnection::clearCall(quint16 callId, const QString &reason)
{
    if (m_closed)
        return;
    // The reason travels in the CDN's Call Statistics text, so the client can show it.
    (void)m_pac.clearCall(callId, CdnResult::AdminShutdown, 0, reason.left(127).toStdString());
    m_driver.pump();
}

void PptpConnection::reportErrors(quint16 callId, const WanErrorNotify &counters)
{
    if (m_closed)
        return;
    (void)m_pac.sendWanErrorNotify(callId, counters);
    m_driver.pump();
}

void PptpConnection::stop(const QString &reason)
{
    if (m_closed)
        return;
    if (m_session)
        m_session->end(reason);
    m_pac.stop(StopReason::LocalShutdown, monotonicNow());
    m_driver.pump();
}

void PptpConnection::close(const QString &reason)
{
    if (m_closed)
        return;
    m_closed = true;
    m_driver.stop();
    qCInfo(lcControl).noquote() << formatAddress(m_peerAddress)
                                << "control connection closed:" << reason;
    if (m_session)
        m_session->lowerDown(QStringLiteral("control connection closed: ") + reason);
    m_socket->flush();
    m_socket->disconnectFromHost();
    emit closed(this);
    deleteLater();
}

} // namespace keyward::daemon
