#include "views/CertificateChangedDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace keyward::console {

CertificateChangedDialog::CertificateChangedDialog(const QString &server, const QString &pinned,
                                                   const QString &presented, QWidget *parent)
    : QDialog(parent), m_presented(presented)
{
    setObjectName(QStringLiteral("certificateChanged"));
    setWindowTitle(tr("Server certificate changed"));

    auto *headline =
        new QLabel(tr("<b>%1 presented a different certificate than the one pinned for it.</b>")
                       .arg(server.toHtmlEscaped()),
                   this);
    headline->setWordWrap(true);
    auto *explanation = new QLabel(
        tr("The console stopped before sending anything, so the API token was not sent. This "
           "happens when the server's certificate was replaced, or when something between you "
           "and the server intercepts the connection."),
        this);
    explanation->setWordWrap(true);
    auto *fingerprints =
        new QLabel(tr("Pinned:<br><tt>%1</tt><br><br>Presented now:<br><tt>%2</tt>")
                       .arg(pinned.toHtmlEscaped(), presented.toHtmlEscaped()),
                   this);
    fingerprints->setObjectName(QStringLiteral("fingerprints"));
    fingerprints->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fingerprints->setWordWrap(true);
    auto *check = new QLabel(
        tr("On the server, run <tt>keywardctl status</tt>: it prints the certificate "
           "fingerprint. Trust the new certificate only if it matches the one presented now. "
           "The token kept for the old certificate is not used for the new one; you will be "
           "asked for the token again."),
        this);
    check->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_trust = buttons->addButton(tr("&Trust the new certificate"), QDialogButtonBox::AcceptRole);
    QPushButton *keep = buttons->addButton(tr("&Keep the old pin"), QDialogButtonBox::RejectRole);
    keep->setDefault(true); // Enter does not change a pin
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(headline);
    layout->addWidget(explanation);
    layout->addWidget(fingerprints);
    layout->addWidget(check);
    layout->addWidget(buttons);
    resize(620, 360);
}

} // namespace keyward::console
