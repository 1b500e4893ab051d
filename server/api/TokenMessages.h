#pragma once

// API tokens for remote consoles: token.create, token.list (no params), token.revoke.
// A token is shown once, in the result of token.create; keywardd keeps its hash only.

#include "common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace keyward::api {

// A token named by the caller: the params of token.create and token.revoke, and the
// result of token.revoke.
struct TokenRef
{
    QString name;

    QJsonObject toJson() const;
    static Result<TokenRef> fromJson(const QJsonObject &json);
    bool operator==(const TokenRef &) const = default;
};

// The result of token.create: the token itself (once), and the fingerprint of the
// server's certificate for the remote console to pin (empty when keywardd has no
// TLS listener).
struct TokenCreateResult
{
    QString name;
    QString token;
    QString fingerprint;

    QJsonObject toJson() const;
    static Result<TokenCreateResult> fromJson(const QJsonObject &json);
    bool operator==(const TokenCreateResult &) const = default;
};

// One token as token.list shows it.
struct TokenInfo
{
    QString name;
    QDateTime created;
    QDateTime lastUsed; // null: never

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
