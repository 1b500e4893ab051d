#include "admin/AuditedChange.h"

#include "admin/AdminContext.h"
#include "core/AuditLog.h"
#include "core/Database.h"

#include <QDateTime>

namespace keyward::admin {

Status AuditedChange::run(const QString &action, const QString &target, const QJsonObject &details,
                          const std::function<Status()> &change)
{
    return m_context.database.transaction([&]() -> Status {
        if (auto changed = change(); !changed)
            return changed;
        auto logged = m_context.audit.append(m_actor, action, target, QStringLiteral("ok"), details,
                                             QDateTime::currentMSecsSinceEpoch());
        return logged ? Status{} : Status{logged.error()};
    });
}

Status AuditedChange::run(const QString &action, const QString &target,
                          const std::function<Result<QJsonObject>()> &change)
{
    return m_context.database.transaction([&]() -> Status {
        auto details = change();
        if (!details)
            return details.error();
        auto logged = m_context.audit.append(m_actor, action, target, QStringLiteral("ok"),
                                             *details, QDateTime::currentMSecsSinceEpoch());
        return logged ? Status{} : Status{logged.error()};
    });
}

Status AuditedChange::record(const QString &action, const QString &target, const QString &outcome,
                             const QJsonObject &details)
{
    return m_context.database.transaction([&]() -> Status {
        auto logged = m_context.audit.append(m_actor, action, target, outcome, details,
                                             QDateTime::currentMSecsSinceEpoch());
        return logged ? Status{} : Status{logged.error()};
    });
}

} // namespace keyward::admin
