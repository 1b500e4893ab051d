#pragma once

// The security policy: policy.get (no params), policy.set, and the data of the
// "policy.changed" event.

#include "common/Result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace keyward::api {

// Every setting of the policy, as keywardd enforces it. The defaults are keywardd's:
// the strong settings.
struct PolicySettings
{
    bool allowMppe40 = false;
    bool allowMppe56 = false;
    bool allowMppe128 = true;
    bool allowStatefulMppe = false;
    bool preferStatefulMppe = false;
    QStringList authMethods{QStringLiteral("mschapv2")};
    int passwordMinLength = 12;
    int passwordMinClasses = 3;
    int passwordHistory = 5;
    int passwordMaxAgeDays = 90;
    int lockoutThreshold = 5;
    int lockoutMinutes = 15;
    int maxSessionHours = 8;
    int idleTimeoutMinutes = 30;
    int auditRetentionDays = 120;
    bool lockoutKnownAddressesOnly = true;

    // The settings by their wire names, for editors that work one key at a time.
    static QStringList numberKeys(); // passwordMinLength, ... (whole numbers)
    static QStringList switchKeys(); // allowMppe40, ... (true or false)
    std::optional<int> number(QStringView key) const;
    std::optional<bool> flag(QStringView key) const;
    // These settings with a policy.set "changes" object laid over them (keys it does
    // not know, and values of the wrong type, are left out): for previews.
    PolicySettings with(const QJsonObject &changes) const;

    QJsonObject toJson() const;
    static Result<PolicySettings> fromJson(const QJsonObject &json);
    bool operator==(const PolicySettings &) const = default;
};

// The range keywardd accepts for one numeric setting.
struct PolicyBound
{
    int min = 0;
    int max = 0;

    QJsonObject toJson() const;
    static Result<PolicyBound> fromJson(const QJsonObject &json);
    bool operator==(const PolicyBound &) const = default;
};

// The result of policy.get: the policy, the bounds of its numeric settings (by
// key) so an editor can bound its fields, and its weak settings in words.
struct PolicyGetResult
{
    PolicySettings policy;
    QMap<QString, PolicyBound> bounds;
    QStringList weaknesses;

    QJsonObject toJson() const;
    static Result<PolicyGetResult> fromJson(const QJsonObject &json);
    bool operator==(const PolicyGetResult &) const = default;
};

// policy.set: the settings to change, by key, with their new values. keywardd
// checks every key and value (an unknown key is refused and named), so this stays
// an object as the caller wrote it.
struct PolicySetParams
{
    QJsonObject changes;

    QJsonObject toJson() const;
    static Result<PolicySetParams> fromJson(const QJsonObject &json);
    bool operator==(const PolicySetParams &) const = default;
};

// The result of policy.set, and the data of "policy.changed": the policy now in
// force and its weak settings.
struct PolicySetResult
{
    PolicySettings policy;
    QStringList weaknesses;

    QJsonObject toJson() const;
    static Result<PolicySetResult> fromJson(const QJsonObject &json);
    bool operator==(const PolicySetResult &) const = default;
};
using PolicyChangedEvent = PolicySetResult;

} // namespace keyward::api
