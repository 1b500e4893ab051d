#include "ipc/MethodRegistry.h"

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
    it.value()(request, reply);
}

} // namespace keyward::ipc
