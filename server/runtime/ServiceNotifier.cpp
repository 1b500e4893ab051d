#include "runtime/ServiceNotifier.h"

#include <QLoggingCategory>
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <systemd/sd-daemon.h>

namespace keyward::runtime {

Q_LOGGING_CATEGORY(lcService, "keyward.service")

ServiceNotifier::ServiceNotifier(QObject *parent) : QObject(parent)
{
    connect(&m_statusTimer, &QTimer::timeout, this, &ServiceNotifier::refreshStatus);
    connect(&m_watchdogTimer, &QTimer::timeout, this,
            [this] { send(QByteArrayLiteral("WATCHDOG=1")); });
}

bool ServiceNotifier::active() const
{
    const char *socket = std::getenv("NOTIFY_SOCKET");
    return socket != nullptr && *socket != '\0';
}

std::chrono::milliseconds ServiceNotifier::watchdogInterval() const
{
    uint64_t usec = 0;
    // > 0 only when WATCHDOG_USEC is set and WATCHDOG_PID, if set, names this process.
    if (!active() || sd_watchdog_enabled(0, &usec) <= 0 || usec == 0)
        return std::chrono::milliseconds(0);
    return std::chrono::milliseconds(std::max<uint64_t>(usec / 2000, 1));
}

void ServiceNotifier::ready(StatusSource status, std::chrono::milliseconds statusInterval)
{
    if (!active())
        return;
    m_status = std::move(status);
    m_lastStatus = m_status ? m_status() : QString();
    send("READY=1\nSTATUS=" + m_lastStatus.toUtf8());
    if (m_status)
        m_statusTimer.start(statusInterval);
    if (const auto interval = watchdogInterval(); interval.count() > 0) {
        m_watchdogTimer.start(interval);
        qCInfo(lcService).noquote()
            << "watchdog: telling systemd every" << interval.count() << "ms";
    }
}

void ServiceNotifier::stopping(const QString &reason)
{
    m_statusTimer.stop();
    m_watchdogTimer.stop();
    if (active())
        send("STOPPING=1\nSTATUS=stopping: " + reason.toUtf8());
}

void ServiceNotifier::refreshStatus()
{
    const QString now = m_status();
    if (now == m_lastStatus)
        return;
    m_lastStatus = now;
    send("STATUS=" + now.toUtf8());
}

void ServiceNotifier::send(const QByteArray &state)
{
    if (const int r = sd_notify(0, state.constData()); r < 0)
        qCWarning(lcService).noquote()
            << "cannot notify the service manager:" << QString::fromLocal8Bit(strerror(-r));
}

} // namespace keyward::runtime
