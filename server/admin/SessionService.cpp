#include "admin/SessionService.h"

#include "admin/AdminContext.h"
#include "admin/AuditedChange.h"
#include "admin/SessionControl.h"
#include "api/AdminMethod.h"
#include "core/CredentialStore.h"
#include "core/SessionHistory.h"
#include "ipc/MethodRegistry.h"

#include <QJsonArray>

namespace keyward::admin {

using ipc::IpcRequest;
using ipc::IpcResponder;

namespace {

Error noSession(int id)
{
    return fail(ErrorKind::NotFound, "no session with id " + std::to_string(id));
}

QString isoDate(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

void SessionService::registerMethods(ipc::MethodRegistry &registry)
{
    auto bind = [this](void (SessionService::*method)(const IpcRequest &, const IpcResponder &)) {
        return [this, method](const IpcRequest &request, const IpcResponder &reply) {
            (this->*method)(request, reply);
        };
    };
    registry.add(api::Method::SessionList, bind(&SessionService::list));
    registry.add(api::Method::SessionDisconnect, bind(&SessionService::disconnect));
    registry.add(api::Method::SessionRevoke, bind(&SessionService::revoke));
    registry.add(api::Method::SessionRekey, bind(&SessionService::rekey));
    registry.add(api::Method::SessionHistory, bind(&SessionService::history));
}

QJsonObject SessionService::toJson(const core::LiveSession &session)
{
    QJsonObject o{{"id", session.id},
                  {"user", session.user},
                  {"peerAddress", session.peerAddress},
                  {"tunnelAddress", session.tunnelAddress},
                  {"started", session.startedAt.toString(Qt::ISODate)},
                  {"state", session.up ? "up" : "negotiating"},
                  {"auth", "MS-CHAPv2"}};
    if (!session.mppeStrength.isEmpty()) {
        o.insert("mppe", session.mppeStrength);
        o.insert("mppeMode", session.mppeMode);
    }
    return o;
}

void SessionService::list(const IpcRequest &, const IpcResponder &reply)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray list;
    for (const core::LiveSession &s : m_sessions.sessions()) {
        QJsonObject o = toJson(s);
        o.insert("durationSeconds", s.startedAt.secsTo(now));
        if (s.hasCounters) {
            o.insert("idleSeconds", s.idleSeconds);
            o.insert("bytesIn", s.bytesIn);
            o.insert("bytesOut", s.bytesOut);
            o.insert("packetsIn", s.packetsIn);
            o.insert("packetsOut", s.packetsOut);
        }
        list.append(o);
    }
    reply.result({{"sessions", list}});
}

void SessionService::disconnect(const IpcRequest &request, const IpcResponder &reply)
{
    const int id = request.params.value("id").toInt(-1);
    const auto session = id < 0 ? std::nullopt : m_sessions.session(static_cast<quint16>(id));
    if (!session)
        return reply.error(noSession(id));
    // Recorded before the session ends: no disconnect without its audit entry.
    auto logged = AuditedChange(m_context, request.peer.identity())
                      .record(api::Method::SessionDisconnect, session->user, QStringLiteral("ok"),
                              {{"session", id}});
    if (!logged)
        return reply.error(logged.error());
    m_sessions.end(session->id, QStringLiteral("disconnected by %1").arg(request.peer.identity()));
    reply.result({{"id", id}});
}

void SessionService::revoke(const IpcRequest &request, const IpcResponder &reply)
{
    const int id = request.params.value("id").toInt(-1);
    const auto session = id < 0 ? std::nullopt : m_sessions.session(static_cast<quint16>(id));
    if (!session || session->user.isEmpty())
        return reply.error(
            fail(ErrorKind::NotFound, "no authenticated session with id " + std::to_string(id)));
    const QString name = session->user;
    auto done = AuditedChange(m_context, request.peer.identity())
                    .run(api::Method::SessionRevoke, name, {{"session", id}}, [&] {
                        return m_context.credentials.setState(name, core::AccountState::Revoked);
                    });
    if (!done)
        return reply.error(done.error());
    const int ended = m_sessions.endSessionsOf(
        name, QStringLiteral("revoked by %1").arg(request.peer.identity()));
    reply.result({{"id", id}, {"user", name}, {"state", "revoked"}, {"sessionsEnded", ended}});
}

void SessionService::rekey(const IpcRequest &request, const IpcResponder &reply)
{
    const int id = request.params.value("id").toInt(-1);
    const auto session = id < 0 ? std::nullopt : m_sessions.session(static_cast<quint16>(id));
    if (!session)
        return reply.error(noSession(id));
    const QString user = session->user;
    const QString admin = request.peer.identity();
    AdminContext &context = m_context;
    const bool started =
        m_sessions.rekey(session->id, [&context, reply, id, user, admin](const QString &outcome,
                                                                         const QString &detail) {
            // The outcome is known only now; if it cannot be recorded the admin is told.
            auto logged = AuditedChange(context, admin)
                              .record(api::Method::SessionRekey, user, outcome,
                                      {{"session", id}, {"detail", detail}});
            if (!logged)
                return reply.error(logged.error());
            reply.result({{"id", id}, {"outcome", outcome}, {"detail", detail}});
        });
    if (!started)
        reply.error(fail(ErrorKind::Conflict, "session " + std::to_string(id) +
                                                  " is not up, or a rekey is already running"));
}

void SessionService::history(const IpcRequest &request, const IpcResponder &reply)
{
    auto recent = m_history.recent(request.params.value("limit").toInt(100),
                                   request.params.value("user").toString());
    if (!recent)
        return reply.error(recent.error());
    QJsonArray list;
    for (const core::SessionRecord &r : *recent)
        list.append(QJsonObject{{"user", r.user},
                                {"peerAddress", r.peerAddress},
                                {"tunnelAddress", r.tunnelAddress},
                                {"mppe", r.mppe},
                                {"started", isoDate(r.startedAt)},
                                {"ended", isoDate(r.endedAt)},
                                {"reason", r.endReason},
                                {"bytesIn", r.bytesIn},
                                {"bytesOut", r.bytesOut}});
    reply.result({{"sessions", list}});
}

} // namespace keyward::admin
