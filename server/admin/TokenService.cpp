#include "admin/TokenService.h"

#include "admin/AdminContext.h"
#include "admin/AuditedChange.h"
#include "api/AdminMethod.h"
#include "api/TokenMessages.h"
#include "core/TokenStore.h"
#include "ipc/MethodRegistry.h"

#include <QDateTime>

namespace keyward::admin {

void TokenService::registerMethods(ipc::MethodRegistry &registry)
{
    registry.add(api::Method::TokenCreate, handler(this, &TokenService::create));
    registry.add(api::Method::TokenList, handler(this, &TokenService::list));
    registry.add(api::Method::TokenRevoke, handler(this, &TokenService::revoke));
}

void TokenService::create(const Request &request, const Responder &reply)
{
    if (!request.peer.remoteAddress.isEmpty())
        return reply.error(fail(ErrorKind::Forbidden, "tokens are created on the server itself"));
    auto params = api::TokenRef::fromJson(request.params);
    if (!params)
        return reply.error(params.error());
    const QString &name = params->name;
    QString token;
    auto done = AuditedChange(m_context, request.peer.identity())
                    .run(api::Method::TokenCreate, name, {}, [&]() -> Status {
                        auto created = m_tokens.create(name, QDateTime::currentSecsSinceEpoch());
                        if (!created)
                            return created.error();
                        token = *created;
                        return {};
                    });
    if (!done)
        return reply.error(done.error());
    // Shown once; only its hash is kept.
    reply.result(api::TokenCreateResult{name, token, m_fingerprint}.toJson());
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
    reply.result(api::TokenRef{name}.toJson());
}

} // namespace keyward::admin
