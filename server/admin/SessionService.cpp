#include "admin/SessionService.h"

#include "admin/AdminContext.h"
#include "admin/AuditedChange.h"
#include "admin/SessionControl.h"
#include "admin/SessionEventPublisher.h"
#include "api/AdminMethod.h"
#include "api/JsonWriter.h"
#include "core/CredentialStore.h"
#include "core/SessionHistory.h"
#include "ipc/MethodRegistry.h"

#include <limits>

namespace keyward::admin {

namespace {

Error noSession(int id)
{
    return fail(ErrorKind::NotFound, "no session with id " + std::to_string(id));
}

// One ended session of session.history. Its times are always set.
api::EndedSession endedSession(const core::SessionRecord &r)
{
    return api::EndedSession{r.user,
                             r.peerAddress,
                             r.tunnelAddress,
                             r.mppe,
                             QDateTime::fromSecsSinceEpoch(r.startedAt, Qt::UTC),
                             QDateTime::fromSecsSinceEpoch(r.endedAt, Qt::UTC),
                             r.endReason,
                             r.bytesIn,
                             r.bytesOut};
}

} // namespace

void SessionService::registerMethods(ipc::MethodRegistry &registry)
{
    registry.add(api::Method::SessionList, handler(this, &SessionService::list));
    registry.add(api::Method::SessionDisconnect, handler(this, &SessionService::disconnect));
    registry.add(api::Method::SessionRevoke, handler(this, &SessionService::revoke));
    registry.add(api::Method::SessionRekey, handler(this, &SessionService::rekey));
    registry.add(api::Method::SessionHistory, handler(this, &SessionService::history));
}

api::SessionInfo SessionService::sessionInfo(core::LiveSession session)
{
    // Taken by value and moved from: a list of 10,000 rows copies no text.
    api::SessionInfo info;
    info.id = session.id;
    info.user = std::move(session.user);
    info.peerAddress = std::move(session.peerAddress);
    info.tunnelAddress = std::move(session.tunnelAddress);
    info.started = session.startedAt;
    info.state = session.up ? api::SessionState::Up : api::SessionState::Negotiating;
    info.auth = QStringLiteral("MS-CHAPv2");
    info.client = std::move(session.clientName);
    info.clientVersion = std::move(session.clientVersion);
    info.clientLegacy = session.clientLegacy;
    info.signIn = std::move(session.signInBackend);
    // The strength and the mode are shown together, once CCP has agreed MPPE.
    if (!session.mppeStrength.isEmpty()) {
        info.mppe = std::move(session.mppeStrength);
        info.mppeMode = std::move(session.mppeMode);
    }
    return info;
}

api::SessionListEntry SessionService::listEntry(core::LiveSession session, const QDateTime &now)
{
    const qint64 duration = session.startedAt.secsTo(now);
    std::optional<api::SessionTraffic> traffic;
    if (session.hasCounters) {
        api::SessionTraffic t{session.idleSeconds, session.bytesIn, session.bytesOut,
                              session.packetsIn, session.packetsOut};
        const auto &d = session.drops;
        t.flow = api::SessionFlow{session.packetsQueued, session.windowTimeouts,
                                  session.packetsLost, session.packetsDropped,
                                  api::SessionDrops{d.noKeys, d.windowFull, d.encrypt, d.decrypt,
                                                    d.unencrypted, d.duplicate, d.late, d.malformed,
                                                    d.tooLong}};
        traffic = t;
    }
    return api::SessionListEntry{sessionInfo(std::move(session)), duration, traffic};
}

std::optional<core::LiveSession> SessionService::find(int id) const
{
    // Call ids are 16 bits: anything else names no session (rather than another one).
    if (id < 0 || id > std::numeric_limits<quint16>::max())
        return std::nullopt;
    return m_sessions.session(static_cast<quint16>(id));
}

void SessionService::list(const Request &, const Responder &reply)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    api::SessionListResult result;
    QList<core::LiveSession> live = m_sessions.sessions();
    result.sessions.reserve(live.size());
    for (core::LiveSession &s : live)
        result.sessions.append(listEntry(std::move(s), now));
    if (m_deltas)
        result.revision = m_deltas->revision();
    reply.resultWritten([&](api::JsonWriter &out) { result.writeJson(out); });
}

