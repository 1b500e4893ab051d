#pragma once

// keywardd's side of systemd's service protocol (sd_notify(3)): READY=1 once it
// serves, a STATUS= line that `systemctl status keywardd` shows (refreshed while it
// runs), WATCHDOG=1 from the event loop while the loop turns (so a control plane that
// hangs is restarted), and STOPPING=1 when it shuts down. Started without
// NOTIFY_SOCKET (by hand, by the tests, by another supervisor) every call does
// nothing. libsystemd speaks the protocol; nothing here writes to the socket itself.

#include <QObject>
#include <QString>
#include <QTimer>
#include <chrono>
#include <functional>

namespace keyward::runtime {

class ServiceNotifier : public QObject
{
    Q_OBJECT

public:
    using StatusSource = std::function<QString()>;

    explicit ServiceNotifier(QObject *parent = nullptr);

    // Whether a service manager listens (NOTIFY_SOCKET is set).
    [[nodiscard]] bool active() const;
    // How often WATCHDOG=1 is sent: half the WatchdogSec the manager asked for this
    // process, or zero when it asked for none.
    [[nodiscard]] std::chrono::milliseconds watchdogInterval() const;

    // Says READY=1 with the first status line, then sends `status()` again every
    // `statusInterval` when it changed, and starts the watchdog.
    void ready(StatusSource status,
               std::chrono::milliseconds statusInterval = std::chrono::seconds(10));
    // Says STOPPING=1 with the reason; the watchdog and the status stop.
    void stopping(const QString &reason);

private:
    void send(const QByteArray &state);
    void refreshStatus();

    StatusSource m_status;
    QString m_lastStatus;
    QTimer m_statusTimer;
    QTimer m_watchdogTimer;
};

} // namespace keyward::runtime
