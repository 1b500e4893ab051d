#include "daemon/Daemon.h"

#include "admin/AccessAudit.h"
#include "admin/AuditService.h"
#include "admin/BackupService.h"
#include "admin/CaptureService.h"
#include "admin/PolicyService.h"
#include "admin/ReportService.h"
#include "admin/SessionEventPublisher.h"
#include "admin/SessionService.h"
#include "admin/SignInActivity.h"
#include "admin/StatusService.h"
#include "admin/TokenService.h"
#include "admin/UserService.h"
#include "admin/WindowCleanupService.h"
#include "admin/WindowInventoryService.h"
#include "admin/WindowNoticeService.h"
#include "admin/WindowService.h"
#include "admin/WindowValidateService.h"
#include "api/AdminEvent.h"
#include "capture/live/CaptureProcess.h"
#include "daemon/CallSession.h"
#include "daemon/PptpConnection.h"
#include "net/GreReservedSocket.h"
#include "net/Privileges.h"
#include "net/TcpStream.h"
#include "signin/LocalSignIn.h"
#include "signin/RadiusSignIn.h"
#include "signin/SignInRouter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QTimer>
#include <unistd.h>

namespace keyward::daemon {

Q_LOGGING_CATEGORY(lcDaemon, "keyward.daemon")

namespace {

// Sets a kernel setting of the tunnel device; a refusal (no /proc/sys in a container,
// a read-only /proc) is logged with what it costs, and keywardd goes on.
void writeSysctl(const QString &path, const QByteArray &value, const char *consequence)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(value) == value.size())
        return;
    qCWarning(lcDaemon).noquote() << "cannot set" << path << "to" << QString::fromLatin1(value)
                                  << "(" + file.errorString() + "):" << consequence;
}

Error toError(const QString &message, ErrorKind kind = ErrorKind::Unavailable)
{
    return fail(kind, message.toStdString());
}

} // namespace

