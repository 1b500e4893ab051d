#include "admin/TokenService.h"

#include "admin/AdminContext.h"
#include "admin/AuditedChange.h"
#include "api/AdminMethod.h"
#include "core/TokenStore.h"
#include "ipc/MethodRegistry.h"

#include <QDateTime>

namespace keyward::admin {

using ipc::IpcRequest;
using ipc::IpcResponder;

void TokenService::registerMethods(ipc::MethodRegistry &registry)
{
    registry.add(api::Method::TokenCreate,
                 [this](const IpcRequest &r, const IpcResponder &reply) { create(r, reply); });
    registry.add(api::Method::TokenList,
                 [this](const IpcRequest &r, const IpcResponder &reply) { list(r, reply); });
    registry.add(api::Method::TokenRevoke,
                 [this](const IpcRequest &r, const IpcResponder &reply) { revoke(r, reply); });
}

void TokenService::create(const IpcRequest &request, const IpcResponder &reply)
{
    const QString name = request.params.value("name").toString();
    if (!request.peer.remoteAddress.isEmpty())
        return reply.error(fail(ErrorKind::Forbidden, "tokens are created on the server itself"));
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
    reply.result({{"name", name}, {"token", token}, {"fingerprint", m_fingerprint}});
}

void TokenService::list(const IpcRequest &, const IpcResponder &reply)
{
    auto list = m_tokens.list();
    if (!list)
        return reply.error(list.error());
    reply.result({{"tokens", *list}});
}

void TokenService::revoke(const IpcRequest &request, const IpcResponder &reply)
{
    const QString name = request.params.value("name").toString();
    auto done = AuditedChange(m_context, request.peer.identity())
                    .run(api::Method::TokenRevoke, name, {}, [&] { return m_tokens.revoke(name); });
    if (!done)
        return reply.error(done.error());
    reply.result({{"name", name}});
}

} // namespace keyward::admin
