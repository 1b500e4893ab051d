#include "views/BackupPassphraseDialog.h"

#include "reports/BackupReportCenter.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace keyward::console {

BackupPassphraseDialog::BackupPassphraseDialog(Purpose purpose, const QString &explanation,
                                               QWidget *parent)
    : QDialog(parent), m_purpose(purpose), m_first(new QLineEdit(this)),
      m_second(new QLineEdit(this)), m_hint(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(purpose == Purpose::Create ? tr("Make a backup") : tr("Restore a backup"));
    auto *text = new QLabel(explanation, this);
    text->setWordWrap(true);
    for (QLineEdit *field : {m_first, m_second}) {
        field->setEchoMode(QLineEdit::Password);
        connect(field, &QLineEdit::textChanged, this, &BackupPassphraseDialog::update);
    }
    m_first->setObjectName(QStringLiteral("passphrase"));
    m_second->setObjectName(QStringLiteral("passphraseAgain"));
    m_hint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Passphrase:"), m_first);
    if (purpose == Purpose::Create)
        form->addRow(tr("Again:"), m_second);
    else
        m_second->hide();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(purpose == Purpose::Create ? tr("Make backup") : tr("Restore"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    update();
}

bool BackupPassphraseDialog::acceptable() const
{
    if (m_purpose == Purpose::Restore)
        return !m_first->text().isEmpty();
    return BackupReportCenter::strength(m_first->text()).first > 0 &&
           m_first->text() == m_second->text();
}

void BackupPassphraseDialog::update()
{
    if (m_purpose == Purpose::Create) {
        const auto [level, hint] = BackupReportCenter::strength(m_first->text());
        QString text = hint;
        if (level > 0 && m_first->text() != m_second->text())
            text += QLatin1Char(' ') + tr("The two entries differ.");
        text += QLatin1Char(' ') +
                tr("Keep it somewhere safe: without it the backup cannot be restored.");
        m_hint->setText(text);
        m_hint->setStyleSheet(level == 0 ? QStringLiteral("color: #b00020;") : QString());
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(acceptable());
}

QString BackupPassphraseDialog::takePassphrase()
{
    const QString passphrase = m_first->text();
    m_first->clear();
    m_second->clear();
    return passphrase;
}

} // namespace keyward::console
