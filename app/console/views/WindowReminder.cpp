#include "views/WindowReminder.h"

#include "models/DisplayFormat.h"
#include "models/ServerOverview.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QSystemTrayIcon>
#include <algorithm>

namespace keyward::console {

namespace {
constexpr int CheckEveryMs = 30 * 1000;
}

WindowReminder::WindowReminder(ServerOverview *overview, QObject *parent)
    : QObject(parent), m_overview(overview), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_timer.setInterval(CheckEveryMs);
    connect(&m_timer, &QTimer::timeout, this, &WindowReminder::check);
    m_timer.start();
    if (m_overview)
        connect(m_overview, &ServerOverview::changed, this,
                [this] { setWindows(m_overview->changeWindows()); });
}

void WindowReminder::setClock(Clock clock)
{
    m_clock = std::move(clock);
    check();
}

int WindowReminder::leadMinutes()
{
    return QSettings().value(QLatin1String(LeadSetting), DefaultLeadMinutes).toInt();
}

void WindowReminder::setLeadMinutes(int minutes)
{
    QSettings().setValue(QLatin1String(LeadSetting), minutes);
}

void WindowReminder::setWindows(const QList<api::ChangeWindow> &windows)
{
    m_windows = windows;
    check();
}

void WindowReminder::check()
{
    const QDateTime now = m_clock();
    const int lead = std::max(0, leadMinutes());
    bool changed = false;
    // A window no longer planned (cancelled) or over has nothing to remind of.
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        const int id = *it;
        const auto found = std::find_if(m_windows.cbegin(), m_windows.cend(),
                                        [id](const api::ChangeWindow &w) { return w.id == id; });
        if (found == m_windows.cend() || found->end() <= now) {
            it = m_pending.erase(it);
            changed = true;
        } else {
            ++it;
        }
    }
    for (const api::ChangeWindow &w : std::as_const(m_windows)) {
        if (!w.start.isValid() || w.end() <= now)
            continue;
        // The nearest lead that is due; the ones before it count as said.
        std::optional<int> due;
        for (int minutes : {lead, 0}) {
            if (now >= w.start.addSecs(-qint64(minutes) * 60))
                due = minutes;
        }
        if (!due)
            continue;
        const QString key = QStringLiteral("%1|%2|%3").arg(w.id).arg(w.start.toSecsSinceEpoch());
        bool fresh = false;
        for (int minutes : {lead, 0}) {
            if (minutes < *due)
                continue;
            const QString k = key.arg(minutes);
            if (!m_fired.contains(k)) {
                m_fired.insert(k);
                fresh = true;
            }
        }
        if (!fresh)
            continue;
        m_dismissed.remove(w.id); // the start is news again, even after a dismissal
        if (!m_pending.contains(w.id))
            m_pending.append(w.id);
        changed = true;
        notify(w, *due);
        emit reminded(w, *due);
    }
    if (changed)
        emit pendingChanged();
}

QList<api::ChangeWindow> WindowReminder::pending() const
{
    QList<api::ChangeWindow> out;
    for (const api::ChangeWindow &w : m_windows) {
        if (m_pending.contains(w.id) && !m_dismissed.contains(w.id))
            out << w;
    }
    std::sort(out.begin(), out.end(), [](const api::ChangeWindow &a, const api::ChangeWindow &b) {
        return a.start < b.start;
    });
    return out;
}

void WindowReminder::dismiss(int windowId)
{
    m_dismissed.insert(windowId);
    emit pendingChanged();
}

void WindowReminder::setTrayEnabled(bool enabled)
{
    m_trayEnabled = enabled;
}

void WindowReminder::notify(const api::ChangeWindow &window, int minutesBefore)
{
    if (!m_trayEnabled || !QSystemTrayIcon::isSystemTrayAvailable() ||
        !QSystemTrayIcon::supportsMessages())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setIcon(QApplication::style()->standardIcon(QStyle::SP_BrowserReload));
        m_tray->setToolTip(tr("Keyward"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_lastNotified)
                emit openRequested(*m_lastNotified);
        });
    }
    m_tray->show();
    m_lastNotified = window;
    m_tray->showMessage(minutesBefore > 0 ? tr("Change window soon: %1").arg(window.title)
                                          : tr("Change window now: %1").arg(window.title),
                        tr("It starts %1. Open Keyward to run the change-window wizard.")
                            .arg(DisplayFormat::dateTime(window.start)),
                        QSystemTrayIcon::Information);
}

} // namespace keyward::console
