#include "views/ConnectionDialog.h"

#include "client/ProfileStore.h"
#include "secrets/TokenVault.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace keyward::console {

ConnectionDialog::ConnectionDialog(ProfileStore &store, TokenVault &vault,
                                   const ConnectionProfile &current, QWidget *parent)
    : QDialog(parent), m_store(store), m_vault(vault), m_profiles(store.profiles()),
      m_list(new QListWidget(this)), m_forms(new QStackedWidget(this)),
      m_socket(new QLineEdit(this)), m_name(new QLineEdit(this)), m_host(new QLineEdit(this)),
      m_port(new QSpinBox(this)), m_fingerprint(new QLineEdit(this)), m_token(new QLineEdit(this)),
      m_remember(new QCheckBox(tr("Keep the token in this computer's keychain"), this)),
      m_problem(new QLabel(this))
{
    setWindowTitle(tr("Connect to a server"));
    for (const ConnectionProfile &p : std::as_const(m_profiles))
        m_list->addItem(p.isRemote() ? tr("%1 (%2)").arg(p.name(), p.where())
                                     : tr("This computer"));
    m_list->addItem(tr("New remote server…"));

    auto *localForm = new QWidget(this);
    auto *lf = new QFormLayout(localForm);
    lf->addRow(tr("&Socket:"), m_socket);
    auto *localNote =
        new QLabel(tr("Your account must be root or in the keyward group."), localForm);
    localNote->setWordWrap(true);
    lf->addRow(localNote);

    auto *remoteForm = new QWidget(this);
    auto *rf = new QFormLayout(remoteForm);
    m_port->setRange(1, 65535);
    m_port->setValue(8443);
    m_fingerprint->setPlaceholderText(tr("AB:CD:… as shown by `keywardctl status` on the server"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("leave empty to use the token in the keychain"));
    m_remember->setChecked(true);
    rf->addRow(tr("&Name:"), m_name);
    rf->addRow(tr("&Address:"), m_host);
    rf->addRow(tr("&Port:"), m_port);
    rf->addRow(tr("Certificate &fingerprint:"), m_fingerprint);
    rf->addRow(tr("API &token:"), m_token);
    rf->addRow(m_remember);
    auto *forget = new QPushButton(tr("Forget the saved token"), remoteForm);
    rf->addRow(forget);
    connect(forget, &QPushButton::clicked, this, &ConnectionDialog::forgetToken);

    m_forms->addWidget(localForm);
    m_forms->addWidget(remoteForm);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b03020"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_remove = buttons->addButton(tr("&Remove server"), QDialogButtonBox::DestructiveRole);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const ConnectionProfile p = profile();
        if (p.isRemote())
            m_store.saveRemote(p);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row <= 0 || row >= m_profiles.size())
            return;
        m_store.removeRemote(m_profiles[row].name());
        m_profiles.removeAt(row);
        delete m_list->takeItem(row);
        m_list->setCurrentRow(0);
    });

    auto *split = new QHBoxLayout;
    split->addWidget(m_list, 1);
    split->addWidget(m_forms, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(split, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionDialog::showProfile);
    for (QLineEdit *e : {m_socket, m_name, m_host, m_fingerprint})
        connect(e, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectionDialog::validate);

    int row = 0;
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles[i] == current)
            row = i;
    }
    m_list->setCurrentRow(row);
    showProfile(row);
    resize(640, 320);
}

void ConnectionDialog::showProfile(int row)
{
    const bool isNew = row >= m_profiles.size();
    const ConnectionProfile p =
        isNew ? ConnectionProfile::remote({}, {}, 8443, {}) : m_profiles[row];
    m_forms->setCurrentIndex(p.isRemote() ? 1 : 0);
    m_socket->setText(p.socketPath());
    m_name->setText(p.name());
    m_name->setReadOnly(!isNew);
    m_host->setText(p.host());
    m_port->setValue(p.port() ? p.port() : 8443);
    m_fingerprint->setText(p.fingerprint());
    m_token->clear();
    m_remove->setEnabled(p.isRemote() && !isNew);
    validate();
}

ConnectionProfile ConnectionDialog::profile() const
{
    if (m_forms->currentIndex() == 0)
        return ConnectionProfile::local(m_socket->text().trimmed());
    return ConnectionProfile::remote(m_name->text(), m_host->text(),
                                     static_cast<quint16>(m_port->value()), m_fingerprint->text());
}

QString ConnectionDialog::token() const
{
    return m_token->text().trimmed();
}

bool ConnectionDialog::rememberToken() const
{
    return m_remember->isChecked();
}

void ConnectionDialog::validate()
{
    const QString problem = profile().problem();
    m_problem->setText(problem);
    m_connect->setEnabled(problem.isEmpty());
}

void ConnectionDialog::forgetToken()
{
    QPointer<ConnectionDialog> self(this);
    m_vault.remove(profile().keychainKey(), [self](const TokenVault::Answer &a) {
        if (!self)
            return;
        self->m_problem->setStyleSheet(QString());
        self->m_problem->setText(a.outcome == TokenVault::Outcome::Ok ||
                                         a.outcome == TokenVault::Outcome::NotFound
                                     ? tr("No token is saved for this server now.")
                                     : a.message);
    });
}

} // namespace keyward::console
