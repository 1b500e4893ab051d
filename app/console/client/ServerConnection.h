#pragma once

// The console's one connection to keywardd. It wraps the IPC client with what a
// desktop app needs: the token of a remote profile fetched from the keychain
// (asynchronously), event subscription, and reconnection with backoff when the
// server goes away, with a status line that says what is going on. Models call
// the server through it; widgets never touch it directly.

#include "client/AdminAccess.h"
#include "client/ConnectionProfile.h"
#include "ipc/IpcClient.h"
#include "secrets/TokenVault.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

namespace keyward::console {

class ServerConnection : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Offline,    // not connected; a retry may be scheduled
        Connecting, // connecting, or waiting for the keychain
        Online,     // ready for calls, subscribed to events
        NeedsToken, // a remote profile whose token the keychain could not give
        // A remote server presented another certificate than the pinned one. Nothing
        // was sent to it; no retry until the admin checks and pins the new one.
        CertificateChanged
    };
    Q_ENUM(State)

    explicit ServerConnection(QObject *parent = nullptr);
    ~ServerConnection() override;

    // Connects (or reconnects) to this profile and keeps trying until told otherwise.
    // A remote profile's token comes from the keychain, unless one is given here.
    void open(const ConnectionProfile &profile, const QString &token = {}, bool remember = false);
    // A token typed by the admin for a remote profile; saved in the keychain if asked.
    void provideToken(const QString &token, bool remember);
    void close();

    State state() const { return m_state; }
    const ConnectionProfile &profile() const { return m_profile; }
    // Who the server says we are ("root", "uid 1000", "token laptop").
    QString identity() const { return m_client.identity(); }
    // The role and methods of this connection (everything while not known).
    const AdminAccess &access() const { return m_access; }
    // Whether the server sends this connection an event that is sent only on
    // request (session.delta); false for an older keywardd.
    bool receives(const QString &event) const { return m_requestedEvents.contains(event); }
    // The certificate fingerprint a remote server presented instead of the pinned
    // one (state CertificateChanged), else empty.
    QString presentedFingerprint() const { return m_presented; }
    // One line for the status bar.
    QString statusText() const { return m_status; }
    TokenVault &vault() { return m_vault; }

    using Callback = ipc::IpcClient::Callback;
    // Calls the server; when offline the callback gets a "disconnected" error at once.
    void call(const QString &method, const QJsonObject &params, Callback callback,
              int timeoutMs = 10000);

signals:
    void stateChanged(keyward::console::ServerConnection::State state);
    void statusTextChanged(const QString &text);
    void online();
    void eventReceived(const QString &event, const QJsonObject &data);
    // The role or the allowed methods changed (a new connection, another server).
    void accessChanged();

private:
    void setState(State state, const QString &status);
    void connectNow();
    void rememberToken();
    void onClientState(ipc::IpcClient::State state);
    void scheduleRetry(const QString &why);
    void setAccess(const AdminAccess &access);

    ipc::IpcClient m_client{QStringLiteral("keyward-console")};
    TokenVault m_vault;
    ConnectionProfile m_profile = ConnectionProfile::local();
    QString m_token;
    QString m_lastError;
    QString m_presented;
    AdminAccess m_access;
    QStringList m_requestedEvents;
    QTimer m_retry;
    int m_retryDelayMs = 1000;
    bool m_wanted = false;
    State m_state = State::Offline;
    QString m_status;
};

} // namespace keyward::console
