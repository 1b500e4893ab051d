#include "admin/TokenService.h"

#include "admin/AdminContext.h"
#include "admin/AuditedChange.h"
#include "api/AdminMethod.h"
#include "api/AdminRole.h"
#include "api/IsoTime.h"
#include "api/TokenMessages.h"
#include "core/TokenStore.h"
#include "ipc/MethodRegistry.h"

#include <QDateTime>
#include <QJsonArray>

namespace keyward::admin {

void TokenService::registerMethods(ipc::MethodRegistry &registry)
{
    registry.add(api::Method::TokenCreate, handler(this, &TokenService::create));
    registry.add(api::Method::TokenList, handler(this, &TokenService::list));
    registry.add(api::Method::TokenRevoke, handler(this, &TokenService::revoke));
}

void TokenService::create(const Request &request, const Responder &reply)
{
    auto params = api::TokenCreateParams::fromJson(request.params);
    if (!params)
        return reply.error(params.error());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    core::TokenStore::Spec spec;
    spec.name = params->name;
    spec.role = api::roleFromName(params->role).value_or(api::AdminRole::Admin);
    spec.expiresAt = params->expiresInDays > 0 ? now + qint64(params->expiresInDays) * 86400 : 0;
    for (const QString &source : std::as_const(params->sources))
        spec.sources << core::TokenStore::normalizedSource(source).value_or(source);
    const QDateTime expires =
        spec.expiresAt ? QDateTime::fromSecsSinceEpoch(spec.expiresAt, Qt::UTC) : QDateTime();
    const QJsonObject details{{"role", api::roleName(spec.role)},
                              {"expires", api::IsoTime::seconds(expires)},
                              {"sources", QJsonArray::fromStringList(spec.sources)}};
    QString token;
    auto done = AuditedChange(m_context, request.peer.identity())
                    .run(api::Method::TokenCreate, spec.name, details, [&]() -> Status {
                        auto created = m_tokens.create(spec, now);
                        if (!created)
                            return created.error();
                        token = *created;
                        return {};
                    });
    if (!done)
        return reply.error(done.error());
    // Shown once; only its hash is kept.
    api::TokenCreateResult result;
    result.name = spec.name.trimmed();
    result.token = token;
    result.fingerprint = m_fingerprint;
    result.role = api::roleName(spec.role);
    result.expires = expires;
    result.sources = spec.sources;
    reply.result(result.toJson());
}

void TokenService::list(const Request &, const Responder &reply)
{
    auto list = m_tokens.list();
    if (!list)
        return reply.error(list.error());
    // The store lists its tokens in the admin API's form; reading them back is the
    // check that it still does.
    auto tokens = api::TokenListResult::fromJson({{"tokens", *list}});
    if (!tokens)
        return reply.error(fail(ErrorKind::Internal, "the token list: " + tokens.message()));
    reply.result(tokens->toJson());
}

void TokenService::revoke(const Request &request, const Responder &reply)
{
    auto params = api::TokenRef::fromJson(request.params);
    if (!params)
        return reply.error(params.error());
    const QString &name = params->name;
    auto done = AuditedChange(m_context, request.peer.identity())
                    .run(api::Method::TokenRevoke, name, {}, [&] { return m_tokens.revoke(name); });
    if (!done)
        return reply.error(done.error());
    // Revoked means revoked now: its open connections end too.
    if (m_revoked)
        m_revoked(name);
    reply.result(api::TokenRef{name}.toJson());
}

} // namespace keyward::admin
