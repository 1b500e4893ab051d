#include "daemon/Daemon.h"

#include "core/ChangeWindowPlan.h"
#include "daemon/CallSession.h"
#include "daemon/MonotonicClock.h"
#include "daemon/PptpConnection.h"
#include "ipc/IpcProtocol.h"
#include "mschapv2/MsChapV2Crypto.h"
#include "mschapv2/MsChapV2UserName.h"
#include "net/Privileges.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTimer>
#include <linux/capability.h>
#include <openssl/rand.h>
#include <unistd.h>

namespace keyward::daemon {

Q_LOGGING_CATEGORY(lcDaemon, "keyward.daemon")

using protocol::mschapv2::MsChapV2Account;
using protocol::mschapv2::MsChapV2AccountState;

namespace {

bool writeSysctl(const QString &path, const QByteArray &value)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(value) == value.size();
}

QString generatePassword(Daemon &daemon)
{
    // 18 characters from an alphabet without look-alikes, at least one of each class.
    static const char lower[] = "abcdefghijkmnpqrstuvwxyz";
    static const char upper[] = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    static const char digits[] = "23456789";
    static const char symbols[] = "-_.!+=";
    const std::string all = std::string(lower) + upper + digits + symbols;
    for (;;) {
        std::uint8_t random[18];
        daemon.fillRandom(random);
        QString password;
        for (std::uint8_t r : random)
            password += QChar(all[r % all.size()]);
        if (core::Policy::characterClasses(password) == 4)
            return password;
    }
}

} // namespace

Daemon::Daemon(DaemonConfig config, QObject *parent) : QObject(parent), m_config(std::move(config))
{
    connect(&m_listener, &QTcpServer::newConnection, this, &Daemon::onNewConnection);
    connect(&m_ipc, &ipc::IpcServer::clientRefused, this, [](const QString &why) {
        qCWarning(lcDaemon).noquote() << "admin connection refused:" << why;
    });
}

Daemon::~Daemon()
{
    const auto connections = m_connections;
    for (PptpConnection *c : connections)
        delete c;
    const auto sessions = m_sessions;
    for (CallSession *s : sessions)
        delete s;
    if (m_dataPlane) {
        m_dataPlane->stop();
        onNotices(); // final counters of sessions that ended during shutdown
    }
    for (const core::SessionRecord &record : std::as_const(m_endedSessions))
        (void)m_history->record(record);
}

bool Daemon::start(QString *error)
{
    auto crypto = protocol::crypto::CryptoLibrary::load();
    if (!crypto) {
        *error = QString::fromStdString(crypto.message());
        return false;
    }
    m_crypto = crypto.value();
    if (!openState(error) || !openNetwork(error))
        return false;

    QDir().mkpath(QFileInfo(m_config.ipcSocket).absolutePath());
    if (!m_ipc.listen(m_config.ipcSocket, error))
        return false;
    if (!m_config.adminListen.isEmpty()) {
        const int colon = m_config.adminListen.lastIndexOf(':');
        if (!ipc::TlsIdentity::loadOrCreate(m_config.stateDir, &m_tls, error) ||
            !m_ipc.listenTls(
                QHostAddress(m_config.adminListen.left(colon)),
                static_cast<quint16>(m_config.adminListen.mid(colon + 1).toUInt()), m_tls,
                [this](const QString &token) { return m_tokens->verify(token, nowSeconds()); },
                error))
            return false;
        qCInfo(lcDaemon).noquote() << "remote consoles on" << m_config.adminListen
                                   << "certificate fingerprint" << m_tls.fingerprint();
    }
    registerMethods();

    if (!dropPrivileges(error))
        return false;

    if (auto started = m_dataPlane->start(); !started) {
        *error = QString::fromStdString(started.message());
        return false;
    }
    m_noticeNotifier =
        std::make_unique<QSocketNotifier>(m_dataPlane->noticeFd(), QSocketNotifier::Read);
    connect(m_noticeNotifier.get(), &QSocketNotifier::activated, this, &Daemon::onNotices);
    qCInfo(lcDaemon).noquote() << "keywardd listening on"
                               << m_config.listenAddress + ":" + QString::number(m_config.port)
                               << "tunnel" << m_dataPlane->tun().name().c_str() << "server address"
                               << formatAddress(m_config.tunnelPool.serverAddress())
                               << "admin socket" << m_config.ipcSocket;
    // Audit retention: prune once at start and then daily, keeping the chain anchored.
    pruneAudit();
    auto *retention = new QTimer(this);
    connect(retention, &QTimer::timeout, this, &Daemon::pruneAudit);
    retention->start(24 * 3600 * 1000);
    const QStringList weak = m_policy.weaknesses();
    for (const QString &w : weak)
        qCWarning(lcDaemon).noquote() << "weak policy:" << w;
    return true;
}

