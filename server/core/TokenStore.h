#pragma once

// Admin API tokens for remote consoles (a Windows desktop managing this server over
// TLS). A token is 32 random bytes shown once when created; only its SHA-256 is
// stored, so the database never holds anything a caller could present. Each token
// carries one admin role, optionally an expiry and the networks it may be used from.

#include "api/AdminRole.h"
#include "api/TokenGrant.h"
#include "common/Result.h"
#include "core/Database.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace keyward::core {

class TokenStore
{
public:
    // What a new token may do.
    struct Spec
    {
        QString name;
        api::AdminRole role = api::AdminRole::Admin;
        qint64 expiresAt = 0; // Unix seconds; 0: never
        QStringList sources;  // "192.0.2.0/24", "2001:db8::/32", "192.0.2.7"; empty: any
    };

    explicit TokenStore(Database &database) : m_database(database) {}

    // Returns the token text ("kw_" + base64url), to be shown once. A source that is
    // not an address or network is an Invalid error naming it.
    Result<QString> create(const Spec &spec, qint64 now);
    Result<QString> create(const QString &name, qint64 now)
    {
        Spec spec;
        spec.name = name;
        return create(spec, now);
    }
    // What the token presented from `from` grants; a granted use is recorded (time
    // and address).
    api::TokenGrant verify(const QString &token, const QHostAddress &from, qint64 now);
    // The token's name when it is valid from no particular address (a token limited to
    // some networks is not), nullopt when not.
    std::optional<QString> verify(const QString &token, qint64 now);
    Status revoke(const QString &name);
    // In the admin API's form (api::TokenInfo).
    Result<QJsonArray> list() const;

    // "192.0.2.0/24" for "192.0.2.0/24", "192.0.2.7/32" for "192.0.2.7"; nullopt when
    // `text` is not an address or network.
    static std::optional<QString> normalizedSource(const QString &text);

private:
    Database &m_database;
};

} // namespace keyward::core
