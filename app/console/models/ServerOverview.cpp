#include "models/ServerOverview.h"

#include "api/AdminEvent.h"
#include "api/AdminMethod.h"
#include "client/ServerConnection.h"

namespace keyward::console {

ServerOverview::ServerOverview(QObject *parent) : QObject(parent)
{
    m_poll.setInterval(5000);
    connect(&m_poll, &QTimer::timeout, this, &ServerOverview::refresh);
    m_soon.setSingleShot(true);
    m_soon.setInterval(200);
    connect(&m_soon, &QTimer::timeout, this, &ServerOverview::refreshStatus);
}

void ServerOverview::setConnection(ServerConnection *connection)
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
                    m_status = {};
                    emit changed();
                }
            });
    connect(connection, &ServerConnection::eventReceived, this,
            [this](const QString &event, const QJsonObject &data) {
                if (event == api::Event::Alert) {
                    auto alert = api::Alert::fromJson(data);
                    if (!alert)
                        return;
                    m_alerts.prepend({QDateTime::currentDateTimeUtc(), *alert});
                    while (m_alerts.size() > 50)
                        m_alerts.removeLast();
                    emit changed();
                } else if (event == api::Event::WindowChanged) {
                    if (auto list = api::ChangeWindowList::fromJson(data)) {
                        m_windows = list->windows;
                        emit changed();
                    }
                } else if (event == api::Event::LoginFailed) {
                    m_soon.start(); // a burst of failures, one status call
                }
            });
}

void ServerOverview::refresh()
{
    if (!m_connection || m_connection->state() != ServerConnection::State::Online)
        return;
    refreshStatus();
    QPointer<ServerOverview> self(this);
    m_connection->call(api::Method::UserExpiring, api::UserExpiringParams{14}.toJson(),
                       [self](const ipc::IpcReply &r) {
                           if (!self || !r.ok)
                               return;
                           if (auto expiring = api::UserExpiringResult::fromJson(r.result)) {
                               self->m_expiring = expiring->users;
                               emit self->changed();
                           }
                       });
    m_connection->call(api::Method::WindowList, {}, [self](const ipc::IpcReply &r) {
        if (!self || !r.ok)
            return;
        if (auto list = api::ChangeWindowList::fromJson(r.result)) {
            self->m_windows = list->windows;
            emit self->changed();
        }
    });
}

void ServerOverview::refreshStatus()
{
    if (!m_connection || m_connection->state() != ServerConnection::State::Online)
        return;
    QPointer<ServerOverview> self(this);
    m_connection->call(api::Method::Status, {}, [self](const ipc::IpcReply &r) {
        if (!self || !r.ok)
            return;
        if (auto status = api::StatusResult::fromJson(r.result)) {
            self->m_status = std::move(status).value();
            emit self->changed();
        }
    });
}

std::optional<api::ChangeWindow> ServerOverview::dueWindow(const QDateTime &now) const
{
    for (const api::ChangeWindow &w : m_windows) {
        if (w.start.isValid() && w.start <= now.addSecs(3600) && w.end() > now)
            return w;
    }
    return std::nullopt;
}

QString ServerOverview::failureReason(int code)
{
    switch (code) {
    case 691:
        return tr("wrong user name or password");
    case 647:
        return tr("account disabled or revoked");
    case 648:
        return tr("password expired");
    case 649:
        return tr("locked out");
    default:
        return tr("refused (code %1)").arg(code);
    }
}

} // namespace keyward::console
