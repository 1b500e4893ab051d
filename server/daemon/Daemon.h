#pragma once

// keywardd's wiring: configuration, the state database (credentials, audit,
// policy), the privileged resources (TCP 1723, raw GRE, TUN) opened before root
// powers are dropped, the data plane thread, the PPTP control connections and their
// sessions, and the admin API.

#include "core/AuditLog.h"
#include "core/CredentialStore.h"
#include "core/Database.h"
#include "core/Policy.h"
#include "core/SessionHistory.h"
#include "core/SettingsStore.h"
#include "core/TokenStore.h"
#include "crypto/CryptoLibrary.h"
#include "daemon/DaemonConfig.h"
#include "ipc/IpcServer.h"
#include "ipc/TlsIdentity.h"
#include "mppe/MppePolicy.h"
#include "mschapv2/MsChapV2Account.h"
#include "net/DataPlane.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QSet>
#include <QSocketNotifier>
#include <QTcpServer>
#include <functional>
#include <memory>
#include <optional>
#include <span>

namespace keyward::daemon {

class CallSession;
class PptpConnection;

class Daemon : public QObject
{
    Q_OBJECT

public:
    explicit Daemon(DaemonConfig config, QObject *parent = nullptr);
    ~Daemon() override;

    // Opens everything, drops privileges and starts serving. On failure the message
    // says what could not be done and how to fix it.
    bool start(QString *error);
    // Stops every control connection (Stop-Control-Connection), then emits stopped().
    void shutdown(const QString &reason);

    const DaemonConfig &config() const { return m_config; }
    const protocol::crypto::CryptoLibrary &crypto() const { return *m_crypto; }
    net::DataPlane &dataPlane() { return *m_dataPlane; }
    const core::Policy &policy() const { return m_policy; }
    protocol::mppe::MppePolicy mppePolicy() const;
    int idleTimeoutSeconds() const;
    int maxSessionSeconds() const;
    void fillRandom(std::span<std::uint8_t> out) const;
    // The NT hash (MD4 of the UTF-16LE password) that the store keeps, sealed.
    Result<core::NtHash> ntHashOf(std::string_view password) const;

    // For the control plane.
    // A call id no live connection holds; given back with releaseCallId().
    quint16 allocateCallId();
    void releaseCallId(quint16 callId) { m_reservedCallIds.remove(callId); }
    bool canAcceptCall(quint16 callId, QString *why) const;
    std::optional<quint32> allocateAddress();
    void releaseAddress(quint32 address);
    void registerSession(CallSession *session);
    protocol::mschapv2::MsChapV2Account lookupAccount(std::string_view fullName);
    Status checkNewPassword(std::string_view fullName, std::string_view password);
    void loginSucceeded(const QString &user, const QString &address);
    void loginFailed(const QString &user, std::uint32_t code, const QString &address);
    void passwordChanged(const QString &user, const protocol::mschapv2::NtHash &hash);

signals:
    void stopped();

private:
    bool openState(QString *error);
    bool openNetwork(QString *error);
    bool dropPrivileges(QString *error);
    void onNewConnection();
    void onNotices();
    void registerMethods();
    void registerUserMethods();
    void registerScheduleMethods();
    // Runs `change` and its audit entry in one transaction; replies with the error or
    // lets the caller reply on success.
    bool audited(const ipc::IpcRequest &request, const ipc::IpcResponder &reply,
                 const QString &action, const QString &target, const QJsonObject &details,
                 const std::function<Status()> &change);
    int endSessionsOf(const QString &user, const QString &reason);
    void pruneAudit();
    QJsonObject sessionJson(const CallSession *session) const;
    static qint64 nowSeconds();

    DaemonConfig m_config;
    std::shared_ptr<const protocol::crypto::CryptoLibrary> m_crypto;
    std::unique_ptr<core::Database> m_database;
    std::unique_ptr<core::CredentialStore> m_credentials;
    std::unique_ptr<core::AuditLog> m_audit;
    std::unique_ptr<core::SettingsStore> m_settings;
    std::unique_ptr<core::SessionHistory> m_history;
    std::unique_ptr<core::TokenStore> m_tokens;
    ipc::TlsIdentity m_tls;
    core::Policy m_policy;
    QTcpServer m_listener;
    std::unique_ptr<net::DataPlane> m_dataPlane;
    std::unique_ptr<QSocketNotifier> m_noticeNotifier;
    ipc::IpcServer m_ipc;
    QHash<quint16, CallSession *> m_sessions;
    // Ended sessions waiting for their final counters from the data plane.
    QHash<quint16, core::SessionRecord> m_endedSessions;
    QSet<quint16> m_reservedCallIds;
    QSet<quint32> m_addressesInUse;
    QHash<quint32, int> m_connectionsBySource;
    QList<PptpConnection *> m_connections;
    // The latest failed logins, newest first, for the console's dashboard.
    QJsonArray m_recentFailures;
    bool m_stopping = false;
};

} // namespace keyward::daemon
