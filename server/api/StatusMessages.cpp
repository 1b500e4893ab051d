#include "api/StatusMessages.h"

#include "api/IsoTime.h"
#include "api/JsonReader.h"
#include "api/ListJson.h"

namespace keyward::api {

QJsonObject LoginFailure::toJson() const
{
    return {{QStringLiteral("at"), IsoTime::seconds(at)},
            {QStringLiteral("user"), user},
            {QStringLiteral("address"), address},
            {QStringLiteral("code"), code}};
}

Result<LoginFailure> LoginFailure::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    LoginFailure f;
    f.at = r.dateTime(u"at");
    f.user = r.string(u"user");
    f.address = r.string(u"address");
    f.code = r.integer(u"code");
    return r.finish(std::move(f));
}

QJsonObject Alert::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kind},
                  {QStringLiteral("user"), user},
                  {QStringLiteral("address"), address}};
    if (failures)
        o.insert(QStringLiteral("failures"), *failures);
    return o;
}

Result<Alert> Alert::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Alert a;
    a.kind = r.string(u"kind");
    a.user = r.string(u"user");
    a.address = r.string(u"address");
    a.failures = r.optionalInteger(u"failures");
    return r.finish(std::move(a));
}

namespace {

// An optional UTC time: absent when null.
void insertTime(QJsonObject &o, const QString &key, const QDateTime &time)
{
    if (time.isValid())
        o.insert(key, IsoTime::seconds(time));
}

// An optional nested object read with T::fromJson; absent is nullopt.
template <typename T>
std::optional<T> optionalObject(const QJsonObject &json, const QString &key, JsonReader &r)
{
    if (!json.contains(key))
        return std::nullopt;
    return r.nestedObject<T>(key);
}

} // namespace

QJsonObject SignInGroup::toJson() const
{
    return {{QStringLiteral("group"), group}, {QStringLiteral("backend"), backend}};
}

Result<SignInGroup> SignInGroup::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    SignInGroup g;
    g.group = r.string(u"group");
    g.backend = r.string(u"backend");
    return r.finish(std::move(g));
}

QJsonObject RadiusServerStatus::toJson() const
{
    QJsonObject o{{QStringLiteral("address"), address},
                  {QStringLiteral("state"), state},
                  {QStringLiteral("accepts"), accepts},
                  {QStringLiteral("rejects"), rejects},
                  {QStringLiteral("timeouts"), timeouts},
                  {QStringLiteral("messageAuthenticator"), messageAuthenticator}};
    if (deadForSeconds)
        o.insert(QStringLiteral("deadForSeconds"), *deadForSeconds);
    insertTime(o, QStringLiteral("lastAnswer"), lastAnswer);
    if (roundTripMs)
        o.insert(QStringLiteral("roundTripMs"), *roundTripMs);
    return o;
}

Result<RadiusServerStatus> RadiusServerStatus::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    RadiusServerStatus s;
    s.address = r.string(u"address");
    s.state = r.string(u"state");
    s.deadForSeconds = r.optionalInteger64(u"deadForSeconds");
    if (json.contains(QStringLiteral("lastAnswer")))
        s.lastAnswer = r.dateTime(u"lastAnswer");
    s.roundTripMs = r.optionalInteger(u"roundTripMs");
    s.accepts = r.integer64(u"accepts");
    s.rejects = r.integer64(u"rejects");
    s.timeouts = r.integer64(u"timeouts");
    s.messageAuthenticator = r.string(u"messageAuthenticator");
    return r.finish(std::move(s));
}

QJsonObject SignInStatus::toJson() const
{
    return {{QStringLiteral("backend"), backend},
            {QStringLiteral("groups"), toJsonArray(groups)},
            {QStringLiteral("radiusServers"), toJsonArray(radiusServers)}};
}

Result<SignInStatus> SignInStatus::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    SignInStatus s;
    s.backend = r.string(u"backend");
    s.groups = r.list<SignInGroup>(u"groups");
    s.radiusServers = r.list<RadiusServerStatus>(u"radiusServers");
    return r.finish(std::move(s));
}

QJsonObject AccountingStatus::toJson() const
{
    QJsonObject o{{QStringLiteral("enabled"), enabled},
                  {QStringLiteral("waiting"), waiting},
                  {QStringLiteral("dropped"), dropped}};
    insertTime(o, QStringLiteral("lastAnswer"), lastAnswer);
    if (!lastServer.isEmpty())
        o.insert(QStringLiteral("lastServer"), lastServer);
    return o;
}

Result<AccountingStatus> AccountingStatus::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    AccountingStatus a;
    a.enabled = r.boolean(u"enabled");
    a.waiting = r.integer(u"waiting");
    a.dropped = r.integer64(u"dropped");
    if (json.contains(QStringLiteral("lastAnswer")))
        a.lastAnswer = r.dateTime(u"lastAnswer");
    a.lastServer = r.optionalString(u"lastServer").value_or(QString());
    return r.finish(std::move(a));
}

QJsonObject StatusResult::toJson() const
{
    QJsonObject o{{QStringLiteral("server"), server},
                  {QStringLiteral("version"), version},
                  {QStringLiteral("listen"), listen},
                  {QStringLiteral("adminListen"), adminListen},
                  {QStringLiteral("fingerprint"), fingerprint},
                  {QStringLiteral("sessions"), sessions},
                  {QStringLiteral("weaknesses"), QJsonArray::fromStringList(weaknesses)},
                  {QStringLiteral("recentFailures"), toJsonArray(recentFailures)}};
    if (signIn)
        o.insert(QStringLiteral("signIn"), signIn->toJson());
    if (accounting)
        o.insert(QStringLiteral("accounting"), accounting->toJson());
    return o;
}

Result<StatusResult> StatusResult::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    StatusResult s;
    s.server = r.string(u"server");
    s.version = r.string(u"version");
    s.listen = r.string(u"listen");
    s.adminListen = r.string(u"adminListen");
    s.fingerprint = r.string(u"fingerprint");
    s.sessions = r.integer(u"sessions");
    s.weaknesses = r.strings(u"weaknesses");
    s.recentFailures = r.list<LoginFailure>(u"recentFailures");
    s.signIn = optionalObject<SignInStatus>(json, QStringLiteral("signIn"), r);
    s.accounting = optionalObject<AccountingStatus>(json, QStringLiteral("accounting"), r);
    return r.finish(std::move(s));
}

} // namespace keyward::api
