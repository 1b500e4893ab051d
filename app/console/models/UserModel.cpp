#include "models/UserModel.h"

#include "api/AdminEvent.h"
#include "api/AdminMethod.h"
#include "client/ServerConnection.h"
#include "models/DisplayFormat.h"

#include <QBrush>
#include <QColor>

namespace keyward::console {

UserModel::UserModel(QObject *parent) : KeyedTableModel<UserRow>(parent)
{
    m_poll.setInterval(30000);
    connect(&m_poll, &QTimer::timeout, this, &UserModel::refresh);
    m_soon.setSingleShot(true);
    m_soon.setInterval(200);
    connect(&m_soon, &QTimer::timeout, this, &UserModel::refresh);
}

void UserModel::setConnection(ServerConnection *connection)
{
    m_connection = connection;
    connect(connection, &ServerConnection::online, this, [this] {
        m_poll.start();
        refresh();
    });
    connect(connection, &ServerConnection::stateChanged, this,
            [this](ServerConnection::State state) {
                if (state != ServerConnection::State::Online) {
                    m_poll.stop();
                    m_inFlight = false;
                }
            });
    connect(connection, &ServerConnection::eventReceived, this, [this](const QString &event) {
        if (event == api::Event::SessionUp || event == api::Event::Alert ||
            event == api::Event::LoginFailed)
            m_soon.start();
    });
}

void UserModel::refresh()
{
    if (!m_connection || m_inFlight || m_connection->state() != ServerConnection::State::Online)
        return;
    m_inFlight = true;
    QPointer<UserModel> self(this);
    m_connection->call(api::Method::UserList, {}, [self](const ipc::IpcReply &reply) {
        if (!self)
            return;
        self->m_inFlight = false;
        if (!reply.ok) {
            emit self->refreshFailed(reply.errorMessage);
            return;
        }
        auto list = api::UserListResult::fromJson(reply.result);
        if (list)
            self->applyUsers(list->users);
        else
            emit self->refreshFailed(QString::fromStdString(list.message()));
    });
}

void UserModel::applyUsers(const QList<api::UserSummary> &users)
{
    std::vector<UserRow> incoming;
    incoming.reserve(static_cast<size_t>(users.size()));
    for (const api::UserSummary &u : users) {
        UserRow r;
        r.name = u.name;
        r.state = u.state == api::UserState::Active && u.mustChange ? QStringLiteral("must-change")
                                                                    : api::toString(u.state);
        r.passwordChanged = u.passwordChanged;
        r.expires = u.expires;
        r.lastLogin = u.lastLogin;
        r.lastAddress = u.lastAddress;
        r.failedLogins = u.failedLogins;
        incoming.push_back(std::move(r));
    }
    // Merged in place, so the admin's selection survives the refresh.
    merge(std::move(incoming), ColumnCount);
    emit refreshed();
}

int UserModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UserModel::stateLabel(const QString &state)
{
    if (state == QLatin1String("active"))
        return tr("Active");
    if (state == QLatin1String("must-change"))
        return tr("Must change password");
    if (state == QLatin1String("locked"))
        return tr("Locked out");
    if (state == QLatin1String("disabled"))
        return tr("Disabled");
    if (state == QLatin1String("revoked"))
        return tr("Revoked");
    return state;
}

QVariant UserModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UserRow &r = rowAt(index.row());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int daysLeft = r.expires.isValid() ? static_cast<int>(now.daysTo(r.expires)) : 0;
    const bool expired = r.expires.isValid() && r.expires <= now;
    switch (role) {
    case NameRole:
        return r.name;
    case StateRole:
        return r.state;
    case DaysLeftRole:
        return daysLeft;
    case Qt::ForegroundRole:
        if (index.column() == State && r.state != QLatin1String("active"))
            return QBrush(QColor(0xb0, 0x30, 0x20));
        if (index.column() == Expires && (expired || daysLeft <= 7))
            return QBrush(QColor(0xb0, 0x30, 0x20));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == CredentialAge || index.column() == FailedLogins
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        switch (index.column()) {
        case CredentialAge:
            return r.passwordChanged.isValid() ? -r.passwordChanged.toSecsSinceEpoch() : 0;
        case Expires:
            return r.expires.toSecsSinceEpoch();
        case LastLogin:
            return r.lastLogin.isValid() ? r.lastLogin.toSecsSinceEpoch() : 0;
        case FailedLogins:
            return r.failedLogins;
        default:
            break;
        }
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return r.name;
        case State:
            return stateLabel(r.state);
        case CredentialAge:
            return r.passwordChanged.isValid()
                       ? tr("%n day(s)", nullptr, static_cast<int>(r.passwordChanged.daysTo(now)))
                       : QString();
        case Expires:
            return expired ? tr("expired") : DisplayFormat::daysFromNow(daysLeft);
        case LastLogin:
            return r.lastLogin.isValid() ? DisplayFormat::dateTime(r.lastLogin) : tr("never");
        case LastAddress:
            return r.lastAddress;
        case FailedLogins:
            return r.failedLogins;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant UserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("User");
    case State:
        return tr("State");
    case CredentialAge:
        return tr("Password age");
    case Expires:
        return tr("Password expires");
    case LastLogin:
        return tr("Last login");
    case LastAddress:
        return tr("Last address");
    case FailedLogins:
        return tr("Failed logins");
    default:
        return {};
    }
}

QList<QPair<QString, QDateTime>> UserModel::passwordChanges() const
{
    QList<QPair<QString, QDateTime>> out;
    for (const UserRow &r : rows())
        out.append({r.name, r.passwordChanged});
    return out;
}

} // namespace keyward::console
