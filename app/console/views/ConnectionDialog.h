#pragma once

// Chooses the server to manage: this computer's keywardd (its socket), or a saved
// remote one reached over TLS with a pinned certificate fingerprint and an API
// token kept in the keychain.

#include "client/ConnectionProfile.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace keyward::console {

class ProfileStore;
class TokenVault;

class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    ConnectionDialog(ProfileStore &store, TokenVault &vault, const ConnectionProfile &current,
                     QWidget *parent = nullptr);

    ConnectionProfile profile() const;
    // A token typed now (empty: use the one in the keychain).
    QString token() const;
    bool rememberToken() const;

private:
    void showProfile(int row);
    void validate();
    void forgetToken();

    ProfileStore &m_store;
    TokenVault &m_vault;
    QList<ConnectionProfile> m_profiles;
    QListWidget *m_list;
    QStackedWidget *m_forms;
    QLineEdit *m_socket;
    QLineEdit *m_name;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_fingerprint;
    QLineEdit *m_token;
    QCheckBox *m_remember;
    QLabel *m_problem;
    QPushButton *m_connect;
    QPushButton *m_remove;
};

} // namespace keyward::console