bool Daemon::openState(QString *error)
{
    QDir dir(m_config.stateDir);
    if (!dir.mkpath(QStringLiteral("."))) {
        *error = QStringLiteral("cannot create the state directory %1").arg(m_config.stateDir);
        return false;
    }
    QFile::setPermissions(m_config.stateDir,
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    auto database = core::Database::open(dir.filePath(QStringLiteral("keyward.db")));
    if (!database) {
        *error = QString::fromStdString(database.message());
        return false;
    }
    m_database = std::move(database).value();
    auto box = core::SecretBox::loadOrCreate(dir.filePath(QStringLiteral("credentials.key")));
    if (!box) {
        *error = QString::fromStdString(box.message());
        return false;
    }
    m_credentials = std::make_unique<core::CredentialStore>(*m_database, std::move(box).value());
    m_audit = std::make_unique<core::AuditLog>(*m_database);
    m_settings = std::make_unique<core::SettingsStore>(*m_database);
    m_history = std::make_unique<core::SessionHistory>(*m_database);
    m_tokens = std::make_unique<core::TokenStore>(*m_database);
    auto saved = m_settings->read(QStringLiteral("policy"));
    if (!saved) {
        *error = QString::fromStdString(saved.message());
        return false;
    }
    if (auto problem = m_policy.apply(*saved)) {
        *error = QStringLiteral("the saved policy is not valid: %1").arg(*problem);
        return false;
    }
    return true;
}

bool Daemon::openNetwork(QString *error)
{
    const auto listen = parseAddress(m_config.listenAddress).value_or(0);
    if (!m_listener.listen(QHostAddress(listen), m_config.port)) {
        *error = QStringLiteral("cannot listen on %1:%2 (%3); is another PPTP server running, and "
                                "does keywardd run as root?")
                     .arg(m_config.listenAddress)
                     .arg(m_config.port)
                     .arg(m_listener.errorString());
        return false;
    }
    auto gre = net::GreSocket::open(listen);
    if (!gre) {
        *error = QString::fromStdString(gre.message());
        return false;
    }
    auto tun = net::TunDevice::open("kw%d");
    if (!tun) {
        *error = QString::fromStdString(tun.message());
        return false;
    }
    const QString name = QString::fromStdString(tun->name());
    // No IPv6 into the tunnel; no forwarding beyond this host unless asked for.
    writeSysctl(QStringLiteral("/proc/sys/net/ipv6/conf/%1/disable_ipv6").arg(name), "1");
    if (auto configured = tun->configure(m_config.tunnelPool.serverAddress(), m_config.mtu);
        !configured) {
        *error = QString::fromStdString(configured.message());
        return false;
    }
    writeSysctl(QStringLiteral("/proc/sys/net/ipv4/conf/%1/forwarding").arg(name),
                m_config.forwardToLan ? "1" : "0");
    m_dataPlane = std::make_unique<net::DataPlane>(std::move(tun).value(), std::move(gre).value());
    return true;
}

bool Daemon::dropPrivileges(QString *error)
{
    if (auto dumps = net::Privileges::forbidCoreDumps(); !dumps) {
        *error = QString::fromStdString(dumps.message());
        return false;
    }
    if (::geteuid() != 0)
        return true; // already unprivileged: what we opened is all we have
    auto dropped =
        net::Privileges::dropTo({CAP_NET_ADMIN, CAP_NET_RAW}, m_config.runAsUser.toStdString());
    if (!dropped) {
        *error = QString::fromStdString(dropped.message());
        return false;
    }
    return true;
}

void Daemon::pruneAudit()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto removed = m_audit->prune(now - qint64(m_policy.auditRetentionDays) * 86400 * 1000, now,
                                  QStringLiteral("system"));
    if (!removed)
        qCWarning(lcDaemon).noquote()
            << "audit retention:" << QString::fromStdString(removed.message());
    else if (*removed > 0)
        qCInfo(lcDaemon).noquote() << "audit retention removed" << *removed << "entries older than"
                                   << m_policy.auditRetentionDays << "days";
}

void Daemon::shutdown(const QString &reason)
{
    if (m_stopping)
        return;
    m_stopping = true;
    qCInfo(lcDaemon).noquote() << "shutting down:" << reason;
    m_listener.close();
    const auto connections = m_connections;
    for (PptpConnection *c : connections)
        c->stop(reason);
    // Give the Stop-Control-Connection exchanges a moment, then go.
    QTimer::singleShot(m_connections.isEmpty() ? 0 : 1500, this, [this] { emit stopped(); });
}

protocol::mppe::MppePolicy Daemon::mppePolicy() const
{
    protocol::mppe::MppePolicy p;
    p.setAllowed(protocol::mppe::MppeStrength::Bits40, m_policy.allowMppe40);
    p.setAllowed(protocol::mppe::MppeStrength::Bits56, m_policy.allowMppe56);
    p.setAllowed(protocol::mppe::MppeStrength::Bits128, m_policy.allowMppe128);
    p.setStatefulAllowed(m_policy.allowStatefulMppe);
    return p;
}

int Daemon::idleTimeoutSeconds() const
{
    return std::min(m_config.idleTimeoutSeconds, m_policy.idleTimeoutMinutes * 60);
}

int Daemon::maxSessionSeconds() const
{
    return std::min(m_config.maxSessionSeconds, m_policy.maxSessionHours * 3600);
}

void Daemon::fillRandom(std::span<std::uint8_t> out) const
{
    if (RAND_bytes(out.data(), static_cast<int>(out.size())) != 1)
        qFatal("no randomness from OpenSSL");
}

Result<core::NtHash> Daemon::ntHashOf(std::string_view password) const
{
    return protocol::mschapv2::MsChapV2Crypto(*m_crypto).ntPasswordHash(password);
}

qint64 Daemon::nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

quint16 Daemon::allocateCallId()
{
    for (;;) {
        std::uint8_t r[2];
        fillRandom(r);
        const quint16 id = static_cast<quint16>(r[0] << 8 | r[1]);
        if (id != 0 && !m_reservedCallIds.contains(id) && !m_sessions.contains(id)) {
            m_reservedCallIds.insert(id);
            return id;
        }
    }
}

bool Daemon::canAcceptCall(quint16 callId, QString *why) const
{
    if (m_stopping) {
        *why = QStringLiteral("the server is shutting down");
        return false;
    }
    if (m_sessions.size() >= m_config.maxSessions) {
        *why =
            QStringLiteral("the server is at its limit of %1 sessions").arg(m_config.maxSessions);
        return false;
    }
    if (m_sessions.contains(callId)) {
        *why = QStringLiteral("call id %1 is in use").arg(callId);
        return false;
    }
    return true;
}

std::optional<quint32> Daemon::allocateAddress()
{
    const auto &pool = m_config.tunnelPool;
    for (quint32 a = pool.firstClient(); a <= pool.lastClient(); ++a) {
        if (!m_addressesInUse.contains(a)) {
            m_addressesInUse.insert(a);
            return a;
        }
    }
    return std::nullopt;
}

