#pragma once

// The first page: is the server well, who is connected and how strongly, what in
// the policy is weak, whose password expires soon, who failed to log in, and
// whether a change window is due.

#include "api/WindowMessages.h"

#include <QWidget>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace keyward::console {

class PolicyDocument;
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

signals:
    void showSessions();
    void showUsers();
    void showPolicy();
    void rotationRequested(const std::optional<keyward::api::ChangeWindow> &window);

private:
    void update();
    void updateSessions();

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
};

} // namespace keyward::console