Daemon::Daemon(DaemonConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_listener(m_config), m_sessions(m_config)
{
    connect(&m_listener, &PptpListener::connectionArrived, this, &Daemon::onNewConnection);
    connect(&m_ipc, &ipc::IpcServer::clientRefused, this, [](const QString &why) {
        qCWarning(lcDaemon).noquote() << "admin connection refused:" << why;
    });
}

Daemon::~Daemon()
{
    const auto connections = m_connections;
    for (PptpConnection *c : connections)
        delete c;
    m_sessions.endAll(QStringLiteral("keywardd stopped"));
    if (m_dataPlane) {
        m_dataPlane->stop();
        onNotices(); // final counters of sessions that ended during shutdown
    }
    m_sessions.flushEnded();
}

Status Daemon::start()
{
    auto crypto = protocol::crypto::CryptoLibrary::load();
    if (!crypto)
        return crypto.error();
    m_crypto = crypto.value();
    if (auto prepared = prepareUser(); !prepared)
        return prepared;
    if (auto opened = openState(); !opened)
        return opened;
    if (auto opened = openAccounting(); !opened)
        return opened;
    if (auto opened = openNetwork(); !opened)
        return opened;
    if (auto opened = openAdmin(); !opened)
        return opened;
    openCapture();
    buildServices();
    if (auto opened = openDynamicAuthorization(); !opened)
        return opened;
    if (auto dropped = dropPrivileges(); !dropped)
        return dropped;
    // As the user keywardd runs as, so that captures/ is its own.
    if (auto prepared = m_captures->prepare(); !prepared)
        qCWarning(lcDaemon).noquote() << QString::fromStdString(prepared.message());
    if (auto started = m_dataPlane->start(); !started)
        return started;
    if (m_accounting) {
        if (auto started = m_accounting->start(); !started)
            qCWarning(lcDaemon).noquote() << QString::fromStdString(started.message());
    }
    m_sessions.setDataPlane(m_dataPlane.get());
    m_calls = std::make_unique<CallContext>(m_config, *m_crypto, *m_dataPlane, m_sessions,
                                            *m_signIn, *m_policy);
    m_noticeNotifier =
        std::make_unique<QSocketNotifier>(m_dataPlane->noticeFd(), QSocketNotifier::Read);
    connect(m_noticeNotifier.get(), &QSocketNotifier::activated, this, &Daemon::onNotices);
    qCInfo(lcDaemon).noquote() << "keywardd listening on"
                               << m_config.listenAddress + ":" + QString::number(m_config.port)
                               << "tunnel" << m_dataPlane->tun().name().c_str() << "server address"
                               << formatAddress(m_config.tunnelPool.serverAddress())
                               << "admin socket" << m_config.ipcSocket;
    m_service.ready([this] { return serviceStatus(); });
    return {};
}

QString Daemon::serviceStatus() const
{
    return QStringLiteral("%1 session(s), %2 signing in; PPTP on %3:%4")
        .arg(m_sessions.signedInSessions())
        .arg(m_sessions.handshakingCalls())
        .arg(m_config.listenAddress)
        .arg(m_config.port);
}

Status Daemon::openState()
{
    QDir dir(m_config.stateDir);
    if (!dir.mkpath(QStringLiteral(".")))
        return toError(
            QStringLiteral("cannot create the state directory %1").arg(m_config.stateDir));
    QFile::setPermissions(m_config.stateDir,
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    auto database = core::Database::open(dir.filePath(QStringLiteral("keyward.db")));
    if (!database)
        return database.error();
    m_database = std::move(database).value();
    // A new key is made only for an empty store: over existing users it would make
    // every sealed credential unreadable, and every sign-in would fail.
    const QString keyFile = dir.filePath(QStringLiteral("credentials.key"));
    auto box = [&]() -> Result<core::SecretBox> {
        auto loaded = core::SecretBox::load(keyFile);
        if (loaded || loaded.kind() != ErrorKind::NotFound)
            return loaded;
        auto sealed = core::CredentialStore::sealedCredentialCount(*m_database);
        if (!sealed)
            return sealed.error();
        if (*sealed > 0)
            return toError(
                QStringLiteral(
                    "the key file %1 is missing, but the database %2 holds the sealed "
                    "credentials of %3 user(s), which cannot be read without it. Restore "
                    "credentials.key from your backup of the state directory %4 (owner: the "
                    "user keywardd runs as, mode 0600) and start keywardd again; keywardd "
                    "makes a new key only for an empty credential store")
                    .arg(keyFile, m_database->path())
                    .arg(*sealed)
                    .arg(m_config.stateDir));
        qCInfo(lcDaemon).noquote() << "no users yet: making a new key file" << keyFile;
        return core::SecretBox::create(keyFile);
    }();
    if (!box)
        return box.error();
    m_credentials = std::make_unique<core::CredentialStore>(*m_database, std::move(box).value());
    // The audit chain is keyed with audit.key beside credentials.key (made only while
    // no entry is keyed) and its head anchored outside the database.
    auto audit = core::AuditLog::open(*m_database, dir.filePath(QStringLiteral("audit.key")),
                                      m_config.auditAnchorFile.isEmpty()
                                          ? dir.filePath(QStringLiteral("audit.anchors"))
                                          : m_config.auditAnchorFile);
    if (!audit)
        return audit.error();
    m_audit = std::move(audit).value();
    m_settings = std::make_unique<core::SettingsStore>(*m_database);
    m_policy = std::make_unique<core::PolicyStore>(*m_settings);
    m_history = std::make_unique<core::SessionHistory>(*m_database);
    m_tokens = std::make_unique<core::TokenStore>(*m_database);
    if (auto loaded = m_policy->load(); !loaded)
        return loaded;
    return openSignIn();
}

Status Daemon::openSignIn()
{
    auto router =
        std::make_unique<signin::SignInRouter>(signin::SignInRouter::storeGroups(*m_credentials));
    auto local = std::make_unique<signin::LocalSignIn>(*m_database, *m_credentials, *m_audit,
                                                       *m_policy, *m_crypto);
    router->addBackend(DaemonConfig::toString(SignInBackendChoice::Local), local.get());
    QList<signin::SignInRouter::Route> routes;
    for (const SignInGroupBackend &line : m_config.signInGroups)
        routes.append({line.group, DaemonConfig::toString(line.backend)});
    if (m_config.usesRadiusSignIn()) {
        if (m_config.radiusServers.isEmpty())
            return toError(
                m_config.signInBackend != SignInBackendChoice::Local
                    ? QStringLiteral("signin-backend needs at least one radius-server")
                    : QStringLiteral("a signin-backend-group line names radius or "
                                     "radius-then-local, which needs at least one radius-server"),
                ErrorKind::Invalid);
        if (auto opened = openRadiusSignIn(*router, *local); !opened)
            return opened;
    }
    if (auto routed = router->setRoutes(DaemonConfig::toString(m_config.signInBackend), routes);
        !routed)
        return routed;
    for (const SignInGroupBackend &line : m_config.signInGroups)
        qCInfo(lcDaemon).noquote() << "users in group" << line.group << "sign in through"
                                   << DaemonConfig::toString(line.backend);
    m_signInBackends.push_back(std::move(local));
    m_signIn = std::move(router);
    return {};
}

Status Daemon::openRadiusSignIn(signin::SignInRouter &router, signin::SignInBackend &local)
{
    QList<radius::RadiusClient::Server> servers;
    for (const radius::RadiusServerConfig &server : m_config.radiusServers) {
        auto secret = server.readSecret();
        if (!secret)
            return secret.error();
        servers.append({server, std::move(secret).value()});
    }
    m_radius = std::make_unique<radius::RadiusClient>(
        std::move(servers),
        radius::RadiusClient::Timing{m_config.radiusTimeoutSeconds * 1000, m_config.radiusRetries,
                                     m_config.radiusDeadTimeSeconds});
    signin::RadiusSignIn::Options options;
    options.nasIdentifier = m_config.radiusNasIdentifier.isEmpty()
                                ? QHostInfo::localHostName().left(64)
                                : m_config.radiusNasIdentifier;
    options.nasAddress =
        parseAddress(m_config.radiusNasAddress.isEmpty() ? m_config.listenAddress
                                                         : m_config.radiusNasAddress)
            .value_or(0);
    // RADIUS alone, and RADIUS with the local store when every server is down: two
    // backends on one client, each added only when a setting names it.
    bool fallback = m_config.signInBackend == SignInBackendChoice::RadiusThenLocal;
    bool alone = m_config.signInBackend == SignInBackendChoice::Radius;
    for (const SignInGroupBackend &line : m_config.signInGroups) {
        fallback = fallback || line.backend == SignInBackendChoice::RadiusThenLocal;
        alone = alone || line.backend == SignInBackendChoice::Radius;
    }
    if (alone) {
        auto radius = std::make_unique<signin::RadiusSignIn>(*m_radius, *m_policy, options);
        router.addBackend(DaemonConfig::toString(SignInBackendChoice::Radius), radius.get());
        m_signInBackends.push_back(std::move(radius));
    }
    if (fallback) {
        auto radius = std::make_unique<signin::RadiusSignIn>(*m_radius, *m_policy, options);
        radius->setFallback(&local);
        router.addBackend(DaemonConfig::toString(SignInBackendChoice::RadiusThenLocal),
                          radius.get());
        m_signInBackends.push_back(std::move(radius));
    }
    QStringList names;
    for (const radius::RadiusServerConfig &server : m_config.radiusServers)
        names << server.name() +
                     QStringLiteral(" (message-authenticator=%1)")
                         .arg(radius::RadiusServerConfig::toString(server.messageAuthenticator));
    qCInfo(lcDaemon).noquote() << "sign-in through RADIUS:" << names.join(QStringLiteral(", "))
                               << (fallback ? "; the local store when every server is down" : "");
    return {};
}

Status Daemon::openAccounting()
{
    if (!m_config.accountingEnabled())
        return {};
    if (m_config.radiusServers.isEmpty())
        return toError(QStringLiteral("radius-accounting needs at least one radius-server"),
                       ErrorKind::Invalid);
    QList<radius::RadiusClient::Server> servers;
    QStringList names;
    for (const radius::RadiusServerConfig &server : m_config.radiusServers) {
        auto secret = server.readSecret();
        if (!secret)
            return secret.error();
        servers.append({server, std::move(secret).value()});
        names << QStringLiteral("%1:%2").arg(server.address.toString()).arg(server.acctPort);
    }
    radius::RadiusAccounting::Options options;
    options.nasIdentifier = m_config.radiusNasIdentifier.isEmpty()
                                ? QHostInfo::localHostName().left(64)
                                : m_config.radiusNasIdentifier;
    const QString serverAddress =
        m_config.radiusNasAddress.isEmpty() ? m_config.listenAddress : m_config.radiusNasAddress;
    options.nasAddress = parseAddress(serverAddress).value_or(0);
    options.calledStation = serverAddress;
    options.interimSeconds = m_config.radiusInterimSeconds;
    m_accounting = std::make_unique<radius::RadiusAccounting>(
        std::move(servers),
        radius::RadiusClient::Timing{m_config.radiusTimeoutSeconds * 1000, m_config.radiusRetries,
                                     m_config.radiusDeadTimeSeconds},
        std::make_unique<radius::AccountingJournal>(
            QDir(m_config.stateDir).filePath(QStringLiteral("radius-accounting.journal")),
            m_config.radiusAccountingQueue),
        options);
    m_accounting->setSessionSource([this] { return m_sessions.sessions(); });
    // Session life as the registry publishes it: a Start when up, a Stop (with the final
    // counters) when ended.
    connect(&m_sessions, &SessionRegistry::sessionUp, m_accounting.get(),
            &radius::RadiusAccounting::onSessionUp);
    connect(&m_sessions, &SessionRegistry::sessionEnded, m_accounting.get(),
            &radius::RadiusAccounting::onSessionEnded);
    qCInfo(lcDaemon).noquote() << "RADIUS accounting on:" << names.join(QStringLiteral(", "));
    return {};
}

Status Daemon::openDynamicAuthorization()
{
    if (m_config.radiusDaeAddress.isEmpty())
        return {};
    if (m_config.radiusDaeClients.isEmpty())
        return toError(QStringLiteral("radius-dae-listen needs at least one radius-dae-client"),
                       ErrorKind::Invalid);
    QList<radius::DaeListener::Client> clients;
    QStringList names;
    for (const radius::DaeClientConfig &client : m_config.radiusDaeClients) {
        auto secret = client.readSecret();
        if (!secret)
            return secret.error();
        clients.append({client, std::move(secret).value()});
        names << QStringLiteral("%1 (message-authenticator=%2)")
                     .arg(client.address.toString(),
                          radius::RadiusServerConfig::toString(client.messageAuthenticator));
    }
    radius::DynamicAuthorization::Nas nas;
    nas.identifier = m_config.radiusNasIdentifier.isEmpty() ? QHostInfo::localHostName().left(64)
                                                            : m_config.radiusNasIdentifier;
    nas.address = parseAddress(m_config.radiusNasAddress.isEmpty() ? m_config.listenAddress
                                                                   : m_config.radiusNasAddress)
                      .value_or(0);
    m_dynamicAuthorization = std::make_unique<radius::DynamicAuthorization>(
        m_sessions, nas,
        [this](const QString &actor, const QString &action, const QString &target,
               const QString &outcome, const QJsonObject &details) -> Status {
            if (!m_audit)
                return toError(QStringLiteral("the audit trail is closed"));
            auto appended = m_audit->append(actor, action, target, outcome, details,
                                            QDateTime::currentMSecsSinceEpoch());
            if (!appended)
                return appended.error();
            return {};
        });
    m_daeListener = std::make_unique<radius::DaeListener>(
        std::move(clients), *m_dynamicAuthorization, radius::DaeListener::Settings{});
    QHostAddress address(m_config.radiusDaeAddress);
    if (auto listening =
            m_daeListener->listen(address, static_cast<quint16>(m_config.radiusDaePort));
        !listening)
        return listening;
    qCInfo(lcDaemon).noquote() << QStringLiteral("RADIUS Disconnect/CoA on %1:%2 from %3")
                                      .arg(m_config.radiusDaeAddress)
                                      .arg(m_daeListener->port())
                                      .arg(names.join(QStringLiteral(", ")));
    return {};
}

Status Daemon::openNetwork()
{
    const auto listen = parseAddress(m_config.listenAddress).value_or(0);
    if (auto listening = m_listener.listen(listen, m_config.port); !listening)
        return toError(QStringLiteral("cannot listen on %1:%2 (%3); is another PPTP server "
                                      "running, and does keywardd run as root?")
                           .arg(m_config.listenAddress)
                           .arg(m_config.port)
                           .arg(m_listener.errorString()));
    auto gre = net::GreSocket::open(listen);
    if (!gre)
        return gre.error();
    auto tun = net::TunDevice::open("kw%d");
    if (!tun)
        return tun.error();
    const QString name = QString::fromStdString(tun->name());
    // No IPv6 into the tunnel; no forwarding beyond this host unless asked for.
    writeSysctl(QStringLiteral("/proc/sys/net/ipv6/conf/%1/disable_ipv6").arg(name), "1",
                "the tunnel device keeps IPv6, which keywardd does not carry");
    // The server's address with the pool's prefix: the kernel routes the whole pool to
    // the device with this one route, so no session needs a route of its own (and
    // keywardd needs no CAP_NET_ADMIN once started).
    if (auto configured = tun->configure(m_config.tunnelPool.serverAddress(), m_config.mtu,
                                         m_config.tunnelPool.prefixLength);
        !configured)
        return configured;
    writeSysctl(QStringLiteral("/proc/sys/net/ipv4/conf/%1/forwarding").arg(name),
                m_config.forwardToLan ? "1" : "0",
                m_config.forwardToLan ? "clients may not reach the LAN (forward-to-lan)"
                                      : "the kernel's own forwarding setting applies");
    m_dataPlane = std::make_unique<net::DataPlane>(std::move(tun).value(), std::move(gre).value());
    return {};
}

Status Daemon::openAdmin()
{
    QDir().mkpath(QFileInfo(m_config.ipcSocket).absolutePath());
    if (auto listening = m_ipc.listen(m_config.ipcSocket); !listening)
        return listening;
    if (m_config.adminListen.isEmpty())
        return {};
    auto identity = ipc::TlsIdentity::loadOrCreate(m_config.stateDir);
    if (!identity)
        return identity.error();
    m_tls = *identity;
    const int colon = m_config.adminListen.lastIndexOf(':');
    if (auto listening = m_ipc.listenTls(
            QHostAddress(m_config.adminListen.left(colon)),
            static_cast<quint16>(m_config.adminListen.mid(colon + 1).toUInt()), m_tls,
            [this](const QString &token, const QHostAddress &from) {
                return m_tokens->verify(token, from, QDateTime::currentSecsSinceEpoch());
            });
        !listening)
        return listening;
    qCInfo(lcDaemon).noquote() << "remote consoles on" << m_config.adminListen
                               << "certificate fingerprint" << m_tls.fingerprint();
    return {};
}

void Daemon::openCapture()
{
    m_captureProcess = std::make_unique<capture::live::CaptureProcess>();
    connect(m_captureProcess.get(), &capture::live::CaptureProcess::died, this,
            [](const QString &reason) { qCWarning(lcDaemon).noquote() << reason; });
    // keyward-capture beside keywardd (a build tree), else where the package puts it.
    QString program = m_config.captureProgram;
    if (program.isEmpty()) {
        program = QCoreApplication::applicationDirPath() + QStringLiteral("/keyward-capture");
        if (!QFileInfo::exists(program))
            program = QStringLiteral(KEYWARD_CAPTURE_INSTALLED);
    }
    // keyward-capture switches to keywardd's user itself, keeping CAP_NET_RAW only.
    const QString user = m_runAs == QStringLiteral("root") ? QString() : m_runAs;
    if (auto launched = m_captureProcess->launch(program, user); !launched)
        qCWarning(lcDaemon).noquote()
            << "packet capture unavailable:" << QString::fromStdString(launched.message());
}

void Daemon::buildServices()
{
    m_admin.reset(new admin::AdminContext{
        *m_database, *m_audit, *m_credentials, *m_settings, *m_policy, *m_crypto,
        [this](const QString &event, const QJsonObject &data) { m_ipc.publish(event, data); }});
    m_access = std::make_unique<admin::AccessAudit>(*m_admin);
    connect(&m_ipc, &ipc::IpcServer::tokenSignedIn, m_access.get(),
            &admin::AccessAudit::tokenSignedIn);
    connect(&m_ipc, &ipc::IpcServer::tokenRefused, m_access.get(),
            &admin::AccessAudit::tokenRefused);
    connect(&m_ipc, &ipc::IpcServer::callDenied, m_access.get(), &admin::AccessAudit::callDenied);
    m_signIns = std::make_unique<admin::SignInActivity>(*m_admin);
    connect(&m_sessions, &SessionRegistry::signInFailed, m_signIns.get(),
            &admin::SignInActivity::failed);
    // The router announces the lockouts of every backend it routes to.
    connect(m_signIn.get(), &signin::SignInBackend::lockedOut, m_signIns.get(),
            &admin::SignInActivity::lockedOut);
    if (m_radius) {
        connect(m_radius.get(), &radius::RadiusClient::serverDown, m_signIns.get(),
                &admin::SignInActivity::radiusServerDown);
        connect(m_radius.get(), &radius::RadiusClient::serverUp, m_signIns.get(),
                &admin::SignInActivity::radiusServerUp);
    }
    m_sessionEvents = std::make_unique<admin::SessionEventPublisher>(
        *m_admin, m_sessions, [this] { return m_ipc.hasSubscriber(api::Event::SessionDelta); });
    connect(&m_sessions, &SessionRegistry::sessionUp, m_sessionEvents.get(),
            &admin::SessionEventPublisher::onSessionUp);
    connect(&m_sessions, &SessionRegistry::sessionChanged, m_sessionEvents.get(),
            &admin::SessionEventPublisher::onSessionChanged);
    connect(&m_sessions, &SessionRegistry::sessionEnded, m_sessionEvents.get(),
            &admin::SessionEventPublisher::onSessionEnded);
    connect(&m_sessions, &SessionRegistry::sessionEnded, this, [this](const core::LiveSession &s) {
        if (auto saved = m_history->recordEnded(s); !saved)
            qCWarning(lcDaemon).noquote() << QString::fromStdString(saved.message());
    });

    auto policy = std::make_unique<admin::PolicyService>(*m_admin);
    policy->warnAboutWeaknesses();
    auto audit = std::make_unique<admin::AuditService>(*m_admin, *m_history);
    audit->startRetention();
    admin::PolicyService &policyService = *policy;
    m_services.push_back(std::move(policy));
    m_services.push_back(std::move(audit));
    m_services.push_back(std::make_unique<admin::UserService>(*m_admin, m_sessions));
    auto sessions = std::make_unique<admin::SessionService>(*m_admin, m_sessions, *m_history);
    sessions->setDeltas(m_sessionEvents.get());
    m_services.push_back(std::move(sessions));
    m_services.push_back(std::make_unique<admin::TokenService>(
        *m_admin, *m_tokens, m_tls.fingerprint(), [this](const QString &name) {
            m_ipc.endTokenConnections(name, QStringLiteral("API token '%1' was "
                                                           "revoked")
                                                .arg(name));
        }));
    m_services.push_back(std::make_unique<admin::WindowService>(*m_admin));
    m_services.push_back(std::make_unique<admin::WindowInventoryService>(
        *m_admin, m_sessions, *m_history, policyService));
    auto cleanup = std::make_unique<admin::WindowCleanupService>(*m_admin, m_sessions);
    cleanup->startExpiry();
    m_services.push_back(std::move(cleanup));
    m_services.push_back(std::make_unique<admin::WindowNoticeService>(*m_admin));
    // keyward-probe beside keywardd (a build tree), else where the package puts it; it
    // reaches keywardd on its own PPTP address (loopback when listening on all).
    admin::WindowValidateService::Settings validate;
    validate.probeProgram =
        QCoreApplication::applicationDirPath() + QStringLiteral("/keyward-probe");
    if (!QFileInfo::exists(validate.probeProgram))
        validate.probeProgram = QStringLiteral(KEYWARD_PROBE_INSTALLED);
    validate.serverAddress = m_config.listenAddress == QLatin1String("0.0.0.0")
                                 ? QStringLiteral("127.0.0.1")
                                 : m_config.listenAddress;
    validate.port = m_config.port;
    // Opened here, before the privileges are dropped: the probe borrows it then.
    auto validationGre = net::GreReservedSocket::open();
    if (!validationGre)
        qCWarning(lcDaemon).noquote()
            << "window validate is unavailable:" << QString::fromStdString(validationGre.message());
    m_services.push_back(std::make_unique<admin::WindowValidateService>(*m_admin, validate,
                                                                        std::move(validationGre)));
    admin::CaptureService::Settings capture;
    capture.directory = QDir(m_config.stateDir).filePath(QStringLiteral("captures"));
    capture.ring.maxFileBytes = qint64(m_config.captureFileMegabytes) * 1024 * 1024;
    capture.ring.maxFiles = m_config.captureFiles;
    capture.retention.maxAgeSeconds = qint64(m_config.captureMaxAgeDays) * 86400;
    capture.retention.maxTotalBytes = qint64(m_config.captureTotalMegabytes) * 1024 * 1024;
    capture.feedRate = m_config.captureFeedRate;
    auto captures =
        std::make_unique<admin::CaptureService>(*m_admin, *m_captureProcess, capture, [this] {
            return m_ipc.hasSubscriber(api::Event::CapturePackets);
        });
    m_captures = captures.get();
    m_services.push_back(std::move(captures));
    auto backups = std::make_unique<admin::BackupService>(
        *m_admin, m_sessions,
        admin::BackupService::Settings{m_config.stateFiles(), m_config.backupRetention,
                                       m_config.toJson()});
    // An upload whose admin's connection closes is abandoned.
    connect(&m_ipc, &ipc::IpcServer::clientClosed, &backups->uploads(),
            &admin::BackupUploads::abandon);
    m_services.push_back(std::move(backups));
    auto reports = std::make_unique<admin::ReportService>(
        *m_admin, admin::ReportService::Settings{m_config.stateDir, m_config.reportRetention});
    reports->startSchedule();
    m_services.push_back(std::move(reports));
    admin::StatusService::SignIn signIn{
        DaemonConfig::toString(m_config.signInBackend), {}, m_radius.get(), m_accounting.get()};
    for (const SignInGroupBackend &line : m_config.signInGroups)
        signIn.groups.append({line.group, DaemonConfig::toString(line.backend)});
    m_services.push_back(std::make_unique<admin::StatusService>(
        *m_admin, m_sessions, *m_signIns,
        admin::StatusService::Listening{m_config.listenAddress, m_config.adminListen,
                                        m_tls.fingerprint()},
        std::move(signIn)));
    for (const auto &service : m_services)
        service->registerMethods(m_ipc.methods());
}

Status Daemon::prepareUser()
{
    if (::geteuid() != 0)
        return {}; // started unprivileged: there is nobody to switch to
    QString user = m_config.runAsUser;
    if (user.isEmpty()) {
        const QString fallback = QString::fromLatin1(DaemonConfig::defaultUser);
        auto account = net::Privileges::account(fallback.toStdString());
        if (!account && account.kind() != ErrorKind::NotFound)
            return account.error();
        if (!account) {
            qCWarning(lcDaemon).noquote()
                << "running as root: there is no user" << fallback
                << "to run as (the Debian package creates it; by hand: useradd --system "
                   "--user-group --no-create-home --shell /usr/sbin/nologin"
                << fallback + ")."
                << "Pass --user root to keep root on purpose. Capabilities are dropped either "
                   "way.";
            m_runAs = QStringLiteral("root");
            return {};
        }
        user = fallback;
    }
    m_runAs = user;
    if (user == QStringLiteral("root"))
        return {};
    auto account = net::Privileges::account(user.toStdString());
    if (!account)
        return account.error();
    if (!QDir().mkpath(m_config.stateDir))
        return toError(
            QStringLiteral("cannot create the state directory %1").arg(m_config.stateDir));
    // A state directory made by a keywardd that ran as root becomes the user's here.
    return net::Privileges::handOver(m_config.stateDir.toStdString(), *account);
}

Status Daemon::dropPrivileges()
{
    if (m_runAs.isEmpty()) // not root: drop whatever capabilities we were started with
        return net::Privileges::dropTo({});
    if (m_runAs != QStringLiteral("root")) {
        auto account = net::Privileges::account(m_runAs.toStdString());
        if (!account)
            return account.error();
        // What was made since prepareUser() (a new database, key or certificate) too.
        if (auto given = net::Privileges::handOver(m_config.stateDir.toStdString(), *account);
            !given)
            return given;
    }
    // TCP 1723, the GRE socket, the TUN device with its pool route and the admin
    // sockets are open: from now on nothing needs a capability.
    if (auto dropped = net::Privileges::dropTo({}, m_runAs.toStdString()); !dropped)
        return dropped;
    qCInfo(lcDaemon).noquote() << "running as" << m_runAs << "with no capabilities";
    return {};
}

void Daemon::shutdown(const QString &reason)
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_service.stopping(reason);
    m_sessions.stopAccepting();
    qCInfo(lcDaemon).noquote() << "shutting down:" << reason;
    m_listener.close();
    const auto connections = m_connections;
    for (PptpConnection *c : connections)
        c->stop(reason);
    // Give the Stop-Control-Connection exchanges a moment, then send Accounting-Off
    // (waiting 3 s at most for its answer), then go.
    QTimer::singleShot(m_connections.isEmpty() ? 0 : 1500, this, [this] {
        if (!m_accounting) {
            emit stopped();
            return;
        }
        m_accounting->stop(3000, [this] { emit stopped(); });
    });
}

void Daemon::onNewConnection(net::TcpStream *stream, quint32 peer)
{
    if (auto admitted = m_sessions.admitConnection(peer); !admitted) {
        qCWarning(lcDaemon).noquote() << "refused a control connection from" << formatAddress(peer)
                                      << ":" << QString::fromStdString(admitted.message());
        stream->abort();
        stream->deleteLater();
        return;
    }
    auto *connection = new PptpConnection(*m_calls, stream, peer, this);
    m_connections.append(connection);
    connect(connection, &PptpConnection::closed, this, [this](PptpConnection *c) {
        m_connections.removeAll(c);
        m_sessions.releaseConnection(c->peerAddress());
    });
    connection->start();
}

void Daemon::onNotices()
{
    for (auto &notice : m_dataPlane->takeNotices()) {
        if (notice.kind == net::DataPlane::Notice::Kind::PathRemoved) {
            m_sessions.onPathRemoved(notice.callId, notice.counters);
            continue;
        }
        CallSession *session = m_sessions.find(notice.callId);
        if (!session)
            continue;
        if (notice.kind == net::DataPlane::Notice::Kind::ControlFrame)
            session->onControlFrame(notice.protocol, notice.information);
        else if (notice.kind == net::DataPlane::Notice::Kind::PathAdded)
            session->onPathAdded();
        else if (notice.kind == net::DataPlane::Notice::Kind::Resynchronised)
            session->onDecryptorResynchronised();
        else
            session->onDecryptorResetRequest();
    }
}

} // namespace keyward::daemon
