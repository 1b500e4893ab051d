#pragma once

// What the dashboard shows about the server: its health, whose credentials expire
// soon, the latest failed logins and alerts, and the planned change windows. Polls
// `status` every few seconds while online and follows the server's events.

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace keyward::console {

class ServerConnection;

class ServerOverview : public QObject
{
    Q_OBJECT

public:
    explicit ServerOverview(QObject *parent = nullptr);
    void setConnection(ServerConnection *connection);
    void refresh();
    // Only the status (health, recent failed logins).
    void refreshStatus();

    bool hasStatus() const { return !m_status.isEmpty(); }
    QString version() const { return m_status.value(QLatin1String("version")).toString(); }
    QString listenAddress() const { return m_status.value(QLatin1String("listen")).toString(); }
    int sessionCount() const { return m_status.value(QLatin1String("sessions")).toInt(); }
    // [{at, user, address, code}], newest first.
    QJsonArray recentFailures() const
    {
        return m_status.value(QLatin1String("recentFailures")).toArray();
    }
    // Lockouts and other alerts seen since the console connected, newest first.
    QJsonArray alerts() const { return m_alerts; }
    // [{name, expires, daysLeft, expired}] for the next 14 days.
    QJsonArray expiring() const { return m_expiring; }
    // [{id, title, start, durationMinutes, group, olderThanDays, plannedBy}]
    QJsonArray changeWindows() const { return m_windows; }
    // The window that is open now or starts within the hour, if any.
    QJsonObject dueWindow(const QDateTime &now) const;

    static QString failureReason(int code);

signals:
    void changed();

private:
    QPointer<ServerConnection> m_connection;
    QJsonObject m_status;
    QJsonArray m_alerts;
    QJsonArray m_expiring;
    QJsonArray m_windows;
    QTimer m_poll;
    QTimer m_soon;
};

} // namespace keyward::console
