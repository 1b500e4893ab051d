#pragma once

// API tokens for remote consoles: token.create, token.list (no params), token.revoke.
// A token is shown once, in the result of token.create; keywardd keeps its hash only.
// Each token carries one role (see AdminRole.h), optionally an expiry and the
// networks it may be used from.

#include "common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace keyward::api {

// A token named by the caller: the params of token.revoke and its result.
struct TokenRef
{
    QString name;

    QJsonObject toJson() const;
    static Result<TokenRef> fromJson(const QJsonObject &json);
    bool operator==(const TokenRef &) const = default;
};

// The params of token.create: a name, the role (admin when absent), the days until it
// expires (never when absent or 0) and the networks it may be used from ("192.0.2.0/24",
// "2001:db8::/32", a bare address is one host; any address when empty).
struct TokenCreateParams
{
    QString name;
    QString role = QStringLiteral("admin");
    int expiresInDays = 0;
    QStringList sources;

    QJsonObject toJson() const;
    static Result<TokenCreateParams> fromJson(const QJsonObject &json);
    bool operator==(const TokenCreateParams &) const = default;
};

// The result of token.create: the token itself (once), and the fingerprint of the
// server's certificate for the remote console to pin (empty when keywardd has no
// TLS listener).
struct TokenCreateResult
{
    QString name;
    QString token;
    QString fingerprint;
    // Absent from an older keywardd: empty role, no expiry, any address.
    QString role;
    QDateTime expires; // null: never
    QStringList sources;

    QJsonObject toJson() const;
    static Result<TokenCreateResult> fromJson(const QJsonObject &json);
    bool operator==(const TokenCreateResult &) const = default;
};

// One token as token.list shows it.
struct TokenInfo
{
    // role, expires, sources and lastUsedFrom are absent from an older keywardd.
    QString name;
    QString role;
    QDateTime created;
    QDateTime expires;   // null: never
    QStringList sources; // empty: any address
    QDateTime lastUsed;  // null: never
    QString lastUsedFrom;

    QJsonObject toJson() const;
    static Result<TokenInfo> fromJson(const QJsonObject &json);
    bool operator==(const TokenInfo &) const = default;
};

struct TokenListResult
{
    QList<TokenInfo> tokens;

    QJsonObject toJson() const;
    static Result<TokenListResult> fromJson(const QJsonObject &json);
    bool operator==(const TokenListResult &) const = default;
};

} // namespace keyward::api
