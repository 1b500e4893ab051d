#include "admin/AuditService.h"

#include "admin/AdminContext.h"
#include "api/AdminMethod.h"
#include "api/AuditMessages.h"
#include "core/AuditLog.h"
#include "core/PolicyStore.h"
#include "core/SessionHistory.h"
#include "ipc/MethodRegistry.h"

#include <QDateTime>
#include <QLoggingCategory>

namespace keyward::admin {

Q_LOGGING_CATEGORY(lcAudit, "keyward.audit")

AuditService::AuditService(AdminContext &context, core::SessionHistory &history, QObject *parent)
    : QObject(parent), m_context(context), m_history(history)
{
    connect(&m_retention, &QTimer::timeout, this,
            [this] { pruneExpired(QDateTime::currentMSecsSinceEpoch()); });
    connect(&m_anchoring, &QTimer::timeout, this,
            [this] { anchor(QDateTime::currentMSecsSinceEpoch()); });
}

void AuditService::registerMethods(ipc::MethodRegistry &registry)
{
    registry.add(api::Method::AuditList, handler(this, &AuditService::list));
    registry.add(api::Method::AuditVerify, handler(this, &AuditService::verify));
}

void AuditService::startRetention()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    pruneExpired(now);
    anchor(now);
    m_retention.start(24 * 3600 * 1000);
    m_anchoring.start(AnchorIntervalMs);
}

void AuditService::anchor(qint64 nowMs)
{
    // The AuditLog logs every anchor it writes.
    if (auto anchored = m_context.audit.writeAnchor(nowMs); !anchored)
        qCWarning(lcAudit).noquote()
            << "cannot anchor the audit trail:" << QString::fromStdString(anchored.message());
}

void AuditService::pruneExpired(qint64 nowMs)
{
    const int days = m_context.policy.current().auditRetentionDays;
    const qint64 retentionMs = qint64(days) * 86400 * 1000;
    auto removed = m_context.audit.prune(retentionMs, nowMs, QStringLiteral("system"));
    if (!removed)
        qCWarning(lcAudit).noquote()
            << "audit retention:" << QString::fromStdString(removed.message());
    else if (*removed > 0)
        qCInfo(lcAudit).noquote() << "audit retention removed" << *removed << "entries older than"
                                  << days << "days";
    pruneHistory(retentionMs, nowMs);
}

void AuditService::pruneHistory(qint64 retentionMs, qint64 nowMs)
{
    // What is waiting is written first, so the newest ended session bounds the cut.
    if (auto written = m_history.flush(); !written)
        qCWarning(lcAudit).noquote()
            << "session history:" << QString::fromStdString(written.message());
    core::SessionHistory::Pruned pruned;
    auto done = m_context.database.transaction([&]() -> Status {
        auto result = m_history.prune(retentionMs / 1000, nowMs / 1000);
        if (!result)
            return result.error();
        pruned = *result;
        if (pruned.removed == 0)
            return {};
        auto logged = m_context.audit.append(
            QStringLiteral("system"), QStringLiteral("history.prune"),
            QStringLiteral("session history"), QStringLiteral("ok"),
            {{"removed", pruned.removed}, {"olderThan", pruned.olderThan * 1000}}, nowMs);
        return logged ? Status{} : Status{logged.error()};
    });
    if (!done)
        qCWarning(lcAudit).noquote()
            << "session history retention:" << QString::fromStdString(done.message());
    else if (pruned.removed > 0)
        qCInfo(lcAudit).noquote() << "session history retention removed" << pruned.removed
                                  << "sessions that ended more than" << retentionMs / (86400 * 1000)
                                  << "days ago";
    if (pruned.clockAhead)
        qCWarning(lcAudit).noquote()
            << "the clock is further ahead of the newest ended session than the retention: "
               "session history retention keeps every session within the retention of it. "
               "Check the system clock";
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
    api::AuditVerifyResult result;
    result.intact = v.intact;
    result.checked = v.checked;
    result.firstBadId = v.firstBadId;
    result.problem = v.problem;
    result.keyedFrom = v.keyedFrom;
    result.anchorsChecked = v.anchorsChecked;
    result.failedAnchor = v.failedAnchor;
    result.anchorFailure = v.anchorFailure;
    reply.result(result.toJson());
}

} // namespace keyward::admin
