#include "admin/PolicyService.h"

#include "admin/AdminContext.h"
#include "admin/AuditedChange.h"
#include "api/AdminEvent.h"
#include "api/AdminMethod.h"
#include "core/PolicyStore.h"
#include "ipc/MethodRegistry.h"

#include <QJsonArray>
#include <QLoggingCategory>

namespace keyward::admin {

Q_LOGGING_CATEGORY(lcPolicy, "keyward.policy")

using ipc::IpcRequest;
using ipc::IpcResponder;

void PolicyService::registerMethods(ipc::MethodRegistry &registry)
{
    registry.add(api::Method::PolicyGet,
                 [this](const IpcRequest &r, const IpcResponder &reply) { get(r, reply); });
    registry.add(api::Method::PolicySet,
                 [this](const IpcRequest &r, const IpcResponder &reply) { set(r, reply); });
}

void PolicyService::warnAboutWeaknesses() const
{
    for (const QString &w : m_context.policy.current().weaknesses())
        qCWarning(lcPolicy).noquote() << "weak policy:" << w;
}

void PolicyService::get(const IpcRequest &, const IpcResponder &reply)
{
    const core::Policy &policy = m_context.policy.current();
    reply.result({{"policy", policy.toJson()},
                  {"bounds", core::Policy::bounds()},
                  {"weaknesses", QJsonArray::fromStringList(policy.weaknesses())}});
}

void PolicyService::set(const IpcRequest &request, const IpcResponder &reply)
{
    const QJsonObject changes = request.params.value("changes").toObject();
    std::optional<core::Policy> next;
    auto done = AuditedChange(m_context, request.peer.identity())
                    .run(api::Method::PolicySet, QStringLiteral("policy"), {{"changes", changes}},
                         [&]() -> Status {
                             auto saved = m_context.policy.save(changes);
                             if (!saved)
                                 return saved.error();
                             next = *saved;
                             return {};
                         });
    if (!done)
        return reply.error(done.error());
    m_context.policy.adopt(*next);
    warnAboutWeaknesses();
    const QJsonObject result{{"policy", next->toJson()},
                             {"weaknesses", QJsonArray::fromStringList(next->weaknesses())}};
    m_context.publish(api::Event::PolicyChanged, result);
    reply.result(result);
}

} // namespace keyward::admin
