#pragma once

// The console's window: a page list on the left (dashboard, sessions, users,
// rotation schedules, audit log), the page on the right, a banner when the server
// is not reachable, and the connection in the status bar. It owns the models and
// the one connection they share; remembers its layout between runs.

#include "api/WindowMessages.h"

#include <QMainWindow>
#include <QPointer>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace keyward::console {

class AdminActions;
class AuditModel;
class AuditPage;
class CaptureClient;
class CapturePacketModel;
class CapturesPage;
class BackupReportCenter;
class BackupsReportsPage;
class CertificateChangedDialog;
class MethodGate;
class ServerConnection;
class DashboardPage;
class MessageBanner;
class PolicyDocument;
class PolicyPage;
class ProfileStore;
class ServerFleet;
class ServerOverview;
class ServersPage;
class SessionHistoryModel;
class SessionModel;
class SessionsPage;
class UserModel;
class UsersPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page
    {
        Dashboard,
        Sessions,
        Users,
        Rotation,
        Audit,
        Captures,
        BackupsReports,
        Servers,
        PageCount
    };
    Q_ENUM(Page)

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Connects to the saved (or given) server.
    void start();
    void showPage(Page page);
    Page currentPage() const;

    ServerConnection *connection() const { return m_connection; }
    SessionModel *sessionModel() const { return m_sessionModel; }
    SessionHistoryModel *sessionHistory() const { return m_sessionHistory; }
    UserModel *userModel() const { return m_userModel; }
    AuditModel *auditModel() const { return m_auditModel; }
    PolicyDocument *policy() const { return m_policy; }
    ServerOverview *overview() const { return m_overview; }
    // The servers this console follows: the current one and the watched ones.
    ServerFleet *fleet() const { return m_fleet; }
    ServersPage *serversPage() const { return m_serversPage; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    SessionsPage *sessionsPage() const { return m_sessionsPage; }
    UsersPage *usersPage() const { return m_usersPage; }
    PolicyPage *policyPage() const { return m_policyPage; }
    AuditPage *auditPage() const { return m_auditPage; }
    CapturesPage *capturesPage() const { return m_capturesPage; }
    BackupReportCenter *backupReportCenter() const { return m_backupReports; }
    BackupsReportsPage *backupsReportsPage() const { return m_backupsReportsPage; }
    QString connectionText() const;
    // Every control that calls the server, and the method it calls.
    MethodGate *gate() const { return m_gate; }
    // Open while a remote server's certificate differs from its pin.
    CertificateChangedDialog *certificateDialog() const;

    void openConnectionDialog();
    // The change-window wizard, rotating these users, or carrying out a planned window.
    void openRotationWizard(const QStringList &users,
                            const std::optional<api::ChangeWindow> &window);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void onConnectionState();
    void askForToken();
    void reviewCertificate();
    void trustCertificate(const QString &fingerprint);
    void chooseLanguage(const QString &code);

    ProfileStore *m_profiles;
    ServerConnection *m_connection;
    SessionModel *m_sessionModel;
    SessionHistoryModel *m_sessionHistory;
    UserModel *m_userModel;
    AuditModel *m_auditModel;
    PolicyDocument *m_policy;
    ServerOverview *m_overview;
    AdminActions *m_actions;
    ServerFleet *m_fleet;
    ServersPage *m_serversPage;
    QListWidget *m_nav;
    QStackedWidget *m_pages;
    DashboardPage *m_dashboard;
    SessionsPage *m_sessionsPage;
    UsersPage *m_usersPage;
    PolicyPage *m_policyPage;
    AuditPage *m_auditPage;
    CaptureClient *m_captureClient;
    CapturePacketModel *m_capturePackets;
    CapturesPage *m_capturesPage;
    BackupReportCenter *m_backupReports;
    BackupsReportsPage *m_backupsReportsPage;
    QWidget *m_offline;
    QLabel *m_offlineText;
    QPushButton *m_tokenButton;
    QPushButton *m_certificateButton;
    MethodGate *m_gate = nullptr;
    QPointer<CertificateChangedDialog> m_certificateDialog;
    QLabel *m_statusLabel;
};

} // namespace keyward::console
