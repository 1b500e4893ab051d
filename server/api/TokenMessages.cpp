#include "api/TokenMessages.h"

#include "api/AdminRole.h"
#include "api/IsoTime.h"
#include "api/JsonReader.h"
#include "api/ListJson.h"

#include <QJsonArray>

namespace keyward::api {

QJsonObject TokenRef::toJson() const
{
    return {{QStringLiteral("name"), name}};
}

Result<TokenRef> TokenRef::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    TokenRef t;
    t.name = r.string(u"name");
    return r.finish(std::move(t));
}

QJsonObject TokenCreateParams::toJson() const
{
    QJsonObject json{{QStringLiteral("name"), name}};
    if (role != QLatin1String("admin")) // the default
        json.insert(QStringLiteral("role"), role);
    if (expiresInDays > 0)
        json.insert(QStringLiteral("expiresInDays"), expiresInDays);
    if (!sources.isEmpty())
        json.insert(QStringLiteral("sources"), QJsonArray::fromStringList(sources));
    return json;
}

Result<TokenCreateParams> TokenCreateParams::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    TokenCreateParams p;
    p.name = r.string(u"name");
    p.role = r.optionalString(u"role").value_or(QStringLiteral("admin"));
    p.expiresInDays = r.optionalInteger(u"expiresInDays").value_or(0);
    p.sources = r.optionalStrings(u"sources").value_or(QStringList{});
    auto read = r.finish(std::move(p));
    if (!read)
        return read;
    if (!roleFromName(read->role))
        return fail("role must be one of " + roleNames().join(QStringLiteral(", ")).toStdString() +
                    ", not '" + read->role.toStdString() + "'");
    if (read->expiresInDays < 0 || read->expiresInDays > 3650)
        return fail("expiresInDays must be from 0 (never) to 3650");
    return read;
}

QJsonObject TokenCreateResult::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("token"), token},
            {QStringLiteral("fingerprint"), fingerprint},
            {QStringLiteral("role"), role},
            {QStringLiteral("expires"), IsoTime::seconds(expires)},
            {QStringLiteral("sources"), QJsonArray::fromStringList(sources)}};
}

Result<TokenCreateResult> TokenCreateResult::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    TokenCreateResult t;
    t.name = r.string(u"name");
    t.token = r.string(u"token");
    t.fingerprint = r.string(u"fingerprint");
    // What a token may do: absent from an older keywardd (whose tokens were all admin).
    t.role = r.optionalString(u"role").value_or(QString());
    if (json.contains(QLatin1String("expires")))
        t.expires = r.dateTime(u"expires", true);
    t.sources = r.optionalStrings(u"sources").value_or(QStringList{});
    return r.finish(std::move(t));
}

QJsonObject TokenInfo::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("role"), role},
            {QStringLiteral("created"), IsoTime::seconds(created)},
            {QStringLiteral("expires"), IsoTime::seconds(expires)},
            {QStringLiteral("sources"), QJsonArray::fromStringList(sources)},
            {QStringLiteral("lastUsed"), IsoTime::seconds(lastUsed)},
            {QStringLiteral("lastUsedFrom"), lastUsedFrom}};
}

Result<TokenInfo> TokenInfo::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    TokenInfo t;
    t.name = r.string(u"name");
    t.role = r.optionalString(u"role").value_or(QString());
    t.created = r.dateTime(u"created", true);
    if (json.contains(QLatin1String("expires")))
        t.expires = r.dateTime(u"expires", true);
    t.sources = r.optionalStrings(u"sources").value_or(QStringList{});
    t.lastUsed = r.dateTime(u"lastUsed", true);
    t.lastUsedFrom = r.optionalString(u"lastUsedFrom").value_or(QString());
    return r.finish(std::move(t));
}

QJsonObject TokenListResult::toJson() const
{
    return {{QStringLiteral("tokens"), toJsonArray(tokens)}};
}

Result<TokenListResult> TokenListResult::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    TokenListResult l;
    l.tokens = r.list<TokenInfo>(u"tokens");
    return r.finish(std::move(l));
}

} // namespace keyward::api
