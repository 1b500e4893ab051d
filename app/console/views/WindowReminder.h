#pragma once

// Reminds the admin of planned change windows while the console runs: once when a
// window comes within the lead time (a setting, "reminders/leadMinutes", default 60)
// and once more when it starts. Each reminder fires once per window and lead, however
// often the list is refreshed; a cancelled window (gone from window.list) never
// reminds, and its pending reminder goes. The time comes from a function, so a test
// can set it. A tray notification when the desktop has a tray; the dashboard shows
// what is pending either way.

#include "api/WindowMessages.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <functional>
#include <optional>

class QSystemTrayIcon;

namespace keyward::console {

class ServerOverview;

class WindowReminder : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultLeadMinutes = 60;
    static inline const char *const LeadSetting = "reminders/leadMinutes";

    using Clock = std::function<QDateTime()>;

    // Follows the overview's planned windows (nullptr: only setWindows()).
    explicit WindowReminder(ServerOverview *overview, QObject *parent = nullptr);

    void setClock(Clock clock);
    // The lead time from the settings (0 and below: only at the start).
    static int leadMinutes();
    static void setLeadMinutes(int minutes);
    // Takes the planned windows and looks again.
    void setWindows(const QList<api::ChangeWindow> &windows);
    // Looks at the windows against the clock; reminds of those due.
    void check();
    // Reminded, not dismissed, still planned and not over; soonest first.
    QList<api::ChangeWindow> pending() const;
    void dismiss(int windowId);
    // This window was reminded of and is still planned (dismissed or not).
    bool covers(int windowId) const { return m_pending.contains(windowId); }
    QDateTime now() const { return m_clock(); }
    // Off by default in tests that have no desktop; on in the console.
    void setTrayEnabled(bool enabled);

signals:
    // A window came within the lead time (`minutesBefore` > 0) or starts now (0).
    void reminded(const keyward::api::ChangeWindow &window, int minutesBefore);
    void pendingChanged();
    // The admin clicked the tray notification.
    void openRequested(const keyward::api::ChangeWindow &window);

private:
    void notify(const api::ChangeWindow &window, int minutesBefore);

    ServerOverview *m_overview;
    Clock m_clock;
    QList<api::ChangeWindow> m_windows;
    QSet<QString> m_fired; // "id|start|lead"
    QList<int> m_pending;  // window ids
    QSet<int> m_dismissed; // window ids
    QTimer m_timer;
    bool m_trayEnabled = true;
    QSystemTrayIcon *m_tray = nullptr;
    std::optional<api::ChangeWindow> m_lastNotified;
};

} // namespace keyward::console
