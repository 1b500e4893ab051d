#pragma once

// keywardd's composition root: it opens the state (database, credential key, policy),
// opens the network (TCP 1723, raw GRE, TUN) while it still has the privileges to,
// drops them, and builds and wires the parts: the session registry, the PPTP control
// connections, the data plane and the admin services. Domain rules live in core and
// the admin services, not here.

#include "admin/AdminContext.h"
#include "core/AuditLog.h"
#include "core/CredentialStore.h"
#include "core/Database.h"
#include "core/PolicyStore.h"
#include "core/SessionHistory.h"
#include "core/SettingsStore.h"
#include "core/TokenStore.h"
#include "crypto/CryptoLibrary.h"
#include "daemon/CallContext.h"
#include "daemon/DaemonConfig.h"
#include "daemon/PptpListener.h"
#include "daemon/SessionRegistry.h"
#include "ipc/IpcServer.h"
#include "ipc/TlsIdentity.h"
#include "net/DataPlane.h"
#include "radius/DaeListener.h"
#include "radius/DynamicAuthorization.h"
#include "radius/RadiusAccounting.h"
#include "radius/RadiusClient.h"
#include "runtime/ServiceNotifier.h"
#include "signin/SignInBackend.h"

#include <QObject>
#include <QSocketNotifier>
#include <memory>
#include <vector>

namespace keyward::admin {
class AccessAudit;
class AdminService;
class CaptureService;
class SignInActivity;
class SessionEventPublisher;
} // namespace keyward::admin

namespace keyward::capture::live {
class CaptureProcess;
}

namespace keyward::signin {
class SignInRouter;
}

namespace keyward::daemon {

class PptpConnection;

class Daemon : public QObject
{
    Q_OBJECT

public:
    explicit Daemon(DaemonConfig config, QObject *parent = nullptr);
    ~Daemon() override;

    // Opens everything, drops privileges and starts serving. On failure the error says
    // what could not be done and how to fix it.
    Status start();
    // Stops every control connection (Stop-Control-Connection), then emits stopped().
    void shutdown(const QString &reason);

signals:
    void stopped();

private:
    // Chooses the user keywardd runs as and, while still root, gives it the state
    // directory (before anything in it is opened).
    Status prepareUser();
    Status openState();
    // The sign-in router: signin-backend for most users, signin-backend-group lines for
    // the local store's groups. RADIUS secrets are read here, while keywardd may still
    // read files only root may.
    Status openSignIn();
    // The RADIUS client and the RADIUS backends the settings name, added to `router`.
    Status openRadiusSignIn(signin::SignInRouter &router, signin::SignInBackend &local);
    // RADIUS accounting (radius-accounting): its client and journal; secrets are read
    // here. It starts (Accounting-On) once keywardd runs as its own user.
    Status openAccounting();
    Status openNetwork();
    Status openAdmin();
    // Starts keyward-capture while keywardd may still give it CAP_NET_RAW. Capture is
    // optional: a failure is logged and capture reported unavailable.
    void openCapture();
    Status dropPrivileges();
    void buildServices();
    // RADIUS Disconnect/CoA (radius-dae-listen): its clients' secrets are read here,
    // before keywardd drops root; its actions go through the session registry and
    // the audit trail.
    Status openDynamicAuthorization();
    void onNewConnection(net::TcpStream *stream, quint32 peer);
    void onNotices();
    // The line `systemctl status keywardd` shows.
    QString serviceStatus() const;

    DaemonConfig m_config;
    std::shared_ptr<const protocol::crypto::CryptoLibrary> m_crypto;
    std::unique_ptr<core::Database> m_database;
    std::unique_ptr<core::CredentialStore> m_credentials;
    std::unique_ptr<core::AuditLog> m_audit;
    std::unique_ptr<core::SettingsStore> m_settings;
    std::unique_ptr<core::PolicyStore> m_policy;
    std::unique_ptr<core::SessionHistory> m_history;
    std::unique_ptr<core::TokenStore> m_tokens;
    std::unique_ptr<radius::RadiusClient> m_radius;
    // The backends the router chooses from (the local store among them: RADIUS's fallback).
    std::vector<std::unique_ptr<signin::SignInBackend>> m_signInBackends;
    std::unique_ptr<signin::SignInBackend> m_signIn;        // the router sessions ask
    std::unique_ptr<radius::RadiusAccounting> m_accounting; // null: accounting off
    std::unique_ptr<CallContext> m_calls;
    ipc::TlsIdentity m_tls;
    PptpListener m_listener;
    std::unique_ptr<net::DataPlane> m_dataPlane;
    std::unique_ptr<QSocketNotifier> m_noticeNotifier;
    ipc::IpcServer m_ipc;
    SessionRegistry m_sessions;
    std::unique_ptr<admin::AdminContext> m_admin;
    std::unique_ptr<admin::AccessAudit> m_access;
    std::unique_ptr<admin::SignInActivity> m_signIns;
    std::unique_ptr<admin::SessionEventPublisher> m_sessionEvents;
    std::unique_ptr<capture::live::CaptureProcess> m_captureProcess;
    admin::CaptureService *m_captures = nullptr; // owned by m_services
    std::vector<std::unique_ptr<admin::AdminService>> m_services;
    QList<PptpConnection *> m_connections;
    runtime::ServiceNotifier m_service; // READY, STATUS, WATCHDOG, STOPPING to systemd
    bool m_stopping = false;
    QString m_runAs; // empty: not started as root, nobody to switch to
    // Last, so that they go first: nothing arrives for sessions being torn down.
    std::unique_ptr<radius::DynamicAuthorization> m_dynamicAuthorization;
    std::unique_ptr<radius::DaeListener> m_daeListener;
};

} // namespace keyward::daemon
