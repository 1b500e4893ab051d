#include "views/OneTimePasswordDialog.h"

#include "views/MessageBanner.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace keyward::console {

OneTimePasswordDialog::OneTimePasswordDialog(const QList<api::OneTimePassword> &passwords,
                                             QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(static_cast<int>(passwords.size()), 3, this)),
      m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("oneTimePasswords"));
    setWindowTitle(tr("New one-time passwords"));
    auto *intro = new QLabel(
        tr("<b>These passwords are shown only now.</b> Give each to its user in person or "
           "by phone, not by e-mail. Each user must choose a new password the first time "
           "they connect."),
        this);
    intro->setWordWrap(true);

    m_table->setHorizontalHeaderLabels({tr("User"), tr("One-time password"), QString()});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (int row = 0; row < passwords.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(passwords[row].name));
        auto *secret = new QTableWidgetItem(passwords[row].password);
        secret->setFont(mono);
        m_table->setItem(row, 1, secret);
        auto *copy = new QPushButton(tr("Copy"), m_table);
        copy->setToolTip(tr("Copy this password; the clipboard is cleared after 30 seconds"));
        connect(copy, &QPushButton::clicked, this, [this, row] { copyRow(row); });
        m_table->setCellWidget(row, 2, copy);
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_note->setWordWrap(true);
    connect(&m_clipboard, &ClipboardGuard::cleared, this,
            [this] { m_note->setText(tr("The clipboard was cleared.")); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (passwords.size() > 1) {
        QPushButton *save = buttons->addButton(tr("Save as CSV…"), QDialogButtonBox::ActionRole);
        connect(save, &QPushButton::clicked, this, &OneTimePasswordDialog::saveCsv);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    resize(560, passwords.size() > 1 ? 420 : 220);
}

void OneTimePasswordDialog::present(const AdminActions::Outcome &outcome, MessageBanner *banner,
                                    QWidget *parent)
{
    if (banner)
        banner->showOutcome(outcome.ok, outcome.message);
    if (!outcome.ok || outcome.passwords.isEmpty() || !parent)
        return;
    auto *dialog = new OneTimePasswordDialog(outcome.passwords, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

OneTimePasswordDialog::~OneTimePasswordDialog()
{
    forget();
}

int OneTimePasswordDialog::count() const
{
    return m_table->rowCount();
}

QString OneTimePasswordDialog::userAt(int row) const
{
    const auto *item = m_table->item(row, 0);
    return item ? item->text() : QString();
}

QString OneTimePasswordDialog::passwordAt(int row) const
{
    const auto *item = m_table->item(row, 1);
    return item ? item->text() : QString();
}

void OneTimePasswordDialog::copyRow(int row)
{
    m_clipboard.copy(passwordAt(row));
    m_note->setText(
        tr("Copied the password for %1. The clipboard is cleared in 30 seconds.").arg(userAt(row)));
}

void OneTimePasswordDialog::saveCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save one-time passwords"),
                                                      QStringLiteral("one-time-passwords.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        QMessageBox::warning(this, windowTitle(),
                             tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write("user,one_time_password\n");
    for (int row = 0; row < count(); ++row)
        file.write((userAt(row) + QLatin1Char(',') + passwordAt(row) + QLatin1Char('\n')).toUtf8());
    if (!file.commit()) {
        QMessageBox::warning(this, windowTitle(),
                             tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    m_note->setText(tr("Saved to %1, readable by you only. Delete it once the passwords are "
                       "handed out.")
                        .arg(path));
}

void OneTimePasswordDialog::forget()
{
    m_clipboard.clear();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (auto *item = m_table->item(row, 1))
            item->setText(QString());
    }
}

void OneTimePasswordDialog::done(int result)
{
    forget();
    QDialog::done(result);
}

} // namespace keyward::console
