#pragma once

// Users and their credentials: the params and results of the user.* methods.
// Methods that take only a name (user.show, user.disable, user.enable, user.unlock,
// user.delete, user.reset) take a UserRef. user.list takes no params.
//
// One-time passwords appear in results only (user.add without a password,
// user.reset, user.import, user.rotate): they go to the caller once, never into an
// event or a log.

#include "common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace keyward::api {

// An account's state as the admin API reports it: the stored state, or "locked"
// while a lockout runs.
enum class UserState
{
    Active,
    Locked,
    Disabled,
    Revoked,
    Damaged // the stored credential does not open (a damaged row); a reset repairs it
};
QString toString(UserState state);
std::optional<UserState> userStateFromString(QStringView text);

// A user named by the caller: the params of the methods that act on one user, and
// the result of user.unlock.
struct UserRef
{
    QString name;

    QJsonObject toJson() const;
    static Result<UserRef> fromJson(const QJsonObject &json);
    bool operator==(const UserRef &) const = default;
};

// user.add: a password of the caller's, or none for a generated one-time password.
struct UserAddParams
{
    QString name;
    QString password;               // empty: keywardd generates one (sent only when set)
    std::optional<bool> mustChange; // keywardd's default: true for a generated password

    QJsonObject toJson() const;
    static Result<UserAddParams> fromJson(const QJsonObject &json);
    bool operator==(const UserAddParams &) const = default;
};

struct UserAddResult
{
    QString name;
    bool mustChange = false;
    QString password; // the generated one-time password; empty (and not sent) otherwise

    QJsonObject toJson() const;
    static Result<UserAddResult> fromJson(const QJsonObject &json);
    bool operator==(const UserAddResult &) const = default;
};

// One row of user.list.
struct UserSummary
{
    QString name;
    UserState state = UserState::Active;
    bool mustChange = false;
    QDateTime passwordChanged;
    QDateTime expires;
    int failedLogins = 0;
    QDateTime lastLogin; // null: never
    QString lastAddress; // empty: never

    QJsonObject toJson() const;
    static Result<UserSummary> fromJson(const QJsonObject &json);
    bool operator==(const UserSummary &) const = default;
};

struct UserListResult
{
    QList<UserSummary> users;

    QJsonObject toJson() const;
    static Result<UserListResult> fromJson(const QJsonObject &json);
    bool operator==(const UserListResult &) const = default;
};

// The result of user.show: one user in detail.
struct UserDetail
{
    QString name;
    UserState state = UserState::Active;
    bool mustChange = false;
    QStringList groups;
    QDateTime created;         // null when unknown
    QDateTime passwordChanged; // null when unknown
    QDateTime expires;         // null when unknown
    int daysLeft = 0;          // until the password expires; negative when it has
    int failedLogins = 0;
    QDateTime lockedUntil; // null unless locked now
    QDateTime lastLogin;   // null: never
    QString lastAddress;
    QList<int> sessions; // ids of the user's live sessions

    QJsonObject toJson() const;
    static Result<UserDetail> fromJson(const QJsonObject &json);
    bool operator==(const UserDetail &) const = default;
};

// The result of user.disable and user.enable.
struct UserStateResult
{
    QString name;
    UserState state = UserState::Active; // active or disabled
    int sessionsEnded = 0;

    QJsonObject toJson() const;
    static Result<UserStateResult> fromJson(const QJsonObject &json);
    bool operator==(const UserStateResult &) const = default;
};

// The result of user.delete.
struct UserDeleteResult
{
    QString name;
    int sessionsEnded = 0;

    QJsonObject toJson() const;
    static Result<UserDeleteResult> fromJson(const QJsonObject &json);
    bool operator==(const UserDeleteResult &) const = default;
};

// The result of user.reset: a temporary password the user must change.
struct UserResetResult
{
    QString name;
    QString password;
    bool mustChange = true;
    int sessionsEnded = 0;

    QJsonObject toJson() const;
    static Result<UserResetResult> fromJson(const QJsonObject &json);
    bool operator==(const UserResetResult &) const = default;
};

// user.groups: the params (the user's new groups, replacing the old) and the result.
struct UserGroups
{
    QString name;
    QStringList groups;

    QJsonObject toJson() const;
    static Result<UserGroups> fromJson(const QJsonObject &json);
    bool operator==(const UserGroups &) const = default;
};

// A user and the one-time password they were given (user.import, user.rotate).
struct OneTimePassword
{
    QString name;
    QString password;

    QJsonObject toJson() const;
    static Result<OneTimePassword> fromJson(const QJsonObject &json);
    bool operator==(const OneTimePassword &) const = default;
};

// user.import: CSV lines "name[,group;group...]"; a first line starting with "name"
// and lines starting with '#' are skipped.
struct UserImportParams
{
    QString csv;

    QJsonObject toJson() const;
    static Result<UserImportParams> fromJson(const QJsonObject &json);
    bool operator==(const UserImportParams &) const = default;
};

struct UserImportResult
{
    QList<OneTimePassword> users;

    QJsonObject toJson() const;
    static Result<UserImportResult> fromJson(const QJsonObject &json);
    bool operator==(const UserImportResult &) const = default;
};

// user.rotate: by names, or else by group and/or credential age. Empty names and
// group, and an absent olderThanDays, are not sent.
struct UserRotateParams
{
    QStringList names;
    QString group;
    std::optional<int> olderThanDays;
    // Temporary credentials: unused after this many hours, the account is disabled.
    std::optional<int> expiresInHours;

    QJsonObject toJson() const;
    static Result<UserRotateParams> fromJson(const QJsonObject &json);
    bool operator==(const UserRotateParams &) const = default;
};

struct UserRotateResult
{
    QList<OneTimePassword> users;
    int sessionsEnded = 0;
    QDateTime expiresAt; // temporary credentials: when unused ones expire; null: never

    QJsonObject toJson() const;
    static Result<UserRotateResult> fromJson(const QJsonObject &json);
    bool operator==(const UserRotateResult &) const = default;
};

// user.expiring: whose password expires within the next `days` days.
struct UserExpiringParams
{
    int days = 14; // keywardd's default when absent

    QJsonObject toJson() const;
    static Result<UserExpiringParams> fromJson(const QJsonObject &json);
    bool operator==(const UserExpiringParams &) const = default;
};

struct ExpiringUser
{
    QString name;
    QDateTime expires;
    int daysLeft = 0;
    bool expired = false;

    QJsonObject toJson() const;
    static Result<ExpiringUser> fromJson(const QJsonObject &json);
    bool operator==(const ExpiringUser &) const = default;
};

struct UserExpiringResult
{
    QList<ExpiringUser> users;
    int days = 0;

    QJsonObject toJson() const;
    static Result<UserExpiringResult> fromJson(const QJsonObject &json);
    bool operator==(const UserExpiringResult &) const = default;
};

} // namespace keyward::api
