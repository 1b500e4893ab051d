#include "api/WindowInventoryMessages.h"

#include "api/IsoTime.h"
#include "api/JsonReader.h"
#include "api/ListJson.h"

namespace keyward::api {

QJsonObject InventoryClient::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("version"), version},
            {QStringLiteral("legacy"), legacy},
            {QStringLiteral("sessions"), sessions},
            {QStringLiteral("users"), QJsonArray::fromStringList(users)}};
}

Result<InventoryClient> InventoryClient::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    InventoryClient c;
    c.name = r.string(u"name");
    c.version = r.string(u"version");
    c.legacy = r.boolean(u"legacy");
    c.sessions = r.integer(u"sessions");
    c.users = r.strings(u"users");
    return r.finish(std::move(c));
}

QJsonObject AccountCounts::toJson() const
{
    return {{QStringLiteral("total"), total},       {QStringLiteral("active"), active},
            {QStringLiteral("disabled"), disabled}, {QStringLiteral("revoked"), revoked},
            {QStringLiteral("locked"), locked},     {QStringLiteral("mustChange"), mustChange},
            {QStringLiteral("expired"), expired}};
}

Result<AccountCounts> AccountCounts::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    AccountCounts c;
    c.total = r.integer(u"total");
    c.active = r.integer(u"active");
    c.disabled = r.integer(u"disabled");
    c.revoked = r.integer(u"revoked");
    c.locked = r.integer(u"locked");
    c.mustChange = r.integer(u"mustChange");
    c.expired = r.integer(u"expired");
    return r.finish(std::move(c));
}

QJsonObject AgeBucket::toJson() const
{
    return {{QStringLiteral("label"), label},
            {QStringLiteral("minDays"), minDays},
            {QStringLiteral("maxDays"), maxDays},
            {QStringLiteral("count"), count}};
}

Result<AgeBucket> AgeBucket::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    AgeBucket b;
    b.label = r.string(u"label");
    b.minDays = r.integer(u"minDays");
    b.maxDays = r.integer(u"maxDays");
    b.count = r.integer(u"count");
    return r.finish(std::move(b));
}

QJsonObject WeakUse::toJson() const
{
    return {{QStringLiteral("user"), user},
            {QStringLiteral("sessionId"), sessionId},
            {QStringLiteral("mppe"), mppe},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("seenAt"), seenAt.isValid() ? IsoTime::seconds(seenAt) : QString()}};
}

Result<WeakUse> WeakUse::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    WeakUse w;
    w.user = r.string(u"user");
    w.sessionId = r.integer(u"sessionId");
    w.mppe = r.string(u"mppe");
    w.reason = r.string(u"reason");
    w.seenAt = r.dateTime(u"seenAt", true);
    return r.finish(std::move(w));
}

QJsonObject WindowInventory::toJson() const
{
    return {{QStringLiteral("serverVersion"), serverVersion},
            {QStringLiteral("mppeStrengths"), QJsonArray::fromStringList(mppeStrengths)},
            {QStringLiteral("authMethods"), QJsonArray::fromStringList(authMethods)},
            {QStringLiteral("maxSessionHours"), maxSessionHours},
            {QStringLiteral("idleTimeoutMinutes"), idleTimeoutMinutes},
            {QStringLiteral("passwordMaxAgeDays"), passwordMaxAgeDays},
            {QStringLiteral("weaknesses"), QJsonArray::fromStringList(weaknesses)},
            {QStringLiteral("clients"), toJsonArray(clients)},
            {QStringLiteral("accounts"), accounts.toJson()},
            {QStringLiteral("credentialAge"), toJsonArray(credentialAge)},
            {QStringLiteral("weak"), toJsonArray(weak)}};
}

Result<WindowInventory> WindowInventory::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    WindowInventory i;
    i.serverVersion = r.string(u"serverVersion");
    i.mppeStrengths = r.strings(u"mppeStrengths");
    i.authMethods = r.strings(u"authMethods");
    i.maxSessionHours = r.integer(u"maxSessionHours");
    i.idleTimeoutMinutes = r.integer(u"idleTimeoutMinutes");
    i.passwordMaxAgeDays = r.integer(u"passwordMaxAgeDays");
    i.weaknesses = r.strings(u"weaknesses");
    i.clients = r.list<InventoryClient>(u"clients");
    i.accounts = r.nestedObject<AccountCounts>(u"accounts");
    i.credentialAge = r.list<AgeBucket>(u"credentialAge");
    i.weak = r.list<WeakUse>(u"weak");
    return r.finish(std::move(i));
}

QJsonObject BaselineParams::toJson() const
{
    QJsonObject o;
    if (maxSessionHours)
        o.insert(QStringLiteral("maxSessionHours"), *maxSessionHours);
    if (idleTimeoutMinutes)
        o.insert(QStringLiteral("idleTimeoutMinutes"), *idleTimeoutMinutes);
    return o;
}

Result<BaselineParams> BaselineParams::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    BaselineParams p;
    p.maxSessionHours = r.optionalInteger(u"maxSessionHours");
    p.idleTimeoutMinutes = r.optionalInteger(u"idleTimeoutMinutes");
    return r.finish(std::move(p));
}

QJsonObject BaselineResult::toJson() const
{
    return {{QStringLiteral("changes"), changes},
            {QStringLiteral("cutOff"), toJsonArray(cutOff)},
            {QStringLiteral("applied"), applied},
            {QStringLiteral("sessionsEnded"), sessionsEnded}};
}

Result<BaselineResult> BaselineResult::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    BaselineResult b;
    b.changes = r.object(u"changes");
    b.cutOff = r.list<WeakUse>(u"cutOff");
    b.applied = r.boolean(u"applied");
    b.sessionsEnded = r.integer(u"sessionsEnded");
    return r.finish(std::move(b));
}

} // namespace keyward::api
