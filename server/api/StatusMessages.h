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
    // "lockout": a user was locked out after repeated failures; "radius-down": a RADIUS
    // server stopped answering, "radius-up": it answers again (user empty, address the
    // server's "ADDR:PORT").
    QString kind;
    QString user;
    QString address;             // where the last failure came from
    std::optional<int> failures; // a lockout's count of failures; absent: not sent

    QJsonObject toJson() const;
    static Result<Alert> fromJson(const QJsonObject &json);
    bool operator==(const Alert &) const = default;
};

// One signin-backend-group line of the server's settings.
struct SignInGroup
{
    QString group;
    QString backend; // "local", "radius", "radius-then-local"

    QJsonObject toJson() const;
    static Result<SignInGroup> fromJson(const QJsonObject &json);
    bool operator==(const SignInGroup &) const = default;
};

// One RADIUS server that judges sign-ins, as status.signIn.radiusServers shows it.
struct RadiusServerStatus
{
    QString address;                      // "192.0.2.10:1812"
    QString state;                        // "up", "dead", "untried"
    std::optional<qint64> deadForSeconds; // only when dead
    QDateTime lastAnswer;                 // UTC; null (absent) when it never answered
    std::optional<int> roundTripMs;       // the last answer's; absent when never
    qint64 accepts = 0;                   // Access-Accept
    qint64 rejects = 0;                   // Access-Reject
    qint64 timeouts = 0;                  // requests it left unanswered
    QString messageAuthenticator;         // "require", "auto", "no"

    QJsonObject toJson() const;
    static Result<RadiusServerStatus> fromJson(const QJsonObject &json);
    bool operator==(const RadiusServerStatus &) const = default;
};

// status.signIn: who judges sign-ins.
struct SignInStatus
{
    QString backend;                         // signin-backend: the default
    QList<SignInGroup> groups;               // the group lines, in the order they apply
    QList<RadiusServerStatus> radiusServers; // empty without RADIUS sign-in

    QJsonObject toJson() const;
    static Result<SignInStatus> fromJson(const QJsonObject &json);
    bool operator==(const SignInStatus &) const = default;
};

// status.accounting: RADIUS accounting's queue (absent without accounting).
struct AccountingStatus
{
    bool enabled = true;
    int waiting = 0;      // records not yet answered
    qint64 dropped = 0;   // records the queue's bound dropped
    QDateTime lastAnswer; // UTC; null (absent) when none yet
    QString lastServer;   // "ADDR:PORT" of the last answer; empty (absent) when none

    QJsonObject toJson() const;
    static Result<AccountingStatus> fromJson(const QJsonObject &json);
    bool operator==(const AccountingStatus &) const = default;
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
    // Absent from an older server: nullopt.
    std::optional<SignInStatus> signIn;
    std::optional<AccountingStatus> accounting; // absent without RADIUS accounting

    QJsonObject toJson() const;
    static Result<StatusResult> fromJson(const QJsonObject &json);
    bool operator==(const StatusResult &) const = default;
};

} // namespace keyward::api
