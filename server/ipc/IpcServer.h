#pragma once

// The admin API endpoint of keywardd: a Unix socket (mode 0660, group `keyward`) and,
// optionally, a TLS listener for remote consoles. A local connection's peer
// credentials decide access and role before any frame is read; a remote one proves
// itself with an API token in its hello, which carries its role. Methods are
// registered by name; every call is checked against the caller's role in the one
// dispatch (MethodRegistry); events go to the connections that subscribed.
//
// Nobody can lock the admins out: local and remote clients have separate budgets,
// one remote address cannot take more than its share, a TLS handshake and a hello
// have deadlines, an idle connection that did not subscribe is closed, and a
// refusal is logged (a flood of them is summarised, not logged one by one).

#include "api/TokenGrant.h"
#include "ipc/IpcPeer.h"
#include "ipc/IpcRequest.h"
#include "ipc/MethodRegistry.h"
#include "ipc/RateWindow.h"
#include "ipc/TlsIdentity.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QLocalServer>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>

namespace keyward::ipc {

class IpcConnection;
class IpcTlsServer;

class IpcServer : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxLocalConnections = 32;
    static constexpr int MaxRemoteConnections = 32;
    static constexpr int MaxRemotePerSource = 8;

    struct Deadlines
    {
        int handshakeMs = 5000; // TLS handshake of a remote console
        int helloMs = 5000;     // from connected (or encrypted) until hello
        int idleMs = 300000;    // without a request, for a connection not subscribed
    };

    using TokenVerifier =
        std::function<api::TokenGrant(const QString &token, const QHostAddress &from)>;

    // `adminGroup` gives the admin role to local peers, `adminGroup`-operator and
    // `adminGroup`-auditor the weaker ones (keyward, keyward-operator, keyward-auditor).
    explicit IpcServer(QString adminGroup = QStringLiteral("keyward"), QObject *parent = nullptr);
    ~IpcServer() override;

    // Takes effect for connections made from now on.
    // Applies to connections accepted from now on (the TLS listener included).
    void setDeadlines(const Deadlines &deadlines);
    const Deadlines &deadlines() const { return m_deadlines; }

    // Listens on path (a stale socket file is replaced), then sets mode 0660 and
    // the admin group when it exists.
    Status listen(const QString &path);
    QString path() const { return m_path; }

    // Also listens for remote consoles over TLS; their hello must carry an API token
    // that `verifier` grants from their address.
    Status listenTls(const QHostAddress &address, quint16 port, const TlsIdentity &identity,
                     TokenVerifier verifier);
    // The same with a verifier that only names valid tokens: each gets the admin role.
    Status listenTls(const QHostAddress &address, quint16 port, const TlsIdentity &identity,
                     std::function<std::optional<QString>(const QString &token)> verifier);
    api::TokenGrant verifyToken(const QString &token, const QString &from) const;
    quint16 tlsPort() const;

    // The methods this server dispatches to; admin services register on it.
    MethodRegistry &methods() { return m_methods; }
    void publish(const QString &event, const QJsonObject &data);
    // Whether any connection would be sent this event now.
    bool hasSubscriber(const QString &event) const;
    int connectionCount() const { return static_cast<int>(m_connections.size()); }
    // Remote connections, from accept (TLS handshake included) until closed.
    int remoteConnectionCount() const { return m_remoteTotal; }

    // Closes every connection signed in with the token of that name (it was revoked).
    void endTokenConnections(const QString &tokenName, const QString &reason);

    // Used by IpcConnection.
    void dispatch(IpcConnection *connection, const IpcRequest &request);
    // Logs a refusal through clientRefused, at most RefusalsLogged per ten seconds.
    void noteRefusal(const QString &why);
    static constexpr int RefusalsLogged = 20;

signals:
    // Why a client was refused (no secret in it); rate-limited, see noteRefusal.
    void clientRefused(const QString &why);
    void clientConnected(const QString &identity);
    void clientClosed(const QString &identity, const QString &reason);
    // A remote console signed in with a token, or was refused (`name` is empty when
    // the token is not one of ours). Every one, for the audit trail to summarise.
    void tokenSignedIn(const QString &name, const QString &address, keyward::api::AdminRole role);
    void tokenRefused(const QString &name, const QString &address, const QString &why);
    // A call the caller's role does not allow (answered "forbidden").
    void callDenied(const QString &identity, const QString &method, keyward::api::AdminRole role,
                    const QString &why);

private:
    void onNewConnection();
    void onNewTlsConnection();
    void adopt(IpcConnection *connection);
    bool admitRemote(const QHostAddress &peer);
    void releaseRemote(const QHostAddress &peer);
    void refuseLocal(QLocalSocket *socket, const QString &why);

    QString m_adminGroup;
    QString m_path;
    Deadlines m_deadlines;
    QLocalServer m_server;
    std::unique_ptr<IpcTlsServer> m_tlsServer;
    TokenVerifier m_tokenVerifier;
    MethodRegistry m_methods;
    QList<IpcConnection *> m_connections;
    int m_localCount = 0;
    int m_remoteTotal = 0;
    QHash<QString, int> m_remoteBySource;
    QElapsedTimer m_clock;
    RateWindow m_refusalLog{RefusalsLogged, 10000};
};

} // namespace keyward::ipc