void SessionService::disconnect(const Request &request, const Responder &reply)
{
    const auto id = namedId<api::SessionRef>(request.params);
    if (!id)
        return reply.error(id.error());
    const auto session = find(*id);
    if (!session)
        return reply.error(noSession(*id));
    // Recorded (committed) before the session ends: an entry that cannot be written
    // leaves the session as it was and the admin gets the error.
    auto logged = AuditedChange(m_context, request.peer.identity())
                      .record(api::Method::SessionDisconnect, session->user, QStringLiteral("ok"),
                              {{"session", *id}});
    if (!logged)
        return reply.error(logged.error());
    // The client hears why, not who: the admin is named in the audit entry and the
    // session's record.
    m_sessions.end(session->id, QStringLiteral("disconnected"), request.peer.identity());
    reply.result(api::SessionRef{*id}.toJson());
}

void SessionService::revoke(const Request &request, const Responder &reply)
{
    const auto id = namedId<api::SessionRef>(request.params);
    if (!id)
        return reply.error(id.error());
    const auto session = find(*id);
    if (!session || session->user.isEmpty())
        return reply.error(
            fail(ErrorKind::NotFound, "no authenticated session with id " + std::to_string(*id)));
    const QString name = session->user;
    auto done = AuditedChange(m_context, request.peer.identity())
                    .run(api::Method::SessionRevoke, name, {{"session", *id}}, [&] {
                        return m_context.credentials.setState(name, core::AccountState::Revoked);
                    });
    if (!done)
        return reply.error(done.error());
    const int ended =
        m_sessions.endSessionsOf(name, QStringLiteral("revoked"), request.peer.identity());
    reply.result(api::SessionRevokeResult{*id, name, api::UserState::Revoked, ended}.toJson());
}

void SessionService::rekey(const Request &request, const Responder &reply)
{
    const auto named = namedId<api::SessionRef>(request.params);
    if (!named)
        return reply.error(named.error());
    const int id = *named;
    const auto session = find(id);
    if (!session)
        return reply.error(noSession(id));
    if (!session->up || m_rekeying->contains(id))
        return reply.error(
            fail(ErrorKind::Conflict,
                 "session " + std::to_string(id) + " is not up, or a rekey is already running"));
    const QString user = session->user;
    const QString admin = request.peer.identity();
    // The request is committed to the audit trail before the session is touched: a
    // rekey that cannot be recorded does not start, and the admin gets the error.
    auto requested = AuditedChange(m_context, admin)
                         .record(api::Method::SessionRekey, user, QStringLiteral("requested"),
                                 {{"session", id}});
    if (!requested)
        return reply.error(requested.error());
    AdminContext &context = m_context;
    auto rekeying = m_rekeying;
    rekeying->insert(id);
    const bool started = m_sessions.rekey(session->id, [&context, rekeying, reply, id, user,
                                                        admin](const QString &outcome,
                                                               const QString &detail) {
        rekeying->remove(id);
        // The outcome is known only now; if it cannot be recorded the admin is told.
        auto logged = AuditedChange(context, admin)
                          .record(api::Method::SessionRekey, user, outcome,
                                  {{"session", id}, {"detail", detail}});
        if (!logged)
            return reply.error(fail(logged.kind(), "the rekey of session " + std::to_string(id) +
                                                       " ended (" + outcome.toStdString() +
                                                       ") but its outcome could not be "
                                                       "recorded: " +
                                                       logged.message()));
        reply.result(api::SessionRekeyResult{id, outcome, detail}.toJson());
    });
    if (started)
        return;
    rekeying->remove(id);
    const std::string why = "session " + std::to_string(id) + " could not start a rekey";
    (void)AuditedChange(m_context, admin)
        .record(api::Method::SessionRekey, user, QStringLiteral("failed"),
                {{"session", id}, {"detail", QString::fromStdString(why)}});
    reply.error(fail(ErrorKind::Conflict, why));
}

void SessionService::history(const Request &request, const Responder &reply)
{
    auto params = api::SessionHistoryParams::fromJson(request.params);
    if (!params)
        return reply.error(params.error());
    auto recent = m_history.recent(params->limit.value_or(100), params->user);
    if (!recent)
        return reply.error(recent.error());
    api::SessionHistoryResult result;
    for (const core::SessionRecord &r : *recent)
        result.sessions.append(endedSession(r));
    reply.result(result.toJson());
}

} // namespace keyward::admin
