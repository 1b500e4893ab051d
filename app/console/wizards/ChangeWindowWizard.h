#pragma once

// The change window, step by step: inventory, a backup that is the rollback point,
// the notice for users, the strong baseline, the rotation (or a window planned for
// later), validation by keyward-probe, clean-up, and a summary with a report. Each
// page calls the server asynchronously and records its outcome here.
//
// Rollback: once the backup is made, cancelling the wizard or a failing step offers
// to restore that backup into the running server with the passphrase given on the
// backup page. The passphrase is kept in memory for the wizard's life only and wiped
// when it closes.

#include "api/BackupMessages.h"
#include "api/WindowMessages.h"

#include <QWizard>
#include <optional>

namespace keyward::console {

class AdminActions;
class BackupPage;
class BackupReportCenter;
class ChangeWindowSteps;
class CleanupPage;
class InventoryPage;
class BaselinePage;
class NoticePage;
class RotatePage;
class ServerConnection;
class SessionModel;
class SummaryPage;
class UserModel;
class ValidatePage;

class ChangeWindowWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        Inventory,
        Backup,
        Notice,
        Baseline,
        Rotate,
        Validate,
        Cleanup,
        Summary
    };

    struct StepOutcome
    {
        QString step;
        bool ok = false;
        QString text;
    };

    // `selected`: users chosen on the Users page; `window`: a planned window being
    // carried out (or empty).
    ChangeWindowWizard(AdminActions *actions, BackupReportCenter *backups,
                       ServerConnection *connection, UserModel *users, SessionModel *sessions,
                       const QStringList &selected, const std::optional<api::ChangeWindow> &window,
                       QWidget *parent = nullptr);
    ~ChangeWindowWizard() override;

    ChangeWindowSteps *steps() const { return m_steps; }
    AdminActions *actions() const { return m_actions; }
    BackupReportCenter *backupCenter() const { return m_backups; }
    UserModel *users() const { return m_users; }
    SessionModel *sessions() const { return m_sessions; }
    const QStringList &selectedUsers() const { return m_selected; }
    const std::optional<api::ChangeWindow> &plannedWindow() const { return m_window; }

    InventoryPage *inventoryPage() const { return m_inventory; }
    BackupPage *backupPage() const { return m_backup; }
    NoticePage *noticePage() const { return m_notice; }
    BaselinePage *baselinePage() const { return m_baseline; }
    RotatePage *rotatePage() const { return m_rotate; }
    ValidatePage *validatePage() const { return m_validate; }
    // Not cleanupPage(): QWizard::cleanupPage(int) is a virtual of that name.
    CleanupPage *cleanUpPage() const { return m_cleanup; }
    SummaryPage *summaryPage() const { return m_summary; }

    // Who the rotate page would rotate, as far as the console can tell.
    QStringList affectedUsers() const;

    // The backup made on the backup page: what a rollback restores.
    void setRollbackPoint(const api::BackupInfo &backup, const QString &passphrase);
    const std::optional<api::BackupInfo> &rollbackPoint() const { return m_rollbackPoint; }
    bool isRolledBack() const { return m_rolledBack; }
    bool isRestoring() const { return m_restoring; }
    // The question the rollback confirmation asks (what it replaces).
    QString rollbackQuestion() const;

    // Each step's outcome, in the order the steps were first taken.
    void record(const QString &step, bool ok, const QString &text);
    const QList<StepOutcome> &outcomes() const { return m_outcomes; }
    // A step failed: once there is a rollback point, the rollback is offered.
    void stepFailed(const QString &step, const QString &message);
    // Asks (Confirmation), then restores the rollback point; false if not asked.
    bool offerRollback(const QString &why);
    // Restores the rollback point without asking.
    void rollBack();
    // A page's call runs (or ended): Back, Cancel and the rollback wait for it.
    void setBusy(bool busy);

    // Next only once the page's step is done (or deliberately left out): no way past
    // the backup without one.
    bool validateCurrentPage() override;
    void reject() override;
    void done(int result) override;

signals:
    // A change the page that opened the wizard may show (a rotation, a plan).
    void finishedWith(bool ok, const QString &message);
    void rollbackFinished(bool ok, const QString &message);

private:
    // The reason sent with the restore: one line, within the server's bound.
    QString rollbackReason() const;
    void updateRollbackButton();
    void showOnCurrentPage(bool ok, const QString &text);
    void wipePassphrase();

    AdminActions *m_actions;
    BackupReportCenter *m_backups;
    UserModel *m_users;
    SessionModel *m_sessions;
    ChangeWindowSteps *m_steps;
    QStringList m_selected;
    std::optional<api::ChangeWindow> m_window;
    InventoryPage *m_inventory;
    BackupPage *m_backup;
    NoticePage *m_notice;
    BaselinePage *m_baseline;
    RotatePage *m_rotate;
    ValidatePage *m_validate;
    CleanupPage *m_cleanup;
    SummaryPage *m_summary;
    std::optional<api::BackupInfo> m_rollbackPoint;
    QString m_passphrase;
    // Why the rollback was offered, for the restore's audit entry.
    QString m_rollbackReason;
    QList<StepOutcome> m_outcomes;
    bool m_rolledBack = false;
    bool m_restoring = false;
    bool m_closeAfterRollback = false;
    int m_busy = 0;
};

} // namespace keyward::console
