#pragma once

// The first page: is the server well, who is connected and how strongly, what in
// the policy is weak, whose password expires soon, who failed to log in, and
// whether a change window is due. On a new installation it guides: what is still
// missing (users, a backup, a report, a planned window, an expiry policy), each with
// the button that fixes it, gone once done. A planned window about to start shows as
// a reminder with "Open the wizard" and "Dismiss" (WindowReminder).

#include "api/WindowMessages.h"

#include <QWidget>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace keyward::console {

class PolicyDocument;
class UserModel;
class WindowReminder;
class ServerOverview;
class SessionModel;
class ServerConnection;

class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    DashboardPage(ServerConnection *connection, ServerOverview *overview, SessionModel *sessions,
                  PolicyDocument *policy, QWidget *parent = nullptr);

    QString serverText() const;
    QString sessionsText() const;
    QString weaknessText() const;
    QListWidget *failures() const { return m_failures; }
    QListWidget *expiring() const { return m_expiring; }
    // The accounts, for "no users yet".
    void setUsers(UserModel *users);
    // Adds a hint widget (the backup and report hints) to the "Getting started" box.
    void addGuide(QWidget *hints);
    // The "Getting started" box, and its lines that are shown now.
    QWidget *guide() const { return m_guide; }
    QStringList guideItems() const;
    WindowReminder *reminder() const { return m_reminder; }
    // The reminder banner, and what it says.
    QWidget *reminderBanner() const { return m_reminderBox; }
    QString reminderText() const;

signals:
    void showSessions();
    void showUsers();
    void showPolicy();
    void addUserRequested();
    void rotationRequested(const std::optional<keyward::api::ChangeWindow> &window);

private:
    void update();
    void updateSessions();
    void updateGuide();
    void updateReminder();
    bool eventFilter(QObject *watched, QEvent *event) override;

    ServerConnection *m_connection;
    ServerOverview *m_overview;
    SessionModel *m_sessions;
    PolicyDocument *m_policy;
    QLabel *m_server;
    QLabel *m_count;
    QLabel *m_strengths;
    QLabel *m_weak;
    QListWidget *m_expiring;
    QListWidget *m_failures;
    QLabel *m_due;
    QPushButton *m_startDue;
    UserModel *m_users = nullptr;
    bool m_usersLoaded = false;
    QWidget *m_guide;
    QWidget *m_hints = nullptr;
    QLabel *m_noUsers;
    QPushButton *m_addUser;
    QLabel *m_noWindow;
    QPushButton *m_planWindow;
    QLabel *m_noExpiry;
    QPushButton *m_setExpiry;
    WindowReminder *m_reminder;
    QWidget *m_reminderBox;
    QLabel *m_reminderText;
    std::optional<api::ChangeWindow> m_reminded;
};

} // namespace keyward::console
