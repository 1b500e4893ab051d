#include "daemon/PptpConnection.h"

#include "daemon/CallContext.h"
#include "daemon/CallSession.h"
#include "daemon/DaemonConfig.h"
#include "daemon/SessionRegistry.h"
#include "runtime/MonotonicClock.h"

#include <QLoggingCategory>
#include <array>
#include <cmath>

namespace keyward::daemon {

Q_LOGGING_CATEGORY(lcControl, "keyward.pptp")

using namespace protocol::pptp;
using runtime::monotonicNow;

namespace {

// Read from the kernel at most this much at once.
constexpr std::int64_t ReadChunk = 4096;
// With the input budget spent, reading resumes when it allows this much (the size of
// the largest control message, so that one always fits).
constexpr double ResumeReadingAt = 220;

PacControlConnection::Config pacConfig(const DaemonConfig &config,
                                       std::function<std::uint16_t()> callIdSource)
{
    PacControlConnection::Config c;
    c.handshakeTimeout = std::chrono::seconds(config.startTimeoutSeconds);
    c.callWaitTimeout = std::chrono::seconds(config.callTimeoutSeconds);
    c.echoIdleInterval = std::chrono::seconds(config.echoIntervalSeconds);
    c.echoReplyTimeout = std::chrono::seconds(config.echoIntervalSeconds);
    c.maxCalls = static_cast<std::size_t>(std::max(1, config.maxCallsPerConnection));
    c.callIdSource = std::move(callIdSource);
    return c;
}

} // namespace

PptpConnection::PptpConnection(CallContext &context, net::TcpStream *stream, quint32 peerAddress,
                               QObject *parent)
    : QObject(parent), m_context(context), m_stream(stream), m_peerAddress(peerAddress),
      m_pac(pacConfig(context.config(), [this] { return reserveCallId(); })),
      m_driver(
          m_pac, [this](std::vector<protocol::Bytes> messages) { write(messages); },
          [this](const ControlEvent &event) { handle(event); }),
      m_input(context.config().controlInputRate, 2.0 * context.config().controlInputRate,
              monotonicNow())
{
    m_stream->setParent(this);
    m_readLater.setSingleShot(true);
    connect(&m_readLater, &QTimer::timeout, this, [this] { m_stream->setReading(true); });
    connect(m_stream, &net::TcpStream::readable, this, &PptpConnection::readInput);
    m_outputStall.setSingleShot(true);
    m_outputStall.setInterval(OutputStallSeconds * 1000);
    connect(&m_outputStall, &QTimer::timeout, this, [this] {
        abort(QStringLiteral("the client took none of its replies for %1 s (%2 octets waiting)")
                  .arg(OutputStallSeconds)
                  .arg(m_stream->pending()));
    });
    // Replies went out: the client reads. Reading goes on when all have gone.
    connect(m_stream, &net::TcpStream::flushed, this, [this](std::int64_t stillPending) {
        if (stillPending > 0) {
            m_outputStall.start();
            return;
        }
        m_outputStall.stop();
        if (!m_readLater.isActive())
            m_stream->setReading(true);
    });
    connect(m_stream, &net::TcpStream::ended, this, [this](const QString &reason, bool byPeer) {
        close(byPeer ? QStringLiteral("the client closed the control connection") : reason);
    });
}

PptpConnection::~PptpConnection()
{
    m_context.sessions().leaveCallless(this);
    for (const QPointer<CallSession> &session : std::as_const(m_sessions))
        if (session)
            session->lowerDown(QStringLiteral("control connection closed"));
    for (quint16 id : std::as_const(m_callIds))
        m_context.sessions().releaseCallId(id);
}

quint16 PptpConnection::reserveCallId()
{
    const quint16 id = m_context.sessions().allocateCallId();
    if (id != 0)
        m_callIds.insert(id);
    return id;
}

void PptpConnection::releaseCallId(quint16 callId)
{
    stopHolding(callId);
    if (m_callIds.remove(callId))
        m_context.sessions().releaseCallId(callId);
}

void PptpConnection::pathReady(quint16 callId)
{
    stopHolding(callId);
}

void PptpConnection::stopHolding(quint16 callId)
{
    if (!m_pathsPending.remove(callId) || !m_pathsPending.isEmpty() || m_held.empty())
        return;
    send(std::exchange(m_held, {}));
}

void PptpConnection::start()
{
    if (auto admitted = m_context.sessions().enterCallless(this); !admitted) {
        abort(QString::fromStdString(admitted.message()));
        return;
    }
    m_pac.start(monotonicNow());
    m_driver.pump();
}

void PptpConnection::readInput()
{
    if (m_closed)
        return;
    // Replies are waiting: read on when they have gone (flushed).
    if (m_stream->pending() > 0) {
        m_stream->setReading(false);
        return;
    }
    const auto now = monotonicNow();
    const auto budget =
        std::min(static_cast<std::int64_t>(std::floor(m_input.available(now))), ReadChunk);
    if (budget <= 0) {
        m_stream->setReading(false);
        m_readLater.start(m_input.millisecondsUntil(ResumeReadingAt, now));
        return;
    }
    std::array<std::uint8_t, ReadChunk> data;
    const std::int64_t got = m_stream->read(data.data(), budget);
    if (got <= 0)
        return; // nothing after all, or the end (ended() follows)
    (void)m_input.take(static_cast<double>(got), now);
    m_pac.onBytes({data.data(), static_cast<std::size_t>(got)}, now);
    m_driver.pump();
}

void PptpConnection::write(const std::vector<protocol::Bytes> &messages)
{
    if (m_closed)
        return;
    if (!m_pathsPending.isEmpty()) {
        m_held.insert(m_held.end(), messages.begin(), messages.end());
        return;
    }
    send(messages);
}

void PptpConnection::send(const std::vector<protocol::Bytes> &messages)
{
    if (m_closed)
        return;
    m_stream->write(messages);
    const std::int64_t waiting = m_stream->pending();
    if (waiting > m_context.config().controlOutputLimit) {
        abort(QStringLiteral("the client does not read its replies: %1 octets waiting, more "
                             "than control-output-limit (%2)")
                  .arg(waiting)
                  .arg(m_context.config().controlOutputLimit));
        return;
    }
    if (waiting > 0 && !m_outputStall.isActive())
        m_outputStall.start();
}

void PptpConnection::handle(const ControlEvent &event)
{
    const QString who = formatAddress(m_peerAddress);
    if (auto *established = std::get_if<ControlEstablished>(&event)) {
        qCInfo(lcControl).noquote()
            << who << "control connection from" << QString::fromStdString(established->peerVendor)
            << QString::fromStdString(established->peerHostName);
        m_clientEvidence.sccrqSeen = true;
        m_clientEvidence.vendor = QString::fromStdString(established->peerVendor).left(64);
        m_clientEvidence.hostName = QString::fromStdString(established->peerHostName).left(64);
        m_clientEvidence.firmwareRevision = established->peerFirmwareRevision;
        m_clientEvidence.protocolVersion = established->peerProtocolVersion;
    } else if (auto *request = std::get_if<CallRequested>(&event)) {
        onCallRequested(*request);
    } else if (auto *up = std::get_if<CallEstablished>(&event)) {
        onCallEstablished(*up);
    } else if (auto *cleared = std::get_if<CallCleared>(&event)) {
        if (const QPointer<CallSession> session = m_sessions.take(cleared->callId))
            session->lowerDown(
                QString::fromStdString(cleared->byPeer
                                           ? "the client cleared the call: " + cleared->reason
                                           : cleared->reason),
                cleared->byPeer ? core::SessionEndCause::UserRequest
                                : core::SessionEndCause::LostCarrier);
        releaseCallId(cleared->callId);
        becameCallless();
    } else if (auto *rejected = std::get_if<CallRejected>(&event)) {
        if (rejected->callId != 0) {
            // Refused by us (logged there) or still pending when the connection closed.
            m_context.sessions().abandonCall(rejected->callId);
            releaseCallId(rejected->callId);
            qCDebug(lcControl).noquote()
                << who << "call refused:" << QString::fromStdString(rejected->reason);
        } else {
            // Refused by the PAC machine before it took an id (the per-connection cap,
            // a peer call id in use, no call id left).
            qCInfo(lcControl).noquote()
                << who << "call refused:" << QString::fromStdString(rejected->reason);
        }
        becameCallless();
    } else if (auto *errors = std::get_if<WanErrors>(&event)) {
        // Only a PAC should send these (see PacControlConnection::onPeerWen): the first
        // of a connection is worth an admin's eye, the rest go to debug so that a client
        // cannot fill the log with them.
        const WanErrorNotify &c = errors->counters;
        const QString text =
            QStringLiteral("call %1: the client sent a WAN-Error-Notify (CRC %2, framing %3, "
                           "hardware overruns %4, buffer overruns %5, timeouts %6, "
                           "alignment %7); noted")
                .arg(errors->callId)
                .arg(c.crcErrors)
                .arg(c.framingErrors)
                .arg(c.hardwareOverruns)
                .arg(c.bufferOverruns)
                .arg(c.timeoutErrors)
                .arg(c.alignmentErrors);
        if (std::exchange(m_wanErrorsNoted, true))
            qCDebug(lcControl).noquote() << who << text;
        else
            qCInfo(lcControl).noquote() << who << text;
    } else if (auto *notice = std::get_if<ProtocolNotice>(&event)) {
        qCDebug(lcControl).noquote() << who << QString::fromStdString(notice->reason);
    } else if (auto *error = std::get_if<ProtocolError>(&event)) {
        qCWarning(lcControl).noquote()
            << who << "protocol error:" << QString::fromStdString(error->reason);
    } else if (auto *closed = std::get_if<ControlClosed>(&event)) {
        write(m_pac.takeOutgoing()); // what the machine sent last, before the socket goes
        close(QString::fromStdString(closed->reason));
    }
}

void PptpConnection::onCallRequested(const CallRequested &request)
{
    // Each call signing in takes its own place in the handshaking budget, whichever
    // connection it came on; the PAC machine already holds the per-connection cap.
    if (auto accepted = m_context.sessions().admitCall(request.callId, m_peerAddress); !accepted) {
        qCWarning(lcControl).noquote()
            << formatAddress(m_peerAddress)
            << "call refused:" << QString::fromStdString(accepted.message());
        (void)m_pac.rejectCall(request.callId, OcrpResult::GeneralError, GeneralError::NoResource);
        return;
    }
    if (!m_pac.acceptCall(request.callId)) {
        m_context.sessions().abandonCall(request.callId);
        return;
    }
    // The reply the machine just queued waits for the call's path (see the header).
    m_pathsPending.insert(request.callId);
}

void PptpConnection::onCallEstablished(const CallEstablished &up)
{
    auto *session = new CallSession(m_context, this, up.callId, up.peerCallId, up.peerReceiveWindow,
                                    m_peerAddress);
    session->setClientEvidence(m_clientEvidence);
    m_context.sessions().add(session);
    m_context.sessions().leaveCallless(this);
    m_sessions.insert(up.callId, session);
    QString error;
    if (!session->start(&error)) {
        qCWarning(lcControl).noquote()
            << formatAddress(m_peerAddress) << "cannot start the session:" << error;
        session->lowerDown(error, core::SessionEndCause::NasError);
        (void)m_pac.clearCall(up.callId, CdnResult::GeneralError, 0, error.left(127).toStdString());
    }
}

void PptpConnection::becameCallless()
{
    if (m_closed || m_pac.callCount() > 0 ||
        m_pac.state() != PacControlConnection::State::Established)
        return;
    if (auto admitted = m_context.sessions().enterCallless(this); !admitted)
        abort(QString::fromStdString(admitted.message()));
}

void PptpConnection::clearCall(quint16 callId, CdnResult result, const QString &reason)
{
    if (m_closed)
        return;
    // The reason travels in the CDN's Call Statistics text, so the client can show it.
    (void)m_pac.clearCall(callId, result, 0, reason.left(127).toStdString());
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
    const auto sessions = m_sessions;
    for (const QPointer<CallSession> &session : sessions)
        if (session)
            session->end(reason, CdnResult::AdminShutdown, core::SessionEndCause::AdminReboot);
    m_pac.stop(StopReason::LocalShutdown, monotonicNow());
    m_driver.pump();
}

void PptpConnection::abort(const QString &reason)
{
    close(reason, true);
}

void PptpConnection::close(const QString &reason, bool abortSocket)
{
    if (m_closed)
        return;
    // The connection ends: what waited for a call's path goes now, or never.
    m_pathsPending.clear();
    if (!abortSocket && !m_held.empty()) {
        send(std::exchange(m_held, {}));
        if (m_closed) // the send closed it (the client does not read)
            return;
    }
    m_closed = true;
    m_driver.stop();
    m_readLater.stop();
    m_outputStall.stop();
    m_context.sessions().leaveCallless(this);
    qCInfo(lcControl).noquote() << formatAddress(m_peerAddress)
                                << "control connection closed:" << reason;
    const auto sessions = std::exchange(m_sessions, {});
    for (const QPointer<CallSession> &session : sessions)
        if (session)
            session->lowerDown(QStringLiteral("control connection closed: ") + reason);
    if (abortSocket)
        m_stream->abort();
    else
        m_stream->close();
    emit closed(this);
    deleteLater();
}

} // namespace keyward::daemon
