#include "admin/AuditService.h"

#include "admin/AdminContext.h"
#include "api/AdminMethod.h"
#include "api/AuditMessages.h"
#include "core/AuditLog.h"
#include "core/PolicyStore.h"
#include "ipc/MethodRegistry.h"

#include <QDateTime>
#include <QLoggingCategory>

namespace keyward::admin {

Q_LOGGING_CATEGORY(lcAudit, "keyward.audit")

AuditService::AuditService(AdminContext &context, QObject *parent)
    : QObject(parent), m_context(context)
{
    connect(&m_retention, &QTimer::timeout, this, &AuditService::pruneExpired);
}

void AuditService::registerMethods(ipc::MethodRegistry &registry)
{
    registry.add(api::Method::AuditList, handler(this, &AuditService::list));
    registry.add(api::Method::AuditVerify, handler(this, &AuditService::verify));
}

void AuditService::startRetention()
{
    pruneExpired();
    m_retention.start(24 * 3600 * 1000);
}

void AuditService::pruneExpired()
{
    const int days = m_context.policy.current().auditRetentionDays;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto removed =
        m_context.audit.prune(now - qint64(days) * 86400 * 1000, now, QStringLiteral("system"));
    if (!removed)
        qCWarning(lcAudit).noquote()
            << "audit retention:" << QString::fromStdString(removed.message());
    else if (*removed > 0)
        qCInfo(lcAudit).noquote() << "audit retention removed" << *removed << "entries older than"
                                  << days << "days";
}

void AuditService::list(const Request &request, const Responder &reply)
{
    auto params = api::AuditListParams::fromJson(request.params);
    if (!params)
        return reply.error(params.error());
    core::AuditFilter filter;
    filter.actor = params->actor;
    filter.action = params->action;
    filter.target = params->target;
    filter.limit = params->limit.value_or(100);
    filter.beforeId = params->beforeId;
    auto entries = m_context.audit.list(filter);
    if (!entries)
        return reply.error(entries.error());
    api::AuditListResult result;
    for (const core::AuditEntry &e : *entries)
        result.entries.append(api::AuditEntry{e.id, QDateTime::fromMSecsSinceEpoch(e.at, Qt::UTC),
                                              e.actor, e.action, e.target, e.outcome, e.details});
    reply.result(result.toJson());
}

void AuditService::verify(const Request &, const Responder &reply)
{
    const auto v = m_context.audit.verify();
    reply.result(api::AuditVerifyResult{v.intact, v.checked, v.firstBadId, v.problem}.toJson());
}

} // namespace keyward::admin
