#include "admin/PolicyService.h"

#include "admin/AdminContext.h"
#include "admin/AuditedChange.h"
#include "api/AdminEvent.h"
#include "api/AdminMethod.h"
#include "api/PolicyMessages.h"
#include "core/PolicyStore.h"
#include "ipc/MethodRegistry.h"

#include <QLoggingCategory>

namespace keyward::admin {

Q_LOGGING_CATEGORY(lcPolicy, "keyward.policy")

namespace {

// The policy in force as the admin API shows it, setting by setting.
api::PolicySettings settings(const core::Policy &p)
{
    api::PolicySettings s;
    s.allowMppe40 = p.allowMppe40;
    s.allowMppe56 = p.allowMppe56;
    s.allowMppe128 = p.allowMppe128;
    s.allowStatefulMppe = p.allowStatefulMppe;
    s.preferStatefulMppe = p.preferStatefulMppe;
    s.authMethods = p.authMethods;
    s.passwordMinLength = p.passwordMinLength;
    s.passwordMinClasses = p.passwordMinClasses;
    s.passwordHistory = p.passwordHistory;
    s.passwordMaxAgeDays = p.passwordMaxAgeDays;
    s.lockoutThreshold = p.lockoutThreshold;
    s.lockoutMinutes = p.lockoutMinutes;
    s.maxSessionHours = p.maxSessionHours;
    s.idleTimeoutMinutes = p.idleTimeoutMinutes;
    s.auditRetentionDays = p.auditRetentionDays;
    s.lockoutKnownAddressesOnly = p.lockoutKnownAddressesOnly;
    return s;
}

// The bounds of every numeric setting, by key, as the policy states them.
Result<QMap<QString, api::PolicyBound>> bounds()
{
    const QJsonObject stated = core::Policy::bounds();
    QMap<QString, api::PolicyBound> out;
    for (auto it = stated.begin(); it != stated.end(); ++it) {
        auto bound = api::PolicyBound::fromJson(it.value().toObject());
        if (!bound)
            return fail(ErrorKind::Internal,
                        "the bounds of " + it.key().toStdString() + ": " + bound.message());
        out.insert(it.key(), *bound);
    }
    return out;
}

} // namespace

void PolicyService::registerMethods(ipc::MethodRegistry &registry)
{
    registry.add(api::Method::PolicyGet, handler(this, &PolicyService::get));
    registry.add(api::Method::PolicySet, handler(this, &PolicyService::set));
}

void PolicyService::warnAboutWeaknesses() const
{
    for (const QString &w : m_context.policy.current().weaknesses())
        qCWarning(lcPolicy).noquote() << "weak policy:" << w;
}

void PolicyService::get(const Request &, const Responder &reply)
{
    const core::Policy &policy = m_context.policy.current();
    auto bounded = bounds();
    if (!bounded)
        return reply.error(bounded.error());
    reply.result(api::PolicyGetResult{settings(policy), *bounded, policy.weaknesses()}.toJson());
}

void PolicyService::set(const Request &request, const Responder &reply)
{
    auto params = api::PolicySetParams::fromJson(request.params);
    if (!params)
        return reply.error(params.error());
    auto next = change(request.peer.identity(), api::Method::PolicySet, params->changes);
    if (!next)
        return reply.error(next.error());
    // The caller gets what every console heard.
    reply.result(api::PolicyChangedEvent{settings(*next), next->weaknesses()}.toJson());
}

Result<core::Policy> PolicyService::change(const QString &actor, const QString &action,
                                           const QJsonObject &changes)
{
    std::optional<core::Policy> next;
    auto done = AuditedChange(m_context, actor)
                    .run(action, QStringLiteral("policy"), {{"changes", changes}}, [&]() -> Status {
                        auto saved = m_context.policy.save(changes);
                        if (!saved)
                            return saved.error();
                        next = *saved;
                        return {};
                    });
    if (!done)
        return done.error();
    m_context.policy.adopt(*next);
    warnAboutWeaknesses();
    // Every console hears of the change.
    const api::PolicyChangedEvent changed{settings(*next), next->weaknesses()};
    m_context.publish(api::Event::PolicyChanged, changed.toJson());
    return *next;
}

} // namespace keyward::admin