void Daemon::releaseAddress(quint32 address)
{
    m_addressesInUse.remove(address);
}

void Daemon::registerSession(CallSession *session)
{
    m_sessions.insert(session->callId(), session);
    connect(session, &CallSession::up, this, [this](CallSession *s) {
        m_ipc.publish(QStringLiteral("session.up"), sessionJson(s));
    });
    connect(session, &CallSession::changed, this, [this](CallSession *s) {
        QJsonObject data = sessionJson(s);
        data.insert(QStringLiteral("change"), QStringLiteral("rekeyed"));
        m_ipc.publish(QStringLiteral("session.changed"), data);
    });
    connect(session, &CallSession::finished, this, [this](CallSession *s) {
        QJsonObject data = sessionJson(s);
        data.insert(QStringLiteral("reason"), s->endReason());
        core::SessionRecord record;
        record.user = s->user();
        record.peerAddress = formatAddress(s->peerAddress());
        record.tunnelAddress = s->tunnelAddress() ? formatAddress(s->tunnelAddress()) : QString();
        if (const auto mppe = s->mppe())
            record.mppe =
                QStringLiteral("%1 %2").arg(QLatin1String(toString(mppe->strength).data()),
                                            QLatin1String(toString(mppe->mode).data()));
        record.startedAt = s->startedAt().toSecsSinceEpoch();
        record.endedAt = nowSeconds();
        record.endReason = s->endReason();
        // Written when the data plane hands back the call's final counters.
        m_endedSessions.insert(s->callId(), record);
        m_ipc.publish(QStringLiteral("session.ended"), data);
        m_sessions.remove(s->callId());
        s->deleteLater();
    });
}

MsChapV2Account Daemon::lookupAccount(std::string_view fullName)
{
    const QString name = QString::fromStdString(
        std::string(protocol::mschapv2::MsChapV2UserName::stripDomain(fullName)));
    auto found = m_credentials->findUser(name);
    if (!found) {
        qCWarning(lcDaemon).noquote()
            << "credential store:" << QString::fromStdString(found.message());
        return {};
    }
    if (!found->has_value())
        return {};
    const core::UserRecord &user = **found;
    MsChapV2Account account;
    account.ntHash = user.ntHash;
    const qint64 now = nowSeconds();
    if (user.state != core::AccountState::Active)
        account.state = MsChapV2AccountState::Disabled;
    else if (user.isLocked(now))
        account.state = MsChapV2AccountState::NoDialinPermission;
    else if (user.mustChangePassword ||
             user.passwordChangedAt + qint64(m_policy.passwordMaxAgeDays) * 86400 < now)
        account.state = MsChapV2AccountState::PasswordExpired;
    else
        account.state = MsChapV2AccountState::Ok;
    return account;
}

Status Daemon::checkNewPassword(std::string_view fullName, std::string_view password)
{
    if (auto problem = m_policy.checkPassword(
            QString::fromUtf8(password.data(), static_cast<qsizetype>(password.size()))))
        return fail(problem->toStdString());
    if (m_policy.passwordHistory > 0) {
        const auto candidate = ntHashOf(password);
        if (!candidate)
            return candidate.error();
        const auto stripped = protocol::mschapv2::MsChapV2UserName::stripDomain(fullName);
        auto used = m_credentials->usedBefore(
            QString::fromUtf8(stripped.data(), static_cast<qsizetype>(stripped.size())), *candidate,
            m_policy.passwordHistory);
        if (used && *used)
            return fail("the new password was used before; choose one that is not among the last " +
                        std::to_string(m_policy.passwordHistory));
    }
    return {};
}

void Daemon::loginSucceeded(const QString &user, const QString &address)
{
    if (auto recorded = m_credentials->recordLoginSuccess(user, nowSeconds(), address); !recorded)
        qCWarning(lcDaemon).noquote() << QString::fromStdString(recorded.message());
}

