#pragma once

// The admin API endpoint of keywardd: a Unix socket (mode 0660, group `keyward`).
// Each connection's peer credentials decide access before any frame is read.
// Methods are registered by name; events go to the connections that subscribed.

#include "ipc/IpcRequest.h"
#include "ipc/MethodRegistry.h"
#include "ipc/TlsIdentity.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QLocalServer>
#include <QObject>
#include <QSslServer>
#include <functional>
#include <memory>
#include <optional>

namespace keyward::ipc {

class IpcConnection;

class IpcServer : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxConnections = 64;

    explicit IpcServer(QString adminGroup = QStringLiteral("keyward"), QObject *parent = nullptr);
    ~IpcServer() override;

    // Listens on path (a stale socket file is replaced), then sets mode 0660 and
    // the admin group when it exists.
    Status listen(const QString &path);
    QString path() const { return m_path; }

    // Also listens for remote consoles over TLS; their hello must carry an API token
    // that `verifier` accepts (it returns the token's name).
    Status listenTls(const QHostAddress &address, quint16 port, const TlsIdentity &identity,
                     std::function<std::optional<QString>(const QString &token)> verifier);
    std::optional<QString> verifyToken(const QString &token) const;
    quint16 tlsPort() const { return m_tlsServer ? m_tlsServer->serverPort() : 0; }

    // The methods this server dispatches to; admin services register on it.
    MethodRegistry &methods() { return m_methods; }
    void publish(const QString &event, const QJsonObject &data);
    int connectionCount() const { return static_cast<int>(m_connections.size()); }

    // Used by IpcConnection.
    void dispatch(IpcConnection *connection, const IpcRequest &request);

signals:
    void clientRefused(const QString &why);
    void clientConnected(const QString &identity);
    void clientClosed(const QString &identity, const QString &reason);

private:
    void onNewConnection();
    void onNewTlsConnection();
    void adopt(IpcConnection *connection);

    QString m_adminGroup;
    QString m_path;
    QLocalServer m_server;
    std::unique_ptr<QSslServer> m_tlsServer;
    std::function<std::optional<QString>(const QString &)> m_tokenVerifier;
    MethodRegistry m_methods;
    QList<IpcConnection *> m_connections;
};

} // namespace keyward::ipc
