#pragma once

// keywardd's certificate for the remote admin listener: a self-signed EC P-256
// certificate made on first use and kept in the state directory (key mode 0600).
// Consoles pin its SHA-256 fingerprint instead of trusting a CA.

#include "common/Result.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace keyward::ipc {

class TlsIdentity
{
public:
    // Loads cert.pem/key.pem from `directory`, making them first when missing.
    static Result<TlsIdentity> loadOrCreate(const QString &directory);

    const QSslCertificate &certificate() const { return m_certificate; }
    const QSslKey &key() const { return m_key; }
    // "AB:CD:..." — what `keywardctl status` shows and a console pins.
    QString fingerprint() const { return fingerprintOf(m_certificate); }
    static QString fingerprintOf(const QSslCertificate &certificate);

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
};

} // namespace keyward::ipc
