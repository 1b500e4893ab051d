#include "models/ServerOverview.h"

#include "client/ServerConnection.h"
#include "models/DisplayFormat.h"

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
                if (event == QLatin1String("alert")) {
                    QJsonObject a = data;
                    a.insert(QStringLiteral("at"),
                             QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
                    m_alerts.prepend(a);
                    while (m_alerts.size() > 50)
                        m_alerts.removeLast();
                    emit changed();
                } else if (event == QLatin1String("window.changed")) {
                    m_windows = data.value(QLatin1String("windows")).toArray();
                    emit changed();
                } else if (event == QLatin1String("login.failed")) {
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
    m_connection->call(QStringLiteral("user.expiring"), {{"days", 14}},
                       [self](const ipc::IpcReply &r) {
                           if (self && r.ok) {
                               self->m_expiring = r.result.value(QLatin1String("users")).toArray();
                               emit self->changed();
                           }
                       });
    m_connection->call(QStringLiteral("window.list"), {}, [self](const ipc::IpcReply &r) {
        if (self && r.ok) {
            self->m_windows = r.result.value(QLatin1String("windows")).toArray();
            emit self->changed();
        }
    });
}

void ServerOverview::refreshStatus()
{
    if (!m_connection || m_connection->state() != ServerConnection::State::Online)
        return;
    QPointer<ServerOverview> self(this);
    m_connection->call(QStringLiteral("status"), {}, [self](const ipc::IpcReply &r) {
        if (self && r.ok) {
            self->m_status = r.result;
            emit self->changed();
        }
    });
}

QJsonObject ServerOverview::dueWindow(const QDateTime &now) const
{
    for (const QJsonValue &v : m_windows) {
        const QJsonObject w = v.toObject();
        const QDateTime start = DisplayFormat::parse(w.value(QLatin1String("start")).toString());
        const QDateTime end =
            start.addSecs(qint64(w.value(QLatin1String("durationMinutes")).toInt()) * 60);
        if (start.isValid() && start <= now.addSecs(3600) && end > now)
            return w;
    }
    return {};
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
