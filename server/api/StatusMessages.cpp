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

QJsonObject StatusResult::toJson() const
{
    return {{QStringLiteral("server"), server},
            {QStringLiteral("version"), version},
            {QStringLiteral("listen"), listen},
            {QStringLiteral("adminListen"), adminListen},
            {QStringLiteral("fingerprint"), fingerprint},
            {QStringLiteral("sessions"), sessions},
            {QStringLiteral("weaknesses"), QJsonArray::fromStringList(weaknesses)},
            {QStringLiteral("recentFailures"), toJsonArray(recentFailures)}};
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
    return r.finish(std::move(s));
}

} // namespace keyward::api
