#pragma once

// The client side of the admin API (console and keywardctl): a small state machine
//
//   Disconnected -> Connecting -> Handshaking (hello) -> Ready -> Disconnected
//
// Every call carries an id and arms its own timeout, so a dead or stuck daemon
// shows up as an error reply, never as a hang. Calls still pending when the
// connection drops are answered with a "disconnected" error.

#include "ipc/IpcFrameReader.h"
#include "ipc/IpcReply.h"

#include <QHash>
#include <QLocalSocket>
#include <QObject>
#include <QSslSocket>
#include <QStringList>
#include <QTimer>
#include <functional>

namespace keyward::ipc {

class IpcClient : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Disconnected,
        Connecting,
        Handshaking,
        Ready
    };
    Q_ENUM(State)
    using Callback = std::function<void(const IpcReply &)>;

    // Replies can be large (session.list with 10,000 sessions is about 3 MB); the
    // server's requests stay under the 1 MiB default. Still bounded, so a hostile
    // server cannot make us buffer without end.
    static constexpr qsizetype MaxReplyFrameSize = 64 * 1024 * 1024;

    explicit IpcClient(QString clientName, QObject *parent = nullptr);
    ~IpcClient() override;

    void connectTo(const QString &path);
    // A remote keywardd over TLS: its certificate must have the pinned SHA-256
    // fingerprint ("AB:CD:..."), and the API token says who we are. The pin is
    // checked once the handshake is done and before anything is sent, whatever a CA
    // says about the certificate: another certificate never sees the token.
    void connectToTls(const QString &host, quint16 port, const QString &fingerprint,
                      const QString &token);
    void disconnectFromServer();
    State state() const { return m_state; }
    QString identity() const { return m_identity; }
    // The role keywardd gave this connection ("auditor", "operator", "admin"), and
    // the methods it may call: from the hello result. Empty from an older keywardd
    // that says neither; then mayCall() allows everything and the server decides.
    QString role() const { return m_role; }
    QStringList methods() const { return m_methods; }
    bool mayCall(const QString &method) const;
    // The whole hello result, as keywardd sent it.
    QJsonObject helloResult() const { return m_hello; }

    // Sends a request; callback runs exactly once (reply, error, timeout or drop).
    void call(const QString &method, const QJsonObject &params, Callback callback,
              int timeoutMs = 10000);

signals:
    void stateChanged(keyward::ipc::IpcClient::State state);
    void ready();
    void eventReceived(const QString &event, const QJsonObject &data);
    // Why the connection could not be made or was lost, in words for the admin.
    void connectionError(const QString &message);
    // The server's certificate is not the pinned one (connectionError follows).
    void certificateMismatch(const QString &pinned, const QString &presented);

private:
    struct Pending
    {
        Callback callback;
        QTimer *timer;
    };
    void setState(State state);
    void onConnected();
    QString presentedFingerprint() const;
    void refuseCertificate(const QString &presented);
    void onReadyRead();
    void onDisconnected();
    void send(qint64 id, const QString &method, const QJsonObject &params, Callback callback,
              int timeoutMs);
    void finish(qint64 id, const IpcReply &reply);
    void failAll(const QString &code, const QString &message);

    QString m_clientName;
    void write(const QByteArray &bytes);
    QLocalSocket m_local;
    QSslSocket m_tls;
    QIODevice *m_device = &m_local;
    QString m_token;
    QString m_fingerprint;
    IpcFrameReader m_reader{MaxReplyFrameSize};
    State m_state = State::Disconnected;
    qint64 m_nextId = 1;
    QHash<qint64, Pending> m_pending;
    QString m_identity;
    QString m_role;
    QJsonObject m_hello;
    QStringList m_methods;
    bool m_methodsKnown = false;
    QString m_path;
};

} // namespace keyward::ipc
