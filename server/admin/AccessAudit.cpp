#include "admin/AccessAudit.h"

#include "admin/AdminContext.h"
#include "admin/AuditedChange.h"

#include <QLoggingCategory>

namespace keyward::admin {

Q_LOGGING_CATEGORY(lcAccess, "keyward.access")

AccessAudit::AccessAudit(AdminContext &context, QObject *parent)
    : QObject(parent), m_context(context)
{
    m_clock.start();
}

void AccessAudit::write(ipc::RateWindow &window, const QString &actor, const QString &action,
                        const QString &target, const QString &outcome, QJsonObject details)
{
    if (!window.admit(m_clock.elapsed()))
        return;
    if (const int suppressed = window.takeSuppressed(); suppressed > 0)
        details.insert(QStringLiteral("notRecordedBefore"), suppressed);
    if (auto recorded = AuditedChange(m_context, actor).record(action, target, outcome, details);
        !recorded)
        qCWarning(lcAccess).noquote()
            << "cannot record" << action << "in the audit trail:" << recorded.message().c_str();
}

void AccessAudit::tokenSignedIn(const QString &name, const QString &address, api::AdminRole role)
{
    write(m_signIns, QStringLiteral("token %1 from %2").arg(name, address), SignIn, name,
          QStringLiteral("ok"), {{"address", address}, {"role", api::roleName(role)}});
}

void AccessAudit::tokenRefused(const QString &name, const QString &address, const QString &why)
{
    write(m_refusals,
          QStringLiteral("token %1 from %2")
              .arg(name.isEmpty() ? QStringLiteral("?") : name, address),
          SignIn, name.isEmpty() ? QStringLiteral("?") : name, QStringLiteral("refused"),
          {{"address", address}, {"reason", why}});
}

void AccessAudit::callDenied(const QString &identity, const QString &method, api::AdminRole role,
                             const QString &why)
{
    write(m_denials, identity, Denied, method, QStringLiteral("forbidden"),
          {{"role", api::roleName(role)}, {"reason", why}});
}

} // namespace keyward::admin
