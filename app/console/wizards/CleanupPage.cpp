#include "wizards/CleanupPage.h"

#include "api/AdminMethod.h"
#include "models/UserModel.h"
#include "views/MessageBanner.h"
#include "views/MethodGate.h"
#include "wizards/ChangeWindowSteps.h"
#include "wizards/ChangeWindowWizard.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace keyward::console {

CleanupPage::CleanupPage(ChangeWindowWizard *wizard)
    : ChangeWindowPage(wizard, tr("Clean-up")), m_temporary(new QLabel(this)),
      m_expire(new QCheckBox(tr("Expire every unused temporary one-time password now (its "
                                "account is disabled)"),
                             this)),
      m_revoke(new QListWidget(this)), m_cleanUp(new QPushButton(tr("Clean up"), this))
{
    setTitle(tr("Revoke and clean up"));
    setSubTitle(tr("Accounts revoked here cannot sign in again and their sessions end now."));
    m_temporary->setObjectName(QStringLiteral("temporaryList"));
    m_temporary->setWordWrap(true);
    m_expire->setObjectName(QStringLiteral("expireUnused"));
    m_revoke->setObjectName(QStringLiteral("revokeList"));
    m_cleanUp->setObjectName(QStringLiteral("cleanUp"));
    MethodGate::require(m_cleanUp, api::Method::WindowCleanup);
    guard(m_cleanUp);
    guard(m_expire);
    guard(m_revoke);
    connect(m_cleanUp, &QPushButton::clicked, this, &CleanupPage::cleanUp);
    body()->addWidget(m_temporary);
    body()->addWidget(m_expire);
    body()->addWidget(new QLabel(tr("Revoke these accounts:"), this));
    body()->addWidget(m_revoke, 1);
    body()->addWidget(m_cleanUp, 0, Qt::AlignLeft);
}

void CleanupPage::initializePage()
{
    // The users as the console knows them now; those ticked before stay ticked.
    QStringList ticked;
    for (int i = 0; i < m_revoke->count(); ++i) {
        if (m_revoke->item(i)->checkState() == Qt::Checked)
            ticked << m_revoke->item(i)->text();
    }
    m_revoke->clear();
    UserModel *users = run()->users();
    for (int row = 0; row < users->rowCount(); ++row) {
        const QString name = users->index(row, 0).data(UserModel::NameRole).toString();
        auto *item = new QListWidgetItem(name, m_revoke);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(name) ? Qt::Checked : Qt::Unchecked);
    }
    listTemporary();
}

void CleanupPage::chooseForRevocation(const QString &user)
{
    const auto found = m_revoke->findItems(user, Qt::MatchExactly);
    for (QListWidgetItem *item : found)
        item->setCheckState(Qt::Checked);
}

bool CleanupPage::validatePage()
{
    if (!m_done)
        run()->record(step(), true, tr("Nothing cleaned up."));
    return true;
}

void CleanupPage::listTemporary()
{
    setBusy(true);
    QPointer<CleanupPage> self(this);
    run()->steps()->temporary([self](const Result<api::TemporaryCredentialList> &r) {
        if (!self)
            return;
        self->setBusy(false);
        if (!r)
            return self->banner()->showProblem(tr("The temporary credentials are not known: %1")
                                                   .arg(QString::fromStdString(r.message())));
        if (r->credentials.isEmpty()) {
            self->m_temporary->setText(tr("No temporary one-time password is outstanding."));
            return;
        }
        QStringList lines;
        for (const api::TemporaryCredential &c : r->credentials)
            lines << tr("%1, expires %2")
                         .arg(c.name,
                              QLocale().toString(c.expiresAt.toLocalTime(), QLocale::ShortFormat));
        self->m_temporary->setText(tr("Temporary one-time passwords outstanding: %1")
                                       .arg(lines.join(QStringLiteral("; "))));
    });
}

void CleanupPage::cleanUp()
{
    api::WindowCleanupParams params;
    params.expireUnused = m_expire->isChecked();
    for (int i = 0; i < m_revoke->count(); ++i) {
        if (m_revoke->item(i)->checkState() == Qt::Checked)
            params.revoke << m_revoke->item(i)->text();
    }
    if (!params.expireUnused && params.revoke.isEmpty())
        return banner()->showProblem(tr("Choose what to clean up first."));
    setBusy(true);
    QPointer<CleanupPage> self(this);
    run()->steps()->cleanup(params, [self](const Result<api::WindowCleanupResult> &r) {
        if (!self)
            return;
        self->setBusy(false);
        if (!r)
            return self->finish(
                false, tr("Nothing was cleaned up: %1").arg(QString::fromStdString(r.message())));
        self->m_done = true;
        QString text = tr("%n unused temporary credential(s) expired", nullptr,
                          static_cast<int>(r->expired.size()));
        if (!r->expired.isEmpty())
            text += QStringLiteral(" (%1)").arg(r->expired.join(QStringLiteral(", ")));
        text += QStringLiteral("; ") +
                tr("%n account(s) revoked", nullptr, static_cast<int>(r->revoked.size()));
        if (!r->revoked.isEmpty())
            text += QStringLiteral(" (%1)").arg(r->revoked.join(QStringLiteral(", ")));
        text += QStringLiteral("; ") + tr("%n session(s) ended.", nullptr, r->sessionsEnded);
        self->finish(true, text);
        self->listTemporary();
    });
}

} // namespace keyward::console
