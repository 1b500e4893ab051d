#include "ipc/MethodRegistry.h"

#include "api/AdminRole.h"
#include "ipc/IpcProtocol.h"

#include <algorithm>

namespace keyward::ipc {

void MethodRegistry::add(const QString &name, Handler handler)
{
    Q_ASSERT_X(!m_methods.contains(name), "MethodRegistry::add", "method registered twice");
    m_methods.insert(name, std::move(handler));
}

QStringList MethodRegistry::names() const
{
    QStringList names = m_methods.keys();
    std::sort(names.begin(), names.end());
    return names;
}

void MethodRegistry::dispatch(const IpcRequest &request, const IpcResponder &reply) const
{
    const auto it = m_methods.constFind(request.method);
    if (it == m_methods.constEnd()) {
        reply.error(ErrorCode::UnknownMethod,
                    QStringLiteral("no method named '%1'").arg(request.method));
        return;
    }
    const api::AdminChannel channel = request.peer.channel();
    if (!request.peer.authorized || !api::mayCall(request.peer.role, channel, request.method)) {
        const QString why =
            request.peer.authorized
                ? api::forbiddenMessage(request.peer.role, channel, request.method)
                : QStringLiteral("%1 is not signed in").arg(request.peer.identity());
        reply.error(ErrorCode::Forbidden, why);
        if (m_denied)
            m_denied(request, why);
        return;
    }
    it.value()(request, reply);
}

} // namespace keyward::ipc
