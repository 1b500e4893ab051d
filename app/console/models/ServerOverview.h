#pragma once

// What the dashboard shows about the server: its health, whose credentials expire
// soon, the latest failed logins and alerts, and the planned change windows. Polls
// `status` every few seconds while online and follows the server's events.

#include "api/StatusMessages.h"
#include "api/UserMessages.h"
#include "api/WindowMessages.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <optional>

namespace keyward::console {

class ServerConnection;

class ServerOverview : public QObject
{
    Q_OBJECT

public:
    // An alert, and when the console heard of it.
    struct ReceivedAlert
    {
        QDateTime at;
        api::Alert alert;
    };

    explicit ServerOverview(QObject *parent = nullptr);
    void setConnection(ServerConnection *connection);
    void refresh();
    // Only the status (health, recent failed logins).
    void refreshStatus();

    bool hasStatus() const { return m_status.has_value(); }
    QString version() const { return m_status ? m_status->version : QString(); }
    QString listenAddress() const { return m_status ? m_status->listen : QString(); }
    int sessionCount() const { return m_status ? m_status->sessions : 0; }
    // Newest first.
    QList<api::LoginFailure> recentFailures() const
    {
        return m_status ? m_status->recentFailures : QList<api::LoginFailure>();
    }
    // Lockouts and other alerts seen since the console connected, newest first.
    const QList<ReceivedAlert> &alerts() const { return m_alerts; }
    // Whose password expires within the next 14 days.
    const QList<api::ExpiringUser> &expiring() const { return m_expiring; }
    // By start time.
    const QList<api::ChangeWindow> &changeWindows() const { return m_windows; }
    // The window that is open now or starts within the hour, if any.
    std::optional<api::ChangeWindow> dueWindow(const QDateTime &now) const;

    static QString failureReason(int code);

signals:
    void changed();

private:
    QPointer<ServerConnection> m_connection;
    std::optional<api::StatusResult> m_status;
    QList<ReceivedAlert> m_alerts;
    QList<api::ExpiringUser> m_expiring;
    QList<api::ChangeWindow> m_windows;
    QTimer m_poll;
    QTimer m_soon;
};

} // namespace keyward::console
