#include "wizards/ChangeWindowWizard.h"

#include "models/AdminActions.h"
#include "reports/BackupReportCenter.h"
#include "views/Confirmation.h"
#include "views/MessageBanner.h"
#include "wizards/BackupPage.h"
#include "wizards/BaselinePage.h"
#include "wizards/ChangeWindowPage.h"
#include "wizards/ChangeWindowSteps.h"
#include "wizards/CleanupPage.h"
#include "wizards/InventoryPage.h"
#include "wizards/NoticePage.h"
#include "wizards/RotatePage.h"
#include "wizards/SummaryPage.h"
#include "wizards/ValidatePage.h"

#include <QAbstractButton>
#include <QLocale>
#include <QPointer>
#include <QTimer>

namespace keyward::console {

ChangeWindowWizard::ChangeWindowWizard(AdminActions *actions, BackupReportCenter *backups,
                                       ServerConnection *connection, UserModel *users,
                                       SessionModel *sessions, const QStringList &selected,
                                       const std::optional<api::ChangeWindow> &window,
                                       QWidget *parent)
    : QWizard(parent), m_actions(actions), m_backups(backups), m_users(users), m_sessions(sessions),
      m_steps(new ChangeWindowSteps(connection, this)), m_selected(selected), m_window(window)
{
    setObjectName(QStringLiteral("changeWindowWizard"));
    setWindowTitle(window ? tr("Change window: %1").arg(window->title) : tr("Change window"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveCustomButton1);
    setButtonText(QWizard::CustomButton1, tr("Roll back…"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("rollback"));
    button(QWizard::CustomButton1)
        ->setToolTip(tr("Restore the backup made on the Backup page into the running server"));

    m_inventory = new InventoryPage(this);
    m_backup = new BackupPage(this);
    m_notice = new NoticePage(this);
    m_baseline = new BaselinePage(this);
    m_rotate = new RotatePage(this);
    m_validate = new ValidatePage(this);
    m_cleanup = new CleanupPage(this);
    m_summary = new SummaryPage(this);
    setPage(Inventory, m_inventory);
    setPage(Backup, m_backup);
    setPage(Notice, m_notice);
    setPage(Baseline, m_baseline);
    setPage(Rotate, m_rotate);
    setPage(Validate, m_validate);
    setPage(Cleanup, m_cleanup);
    setPage(Summary, m_summary);

    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            offerRollback(tr("You asked to roll back."));
    });
    connect(this, &QWizard::currentIdChanged, this, [this] { updateRollbackButton(); });
    connect(m_steps, &ChangeWindowSteps::changed, m_actions, &AdminActions::changed);
    updateRollbackButton();
    resize(760, 600);
}

ChangeWindowWizard::~ChangeWindowWizard()
{
    wipePassphrase();
}

QStringList ChangeWindowWizard::affectedUsers() const
{
    return m_rotate->affectedUsers();
}

void ChangeWindowWizard::setRollbackPoint(const api::BackupInfo &backup, const QString &passphrase)
{
    wipePassphrase();
    m_rollbackPoint = backup;
    m_passphrase = passphrase;
    m_rolledBack = false;
    updateRollbackButton();
}

QString ChangeWindowWizard::rollbackQuestion() const
{
    if (!m_rollbackPoint)
        return {};
    return tr("Restore backup %1, made %2 with %n user(s), into the running server?", nullptr,
              static_cast<int>(m_rollbackPoint->users))
        .arg(m_rollbackPoint->id,
             QLocale().toString(m_rollbackPoint->created.toLocalTime(), QLocale::ShortFormat));
}

void ChangeWindowWizard::record(const QString &step, bool ok, const QString &text)
{
    for (StepOutcome &o : m_outcomes) {
        if (o.step == step) {
            o.ok = ok;
            o.text = text;
            return;
        }
    }
    m_outcomes.append({step, ok, text});
}

void ChangeWindowWizard::stepFailed(const QString &step, const QString &message)
{
    if (!m_rollbackPoint || m_rolledBack || m_restoring)
        return;
    // Asked once the failing call has returned, not from inside its reply.
    QPointer<ChangeWindowWizard> self(this);
    QTimer::singleShot(0, this, [self, step, message] {
        if (self && !self->m_rolledBack && !self->m_restoring)
            self->offerRollback(tr("The step \"%1\" failed: %2").arg(step, message));
    });
}

bool ChangeWindowWizard::offerRollback(const QString &why)
{
    if (!m_rollbackPoint || m_rolledBack || m_restoring || m_busy > 0)
        return false;
    const bool yes = Confirmation::ask(
        this, tr("Roll back the change window"), why + QLatin1Char(' ') + rollbackQuestion(),
        tr("This replaces every user, password, group, API token, setting and the audit trail "
           "with the backup's: whatever changed since the backup (rotations, the baseline, "
           "clean-ups, and changes by other admins) is undone, and every live session ends now. "
           "The restore itself is recorded in the audit trail, naming the backup."),
        tr("Roll back"));
    if (yes) {
        m_rollbackReason = why;
        rollBack();
    }
    return yes;
}

QString ChangeWindowWizard::rollbackReason() const
{
    QString why = m_rollbackReason.isEmpty() ? tr("the admin rolled back") : m_rollbackReason;
    why = tr("change window rolled back: %1").arg(why.simplified());
    // A server message quoted in `why` must not make the restore itself refused.
    why.removeIf([](QChar c) {
        return c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
               c == QChar::ParagraphSeparator;
    });
    return why.left(api::BackupRestoreParams::MaxReasonLength);
}

void ChangeWindowWizard::rollBack()
{
    if (!m_rollbackPoint || m_restoring)
        return;
    m_restoring = true;
    setBusy(true); // no Back, Cancel or second rollback meanwhile
    if (auto *page = qobject_cast<QWizardPage *>(currentPage()))
        emit page->completeChanged();
    showOnCurrentPage(true, tr("Restoring backup %1…").arg(m_rollbackPoint->id));
    QPointer<ChangeWindowWizard> self(this);
    const QString id = m_rollbackPoint->id;
    m_steps->restoreBackup(
        id, m_passphrase, rollbackReason(), [self, id](const Result<api::BackupRestored> &r) {
            if (!self)
                return;
            self->m_restoring = false;
            self->setBusy(false);
            QString text;
            if (r) {
                self->m_rolledBack = true;
                self->wipePassphrase();
                text =
                    tr("Rolled back: backup %1 restored (%2 users, %3 API tokens); %n session(s) "
                       "ended. The restore is the last entry of the audit trail. Close the wizard.",
                       nullptr, r->sessionsEnded)
                        .arg(id)
                        .arg(r->users)
                        .arg(r->tokens);
            } else {
                text = tr("The rollback failed, nothing was restored: %1")
                           .arg(QString::fromStdString(r.message()));
            }
            self->record(tr("Rollback"), r.ok(), text);
            self->showOnCurrentPage(r.ok(), text);
            self->updateRollbackButton();
            if (auto *page = qobject_cast<QWizardPage *>(self->currentPage()))
                emit page->completeChanged();
            if (self->m_backups)
                self->m_backups->refresh();
            emit self->rollbackFinished(r.ok(), text);
            emit self->finishedWith(r.ok(), text);
        });
}

void ChangeWindowWizard::setBusy(bool busy)
{
    m_busy = std::max(0, m_busy + (busy ? 1 : -1));
    button(QWizard::BackButton)->setEnabled(m_busy == 0);
    button(QWizard::CancelButton)->setEnabled(m_busy == 0);
    updateRollbackButton();
}

bool ChangeWindowWizard::validateCurrentPage()
{
    const QWizardPage *page = currentPage();
    return page && page->isComplete() && QWizard::validateCurrentPage();
}

void ChangeWindowWizard::reject()
{
    if (m_busy > 0 || m_restoring) {
        showOnCurrentPage(false, tr("Wait for the server to answer before closing."));
        return;
    }
    if (m_rollbackPoint && !m_rolledBack &&
        offerRollback(tr("You are closing the wizard before the change window is finished.")))
        return; // stays open to show how the rollback went
    QWizard::reject();
}

void ChangeWindowWizard::done(int result)
{
    wipePassphrase();
    QWizard::done(result);
}

void ChangeWindowWizard::updateRollbackButton()
{
    QAbstractButton *rollback = button(QWizard::CustomButton1);
    rollback->setVisible(m_rollbackPoint.has_value() && !m_rolledBack && currentId() != Summary);
    rollback->setEnabled(!m_restoring && m_busy == 0);
}

void ChangeWindowWizard::showOnCurrentPage(bool ok, const QString &text)
{
    if (auto *page = qobject_cast<ChangeWindowPage *>(currentPage()))
        page->banner()->showOutcome(ok, text);
}

void ChangeWindowWizard::wipePassphrase()
{
    m_passphrase.fill(QLatin1Char('\0'));
    m_passphrase.clear();
}

} // namespace keyward::console
