#include "wizards/BackupPage.h"

#include "api/AdminMethod.h"
#include "reports/BackupReportCenter.h"
#include "views/MessageBanner.h"
#include "views/MethodGate.h"
#include "wizards/ChangeWindowSteps.h"
#include "wizards/ChangeWindowWizard.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace keyward::console {

BackupPage::BackupPage(ChangeWindowWizard *wizard)
    : ChangeWindowPage(wizard, tr("Backup")), m_first(new QLineEdit(this)),
      m_second(new QLineEdit(this)), m_hint(new QLabel(this)),
      m_make(new QPushButton(tr("Make and verify the backup"), this)), m_result(new QLabel(this))
{
    setTitle(tr("Backup: the rollback point"));
    setSubTitle(tr("keywardd saves its database, keys and settings in one file encrypted under "
                   "your passphrase and checks it by restoring it aside. If a later step fails, "
                   "or you cancel, the wizard can put this backup back."));
    for (QLineEdit *field : {m_first, m_second}) {
        field->setEchoMode(QLineEdit::Password);
        connect(field, &QLineEdit::textChanged, this, &BackupPage::update);
        guard(field);
    }
    m_first->setObjectName(QStringLiteral("passphrase"));
    m_second->setObjectName(QStringLiteral("passphraseAgain"));
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("passphraseHint"));
    m_make->setObjectName(QStringLiteral("makeBackup"));
    MethodGate::require(m_make, api::Method::BackupCreate);
    guard(m_make);
    connect(m_make, &QPushButton::clicked, this, &BackupPage::makeBackup);
    m_result->setObjectName(QStringLiteral("backupResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *form = new QFormLayout;
    form->addRow(tr("Passphrase:"), m_first);
    form->addRow(tr("Again:"), m_second);
    body()->addLayout(form);
    body()->addWidget(m_hint);
    body()->addWidget(m_make, 0, Qt::AlignLeft);
    body()->addWidget(m_result, 1);
    update();
}

bool BackupPage::stepDone() const
{
    return m_backup && m_backup->verified;
}

void BackupPage::update()
{
    const auto [level, hint] = BackupReportCenter::strength(m_first->text());
    QString text = hint;
    if (level > 0 && m_first->text() != m_second->text())
        text += QLatin1Char(' ') + tr("The two entries differ.");
    text +=
        QLatin1Char(' ') + tr("Keep it somewhere safe: without it the backup cannot be restored.");
    m_hint->setText(text);
    m_hint->setStyleSheet(level == 0 ? QStringLiteral("color: #b00020;") : QString());
    m_make->setEnabled(!isBusy() && level > 0 && m_first->text() == m_second->text());
}

void BackupPage::makeBackup()
{
    if (BackupReportCenter::strength(m_first->text()).first == 0 ||
        m_first->text() != m_second->text())
        return;
    QString passphrase = m_first->text();
    setBusy(true);
    m_result->setText(tr("Making the backup and checking it in a scratch directory…"));
    QPointer<BackupPage> self(this);
    run()->steps()->createBackup(passphrase, [self, passphrase](
                                                 const Result<api::BackupInfo> &r) mutable {
        if (!self) {
            passphrase.fill(QLatin1Char('\0'));
            return;
        }
        self->setBusy(false);
        if (!r) {
            self->m_result->clear();
            self->finish(
                false, tr("The backup was not made: %1").arg(QString::fromStdString(r.message())));
        } else {
            self->m_result->setText(
                tr("<b>Backup %1</b><br>Size: %2<br>SHA-256: <tt>%3</tt><br>%4 users, %5 API "
                   "tokens, %6 audit entries<br>Verified: %7")
                    .arg(
                        r->id.toHtmlEscaped(),
                        QLocale().formattedDataSize(r->size, 1, QLocale::DataSizeTraditionalFormat),
                        r->sha256)
                    .arg(r->users)
                    .arg(r->tokens)
                    .arg(r->auditEntries)
                    .arg(r->verified ? tr("yes") : tr("NO: %1").arg(r->problem.toHtmlEscaped())));
            if (r->verified) {
                self->m_backup = *r;
                self->run()->setRollbackPoint(*r, passphrase);
                self->m_first->clear();
                self->m_second->clear();
                self->finish(true, tr("Backup %1 made and verified (%2 bytes, SHA-256 %3).")
                                       .arg(r->id)
                                       .arg(r->size)
                                       .arg(r->sha256));
            } else {
                self->finish(
                    false, tr("Backup %1 was made but did not verify: %2").arg(r->id, r->problem));
            }
            if (self->run()->backupCenter())
                self->run()->backupCenter()->refresh();
        }
        passphrase.fill(QLatin1Char('\0'));
        self->update();
        emit self->completeChanged();
    });
}

} // namespace keyward::console
