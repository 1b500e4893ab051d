#include "admin/AuditService.h"

#include "admin/AdminContext.h"
#include "api/AdminMethod.h"
#include "core/AuditLog.h"
#include "core/PolicyStore.h"
#include "ipc/MethodRegistry.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLoggingCategory>

namespace keyward::admin {

Q_LOGGING_CATEGORY(lcAudit, "keyward.audit")

using ipc::IpcRequest;
using ipc::IpcResponder;

AuditService::AuditService(AdminContext &context, QObject *parent)
    : QObject(parent), m_context(context)
{
    connect(&m_retention, &QTimer::timeout, this, &AuditService::pruneExpired);
}

void AuditService::registerMethods(ipc::MethodRegistry &registry)
{
    registry.add(api::Method::AuditList,
                 [this](const IpcRequest &r, const IpcResponder &reply) { list(r, reply); });
    registry.add(api::Method::AuditVerify,
                 [this](const IpcRequest &r, const IpcResponder &reply) { verify(r, reply); });
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

void AuditService::list(const IpcRequest &request, const IpcResponder &reply)
{
    core::AuditFilter filter;
    filter.actor = request.params.value("actor").toString();
    filter.action = request.params.value("action").toString();
    filter.target = request.params.value("target").toString();
    filter.limit = request.params.value("limit").toInt(100);
    filter.beforeId = request.params.value("beforeId").toInteger(0);
    auto entries = m_context.audit.list(filter);
    if (!entries)
        return reply.error(entries.error());
    QJsonArray list;
    for (const core::AuditEntry &e : *entries)
        list.append(QJsonObject{
            {"id", e.id},
            {"at", QDateTime::fromMSecsSinceEpoch(e.at, Qt::UTC).toString(Qt::ISODateWithMs)},
            {"actor", e.actor},
            {"action", e.action},
            {"target", e.target},
            {"outcome", e.outcome},
            {"details", e.details}});
    reply.result({{"entries", list}});
}

void AuditService::verify(const IpcRequest &, const IpcResponder &reply)
{
    const auto v = m_context.audit.verify();
    reply.result({{"intact", v.intact},
                  {"checked", v.checked},
                  {"firstBadId", v.firstBadId},
                  {"problem", v.problem}});
}

} // namespace keyward::admin
