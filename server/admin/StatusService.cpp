#include "admin/StatusService.h"

#include "admin/AdminContext.h"
#include "admin/SessionControl.h"
#include "admin/SignInActivity.h"
#include "api/AdminMethod.h"
#include "core/PolicyStore.h"
#include "ipc/MethodRegistry.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace keyward::admin {

using ipc::IpcRequest;
using ipc::IpcResponder;

void StatusService::registerMethods(ipc::MethodRegistry &registry)
{
    registry.add(api::Method::Status,
                 [this](const IpcRequest &r, const IpcResponder &reply) { status(r, reply); });
}

void StatusService::status(const IpcRequest &, const IpcResponder &reply)
{
    reply.result(
        {{"server", "keywardd"},
         {"adminListen", m_listening.admin},
         {"fingerprint", m_listening.admin.isEmpty() ? QString() : m_listening.fingerprint},
         {"version", QCoreApplication::applicationVersion()},
         {"sessions", static_cast<int>(m_sessions.sessions().size())},
         {"listen", m_listening.pptp},
         {"weaknesses", QJsonArray::fromStringList(m_context.policy.current().weaknesses())},
         {"recentFailures", m_signIns.recentFailures()}});
}

} // namespace keyward::admin
