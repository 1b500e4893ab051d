#pragma once

// Admin API tokens for remote consoles (a Windows desktop managing this server over
// TLS). A token is 32 random bytes shown once when created; only its SHA-256 is
// stored, so the database never holds anything a caller could present.

#include "common/Result.h"
#include "core/Database.h"

#include <QJsonArray>
#include <QString>
#include <optional>

namespace keyward::core {

class TokenStore
{
public:
    explicit TokenStore(Database &database) : m_database(database) {}

    // Returns the token text ("kw_" + base64url), to be shown once.
    Result<QString> create(const QString &name, qint64 now);
    // The token's name when it is valid (and records its use), nullopt when not.
    std::optional<QString> verify(const QString &token, qint64 now);
    Status revoke(const QString &name);
    Result<QJsonArray> list() const;

private:
    Database &m_database;
};

} // namespace keyward::core
