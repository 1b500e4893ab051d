#include "api/TokenMessages.h"

#include "api/IsoTime.h"
#include "api/JsonReader.h"
#include "api/ListJson.h"

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

QJsonObject TokenCreateResult::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("token"), token},
            {QStringLiteral("fingerprint"), fingerprint}};
}

Result<TokenCreateResult> TokenCreateResult::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    TokenCreateResult t;
    t.name = r.string(u"name");
    t.token = r.string(u"token");
    t.fingerprint = r.string(u"fingerprint");
    return r.finish(std::move(t));
}

QJsonObject TokenInfo::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("created"), IsoTime::seconds(created)},
            {QStringLiteral("lastUsed"), IsoTime::seconds(lastUsed)}};
}

Result<TokenInfo> TokenInfo::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    TokenInfo t;
    t.name = r.string(u"name");
    t.created = r.dateTime(u"created", true);
    t.lastUsed = r.dateTime(u"lastUsed", true);
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
