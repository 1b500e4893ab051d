#include "daemon/CallSession.h"

#include "daemon/CallContext.h"
#include "daemon/DaemonConfig.h"
#include "daemon/PptpConnection.h"
#include "daemon/SessionRegistry.h"
#include "dissect/ClientInventory.h"
#include "mschapv2/MsChapV2UserName.h"
#include "net/DataPlane.h"
#include "runtime/MonotonicClock.h"
#include "signin/SignInBackend.h"

#include <QLoggingCategory>
#include <QPointer>

namespace {
QString userName(const std::string &fullName)
{
    const auto user = keyward::protocol::mschapv2::MsChapV2UserName::accountName(fullName);
    return QString::fromUtf8(user.data(), static_cast<qsizetype>(user.size()));
}
} // namespace

namespace keyward::daemon {

Q_LOGGING_CATEGORY(lcSession, "keyward.session")

using namespace protocol::session;
using protocol::Bytes;
using runtime::monotonicNow;

CallSession::CallSession(CallContext &context, PptpConnection *connection, quint16 callId,
                         quint16 peerCallId, quint16 peerReceiveWindow, quint32 peerAddress)
    : m_context(context), m_connection(connection), m_callId(callId), m_peerCallId(peerCallId),
      m_peerReceiveWindow(peerReceiveWindow), m_peerAddress(peerAddress),
      m_peerAddressText(formatAddress(peerAddress))
{
    m_rekeyDeadline.setSingleShot(true);
    connect(&m_rekeyDeadline, &QTimer::timeout, this, [this] {
        end(QStringLiteral("rekey: the client did not re-authenticate within 10 s; disconnected "
                           "so it reconnects with new keys"),
            protocol::pptp::CdnResult::AdminShutdown, core::SessionEndCause::NasRequest);
    });
    m_watchdog.setInterval(1000);
    connect(&m_watchdog, &QTimer::timeout, this, &CallSession::onWatchdog);
}

CallSession::~CallSession()
{
    if (m_state != State::Ended)
        finish();
}

bool CallSession::start(QString *error)
{
    const DaemonConfig &config = m_context.config();
    PppSession::Config ppp;
    ppp.role = protocol::ppp::PppRole::Server;
    ppp.mru = static_cast<std::uint16_t>(config.mtu);
    ppp.mppePolicy = m_context.mppePolicy();
    ppp.echoInterval = std::chrono::seconds(config.echoIntervalSeconds);
    ppp.random = &CallContext::fillRandom;
    ppp.localAddress = config.tunnelPool.serverAddress();
    ppp.peerAddress = 0; // given after sign-in (onSignedIn)
    if (!config.dnsServers.isEmpty())
        ppp.primaryDns = parseAddress(config.dnsServers.value(0)).value_or(0);
    if (config.dnsServers.size() > 1)
        ppp.secondaryDns = parseAddress(config.dnsServers.value(1)).value_or(0);
    auto created = PppSession::create(m_context.crypto(), ppp);
    if (!created) {
        *error = QString::fromStdString(created.message());
        return false;
    }
    m_ppp = std::move(created).value();

    // The data path is made on the data thread, which owns it from then on. It carries
    // PPP control frames; IPv4 only once the call has an address (after sign-in).
    m_context.dataPlane().post([library = &m_context.crypto(), peer = m_peerAddress,
                                callId = m_callId, peerCallId = m_peerCallId,
                                window = m_peerReceiveWindow](net::DataPlane &plane) {
        plane.addPath(peer, std::make_unique<TunnelPath>(*library, callId, peerCallId, window));
    });
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_accountingSessionId = accountingSessionId();
    m_startedMono = monotonicNow();
    m_ppp->start(m_startedMono);
    m_watchdog.start();
    pump();
    return true;
}

QString CallSession::accountingSessionId() const
{
    if (!m_accountingSessionId.isEmpty())
        return m_accountingSessionId;
    // 12 hex digits of milliseconds last until the year 10889.
    return QStringLiteral("%1%2")
        .arg(m_startedAt.toMSecsSinceEpoch(), 12, 16, QLatin1Char('0'))
        .arg(m_callId, 4, 16, QLatin1Char('0'))
        .toUpper();
}

void CallSession::setClientEvidence(const capture::ClientEvidence &evidence)
{
    m_clientEvidence = evidence;
    m_client = capture::ClientInventory::classify(m_clientEvidence);
}

void CallSession::onControlFrame(quint16 protocol, const Bytes &information)
{
    if (!m_ppp || m_state == State::Ended)
        return;
    if (protocol == 0xc021 || protocol == 0x80fd) {
        // What the client offers names it (and flags a legacy client).
        capture::ClientInventory::addClientFrame(m_clientEvidence, protocol, information.data(),
                                                 static_cast<int>(information.size()));
        m_client = capture::ClientInventory::classify(m_clientEvidence);
    }
    m_ppp->onFrame(protocol, information, monotonicNow());
    pump();
}

void CallSession::onPathAdded()
{
    if (m_connection && !m_lowerDown)
        m_connection->pathReady(m_callId);
}

void CallSession::onDecryptorResetRequest()
{
    if (!m_ppp)
        return;
    m_ppp->requestCcpReset(monotonicNow());
    pump();
}

void CallSession::onDecryptorResynchronised()
{
    if (!m_ppp)
        return;
    m_ppp->ccpResynchronised(monotonicNow());
    pump();
}

void CallSession::end(const QString &reason, protocol::pptp::CdnResult result,
                      core::SessionEndCause cause)
{
    if (m_state == State::Ended || m_state == State::Ending || !m_ppp)
        return;
    m_state = State::Ending;
    m_endReason = reason;
    noteCause(cause);
    if (!m_cdnResult)
        m_cdnResult = result;
    m_ppp->close(reason.toStdString(), monotonicNow());
    pump();
}

void CallSession::lowerDown(const QString &reason, core::SessionEndCause cause)
{
    if (m_state == State::Ended)
        return;
    m_lowerDown = true;
    if (m_endReason.isEmpty())
        m_endReason = reason;
    noteCause(cause);
    if (m_ppp) {
        m_ppp->lowerDown(reason.toStdString(), monotonicNow());
        pump();
    }
    if (m_state != State::Ended)
        finish();
}

bool CallSession::rekey(std::function<void(const QString &, const QString &)> done)
{
    if (m_state != State::Up || m_rekeyDone || !m_ppp->rekey(monotonicNow()))
        return false;
    m_rekeyDone = std::move(done);
    m_rekeyDeadline.start(10000);
    pump();
    return true;
}

void CallSession::pump()
{
    if (!m_ppp)
        return;
    if (!m_driver)
        m_driver = std::make_unique<runtime::MachineDriver<PppSession>>(
            *m_ppp,
            [this](std::vector<PppSession::Frame> frames) {
                if (m_lowerDown)
                    return;
                const quint16 callId = m_callId;
                m_context.dataPlane().post(
                    [callId, frames = std::move(frames)](net::DataPlane &plane) {
                        for (const auto &frame : frames)
                            plane.sendControl(callId, frame.protocol, frame.information);
                    });
            },
            [this](const PppSessionEvent &event) { handle(event); });
    m_driver->pump();
}

void CallSession::handle(const PppSessionEvent &event)
{
    const QString who =
        QStringLiteral("call %1 from %2").arg(m_callId).arg(formatAddress(m_peerAddress));
    if (auto *auth = std::get_if<PppAuthenticated>(&event)) {
        m_user = userName(auth->user);
        qCInfo(lcSession).noquote()
            << who << "user" << m_user << "authenticated with MS-CHAPv2"
            << QStringLiteral("(backend %1%2)")
                   .arg(m_grant.backend, m_grant.server.isEmpty()
                                             ? QString()
                                             : QStringLiteral(", server ") + m_grant.server);
        onSignedIn();
    } else if (auto *failed = std::get_if<PppAuthFailed>(&event)) {
        const QString user = userName(failed->user);
        qCWarning(lcSession).noquote()
            << who << "login failed for" << (user.isEmpty() ? QStringLiteral("?") : user)
            << QStringLiteral("(E=%1):").arg(failed->code)
            << QString::fromStdString(failed->reason);
        emit signInFailed(user, failed->code);
    } else if (auto *signIn = std::get_if<PppSignInRequested>(&event)) {
        verify(signIn->check);
    } else if (auto *keys = std::get_if<PppMppeReady>(&event)) {
        if (!mppeGranted(keys->parameters.strength)) {
            end(QStringLiteral("%1 does not allow %2 MPPE for this user")
                    .arg(m_grant.backend,
                         QString::fromStdString(std::string(toString(keys->parameters.strength)))),
                protocol::pptp::CdnResult::GeneralError, core::SessionEndCause::NasError);
            return;
        }
        m_mppe = keys->parameters;
        if (m_rekeyDone) {
            m_rekeyDeadline.stop();
            qCInfo(lcSession).noquote()
                << who << "rekeyed: new MPPE keys from a fresh MS-CHAPv2 exchange";
            std::exchange(m_rekeyDone,
                          {})(QStringLiteral("rekeyed"),
                              QStringLiteral("new MPPE keys from a fresh MS-CHAPv2 exchange"));
        }
        const quint16 callId = m_callId;
        m_context.dataPlane().post([callId, k = *keys](net::DataPlane &plane) {
            plane.enableMppe(callId, k.parameters, k.sendStartKey, k.receiveStartKey);
            if (auto *path = plane.path(callId))
                path->setPeerMru(k.peerMru);
        });
        qCInfo(lcSession).noquote()
            << who << "MPPE"
            << QString::fromStdString(std::string(toString(keys->parameters.strength)))
            << QString::fromStdString(std::string(toString(keys->parameters.mode)));
    } else if (auto *net = std::get_if<PppNetworkUp>(&event)) {
        m_networkUp = true;
        const quint32 address = net->peerAddress;
        m_state = State::Up;
        qCInfo(lcSession).noquote()
            << who << "up: user" << m_user << "tunnel address" << formatAddress(address);
        emit up(this);
    } else if (std::get_if<PppPeerResetRequest>(&event)) {
        const quint16 callId = m_callId;
        m_context.dataPlane().post([callId](net::DataPlane &plane) {
            if (auto *path = plane.path(callId))
                path->onPeerResetRequest();
        });
    } else if (auto *log = std::get_if<PppLog>(&event)) {
        qCDebug(lcSession).noquote() << who << QString::fromStdString(log->message);
    } else if (auto *ended = std::get_if<PppEnded>(&event)) {
        if (m_endReason.isEmpty())
            m_endReason = QString::fromStdString(ended->reason);
        // PPP ended without our asking. The client hung up (LCP Terminate) or, once up,
        // stopped answering (the only way an up link ends on its own): the far end is
        // gone, which is what Lost-Carrier says. Before it was up the sign-in or the
        // negotiation failed: General-Error. (Request is only for a Call-Clear-Request,
        // which the PAC machine answers itself.)
        if (!m_cdnResult)
            m_cdnResult = ended->byPeer || m_networkUp ? protocol::pptp::CdnResult::LostCarrier
                                                       : protocol::pptp::CdnResult::GeneralError;
        // For accounting: the client's Terminate-Request is its own request; an up link
        // that ended otherwise lost its peer (echoes unanswered).
        noteCause(ended->byPeer ? core::SessionEndCause::UserRequest
                  : m_networkUp ? core::SessionEndCause::LostCarrier
                                : core::SessionEndCause::NasRequest);
        finish();
    }
}

void CallSession::onSignedIn()
{
    if (m_signedIn || m_state != State::Negotiating)
        return;
    m_signedIn = true;
    if (auto slot = m_context.sessions().signedIn(this); !slot) {
        end(QString::fromStdString(slot.message()), protocol::pptp::CdnResult::GeneralError,
            core::SessionEndCause::NasError);
        return;
    }
    // A Framed-IP-Address from the backend was claimed when its verdict came.
    if (!m_tunnelAddress) {
        const auto address = m_context.sessions().allocateAddress();
        if (!address) {
            end(QStringLiteral("the tunnel address pool is exhausted"),
                protocol::pptp::CdnResult::GeneralError, core::SessionEndCause::NasError);
            return;
        }
        m_tunnelAddress = *address;
    }
    // The address is in the data plane before IPCP starts (the pool's one route, made
    // at start, covers it): the client may send a moment before we see its
    // Configure-Ack, and its first packet must have a way back. Nothing is sent to it
    // before MPPE is on.
    m_context.dataPlane().post(
        [callId = m_callId, address = m_tunnelAddress](net::DataPlane &plane) {
            plane.setTunnelAddress(callId, address);
        });
    m_ppp->assignPeerAddress(m_tunnelAddress, monotonicNow());
}

void CallSession::abort(const QString &reason, core::SessionEndCause cause)
{
    if (m_state == State::Ended)
        return;
    if (m_endReason.isEmpty())
        m_endReason = reason;
    noteCause(cause);
    if (!m_cdnResult)
        m_cdnResult = protocol::pptp::CdnResult::GeneralError;
    finish();
}

void CallSession::verify(const protocol::mschapv2::MsChapV2Check &check)
{
    // The backend answers later (never inside this call); the session may be gone
    // by then.
    QPointer<CallSession> self(this);
    m_context.signIn().verify(signin::SignInRequest{check, formatAddress(m_peerAddress), m_callId},
                              [self](const protocol::mschapv2::MsChapV2Verdict &verdict,
                                     const signin::SignInGrant &grant) {
                                  if (self)
                                      self->onVerdict(verdict, grant);
                              });
}

void CallSession::onVerdict(const protocol::mschapv2::MsChapV2Verdict &verdict,
                            const signin::SignInGrant &grant)
{
    if (!m_ppp || m_state == State::Ended)
        return;
    if (std::holds_alternative<protocol::mschapv2::MsChapV2Accepted>(verdict)) {
        if (grant.framedAddress && !m_tunnelAddress) {
            // The backend's Framed-IP-Address becomes the client's address, or the
            // client gets a failure: never a different address than its account has.
            if (auto claimed = m_context.sessions().claimAddress(*grant.framedAddress); !claimed) {
                const QString why = QStringLiteral("%1 gave Framed-IP-Address %2 (%3)")
                                        .arg(grant.backend, formatAddress(*grant.framedAddress),
                                             QString::fromStdString(claimed.message()));
                qCWarning(lcSession).noquote()
                    << QStringLiteral("call %1: sign-in refused:").arg(m_callId) << why;
                m_ppp->onSignInVerdict(
                    protocol::mschapv2::MsChapV2Refused{
                        649, "sign-in refused: " + why.toStdString(),
                        "The address your account has cannot be given now"},
                    monotonicNow());
                pump();
                return;
            }
            m_tunnelAddress = *grant.framedAddress;
            qCInfo(lcSession).noquote()
                << QStringLiteral("call %1: tunnel address %2 from %3's Framed-IP-Address")
                       .arg(m_callId)
                       .arg(formatAddress(m_tunnelAddress), grant.backend);
        } else if (grant.framedAddress && *grant.framedAddress != m_tunnelAddress) {
            qCInfo(lcSession).noquote()
                << QStringLiteral("call %1: the session keeps its tunnel address %2 (the new "
                                  "Framed-IP-Address %3 applies to the next session)")
                       .arg(m_callId)
                       .arg(formatAddress(m_tunnelAddress), formatAddress(*grant.framedAddress));
        }
        m_grant = grant;
        if (grant.sessionTimeoutSeconds || grant.idleTimeoutSeconds)
            qCInfo(lcSession).noquote()
                << QStringLiteral("call %1: %2 limits the session to %3 s, idle %4 s")
                       .arg(m_callId)
                       .arg(grant.backend)
                       .arg(maxSessionSeconds())
                       .arg(idleTimeoutSeconds());
    }
    m_ppp->onSignInVerdict(verdict, monotonicNow());
    pump();
}

bool CallSession::mppeGranted(protocol::mppe::MppeStrength strength) const
{
    if (!m_grant.mppeTypes)
        return true;
    switch (strength) {
    case protocol::mppe::MppeStrength::Bits40:
        return *m_grant.mppeTypes & 0x2;
    case protocol::mppe::MppeStrength::Bits56:
        return *m_grant.mppeTypes & 0x8;
    case protocol::mppe::MppeStrength::Bits128:
        return *m_grant.mppeTypes & 0x4;
    }
    return false;
}

int CallSession::maxSessionSeconds() const
{
    const int limit = m_context.maxSessionSeconds();
    if (m_changedSessionLimit)
        return std::min(limit, *m_changedSessionLimit);
    return m_grant.sessionTimeoutSeconds ? std::min(limit, *m_grant.sessionTimeoutSeconds) : limit;
}

int CallSession::idleTimeoutSeconds() const
{
    const int limit = m_context.idleTimeoutSeconds();
    if (m_changedIdleLimit)
        return std::min(limit, *m_changedIdleLimit);
    return m_grant.idleTimeoutSeconds ? std::min(limit, *m_grant.idleTimeoutSeconds) : limit;
}

std::pair<int, int> CallSession::changeLimits(std::optional<int> sessionSeconds,
                                              std::optional<int> idleSeconds, const QString &by)
{
    const auto age = static_cast<int>(
        std::chrono::duration_cast<std::chrono::seconds>(monotonicNow() - m_startedMono).count());
    if (sessionSeconds)
        m_changedSessionLimit = age + std::max(0, *sessionSeconds);
    if (idleSeconds)
        m_changedIdleLimit = std::max(1, *idleSeconds);
    if (sessionSeconds || idleSeconds)
        m_limitsChangedBy = by;
    const int left = std::max(0, maxSessionSeconds() - age);
    qCInfo(lcSession).noquote() << QStringLiteral(
                                       "call %1: %2 changed its limits: it ends in %3 s, idle %4 s")
                                       .arg(m_callId)
                                       .arg(by)
                                       .arg(left)
                                       .arg(idleTimeoutSeconds());
    return {left, idleTimeoutSeconds()};
}

void CallSession::onWatchdog()
{
    if (m_state == State::Ended || m_state == State::Ending)
        return;
    const DaemonConfig &config = m_context.config();
    const auto now = monotonicNow();
    const auto age = std::chrono::duration_cast<std::chrono::seconds>(now - m_startedMono).count();
    if (!m_signedIn && age >= config.signInTimeoutSeconds) {
        abort(QStringLiteral("sign-in (LCP and MS-CHAPv2) not finished within %1 s")
                  .arg(config.signInTimeoutSeconds));
        return;
    }
    if (!m_networkUp && age >= config.handshakeTimeoutSeconds) {
        end(QStringLiteral("the session was not up within %1 s")
                .arg(config.handshakeTimeoutSeconds),
            protocol::pptp::CdnResult::GeneralError, core::SessionEndCause::NasRequest);
        return;
    }
    if (age >= maxSessionSeconds()) {
        if (m_changedSessionLimit && maxSessionSeconds() < m_context.maxSessionSeconds())
            end(QStringLiteral("the Session-Timeout %1 set is over; the client must log in again")
                    .arg(m_limitsChangedBy),
                protocol::pptp::CdnResult::AdminShutdown, core::SessionEndCause::SessionTimeout);
        else if (maxSessionSeconds() < m_context.maxSessionSeconds())
            end(QStringLiteral("the Session-Timeout %1 gave (%2 s) is over; the client must log "
                               "in again")
                    .arg(m_grant.backend)
                    .arg(maxSessionSeconds()),
                protocol::pptp::CdnResult::AdminShutdown, core::SessionEndCause::SessionTimeout);
        else
            end(QStringLiteral(
                    "maximum session length reached (%1 h); the client must log in again")
                    .arg(maxSessionSeconds() / 3600.0, 0, 'g', 3),
                protocol::pptp::CdnResult::AdminShutdown, core::SessionEndCause::SessionTimeout);
        return;
    }
    if (m_networkUp) {
        const auto counters = m_context.dataPlane().counters(m_callId);
        protocol::Timestamp last = m_startedMono;
        if (counters && counters->lastDataActivity > last)
            last = counters->lastDataActivity;
        // Errors on the call go to the client in a WAN-Error-Notify: packets that did
        // not decrypt as CRC errors, window overruns as buffer overruns, any other
        // dropped packet as a framing error.
        if (counters && counters->dropped > m_reportedErrors &&
            now - m_lastErrorReport >= std::chrono::seconds(60) && m_connection) {
            const auto &c = *counters;
            protocol::pptp::WanErrorNotify wen;
            wen.crcErrors = static_cast<std::uint32_t>(c.decryptErrors);
            wen.bufferOverruns = static_cast<std::uint32_t>(c.windowFull);
            wen.framingErrors =
                static_cast<std::uint32_t>(c.dropped - c.decryptErrors - c.windowFull);
            m_connection->reportErrors(m_callId, wen);
            m_reportedErrors = c.dropped;
            m_lastErrorReport = now;
        }
        const auto idle = std::chrono::duration_cast<std::chrono::seconds>(now - last).count();
        if (idle >= idleTimeoutSeconds())
            end(QStringLiteral("idle for %1 s").arg(idle), protocol::pptp::CdnResult::AdminShutdown,
                core::SessionEndCause::IdleTimeout);
    }
}

void CallSession::finish()
{
    if (m_state == State::Ended)
        return;
    m_state = State::Ended;
    if (m_driver)
        m_driver->stop();
    m_watchdog.stop();
    if (m_endReason.isEmpty())
        m_endReason = QStringLiteral("ended");
    noteCause(core::SessionEndCause::NasRequest);
    const quint16 callId = m_callId;
    m_context.dataPlane().post([callId](net::DataPlane &plane) { plane.removePath(callId); });
    if (m_tunnelAddress)
        m_context.sessions().releaseAddress(m_tunnelAddress);
    m_rekeyDeadline.stop();
    if (m_rekeyDone)
        std::exchange(m_rekeyDone, {})(
            QStringLiteral("disconnected"),
            QStringLiteral("the client could not take new keys in-session (%1); its next "
                           "session gets new keys")
                .arg(m_endReason));
    qCInfo(lcSession).noquote()
        << QStringLiteral("call %1 from %2").arg(m_callId).arg(formatAddress(m_peerAddress))
        << "ended:" << m_endReason;
    if (!m_lowerDown && m_connection)
        m_connection->clearCall(m_callId, disconnectResult(), m_endReason);
    emit finished(this);
}

void CallSession::noteCause(core::SessionEndCause cause)
{
    if (m_endCause == core::SessionEndCause::Unknown)
        m_endCause = cause;
}

} // namespace keyward::daemon
