#include "api/UserMessages.h"

#include "api/IsoTime.h"
#include "api/JsonReader.h"
#include "api/ListJson.h"

namespace keyward::api {

namespace {

UserState readState(JsonReader &r)
{
    const QString text = r.string(u"state");
    const auto state = userStateFromString(text);
    if (!state && r.ok())
        r.reject(u"state",
                 QStringLiteral("must be active, locked, disabled, revoked or damaged, not '%1'")
                     .arg(text));
    return state.value_or(UserState::Active);
}

} // namespace

QString toString(UserState state)
{
    switch (state) {
    case UserState::Active:
        return QStringLiteral("active");
    case UserState::Locked:
        return QStringLiteral("locked");
    case UserState::Disabled:
        return QStringLiteral("disabled");
    case UserState::Revoked:
        return QStringLiteral("revoked");
    case UserState::Damaged:
        return QStringLiteral("damaged");
    }
    return QStringLiteral("active");
}

std::optional<UserState> userStateFromString(QStringView text)
{
    for (UserState s : {UserState::Active, UserState::Locked, UserState::Disabled,
                        UserState::Revoked, UserState::Damaged}) {
        if (text == toString(s))
            return s;
    }
    return std::nullopt;
}

QJsonObject UserRef::toJson() const
{
    return {{QStringLiteral("name"), name}};
}

Result<UserRef> UserRef::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    UserRef u;
    u.name = r.string(u"name");
    return r.finish(std::move(u));
}

QJsonObject UserAddParams::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name}};
    if (!password.isEmpty())
        o.insert(QStringLiteral("password"), password);
    if (mustChange)
        o.insert(QStringLiteral("mustChange"), *mustChange);
    return o;
}

Result<UserAddParams> UserAddParams::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    UserAddParams p;
    p.name = r.string(u"name");
    p.password = r.optionalString(u"password").value_or(QString());
    p.mustChange = r.optionalBoolean(u"mustChange");
    return r.finish(std::move(p));
}

QJsonObject UserAddResult::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("mustChange"), mustChange}};
    if (!password.isEmpty())
        o.insert(QStringLiteral("password"), password);
    return o;
}

Result<UserAddResult> UserAddResult::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    UserAddResult a;
    a.name = r.string(u"name");
    a.mustChange = r.boolean(u"mustChange");
    a.password = r.optionalString(u"password").value_or(QString());
    return r.finish(std::move(a));
}

QJsonObject UserSummary::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("state"), toString(state)},
            {QStringLiteral("mustChange"), mustChange},
            {QStringLiteral("passwordChanged"), IsoTime::seconds(passwordChanged)},
            {QStringLiteral("expires"), IsoTime::seconds(expires)},
            {QStringLiteral("failedLogins"), failedLogins},
            {QStringLiteral("lastLogin"), IsoTime::seconds(lastLogin)},
            {QStringLiteral("lastAddress"), lastAddress}};
}

Result<UserSummary> UserSummary::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    UserSummary u;
    u.name = r.string(u"name");
    u.state = readState(r);
    u.mustChange = r.boolean(u"mustChange");
    u.passwordChanged = r.dateTime(u"passwordChanged");
    u.expires = r.dateTime(u"expires");
    u.failedLogins = r.integer(u"failedLogins");
    u.lastLogin = r.dateTime(u"lastLogin", true);
    u.lastAddress = r.string(u"lastAddress");
    return r.finish(std::move(u));
}

QJsonObject UserListResult::toJson() const
{
    return {{QStringLiteral("users"), toJsonArray(users)}};
}

Result<UserListResult> UserListResult::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    UserListResult l;
    l.users = r.list<UserSummary>(u"users");
    return r.finish(std::move(l));
}

QJsonObject UserDetail::toJson() const
{
    QJsonArray live;
    for (int id : sessions)
        live.append(id);
    return {{QStringLiteral("name"), name},
            {QStringLiteral("state"), toString(state)},
            {QStringLiteral("mustChange"), mustChange},
            {QStringLiteral("groups"), QJsonArray::fromStringList(groups)},
            {QStringLiteral("created"), IsoTime::seconds(created)},
            {QStringLiteral("passwordChanged"), IsoTime::seconds(passwordChanged)},
            {QStringLiteral("expires"), IsoTime::seconds(expires)},
            {QStringLiteral("daysLeft"), daysLeft},
            {QStringLiteral("failedLogins"), failedLogins},
            {QStringLiteral("lockedUntil"), IsoTime::seconds(lockedUntil)},
            {QStringLiteral("lastLogin"), IsoTime::seconds(lastLogin)},
            {QStringLiteral("lastAddress"), lastAddress},
            {QStringLiteral("sessions"), live}};
}

Result<UserDetail> UserDetail::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    UserDetail u;
    u.name = r.string(u"name");
    u.state = readState(r);
    u.mustChange = r.boolean(u"mustChange");
    u.groups = r.strings(u"groups");
    u.created = r.dateTime(u"created", true);
    u.passwordChanged = r.dateTime(u"passwordChanged", true);
    u.expires = r.dateTime(u"expires", true);
    u.daysLeft = r.integer(u"daysLeft");
    u.failedLogins = r.integer(u"failedLogins");
    u.lockedUntil = r.dateTime(u"lockedUntil", true);
    u.lastLogin = r.dateTime(u"lastLogin", true);
    u.lastAddress = r.string(u"lastAddress");
    u.sessions = r.integers(u"sessions");
    return r.finish(std::move(u));
}

