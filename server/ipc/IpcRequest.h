#pragma once

// One admin API request as a method handler sees it, with a responder that sends
// exactly one reply — now or later — and does nothing if the client has gone.

#include "ipc/IpcPeer.h"

#include <QJsonObject>
#include <QPointer>
#include <QString>
#include <memory>

namespace keyward::ipc {

class IpcConnection;

class IpcResponder
{
public:
    IpcResponder(IpcConnection *connection, qint64 id);
    void result(const QJsonObject &result = {}) const;
    void error(const QString &code, const QString &message) const;

private:
    QPointer<IpcConnection> m_connection;
    qint64 m_id;
    std::shared_ptr<bool> m_answered;
};

struct IpcRequest
{
    qint64 id = 0;
    QString method;
    QJsonObject params;
    IpcPeer peer;
};

} // namespace keyward::ipc
