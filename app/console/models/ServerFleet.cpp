#include "models/ServerFleet.h"

#include "api/AdminMethod.h"
#include "client/ServerConnection.h"
#include "models/AdminActions.h"
#include "models/SessionModel.h"

#include <QBrush>
#include <QColor>
#include <QConcatenateTablesProxyModel>
#include <QDateTime>
#include <QPointer>

namespace keyward::console {

struct ServerFleet::Member
{
    ConnectionProfile profile;
    ServerConnection *connection = nullptr;
    SessionModel *sessions = nullptr;
    AdminActions *actions = nullptr;
    bool owned = false;
    bool statusInFlight = false;
    QString version;
    ServerHealth health;
};

ServerFleet::ServerFleet(ServerConnection *current, SessionModel *currentSessions,
                         AdminActions *currentActions, QObject *parent)
    : QAbstractTableModel(parent), m_all(new QConcatenateTablesProxyModel(this))
{
    auto first = std::make_unique<Member>();
    first->profile = current->profile();
    first->connection = current;
    first->sessions = currentSessions;
    first->actions = currentActions;
    currentSessions->setServerName(first->profile.label());
    m_all->addSourceModel(currentSessions);
    watch(*first);
    m_members.push_back(std::move(first));
    connect(current, &ServerConnection::stateChanged, this, &ServerFleet::onCurrentChanged);
    m_poll.setInterval(5000);
    connect(&m_poll, &QTimer::timeout, this, &ServerFleet::refresh);
    m_poll.start();
}

ServerFleet::~ServerFleet()
{
    // The connections go with the fleet; keep their last words from reaching it.
    for (const auto &m : m_members)
        disconnect(m->connection, nullptr, this, nullptr);
}

void ServerFleet::watch(Member &member)
{
    ServerConnection *connection = member.connection;
    connect(connection, &ServerConnection::stateChanged, this, [this, connection] {
        const int i = indexOf(connection);
        if (i < 0)
            return;
        if (connection->state() != ServerConnection::State::Online) {
            m_members[size_t(i)]->statusInFlight = false;
        }
        rowChanged(i);
    });
    connect(connection, &ServerConnection::statusTextChanged, this, [this, connection] {
        if (const int i = indexOf(connection); i >= 0)
            rowChanged(i);
    });
    connect(connection, &ServerConnection::online, this, [this, connection] {
        if (const int i = indexOf(connection); i >= 0)
            askStatus(i);
    });
    SessionModel *sessions = member.sessions;
    auto counted = [this, sessions] {
        if (const int i = indexOf(sessions); i >= 0)
            rowChanged(i);
    };
    connect(sessions, &QAbstractItemModel::rowsInserted, this, counted);
    connect(sessions, &QAbstractItemModel::rowsRemoved, this, counted);
    connect(sessions, &QAbstractItemModel::modelReset, this, counted);
}

void ServerFleet::setWatched(const QList<ConnectionProfile> &profiles)
{
    m_watched = profiles;
    rebuild();
}

void ServerFleet::rebuild()
{
    const ConnectionProfile current = m_members.front()->profile;
    QList<ConnectionProfile> wanted;
    for (const ConnectionProfile &p : std::as_const(m_watched)) {
        const bool seen = std::any_of(wanted.cbegin(), wanted.cend(),
                                      [&](const ConnectionProfile &w) { return w.sameServer(p); });
        if (!seen && !p.sameServer(current))
            wanted << p;
    }
    for (int i = count() - 1; i >= 1; --i) {
        if (!wanted.contains(m_members[size_t(i)]->profile))
            removeAt(i);
    }
    for (const ConnectionProfile &p : std::as_const(wanted)) {
        const bool have = std::any_of(m_members.cbegin(), m_members.cend(),
                                      [&](const auto &m) { return m->profile == p; });
        if (!have)
            add(p);
    }
    emit fleetChanged();
}

void ServerFleet::add(const ConnectionProfile &profile)
{
    auto m = std::make_unique<Member>();
    m->profile = profile;
    m->owned = true;
    m->connection = new ServerConnection(this);
    m->sessions = new SessionModel(this);
    m->sessions->setServerName(profile.label());
    m->sessions->setConnection(m->connection);
    m->actions = new AdminActions(m->connection, this);
    watch(*m);
    const int at = count();
    beginInsertRows({}, at, at);
    ServerConnection *connection = m->connection;
    m_all->addSourceModel(m->sessions);
    m_members.push_back(std::move(m));
    endInsertRows();
    connection->open(profile);
}

void ServerFleet::removeAt(int i)
{
    beginRemoveRows({}, i, i);
    std::unique_ptr<Member> m = std::move(m_members[size_t(i)]);
    m_members.erase(m_members.begin() + i);
    endRemoveRows();
    m_all->removeSourceModel(m->sessions);
    disconnect(m->connection, nullptr, this, nullptr);
    disconnect(m->sessions, nullptr, this, nullptr);
    m->connection->close();
    m->actions->deleteLater();
    m->sessions->deleteLater();
    m->connection->deleteLater();
}

void ServerFleet::onCurrentChanged()
{
    Member &first = *m_members.front();
    const ConnectionProfile now = first.connection->profile();
    if (now == first.profile)
        return;
    first.profile = now;
    first.version.clear();
    first.health = {};
    first.sessions->setServerName(now.label());
    rowChanged(0);
    rebuild();
}

void ServerFleet::refresh()
{
    for (int i = 0; i < count(); ++i)
        askStatus(i);
}

void ServerFleet::askStatus(int i)
{
    Member &m = *m_members[size_t(i)];
    if (m.statusInFlight || m.connection->state() != ServerConnection::State::Online)
        return;
    m.statusInFlight = true;
    QPointer<ServerFleet> self(this);
    QPointer<ServerConnection> connection(m.connection);
    m.connection->call(api::Method::Status, {}, [self, connection](const ipc::IpcReply &reply) {
        if (!self || !connection)
            return;
        const int at = self->indexOf(connection);
        if (at < 0)
            return;
        Member &member = *self->m_members[size_t(at)];
        member.statusInFlight = false;
        if (!reply.ok)
            return;
        member.version = reply.result.value(QLatin1String("version")).toString();
        member.health = ServerHealth::fromStatus(reply.result);
        self->rowChanged(at);
    });
}

int ServerFleet::indexOf(const ServerConnection *connection) const
{
    for (size_t i = 0; i < m_members.size(); ++i) {
        if (m_members[i]->connection == connection)
            return int(i);
    }
    return -1;
}

int ServerFleet::indexOf(const SessionModel *sessions) const
{
    for (size_t i = 0; i < m_members.size(); ++i) {
        if (m_members[i]->sessions == sessions)
            return int(i);
    }
    return -1;
}

void ServerFleet::rowChanged(int i)
{
    emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
    emit fleetChanged();
}

ServerConnection *ServerFleet::connection(int i) const
{
    return m_members[size_t(i)]->connection;
}

SessionModel *ServerFleet::sessions(int i) const
{
    return m_members[size_t(i)]->sessions;
}

AdminActions *ServerFleet::actions(int i) const
{
    return m_members[size_t(i)]->actions;
}

ServerHealth ServerFleet::health(int i) const
{
    return m_members[size_t(i)]->health;
}

QString ServerFleet::label(int i) const
{
    return m_members[size_t(i)]->profile.label();
}

QAbstractItemModel *ServerFleet::allSessions() const
{
    return m_all;
}

QString ServerFleet::stateText(int i) const
{
    const ServerConnection *c = m_members[size_t(i)]->connection;
    switch (c->state()) {
    case ServerConnection::State::Online:
        return tr("Connected");
    case ServerConnection::State::Connecting:
        return tr("Connecting…");
    case ServerConnection::State::NeedsToken:
        return tr("Needs an API token");
    case ServerConnection::State::CertificateChanged:
        return tr("Certificate changed: check it before connecting");
    case ServerConnection::State::Offline:
        break;
    }
    return c->statusText().isEmpty() ? tr("Not connected")
                                     : tr("Not connected: %1").arg(c->statusText());
}

QStringList ServerFleet::unavailable() const
{
    QStringList names;
    for (const auto &m : m_members) {
        if (m->connection->state() != ServerConnection::State::Online)
            names << m->profile.label();
    }
    return names;
}

int ServerFleet::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

int ServerFleet::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServerFleet::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Member &m = *m_members[size_t(index.row())];
    const bool online = m.connection->state() == ServerConnection::State::Online;
    const QStringList warnings = online ? m.health.warnings() : QStringList();
    switch (role) {
    case WarningRole:
        return warnings.join(QLatin1Char('\n'));
    case Qt::ForegroundRole:
        if (index.column() == State && !online &&
            m.connection->state() != ServerConnection::State::Connecting)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (index.column() == SignIn && !warnings.isEmpty())
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SignIn && online) {
            QStringList lines;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (const ServerHealth::RadiusServer &r : m.health.radiusServers())
                lines << ServerHealth::describe(r, now);
            lines << warnings;
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == State)
            return m.connection->statusText();
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return m.profile.label();
        case Where:
            return m.profile.where();
        case State:
            return stateText(index.row());
        case Version:
            return online ? m.version : QString();
        case Sessions:
            return online ? QVariant(m.sessions->rowCount()) : QVariant();
        case SignIn:
            return online ? m.health.summary() : QString();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ServerFleet::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Server");
    case Where:
        return tr("Where");
    case State:
        return tr("Connection");
    case Version:
        return tr("Version");
    case Sessions:
        return tr("Sessions");
    case SignIn:
        return tr("Sign-in and RADIUS");
    default:
        return {};
    }
}

} // namespace keyward::console
