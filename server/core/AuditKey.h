#pragma once

// The key of the audit chain: each entry's hash is an HMAC-SHA256 under a 32-byte
// key kept outside the database (audit.key, mode 0600, beside credentials.key), so
// someone who can write the database cannot rewrite an entry and recompute the chain.
// Like the credential key, loading and creating are separate: a missing key is an
// error, and only the caller knows whether a new one is safe (no keyed entry yet).

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <array>
#include <cstdint>

namespace keyward::core {

class AuditKey
{
public:
    static constexpr std::size_t KeySize = 32;

    static Result<AuditKey> load(const QString &keyFilePath);
    static Result<AuditKey> create(const QString &keyFilePath);
    static AuditKey fromKey(const std::array<std::uint8_t, KeySize> &key);

    ~AuditKey();
    AuditKey(AuditKey &&other) noexcept;
    AuditKey &operator=(AuditKey &&other) noexcept;
    AuditKey(const AuditKey &) = delete;
    AuditKey &operator=(const AuditKey &) = delete;

    // HMAC-SHA256 of `data` under the key (32 bytes).
    QByteArray mac(const QByteArray &data) const;
    // Names the key without revealing it (an HMAC of a fixed label, 8 bytes), so the
    // trail can tell a wrong key file from a rewritten entry.
    QByteArray id() const;

private:
    AuditKey() = default;
    std::array<std::uint8_t, KeySize> m_key{};
};

} // namespace keyward::core
