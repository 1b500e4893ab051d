#include "client/ServerConnection.h"

#include "api/AdminEvent.h"
#include "api/AdminMethod.h"

#include <QJsonArray>
#include <QPointer>

namespace keyward::console {

namespace {
constexpr int MaxRetryDelayMs = 15000;
}

ServerConnection::ServerConnection(QObject *parent) : QObject(parent)
{
    m_status = tr("Not connected");
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ServerConnection::connectNow);
    connect(&m_client, &ipc::IpcClient::stateChanged, this, &ServerConnection::onClientState);
    connect(&m_client, &ipc::IpcClient::connectionError, this,
            [this](const QString &message) { m_lastError = message; });
    connect(&m_client, &ipc::IpcClient::certificateMismatch, this,
            [this](const QString &, const QString &presented) { m_presented = presented; });
    connect(&m_client, &ipc::IpcClient::eventReceived, this, &ServerConnection::eventReceived);
    connect(&m_client, &ipc::IpcClient::ready, this, [this] {
        setAccess(AdminAccess::fromHello(m_client.helloResult()));
        // Asks for the session deltas; an older keywardd ignores the list and says
        // nothing of it, and the session table then polls.
        // The capture feed is granted to admin connections only.
        const QJsonObject params{
            {QStringLiteral("events"),
             QJsonArray{api::Event::SessionDelta, api::Event::CapturePackets}}};
        m_client.call(api::Method::Subscribe, params, [this](const ipc::IpcReply &reply) {
            if (!reply.ok) {
                m_lastError = reply.errorMessage;
                m_client.disconnectFromServer();
                return;
            }
            m_requestedEvents.clear();
            for (const QJsonValue &e : reply.result.value(QStringLiteral("events")).toArray())
                m_requestedEvents << e.toString();
            m_retryDelayMs = 1000;
            setState(State::Online,
                     m_access.role().isEmpty()
                         ? tr("Connected to %1 as %2").arg(m_profile.where(), m_client.identity())
                         : tr("Connected to %1 as %2, role: %3")
                               .arg(m_profile.where(), m_client.identity(),
                                    AdminAccess::roleLabel(m_access.role())));
            emit online();
        });
    });
}

ServerConnection::~ServerConnection()
{
    // The client says goodbye as it goes; nobody is listening by then.
    m_wanted = false;
    m_client.disconnect(this);
    blockSignals(true);
}

void ServerConnection::setState(State state, const QString &status)
{
    const bool changed = state != m_state;
    m_state = state;
    if (status != m_status) {
        m_status = status;
        emit statusTextChanged(status);
    }
    if (changed)
        emit stateChanged(state);
}

void ServerConnection::open(const ConnectionProfile &profile, const QString &token, bool remember)
{
    m_wanted = true;
    m_retry.stop();
    m_retryDelayMs = 1000;
    if (!(profile == m_profile)) {
        m_token.clear(); // a token typed for one server (or one pin) stays with it
        setAccess({});
    }
    m_profile = profile;
    if (!token.isEmpty()) {
        m_token = token.trimmed();
        if (remember)
            rememberToken();
    }
    if (m_client.state() != ipc::IpcClient::State::Disconnected)
        m_client.disconnectFromServer(); // onClientState reconnects to the new profile
    else
        connectNow();
}

void ServerConnection::close()
{
    m_wanted = false;
    m_retry.stop();
    m_client.disconnectFromServer();
    setState(State::Offline, tr("Not connected"));
}

void ServerConnection::provideToken(const QString &token, bool remember)
{
    m_token = token.trimmed();
    if (remember)
        rememberToken();
    m_wanted = true;
    connectNow();
}

void ServerConnection::rememberToken()
{
    QPointer<ServerConnection> self(this);
    m_vault.store(m_profile.keychainKey(), m_token, [self](const TokenVault::Answer &a) {
        if (self && a.outcome != TokenVault::Outcome::Ok)
            emit self->statusTextChanged(
                tr("The token works for now but was not saved: %1").arg(a.message));
    });
}

void ServerConnection::connectNow()
{
    if (!m_wanted || m_client.state() != ipc::IpcClient::State::Disconnected)
        return;
    m_lastError.clear();
    m_presented.clear();
    if (!m_profile.isRemote()) {
        setState(State::Connecting, tr("Connecting to the server on this computer…"));
        m_client.connectTo(m_profile.socketPath());
        return;
    }
    if (!m_token.isEmpty()) {
        setState(State::Connecting, tr("Connecting to %1…").arg(m_profile.where()));
        m_client.connectToTls(m_profile.host(), m_profile.port(), m_profile.fingerprint(), m_token);
        return;
    }
    setState(State::Connecting,
             tr("Reading the token for %1 from the keychain…").arg(m_profile.where()));
    QPointer<ServerConnection> self(this);
    const ConnectionProfile asked = m_profile;
    m_vault.read(m_profile.keychainKey(), [self, asked](const TokenVault::Answer &a) {
        if (!self || !(self->m_profile == asked) || !self->m_wanted)
            return;
        if (a.outcome != TokenVault::Outcome::Ok) {
            self->setState(State::NeedsToken, a.message);
            return;
        }
        self->m_token = a.secret;
        self->connectNow();
    });
}

void ServerConnection::onClientState(ipc::IpcClient::State state)
{
    if (state != ipc::IpcClient::State::Disconnected)
        return;
    if (!m_wanted) {
        setState(State::Offline, tr("Not connected"));
        return;
    }
    if (!m_presented.isEmpty()) {
        m_retry.stop();
        setState(State::CertificateChanged,
                 tr("%1 presented a different certificate than the pinned one. Nothing was "
                    "sent to it. Check the new fingerprint on the server before you trust it.")
                     .arg(m_profile.where()));
        return;
    }
    if (m_state == State::Online)
        scheduleRetry(tr("The server closed the connection."));
    else
        scheduleRetry(m_lastError.isEmpty() ? tr("The server did not answer.") : m_lastError);
}

void ServerConnection::scheduleRetry(const QString &why)
{
    // A refused token will not get better by retrying: ask for another.
    if (m_profile.isRemote() && m_lastError.contains(QLatin1String("token"))) {
        m_token.clear();
        setState(State::NeedsToken, tr("The server refused the token: %1").arg(why));
        return;
    }
    QString reason = why.trimmed();
    if (reason.endsWith(QLatin1Char('.')))
        reason.chop(1);
    setState(
        State::Offline,
        tr("Server unreachable: %1. Retrying in %2 s.").arg(reason).arg(m_retryDelayMs / 1000));
    m_retry.start(m_retryDelayMs);
    m_retryDelayMs = std::min(m_retryDelayMs * 2, MaxRetryDelayMs);
}

void ServerConnection::setAccess(const AdminAccess &access)
{
    if (access == m_access)
        return;
    m_access = access;
    emit accessChanged();
}

void ServerConnection::call(const QString &method, const QJsonObject &params, Callback callback,
                            int timeoutMs)
{
    m_client.call(method, params, std::move(callback), timeoutMs);
}

} // namespace keyward::console
