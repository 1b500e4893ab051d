#include "ipc/IpcRequest.h"

#include "ipc/IpcConnection.h"

namespace keyward::ipc {

IpcResponder::IpcResponder(IpcConnection *connection, qint64 id)
    : m_connection(connection), m_id(id), m_answered(std::make_shared<bool>(false))
{}

void IpcResponder::result(const QJsonObject &result) const
{
    if (*m_answered || !m_connection)
        return;
    *m_answered = true;
    m_connection->sendFrame({{"id", m_id}, {"result", result}});
}

void IpcResponder::error(const QString &code, const QString &message) const
{
    if (*m_answered || !m_connection)
        return;
    *m_answered = true;
    m_connection->sendError(m_id, code, message);
}

} // namespace keyward::ipc
