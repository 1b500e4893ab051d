#pragma once

// The change window's first steps: window.inventory (no params) says what the server
// runs with and who depends on what; window.baseline.preview and window.baseline.apply
// (BaselineParams) say who the strong baseline would cut off, then put it in force.

#include "common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace keyward::api {

// A client program seen on live sessions, as the client inventory names it.
struct InventoryClient
{
    QString name;    // "Windows RAS", "pppd/pptp-linux", ... or "unknown"
    QString version; // empty when the client did not say
    bool legacy = false;
    int sessions = 0;  // live sessions with it
    QStringList users; // who signed in with it

    QJsonObject toJson() const;
    static Result<InventoryClient> fromJson(const QJsonObject &json);
    bool operator==(const InventoryClient &) const = default;
};

// How many accounts are in each state. An account is counted once in its state
// (active, disabled, revoked, locked) and, besides, in mustChange and expired.
struct AccountCounts
{
    int total = 0;
    int active = 0;
    int disabled = 0;
    int revoked = 0;
    int locked = 0;
    int mustChange = 0;
    int expired = 0;

    QJsonObject toJson() const;
    static Result<AccountCounts> fromJson(const QJsonObject &json);
    bool operator==(const AccountCounts &) const = default;
};

// Accounts whose password was set between minDays and maxDays ago (maxDays -1: no
// upper end).
struct AgeBucket
{
    QString label; // "0-29 days"
    int minDays = 0;
    int maxDays = -1;
    int count = 0;

    QJsonObject toJson() const;
    static Result<AgeBucket> fromJson(const QJsonObject &json);
    bool operator==(const AgeBucket &) const = default;
};

// Somebody the baseline would cut off: a live session below it (sessionId set), or a
// user whose last session in the history was weaker (sessionId 0).
struct WeakUse
{
    QString user;
    int sessionId = 0;
    QString mppe;     // "40-bit", "56-bit stateful", ...
    QString reason;   // in words: "40-bit MPPE", "session older than 8 hours"
    QDateTime seenAt; // when the session started (live) or ended (history)

    QJsonObject toJson() const;
    static Result<WeakUse> fromJson(const QJsonObject &json);
    bool operator==(const WeakUse &) const = default;
};

// The result of window.inventory.
struct WindowInventory
{
    QString serverVersion;
    QStringList mppeStrengths; // allowed: "40-bit", "56-bit", "128-bit"
    QStringList authMethods;
    int maxSessionHours = 0;
    int idleTimeoutMinutes = 0;
    int passwordMaxAgeDays = 0;
    QStringList weaknesses; // settings weaker than the safe defaults, in words
    QList<InventoryClient> clients;
    AccountCounts accounts;
    QList<AgeBucket> credentialAge;
    QList<WeakUse> weak; // who still needs weak settings

    QJsonObject toJson() const;
    static Result<WindowInventory> fromJson(const QJsonObject &json);
    bool operator==(const WindowInventory &) const = default;
};

// window.baseline.preview and window.baseline.apply: 128-bit MPPE only, MS-CHAPv2
// only, and these session limits (keywardd's defaults when absent: 8 hours, and the
// idle timeout in force capped at 30 minutes).
struct BaselineParams
{
    std::optional<int> maxSessionHours;
    std::optional<int> idleTimeoutMinutes;

    QJsonObject toJson() const;
    static Result<BaselineParams> fromJson(const QJsonObject &json);
    bool operator==(const BaselineParams &) const = default;
};

// The result of both: the policy changes the baseline makes (empty: in force
// already), who it cuts off, and (apply) how many live sessions it ended.
struct BaselineResult
{
    QJsonObject changes;
    QList<WeakUse> cutOff;
    bool applied = false;
    int sessionsEnded = 0;

    QJsonObject toJson() const;
    static Result<BaselineResult> fromJson(const QJsonObject &json);
    bool operator==(const BaselineResult &) const = default;
};

} // namespace keyward::api