QJsonObject UserStateResult::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("state"), toString(state)},
            {QStringLiteral("sessionsEnded"), sessionsEnded}};
}

Result<UserStateResult> UserStateResult::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    UserStateResult s;
    s.name = r.string(u"name");
    s.state = readState(r);
    s.sessionsEnded = r.integer(u"sessionsEnded");
    return r.finish(std::move(s));
}

QJsonObject UserDeleteResult::toJson() const
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("sessionsEnded"), sessionsEnded}};
}

Result<UserDeleteResult> UserDeleteResult::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    UserDeleteResult d;
    d.name = r.string(u"name");
    d.sessionsEnded = r.integer(u"sessionsEnded");
    return r.finish(std::move(d));
}

QJsonObject UserResetResult::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("password"), password},
            {QStringLiteral("mustChange"), mustChange},
            {QStringLiteral("sessionsEnded"), sessionsEnded}};
}

Result<UserResetResult> UserResetResult::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    UserResetResult x;
    x.name = r.string(u"name");
    x.password = r.string(u"password");
    x.mustChange = r.boolean(u"mustChange");
    x.sessionsEnded = r.integer(u"sessionsEnded");
    return r.finish(std::move(x));
}

QJsonObject UserGroups::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("groups"), QJsonArray::fromStringList(groups)}};
}

Result<UserGroups> UserGroups::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    UserGroups g;
    g.name = r.string(u"name");
    g.groups = r.strings(u"groups");
    return r.finish(std::move(g));
}

QJsonObject OneTimePassword::toJson() const
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("password"), password}};
}

Result<OneTimePassword> OneTimePassword::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    OneTimePassword p;
    p.name = r.string(u"name");
    p.password = r.string(u"password");
    return r.finish(std::move(p));
}

QJsonObject UserImportParams::toJson() const
{
    return {{QStringLiteral("csv"), csv}};
}

Result<UserImportParams> UserImportParams::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    UserImportParams p;
    p.csv = r.string(u"csv");
    return r.finish(std::move(p));
}

QJsonObject UserImportResult::toJson() const
{
    return {{QStringLiteral("users"), toJsonArray(users)}};
}

Result<UserImportResult> UserImportResult::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    UserImportResult i;
    i.users = r.list<OneTimePassword>(u"users");
    return r.finish(std::move(i));
}

QJsonObject UserRotateParams::toJson() const
{
    QJsonObject o;
    if (!names.isEmpty())
        o.insert(QStringLiteral("names"), QJsonArray::fromStringList(names));
    if (!group.isEmpty())
        o.insert(QStringLiteral("group"), group);
    if (olderThanDays)
        o.insert(QStringLiteral("olderThanDays"), *olderThanDays);
    if (expiresInHours)
        o.insert(QStringLiteral("expiresInHours"), *expiresInHours);
    return o;
}

Result<UserRotateParams> UserRotateParams::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    UserRotateParams p;
    p.names = r.optionalStrings(u"names").value_or(QStringList());
    p.group = r.optionalString(u"group").value_or(QString());
    p.olderThanDays = r.optionalInteger(u"olderThanDays");
    p.expiresInHours = r.optionalInteger(u"expiresInHours");
    return r.finish(std::move(p));
}

QJsonObject UserRotateResult::toJson() const
{
    QJsonObject o{{QStringLiteral("users"), toJsonArray(users)},
                  {QStringLiteral("sessionsEnded"), sessionsEnded}};
    if (expiresAt.isValid())
        o.insert(QStringLiteral("expiresAt"), IsoTime::seconds(expiresAt));
    return o;
}

Result<UserRotateResult> UserRotateResult::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    UserRotateResult x;
    x.users = r.list<OneTimePassword>(u"users");
    x.sessionsEnded = r.integer(u"sessionsEnded");
    if (const auto expires = r.optionalString(u"expiresAt"); expires && !expires->isEmpty())
        x.expiresAt = QDateTime::fromString(*expires, Qt::ISODate).toUTC();
    return r.finish(std::move(x));
}

QJsonObject UserExpiringParams::toJson() const
{
    return {{QStringLiteral("days"), days}};
}

Result<UserExpiringParams> UserExpiringParams::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    UserExpiringParams p;
    p.days = r.optionalInteger(u"days").value_or(14);
    return r.finish(std::move(p));
}

QJsonObject ExpiringUser::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("expires"), IsoTime::seconds(expires)},
            {QStringLiteral("daysLeft"), daysLeft},
            {QStringLiteral("expired"), expired}};
}

Result<ExpiringUser> ExpiringUser::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    ExpiringUser u;
    u.name = r.string(u"name");
    u.expires = r.dateTime(u"expires");
    u.daysLeft = r.integer(u"daysLeft");
    u.expired = r.boolean(u"expired");
    return r.finish(std::move(u));
}

QJsonObject UserExpiringResult::toJson() const
{
    return {{QStringLiteral("users"), toJsonArray(users)}, {QStringLiteral("days"), days}};
}

Result<UserExpiringResult> UserExpiringResult::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    UserExpiringResult x;
    x.users = r.list<ExpiringUser>(u"users");
    x.days = r.integer(u"days");
    return r.finish(std::move(x));
}

} // namespace keyward::api
