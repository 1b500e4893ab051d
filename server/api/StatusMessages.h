#pragma once

// The server's status (method "status", no params) and the security events that the
// dashboard follows: refused sign-ins ("login.failed") and alerts ("alert").

#include "common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace keyward::api {

// One refused sign-in: an entry of status.recentFailures, and the data of the
// "login.failed" event. Never a password.
struct LoginFailure
{
    QDateTime at;    // UTC, to the second
    QString user;    // as the client sent it (at most 64 characters); may be empty
    QString address; // the client's address
    int code = 0;    // the MS-CHAPv2 error: 691 wrong credentials, 647, 648, 649

    QJsonObject toJson() const;
    static Result<LoginFailure> fromJson(const QJsonObject &json);
    bool operator==(const LoginFailure &) const = default;
};

// The data of the "alert" event: something an admin should look at now.
struct Alert
{
    QString kind; // "lockout": a user was locked out after repeated failures
    QString user;
    QString address;             // where the last failure came from
    std::optional<int> failures; // a lockout's count of failures; absent: not sent

    QJsonObject toJson() const;
    static Result<Alert> fromJson(const QJsonObject &json);
    bool operator==(const Alert &) const = default;
};

// The result of "status".
struct StatusResult
{
    QString server;                     // "keywardd"
    QString version;                    // keywardd's version
    QString listen;                     // the PPTP listen address
    QString adminListen;                // ADDR:PORT for remote consoles over TLS; empty when off
    QString fingerprint;                // that listener's certificate fingerprint; empty when off
    int sessions = 0;                   // live sessions
    QStringList weaknesses;             // the policy's weak settings, in words
    QList<LoginFailure> recentFailures; // newest first, at most 50

    QJsonObject toJson() const;
    static Result<StatusResult> fromJson(const QJsonObject &json);
    bool operator==(const StatusResult &) const = default;
};

} // namespace keyward::api
