#pragma once

// The key keywardd signs its reports with: Ed25519 (OpenSSL), the private half in
// STATE-DIR/report.key (32 bytes, mode 0600, made at first use: it protects no stored
// data, so a new one loses nothing but the link to older reports), the public half
// exported (report.key) for whoever checks a report.

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace keyward::core {

class ReportKey
{
public:
    static Result<ReportKey> loadOrCreate(const QString &keyFilePath);

    // The Ed25519 signature (64 bytes) of `message`.
    Result<QByteArray> sign(const QByteArray &message) const;
    QByteArray publicKey() const; // raw, 32 bytes
    QString publicKeyPem() const;
    QString keyId() const;

private:
    std::shared_ptr<EVP_PKEY> m_key;
};

} // namespace keyward::core
