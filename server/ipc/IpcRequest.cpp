#include "ipc/IpcRequest.h"

#include "ipc/IpcProtocol.h"

namespace keyward::ipc {

IpcResponder::IpcResponder(Sink sink, qint64 id)
    : m_sink(std::move(sink)), m_id(id), m_answered(std::make_shared<bool>(false))
{}

void IpcResponder::result(const QJsonObject &result) const
{
    if (*m_answered || !m_sink)
        return;
    *m_answered = true;
    m_sink({{"id", m_id}, {"result", result}});
}

void IpcResponder::error(const QString &code, const QString &message) const
{
    if (*m_answered || !m_sink)
        return;
    *m_answered = true;
    m_sink({{"id", m_id}, {"error", QJsonObject{{"code", code}, {"message", message}}}});
}

void IpcResponder::error(const Error &error) const
{
    this->error(errorCodeFor(error.kind), QString::fromStdString(error.message));
}

} // namespace keyward::ipc