void Daemon::loginFailed(const QString &user, std::uint32_t code, const QString &address)
{
    // Kept in memory for the dashboard; a name from the wire is shortened, it is
    // whatever the client sent.
    m_recentFailures.prepend(
        QJsonObject{{"at", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                    {"user", user.left(64)},
                    {"address", address},
                    {"code", static_cast<int>(code)}});
    while (m_recentFailures.size() > 50)
        m_recentFailures.removeLast();
    m_ipc.publish(QStringLiteral("login.failed"), m_recentFailures.first().toObject());
    if (user.isEmpty() || code != 691)
        return;
    auto count = m_credentials->recordLoginFailure(user, nowSeconds(), m_policy.lockoutThreshold,
                                                   qint64(m_policy.lockoutMinutes) * 60);
    if (count && *count >= m_policy.lockoutThreshold) {
        qCWarning(lcDaemon).noquote() << "user" << user << "locked out after" << *count
                                      << "failed logins, last from" << address;
        (void)m_audit->append(QStringLiteral("system"), QStringLiteral("user.lockout"), user,
                              QStringLiteral("ok"), {{"failures", *count}, {"address", address}},
                              QDateTime::currentMSecsSinceEpoch());
        m_ipc.publish(QStringLiteral("alert"),
                      {{"kind", "lockout"}, {"user", user}, {"address", address}});
    }
}

void Daemon::passwordChanged(const QString &user, const protocol::mschapv2::NtHash &hash)
{
    auto done = m_database->transaction([&]() -> Status {
        if (auto set = m_credentials->setPassword(user, hash, nowSeconds(), false); !set)
            return set;
        auto logged =
            m_audit->append(QStringLiteral("user:") + user, QStringLiteral("user.password-change"),
                            user, QStringLiteral("ok"), {{"via", "MS-CHAPv2 Change-Password"}},
                            QDateTime::currentMSecsSinceEpoch());
        return logged ? Status{} : Status{logged.error()};
    });
    if (!done)
        qCWarning(lcDaemon).noquote() << "cannot store the new password of" << user << ":"
                                      << QString::fromStdString(done.message());
    else
        qCInfo(lcDaemon).noquote() << "user" << user << "changed their password";
}

void Daemon::onNewConnection()
{
    while (QTcpSocket *socket = m_listener.nextPendingConnection()) {
        const quint32 peer = socket->peerAddress().toIPv4Address();
        if (m_stopping || m_connectionsBySource.value(peer) >= m_config.maxConnectionsPerSource) {
            qCWarning(lcDaemon).noquote()
                << "refused a control connection from" << formatAddress(peer) << ":"
                << (m_stopping ? QStringLiteral("shutting down")
                               : QStringLiteral("more than %1 connections from that address")
                                     .arg(m_config.maxConnectionsPerSource));
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_connectionsBySource[peer];
        auto *connection = new PptpConnection(*this, socket, peer);
        m_connections.append(connection);
        connect(connection, &PptpConnection::closed, this, [this](PptpConnection *c) {
            m_connections.removeAll(c);
            if (--m_connectionsBySource[c->peerAddress()] <= 0)
                m_connectionsBySource.remove(c->peerAddress());
        });
        connection->start();
    }
}

void Daemon::onNotices()
{
    for (auto &notice : m_dataPlane->takeNotices()) {
        if (notice.kind == net::DataPlane::Notice::Kind::PathRemoved) {
            auto it = m_endedSessions.find(notice.callId);
            if (it == m_endedSessions.end())
                continue;
            core::SessionRecord record = it.value();
            m_endedSessions.erase(it);
            record.bytesIn = static_cast<qint64>(notice.counters.bytesIn);
            record.bytesOut = static_cast<qint64>(notice.counters.bytesOut);
            if (auto saved = m_history->record(record); !saved)
                qCWarning(lcDaemon).noquote() << QString::fromStdString(saved.message());
            continue;
        }
        CallSession *session = m_sessions.value(notice.callId);
        if (!session)
            continue;
        if (notice.kind == net::DataPlane::Notice::Kind::ControlFrame)
            session->onControlFrame(notice.protocol, notice.information);
        else
            session->onDecryptorResetRequest();
    }
}

QJsonObject Daemon::sessionJson(const CallSession *session) const
{
    QJsonObject o{{"id", session->callId()},
                  {"user", session->user()},
                  {"peerAddress", formatAddress(session->peerAddress())},
                  {"tunnelAddress", formatAddress(session->tunnelAddress())},
                  {"started", session->startedAt().toString(Qt::ISODate)},
                  {"state", session->state() == CallSession::State::Up ? "up" : "negotiating"},
                  {"auth", "MS-CHAPv2"}};
    if (const auto mppe = session->mppe()) {
        o.insert("mppe", QString::fromLatin1(toString(mppe->strength).data()));
        o.insert("mppeMode", QString::fromLatin1(toString(mppe->mode).data()));
    }
    return o;
}

bool Daemon::audited(const ipc::IpcRequest &request, const ipc::IpcResponder &reply,
                     const QString &action, const QString &target, const QJsonObject &details,
                     const std::function<Status()> &change)
{
    auto done = m_database->transaction([&]() -> Status {
        if (auto changed = change(); !changed)
            return changed;
        auto logged = m_audit->append(request.peer.identity(), action, target, "ok", details,
                                      QDateTime::currentMSecsSinceEpoch());
        return logged ? Status{} : Status{logged.error()};
    });
    if (!done) {
        const QString message = QString::fromStdString(done.message());
        reply.error(message.startsWith("no user named") ? ipc::ErrorCode::NotFound
                                                        : ipc::ErrorCode::InvalidParams,
                    message);
        return false;
    }
    return true;
}

int Daemon::endSessionsOf(const QString &user, const QString &reason)
{
    int ended = 0;
    for (CallSession *s : std::as_const(m_sessions)) {
        if (s->user().compare(user, Qt::CaseInsensitive) == 0) {
            s->end(reason);
            ++ended;
        }
    }
    return ended;
}

void Daemon::registerUserMethods()
{
    using ipc::IpcRequest;
    using ipc::IpcResponder;
    namespace E = ipc::ErrorCode;

    auto setState = [this](core::AccountState state, const QString &action) {
        return [this, state, action](const IpcRequest &request, const IpcResponder &reply) {
            const QString name = request.params.value("name").toString();
            if (!audited(request, reply, action, name, {},
                         [&] { return m_credentials->setState(name, state); }))
                return;
            int ended = 0;
            if (state != core::AccountState::Active)
                ended =
                    endSessionsOf(name, QStringLiteral("account %1 by %2")
                                            .arg(core::toString(state), request.peer.identity()));
            reply.result(
                {{"name", name}, {"state", core::toString(state)}, {"sessionsEnded", ended}});
        };
    };
    m_ipc.addMethod("user.disable", setState(core::AccountState::Disabled, "user.disable"));
    m_ipc.addMethod("user.enable", setState(core::AccountState::Active, "user.enable"));

    m_ipc.addMethod("user.unlock", [this](const IpcRequest &request, const IpcResponder &reply) {
        const QString name = request.params.value("name").toString();
        if (audited(request, reply, "user.unlock", name, {},
                    [&] { return m_credentials->unlock(name); }))
            reply.result({{"name", name}});
    });

    m_ipc.addMethod("user.delete", [this](const IpcRequest &request, const IpcResponder &reply) {
        const QString name = request.params.value("name").toString();
        if (!audited(request, reply, "user.delete", name, {},
                     [&] { return m_credentials->deleteUser(name); }))
            return;
        const int ended = endSessionsOf(
            name, QStringLiteral("account deleted by %1").arg(request.peer.identity()));
        reply.result({{"name", name}, {"sessionsEnded", ended}});
    });

    m_ipc.addMethod("user.reset", [this](const IpcRequest &request, const IpcResponder &reply) {
        const QString name = request.params.value("name").toString();
        const QString password = generatePassword(*this);
        const core::NtHash stored = ntHashOf(password.toStdString()).value(); // ASCII: cannot fail
        if (!audited(request, reply, "user.reset", name, {{"mustChange", true}},
                     [&] { return m_credentials->setPassword(name, stored, nowSeconds(), true); }))
            return;
        const int ended = endSessionsOf(
            name, QStringLiteral("credential reset by %1").arg(request.peer.identity()));
        // The temporary password goes to the caller once and nowhere else.
        reply.result({{"name", name},
                      {"password", password},
                      {"mustChange", true},
                      {"sessionsEnded", ended}});
    });

    m_ipc.addMethod("session.revoke", [this](const IpcRequest &request, const IpcResponder &reply) {
        const int id = request.params.value("id").toInt(-1);
        CallSession *s = m_sessions.value(static_cast<quint16>(id));
        if (id < 0 || !s || s->user().isEmpty()) {
            reply.error(E::NotFound, QStringLiteral("no authenticated session with id %1").arg(id));
            return;
        }
        const QString name = s->user();
        if (!audited(request, reply, "session.revoke", name, {{"session", id}},
                     [&] { return m_credentials->setState(name, core::AccountState::Revoked); }))
            return;
        const int ended =
            endSessionsOf(name, QStringLiteral("revoked by %1").arg(request.peer.identity()));
        reply.result({{"id", id}, {"user", name}, {"state", "revoked"}, {"sessionsEnded", ended}});
    });

    m_ipc.addMethod("session.rekey", [this](const IpcRequest &request, const IpcResponder &reply) {
        const int id = request.params.value("id").toInt(-1);
        CallSession *s = m_sessions.value(static_cast<quint16>(id));
        if (id < 0 || !s) {
            reply.error(E::NotFound, QStringLiteral("no session with id %1").arg(id));
            return;
        }
        const QString user = s->user();
        const QString admin = request.peer.identity();
        const bool started =
            s->rekey([this, reply, id, user, admin](const QString &outcome, const QString &detail) {
                (void)m_audit->append(admin, "session.rekey", user, outcome,
                                      {{"session", id}, {"detail", detail}},
                                      QDateTime::currentMSecsSinceEpoch());
                reply.result({{"id", id}, {"outcome", outcome}, {"detail", detail}});
            });
        if (!started)
            reply.error(
                E::Conflict,
                QStringLiteral("session %1 is not up, or a rekey is already running").arg(id));
    });

    m_ipc.addMethod("user.groups", [this](const IpcRequest &request, const IpcResponder &reply) {
        const QString name = request.params.value("name").toString();
        const QStringList groups = request.params.value("groups").toVariant().toStringList();
        if (audited(request, reply, "user.groups", name,
                    {{"groups", QJsonArray::fromStringList(groups)}},
                    [&] { return m_credentials->setGroups(name, groups); }))
            reply.result({{"name", name}, {"groups", QJsonArray::fromStringList(groups)}});
    });

    // CSV lines "name[,group;group...]": every user gets a one-time password and must
    // change it at the first login. All or nothing: a bad line refuses the whole file.
    m_ipc.addMethod("user.import", [this](const IpcRequest &request, const IpcResponder &reply) {
        const QStringList lines = request.params.value("csv").toString().split('\n');
        QJsonArray created;
        QString failure;
        auto done = m_database->transaction([&]() -> Status {
            for (int i = 0; i < lines.size(); ++i) {
                const QString line = lines[i].trimmed();
                if (line.isEmpty() || line.startsWith('#') || (i == 0 && line.startsWith("name")))
                    continue;
                const QString name = line.section(',', 0, 0).trimmed();
                const QStringList groups = line.section(',', 1).split(';', Qt::SkipEmptyParts);
                const QString password = generatePassword(*this);
                const core::NtHash stored = ntHashOf(password.toStdString()).value();
                auto added = m_credentials->addUser(name, stored, nowSeconds(), true);
                if (!added) {
                    failure = QStringLiteral("line %1: %2")
                                  .arg(i + 1)
                                  .arg(QString::fromStdString(added.message()));
                    return added.error();
                }
                if (auto grouped = m_credentials->setGroups(name, groups); !grouped) {
                    failure = QStringLiteral("line %1: %2")
                                  .arg(i + 1)
                                  .arg(QString::fromStdString(grouped.message()));
                    return grouped;
                }
                created.append(QJsonObject{{"name", name}, {"password", password}});
            }
            QStringList names;
            for (const QJsonValue &c : std::as_const(created))
                names << c.toObject().value("name").toString();
            auto logged = m_audit->append(request.peer.identity(), "user.import", "users", "ok",
                                          {{"count", static_cast<int>(created.size())},
                                           {"users", QJsonArray::fromStringList(names)}},
                                          QDateTime::currentMSecsSinceEpoch());
            return logged ? Status{} : Status{logged.error()};
        });
        if (!done) {
            reply.error(E::InvalidParams,
                        failure.isEmpty() ? QString::fromStdString(done.message()) : failure);
            return;
        }
        reply.result({{"users", created}}); // one-time passwords, to the caller only
    });

    // Bulk rotation: by group, by credential age, or by name; one transaction, a fresh
    // one-time password for each (returned to the caller only), must change at next
    // login; their running sessions end so the next keys come from the new credential.
    m_ipc.addMethod("user.rotate", [this](const IpcRequest &request, const IpcResponder &reply) {
        QStringList names = request.params.value("names").toVariant().toStringList();
        const QString group = request.params.value("group").toString();
        const int olderThanDays = request.params.value("olderThanDays").toInt(0);
        if (names.isEmpty()) {
            if (group.isEmpty() && olderThanDays <= 0) {
                reply.error(E::InvalidParams,
                            QStringLiteral("say which users: names, group or olderThanDays"));
                return;
            }
            auto selected = m_credentials->select(
                group, olderThanDays > 0 ? nowSeconds() - qint64(olderThanDays) * 86400 : 0);
            if (!selected) {
                reply.error(E::Internal, QString::fromStdString(selected.message()));
                return;
            }
            names = *selected;
        }
        QJsonArray rotated;
        auto done = m_database->transaction([&]() -> Status {
            const qint64 now = nowSeconds();
            for (const QString &name : std::as_const(names)) {
                const QString password = generatePassword(*this);
                const core::NtHash stored = ntHashOf(password.toStdString()).value();
                if (auto set = m_credentials->setPassword(name, stored, now, true); !set)
                    return set;
                rotated.append(QJsonObject{{"name", name}, {"password", password}});
            }
            auto logged = m_audit->append(request.peer.identity(), "user.rotate",
                                          group.isEmpty() ? "users" : "group:" + group, "ok",
                                          {{"count", static_cast<int>(names.size())},
                                           {"users", QJsonArray::fromStringList(names)},
                                           {"olderThanDays", olderThanDays}},
                                          QDateTime::currentMSecsSinceEpoch());
            return logged ? Status{} : Status{logged.error()};
        });
        if (!done) {
            reply.error(E::InvalidParams, QString::fromStdString(done.message()));
            return;
        }
        int ended = 0;
        for (const QString &name : std::as_const(names))
            ended += endSessionsOf(
                name, QStringLiteral("credential rotated by %1").arg(request.peer.identity()));
        reply.result({{"users", rotated}, {"sessionsEnded", ended}});
    });

    // The rotation schedule: whose password expires within the next N days.
    m_ipc.addMethod("user.expiring", [this](const IpcRequest &request, const IpcResponder &reply) {
        const int days = request.params.value("days").toInt(14);
        auto users = m_credentials->listUsers();
        if (!users) {
            reply.error(E::Internal, QString::fromStdString(users.message()));
            return;
        }
        const qint64 now = nowSeconds(), horizon = now + qint64(days) * 86400;
        QJsonArray list;
        for (const core::UserRecord &u : *users) {
            const qint64 expires =
                u.passwordChangedAt + qint64(m_policy.passwordMaxAgeDays) * 86400;
            if (expires <= horizon)
                list.append(QJsonObject{
                    {"name", u.name},
                    {"expires",
                     QDateTime::fromSecsSinceEpoch(expires, Qt::UTC).toString(Qt::ISODate)},
                    {"daysLeft", static_cast<int>((expires - now) / 86400)},
                    {"expired", expires <= now}});
        }
        reply.result({{"users", list}, {"days", days}});
    });

    m_ipc.addMethod("audit.list", [this](const IpcRequest &request, const IpcResponder &reply) {
        core::AuditFilter filter;
        filter.actor = request.params.value("actor").toString();
        filter.action = request.params.value("action").toString();
        filter.target = request.params.value("target").toString();
        filter.limit = request.params.value("limit").toInt(100);
        filter.beforeId = request.params.value("beforeId").toInteger(0);
        auto entries = m_audit->list(filter);
        if (!entries) {
            reply.error(E::Internal, QString::fromStdString(entries.message()));
            return;
        }
        QJsonArray list;
        for (const core::AuditEntry &e : *entries)
            list.append(QJsonObject{
                {"id", e.id},
                {"at", QDateTime::fromMSecsSinceEpoch(e.at, Qt::UTC).toString(Qt::ISODateWithMs)},
                {"actor", e.actor},
                {"action", e.action},
                {"target", e.target},
                {"outcome", e.outcome},
                {"details", e.details}});
        reply.result({{"entries", list}});
    });
}

// Planned change windows, kept as one setting and shared by every console.
void Daemon::registerScheduleMethods()
{
    using ipc::IpcRequest;
    using ipc::IpcResponder;
    namespace E = ipc::ErrorCode;
    const QString key = QStringLiteral("changeWindows");
    auto load = [this, key]() -> Result<core::ChangeWindowPlan> {
        auto stored = m_settings->read(key);
        if (!stored)
            return stored.error();
        return core::ChangeWindowPlan::fromJson(*stored, QDateTime::currentDateTimeUtc());
    };

    m_ipc.addMethod("window.list", [load](const IpcRequest &, const IpcResponder &reply) {
        auto plan = load();
        if (plan)
            reply.result({{"windows", plan->windows()}});
        else
            reply.error(E::Internal, QString::fromStdString(plan.message()));
    });
    m_ipc.addMethod("window.plan", [this, load, key](const IpcRequest &request,
                                                     const IpcResponder &reply) {
        auto plan = load();
        if (!plan) {
            reply.error(E::Internal, QString::fromStdString(plan.message()));
            return;
        }
        auto window =
            plan->plan(request.params, request.peer.identity(), QDateTime::currentDateTimeUtc());
        if (!window) {
            reply.error(E::InvalidParams, QString::fromStdString(window.message()));
            return;
        }
        if (audited(request, reply, "window.plan", window->value("title").toString(),
                    {{"start", window->value("start")}, {"id", window->value("id")}},
                    [&] { return m_settings->write(key, plan->toJson()); })) {
            m_ipc.publish(QStringLiteral("window.changed"), {{"windows", plan->windows()}});
            reply.result(*window);
        }
    });
    m_ipc.addMethod("window.cancel", [this, load, key](const IpcRequest &request,
                                                       const IpcResponder &reply) {
        const int id = request.params.value("id").toInt(-1);
        auto plan = load();
        if (!plan) {
            reply.error(E::Internal, QString::fromStdString(plan.message()));
            return;
        }
        if (!plan->cancel(id)) {
            reply.error(E::NotFound, QStringLiteral("no planned change window with id %1").arg(id));
            return;
        }
        if (audited(request, reply, "window.cancel", QString::number(id), {},
                    [&] { return m_settings->write(key, plan->toJson()); })) {
            m_ipc.publish(QStringLiteral("window.changed"), {{"windows", plan->windows()}});
            reply.result({{"id", id}});
        }
    });
}

void Daemon::registerMethods()
{
    registerUserMethods();
    registerScheduleMethods();
    using ipc::IpcRequest;
    using ipc::IpcResponder;
    namespace E = ipc::ErrorCode;

    m_ipc.addMethod("token.create", [this](const IpcRequest &request, const IpcResponder &reply) {
        const QString name = request.params.value("name").toString();
        if (!request.peer.remoteAddress.isEmpty()) {
            reply.error(E::Forbidden, QStringLiteral("tokens are created on the server itself"));
            return;
        }
        QString token;
        if (!audited(request, reply, "token.create", name, {}, [&]() -> Status {
                auto created = m_tokens->create(name, nowSeconds());
                if (!created)
                    return created.error();
                token = *created;
                return {};
            }))
            return;
        // Shown once; only its hash is kept.
        reply.result({{"name", name}, {"token", token}, {"fingerprint", m_tls.fingerprint()}});
    });
    m_ipc.addMethod("token.list", [this](const IpcRequest &, const IpcResponder &reply) {
        auto list = m_tokens->list();
        if (list)
            reply.result({{"tokens", *list}});
        else
            reply.error(E::Internal, QString::fromStdString(list.message()));
    });
    m_ipc.addMethod("token.revoke", [this](const IpcRequest &request, const IpcResponder &reply) {
        const QString name = request.params.value("name").toString();
        if (audited(request, reply, "token.revoke", name, {},
                    [&] { return m_tokens->revoke(name); }))
            reply.result({{"name", name}});
    });

    m_ipc.addMethod("status", [this](const IpcRequest &, const IpcResponder &reply) {
        reply.result(
            {{"server", "keywardd"},
             {"adminListen", m_config.adminListen},
             {"fingerprint", m_config.adminListen.isEmpty() ? QString() : m_tls.fingerprint()},
             {"version", QCoreApplication::applicationVersion()},
             {"sessions", static_cast<int>(m_sessions.size())},
             {"listen", m_config.listenAddress},
             {"weaknesses", QJsonArray::fromStringList(m_policy.weaknesses())},
             {"recentFailures", m_recentFailures}});
    });

    m_ipc.addMethod("session.list", [this](const IpcRequest &, const IpcResponder &reply) {
        const auto counters = m_dataPlane->counters();
        QJsonArray list;
        for (const CallSession *s : std::as_const(m_sessions)) {
            QJsonObject o = sessionJson(s);
            const qint64 now = monotonicNow().count();
            o.insert("durationSeconds", s->startedAt().secsTo(QDateTime::currentDateTimeUtc()));
            if (auto it = counters.find(s->callId()); it != counters.end()) {
                const qint64 last = it->second.lastDataActivity.count();
                o.insert("idleSeconds",
                         last > 0 ? (now - last) / 1000
                                  : s->startedAt().secsTo(QDateTime::currentDateTimeUtc()));
                o.insert("bytesIn", static_cast<qint64>(it->second.bytesIn));
                o.insert("bytesOut", static_cast<qint64>(it->second.bytesOut));
                o.insert("packetsIn", static_cast<qint64>(it->second.packetsIn));
                o.insert("packetsOut", static_cast<qint64>(it->second.packetsOut));
            }
            list.append(o);
        }
        reply.result({{"sessions", list}});
    });

    m_ipc.addMethod(
        "session.disconnect", [this](const IpcRequest &request, const IpcResponder &reply) {
            const int id = request.params.value("id").toInt(-1);
            CallSession *s = m_sessions.value(static_cast<quint16>(id));
            if (id < 0 || !s) {
                reply.error(E::NotFound, QStringLiteral("no session with id %1").arg(id));
                return;
            }
            (void)m_audit->append(request.peer.identity(), "session.disconnect", s->user(), "ok",
                                  {{"session", id}}, QDateTime::currentMSecsSinceEpoch());
            s->end(QStringLiteral("disconnected by %1").arg(request.peer.identity()));
            reply.result({{"id", id}});
        });

    m_ipc.addMethod("user.add", [this](const IpcRequest &request, const IpcResponder &reply) {
        const QString name = request.params.value("name").toString().trimmed();
        QString password = request.params.value("password").toString();
        const bool generated = password.isEmpty();
        if (generated)
            password = generatePassword(*this);
        else if (auto problem = m_policy.checkPassword(password)) {
            reply.error(E::InvalidParams, *problem);
            return;
        }
        auto hash = ntHashOf(password.toStdString());
        if (!hash) {
            reply.error(E::InvalidParams, QString::fromStdString(hash.message()));
            return;
        }
        const core::NtHash stored = *hash;
        const bool mustChange = request.params.value("mustChange").toBool(generated);
        QString failure;
        auto done = m_database->transaction([&]() -> Status {
            auto id = m_credentials->addUser(name, stored, nowSeconds(), mustChange);
            if (!id) {
                failure = QString::fromStdString(id.message());
                return id.error();
            }
            auto logged = m_audit->append(request.peer.identity(), "user.add", name, "ok",
                                          {{"mustChange", mustChange}, {"generated", generated}},
                                          QDateTime::currentMSecsSinceEpoch());
            return logged ? Status{} : Status{logged.error()};
        });
        if (!done) {
            reply.error(failure.contains("already exists") ? E::Conflict : E::InvalidParams,
                        QString::fromStdString(done.message()));
            return;
        }
        QJsonObject result{{"name", name}, {"mustChange", mustChange}};
        if (generated)
            result.insert("password", password); // shown once, to the caller only
        reply.result(result);
    });

    m_ipc.addMethod("user.show", [this](const IpcRequest &request, const IpcResponder &reply) {
        const QString name = request.params.value("name").toString();
        auto found = m_credentials->findUser(name);
        if (!found || !found->has_value()) {
            reply.error(E::NotFound, QStringLiteral("no user named '%1'").arg(name));
            return;
        }
        const core::UserRecord &u = **found;
        const qint64 now = nowSeconds();
        const qint64 expires = u.passwordChangedAt + qint64(m_policy.passwordMaxAgeDays) * 86400;
        auto iso = [](qint64 t) {
            return t ? QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate) : QString();
        };
        QJsonArray live;
        for (const CallSession *s : std::as_const(m_sessions)) {
            if (s->user().compare(u.name, Qt::CaseInsensitive) == 0)
                live.append(s->callId());
        }
        reply.result(
            {{"name", u.name},
             {"state", u.isLocked(now) ? QStringLiteral("locked") : core::toString(u.state)},
             {"mustChange", u.mustChangePassword},
             {"groups", QJsonArray::fromStringList(m_credentials->groupsOf(u.name).value())},
             {"created", iso(u.createdAt)},
             {"passwordChanged", iso(u.passwordChangedAt)},
             {"expires", iso(expires)},
             {"daysLeft", static_cast<int>((expires - now) / 86400)},
             {"failedLogins", u.failedLogins},
             {"lockedUntil", iso(u.lockedUntil > now ? u.lockedUntil : 0)},
             {"lastLogin", iso(u.lastLoginAt)},
             {"lastAddress", u.lastLoginAddress},
             {"sessions", live}});
    });

    m_ipc.addMethod("user.list", [this](const IpcRequest &, const IpcResponder &reply) {
        auto users = m_credentials->listUsers();
        if (!users) {
            reply.error(E::Internal, QString::fromStdString(users.message()));
            return;
        }
        QJsonArray list;
        const qint64 now = nowSeconds();
        for (const core::UserRecord &u : *users) {
            list.append(QJsonObject{
                {"name", u.name},
                {"state", u.isLocked(now) ? QStringLiteral("locked") : core::toString(u.state)},
                {"mustChange", u.mustChangePassword},
                {"passwordChanged",
                 QDateTime::fromSecsSinceEpoch(u.passwordChangedAt, Qt::UTC).toString(Qt::ISODate)},
                {"expires",
                 QDateTime::fromSecsSinceEpoch(
                     u.passwordChangedAt + qint64(m_policy.passwordMaxAgeDays) * 86400, Qt::UTC)
                     .toString(Qt::ISODate)},
                {"failedLogins", u.failedLogins},
                {"lastLogin",
                 u.lastLoginAt
                     ? QDateTime::fromSecsSinceEpoch(u.lastLoginAt, Qt::UTC).toString(Qt::ISODate)
                     : QString()},
                {"lastAddress", u.lastLoginAddress}});
        }
        reply.result({{"users", list}});
    });

    m_ipc.addMethod("policy.get", [this](const IpcRequest &, const IpcResponder &reply) {
        reply.result({{"policy", m_policy.toJson()},
                      {"bounds", core::Policy::bounds()},
                      {"weaknesses", QJsonArray::fromStringList(m_policy.weaknesses())}});
    });

    m_ipc.addMethod("policy.set", [this](const IpcRequest &request, const IpcResponder &reply) {
        const QJsonObject changes = request.params.value("changes").toObject();
        core::Policy next = m_policy;
        if (auto problem = next.apply(changes)) {
            reply.error(E::InvalidParams, *problem);
            return;
        }
        auto done = m_database->transaction([&]() -> Status {
            if (auto saved = m_settings->write(QStringLiteral("policy"), next.toJson()); !saved)
                return saved;
            auto logged =
                m_audit->append(request.peer.identity(), "policy.set", "policy", "ok",
                                {{"changes", changes}}, QDateTime::currentMSecsSinceEpoch());
            return logged ? Status{} : Status{logged.error()};
        });
        if (!done) {
            reply.error(E::Internal, QString::fromStdString(done.message()));
            return;
        }
        m_policy = next;
        for (const QString &w : m_policy.weaknesses())
            qCWarning(lcDaemon).noquote() << "weak policy:" << w;
        const QJsonObject result{{"policy", m_policy.toJson()},
                                 {"weaknesses", QJsonArray::fromStringList(m_policy.weaknesses())}};
        m_ipc.publish(QStringLiteral("policy.changed"), result);
        reply.result(result);
    });

    m_ipc.addMethod("session.history", [this](const IpcRequest &request,
                                              const IpcResponder &reply) {
        auto recent = m_history->recent(request.params.value("limit").toInt(100),
                                        request.params.value("user").toString());
        if (!recent) {
            reply.error(E::Internal, QString::fromStdString(recent.message()));
            return;
        }
        QJsonArray list;
        for (const core::SessionRecord &r : *recent)
            list.append(QJsonObject{
                {"user", r.user},
                {"peerAddress", r.peerAddress},
                {"tunnelAddress", r.tunnelAddress},
                {"mppe", r.mppe},
                {"started",
                 QDateTime::fromSecsSinceEpoch(r.startedAt, Qt::UTC).toString(Qt::ISODate)},
                {"ended", QDateTime::fromSecsSinceEpoch(r.endedAt, Qt::UTC).toString(Qt::ISODate)},
                {"reason", r.endReason},
                {"bytesIn", r.bytesIn},
                {"bytesOut", r.bytesOut}});
        reply.result({{"sessions", list}});
    });

    m_ipc.addMethod("audit.verify", [this](const IpcRequest &, const IpcResponder &reply) {
        const auto v = m_audit->verify();
        reply.result({{"intact", v.intact},
                      {"checked", v.checked},
                      {"firstBadId", v.firstBadId},
                      {"problem", v.problem}});
    });
}

} // namespace keyward::daemon
