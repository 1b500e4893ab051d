#include "daemon/SessionRegistry.h"

#include "daemon/CallSession.h"
#include "daemon/PptpConnection.h"
#include "net/DataPlane.h"
#include "runtime/MonotonicClock.h"

#include <QLoggingCategory>
#include <openssl/rand.h>

namespace keyward::daemon {

Q_LOGGING_CATEGORY(lcRegistry, "keyward.sessions")

namespace {

// The data path's flow figures (see TunnelCounters) onto a session.
void copyFlowCounters(const protocol::session::TunnelCounters &c, core::LiveSession &live)
{
    const auto n = [](std::uint64_t v) { return static_cast<qint64>(v); };
    live.packetsQueued = n(c.queued);
    live.windowTimeouts = n(c.windowTimeouts);
    live.packetsLost = n(c.lost);
    live.packetsDropped = n(c.dropped);
    live.drops = {n(c.noKeys),        n(c.windowFull),  n(c.encryptErrors),
                  n(c.decryptErrors), n(c.unencrypted), n(c.duplicates),
                  n(c.outOfOrder),    n(c.malformed),   n(c.overPeerMru)};
}

} // namespace

SessionRegistry::SessionRegistry(const DaemonConfig &config, QObject *parent)
    : QObject(parent), m_config(config), m_handshaking(config.maxHandshakingCalls),
      m_callless(config.maxCalllessConnections)
{}

SessionRegistry::~SessionRegistry() = default;

Status SessionRegistry::admitConnection(quint32 source)
{
    if (m_stopping)
        return fail(ErrorKind::Unavailable, "shutting down");
    if (m_connectionsBySource.value(source) >= m_config.maxConnectionsPerSource)
        return fail(ErrorKind::Conflict, "more than " +
                                             std::to_string(m_config.maxConnectionsPerSource) +
                                             " connections from that address");
    ++m_connectionsBySource[source];
    return {};
}

void SessionRegistry::releaseConnection(quint32 source)
{
    if (--m_connectionsBySource[source] <= 0)
        m_connectionsBySource.remove(source);
}

quint16 SessionRegistry::allocateCallId()
{
    // Every id but 0 may be held (so the search below would never end): say so instead.
    if (m_reservedCallIds.size() + m_sessions.size() + m_ended.size() >= 0xffff)
        return 0;
    for (;;) {
        std::uint8_t r[2];
        if (RAND_bytes(r, sizeof r) != 1)
            qFatal("no randomness from OpenSSL");
        const quint16 id = static_cast<quint16>(r[0] << 8 | r[1]);
        if (id != 0 && !m_reservedCallIds.contains(id) && !m_sessions.contains(id) &&
            !m_ended.contains(id)) {
            m_reservedCallIds.insert(id);
            return id;
        }
    }
}

Status SessionRegistry::admitCall(quint16 callId, quint32 source)
{
    if (m_stopping)
        return fail(ErrorKind::Unavailable, "the server is shutting down");
    if (m_signedIn.size() >= m_config.maxSessions)
        return fail(ErrorKind::Unavailable, "the server is at its limit of " +
                                                std::to_string(m_config.maxSessions) + " sessions");
    if (m_sessions.contains(callId))
        return fail(ErrorKind::Conflict, "call id " + std::to_string(callId) + " is in use");
    const auto admission = m_handshaking.admit(callId, source);
    if (!admission.admitted)
        return fail(ErrorKind::Unavailable,
                    std::to_string(m_config.maxHandshakingCalls) +
                        " calls are signing in already (max-handshaking), " +
                        std::to_string(m_handshaking.heldBy(source)) +
                        " of them from this address");
    if (admission.evicted) {
        if (CallSession *victim = m_sessions.value(static_cast<quint16>(*admission.evicted)))
            victim->abort(QStringLiteral("not signed in yet while %1 calls were signing in "
                                         "(max-handshaking); its place went to a call from "
                                         "an address holding fewer")
                              .arg(m_config.maxHandshakingCalls));
    }
    return {};
}

Status SessionRegistry::signedIn(CallSession *session)
{
    const quint16 id = session->callId();
    m_handshaking.release(id);
    if (m_signedIn.contains(id))
        return {};
    if (m_signedIn.size() >= m_config.maxSessions)
        return fail(ErrorKind::Unavailable, "the server is at its limit of " +
                                                std::to_string(m_config.maxSessions) + " sessions");
    m_signedIn.insert(id);
    return {};
}

Status SessionRegistry::enterCallless(PptpConnection *connection)
{
    const auto key = static_cast<quint64>(reinterpret_cast<quintptr>(connection));
    if (m_callless.contains(key))
        return {};
    const auto admission = m_callless.admit(key, connection->peerAddress());
    if (!admission.admitted)
        return fail(ErrorKind::Unavailable,
                    std::to_string(m_config.maxCalllessConnections) +
                        " control connections without a call are open already "
                        "(max-callless-connections), " +
                        std::to_string(m_callless.heldBy(connection->peerAddress())) +
                        " of them from this address");
    m_calllessConnections.insert(key, connection);
    if (admission.evicted) {
        if (PptpConnection *victim = m_calllessConnections.take(*admission.evicted))
            victim->abort(QStringLiteral("no call while %1 control connections had none "
                                         "(max-callless-connections); its place went to a "
                                         "connection from an address holding fewer")
                              .arg(m_config.maxCalllessConnections));
    }
    return {};
}

void SessionRegistry::leaveCallless(PptpConnection *connection)
{
    const auto key = static_cast<quint64>(reinterpret_cast<quintptr>(connection));
    m_callless.release(key);
    m_calllessConnections.remove(key);
}

std::optional<quint32> SessionRegistry::allocateAddress()
{
    const auto &pool = m_config.tunnelPool;
    for (quint32 a = pool.firstClient(); a <= pool.lastClient(); ++a) {
        if (!m_addressesInUse.contains(a)) {
            m_addressesInUse.insert(a);
            return a;
        }
    }
    return std::nullopt;
}

Status SessionRegistry::claimAddress(quint32 address)
{
    const auto &pool = m_config.tunnelPool;
    if (address < pool.firstClient() || address > pool.lastClient())
        return fail(ErrorKind::Invalid,
                    QStringLiteral("%1 is not a client address of the tunnel pool %2/%3")
                        .arg(formatAddress(address), formatAddress(pool.network))
                        .arg(pool.prefixLength)
                        .toStdString());
    if (m_addressesInUse.contains(address))
        return fail(ErrorKind::Conflict, QStringLiteral("%1 is in use by another session")
                                             .arg(formatAddress(address))
                                             .toStdString());
    m_addressesInUse.insert(address);
    return {};
}

void SessionRegistry::add(CallSession *session)
{
    m_sessions.insert(session->callId(), session);
    connect(session, &CallSession::up, this,
            [this](CallSession *s) { emit sessionUp(describe(s)); });
    connect(session, &CallSession::changed, this, [this](CallSession *s) {
        emit sessionChanged(describe(s), QStringLiteral("rekeyed"));
    });
    connect(session, &CallSession::finished, this, &SessionRegistry::onFinished);
    connect(session, &CallSession::signInFailed, this,
            [this, session](const QString &user, quint32 code) {
                emit signInFailed(user, code, formatAddress(session->peerAddress()));
            });
}

void SessionRegistry::onFinished(CallSession *session)
{
    core::LiveSession ended = describe(session);
    ended.endedAt = QDateTime::currentDateTimeUtc();
    ended.endReason = session->endReason();
    ended.endCause = session->endCause();
    // Ended by an admin: the record names who; the client heard only why.
    if (const auto byAdmin = m_endedBy.take(session->callId());
        !byAdmin.first.isEmpty() && byAdmin.first == ended.endReason)
        ended.endReason = byAdmin.second;
    m_sessions.remove(session->callId());
    m_handshaking.release(session->callId());
    m_signedIn.remove(session->callId());
    session->deleteLater();
    if (m_dataPlane && m_dataPlane->running()) {
        // Published when the data plane hands back the call's final counters.
        m_ended.insert(ended.id, ended);
        return;
    }
    emit sessionEnded(ended);
}

void SessionRegistry::onPathRemoved(quint16 callId,
                                    const protocol::session::TunnelCounters &counters)
{
    auto it = m_ended.find(callId);
    if (it == m_ended.end())
        return;
    core::LiveSession ended = it.value();
    m_ended.erase(it);
    ended.hasCounters = true;
    ended.bytesIn = static_cast<qint64>(counters.bytesIn);
    ended.bytesOut = static_cast<qint64>(counters.bytesOut);
    ended.packetsIn = static_cast<qint64>(counters.packetsIn);
    ended.packetsOut = static_cast<qint64>(counters.packetsOut);
    copyFlowCounters(counters, ended);
    emit sessionEnded(ended);
}

void SessionRegistry::flushEnded()
{
    const auto waiting = std::exchange(m_ended, {});
    for (const core::LiveSession &ended : waiting)
        emit sessionEnded(ended);
}

void SessionRegistry::endAll(const QString &reason)
{
    const auto sessions = m_sessions;
    for (CallSession *s : sessions)
        s->end(reason, protocol::pptp::CdnResult::AdminShutdown,
               core::SessionEndCause::AdminReboot);
}

core::LiveSession SessionRegistry::describe(const CallSession *s) const
{
    core::LiveSession live;
    live.id = s->callId();
    live.user = s->user();
    live.peerAddress = s->peerAddressText();
    // A call gets its tunnel address only once signed in.
    if (s->tunnelAddress() != 0)
        live.tunnelAddress = formatAddress(s->tunnelAddress());
    live.startedAt = s->startedAt();
    live.up = s->state() == CallSession::State::Up;
    live.clientName = s->client().name;
    live.clientVersion = s->client().version;
    live.clientLegacy = s->client().legacy;
    live.signInBackend = s->grant().backend;
    live.accountingSessionId = s->accountingSessionId();
    live.radiusAuthenticated = s->grant().backend == QLatin1String("radius");
    live.radiusClass = s->grant().radiusClass;
    live.acctInterimSeconds = s->grant().acctInterimSeconds.value_or(0);
    if (const auto mppe = s->mppe()) {
        live.mppeStrength = QString::fromLatin1(toString(mppe->strength).data());
        live.mppeMode = QString::fromLatin1(toString(mppe->mode).data());
    }
    return live;
}

QList<core::LiveSession> SessionRegistry::sessions() const
{
    const auto counters =
        m_dataPlane ? m_dataPlane->counters() : decltype(m_dataPlane->counters()){};
    const qint64 now = runtime::monotonicNow().count();
    const QDateTime wallNow = QDateTime::currentDateTimeUtc();
    QList<core::LiveSession> list;
    list.reserve(m_sessions.size());
    for (const CallSession *s : m_sessions) {
        core::LiveSession live = describe(s);
        if (auto it = counters.find(s->callId()); it != counters.end()) {
            const auto &c = it->second;
            const qint64 last = c.lastDataActivity.count();
            live.hasCounters = true;
            live.idleSeconds = last > 0 ? (now - last) / 1000 : s->startedAt().secsTo(wallNow);
            live.bytesIn = static_cast<qint64>(c.bytesIn);
            live.bytesOut = static_cast<qint64>(c.bytesOut);
            live.packetsIn = static_cast<qint64>(c.packetsIn);
            live.packetsOut = static_cast<qint64>(c.packetsOut);
            copyFlowCounters(c, live);
        }
        list.append(live);
    }
    return list;
}

std::optional<core::LiveSession> SessionRegistry::session(quint16 id) const
{
    const CallSession *s = m_sessions.value(id);
    if (!s)
        return std::nullopt;
    return describe(s);
}

void SessionRegistry::endFor(CallSession *session, const QString &reason, const QString &actor)
{
    const QString told = reason + QStringLiteral(" by an administrator");
    m_endedBy.insert(session->callId(), {told, reason + QStringLiteral(" by ") + actor});
    // A session that was already closing keeps its own reason (onFinished compares).
    session->end(told, protocol::pptp::CdnResult::AdminShutdown, core::SessionEndCause::AdminReset);
}

bool SessionRegistry::end(quint16 id, const QString &reason, const QString &actor)
{
    CallSession *s = m_sessions.value(id);
    if (!s)
        return false;
    endFor(s, reason, actor);
    return true;
}

int SessionRegistry::endSessionsOf(const QString &user, const QString &reason, const QString &actor)
{
    int ended = 0;
    const auto sessions = m_sessions;
    for (CallSession *s : sessions) {
        if (s->user().compare(user, Qt::CaseInsensitive) == 0) {
            endFor(s, reason, actor);
            ++ended;
        }
    }
    return ended;
}

bool SessionRegistry::rekey(quint16 id, RekeyDone done)
{
    CallSession *s = m_sessions.value(id);
    return s && s->rekey(std::move(done));
}

std::optional<admin::SessionControl::Limits>
SessionRegistry::changeLimits(quint16 id, std::optional<int> sessionSeconds,
                              std::optional<int> idleSeconds, const QString &actor)
{
    CallSession *s = m_sessions.value(id);
    if (!s || !m_signedIn.contains(id))
        return std::nullopt;
    const auto [left, idle] = s->changeLimits(sessionSeconds, idleSeconds, actor);
    return Limits{left, idle};
}

} // namespace keyward::daemon
