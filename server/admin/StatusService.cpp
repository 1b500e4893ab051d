#include "admin/StatusService.h"

#include "admin/AdminContext.h"
#include "admin/SessionControl.h"
#include "admin/SignInActivity.h"
#include "api/AdminMethod.h"
#include "api/StatusMessages.h"
#include "core/PolicyStore.h"
#include "ipc/MethodRegistry.h"

#include <QCoreApplication>

namespace keyward::admin {

void StatusService::registerMethods(ipc::MethodRegistry &registry)
{
    registry.add(api::Method::Status, handler(this, &StatusService::status));
}

void StatusService::status(const Request &, const Responder &reply)
{
    api::StatusResult result;
    result.server = QStringLiteral("keywardd");
    result.version = QCoreApplication::applicationVersion();
    result.listen = m_listening.pptp;
    result.adminListen = m_listening.admin;
    // A fingerprint only with a listener it belongs to.
    result.fingerprint = m_listening.admin.isEmpty() ? QString() : m_listening.fingerprint;
    result.sessions = m_sessions.count();
    result.weaknesses = m_context.policy.current().weaknesses();
    result.recentFailures = m_signIns.recentFailures();
    reply.result(result.toJson());
}

} // namespace keyward::admin
