#pragma once

// Says that a remote server presented another certificate than the pinned one:
// both fingerprints, and how to check the new one on the server (`keywardctl
// status` prints it). Nothing has been sent to that server. Trusting the new
// certificate is the admin's explicit choice; the token kept for the old pin is
// not carried over, so the console asks for the token again.

#include <QDialog>

class QPushButton;

namespace keyward::console {

class CertificateChangedDialog : public QDialog
{
    Q_OBJECT

public:
    CertificateChangedDialog(const QString &server, const QString &pinned, const QString &presented,
                             QWidget *parent = nullptr);

    QString presented() const { return m_presented; }
    // Accepts the dialog: the admin trusts the new certificate.
    QPushButton *trustButton() const { return m_trust; }

private:
    QString m_presented;
    QPushButton *m_trust;
};

} // namespace keyward::console
