#include "api/PolicyMessages.h"

#include "api/JsonReader.h"

namespace keyward::api {

namespace {

struct NumberSetting
{
    const char16_t *key;
    int PolicySettings::*field;
};

const NumberSetting NumberSettings[] = {
    {u"passwordMinLength", &PolicySettings::passwordMinLength},
    {u"passwordMinClasses", &PolicySettings::passwordMinClasses},
    {u"passwordHistory", &PolicySettings::passwordHistory},
    {u"passwordMaxAgeDays", &PolicySettings::passwordMaxAgeDays},
    {u"lockoutThreshold", &PolicySettings::lockoutThreshold},
    {u"lockoutMinutes", &PolicySettings::lockoutMinutes},
    {u"maxSessionHours", &PolicySettings::maxSessionHours},
    {u"idleTimeoutMinutes", &PolicySettings::idleTimeoutMinutes},
    {u"auditRetentionDays", &PolicySettings::auditRetentionDays},
};

struct SwitchSetting
{
    const char16_t *key;
    bool PolicySettings::*field;
};

const SwitchSetting SwitchSettings[] = {
    {u"allowMppe40", &PolicySettings::allowMppe40},
    {u"allowMppe56", &PolicySettings::allowMppe56},
    {u"allowMppe128", &PolicySettings::allowMppe128},
    {u"allowStatefulMppe", &PolicySettings::allowStatefulMppe},
    {u"preferStatefulMppe", &PolicySettings::preferStatefulMppe},
    {u"lockoutKnownAddressesOnly", &PolicySettings::lockoutKnownAddressesOnly},
};

const QString AuthMethods = QStringLiteral("authMethods");

} // namespace

QStringList PolicySettings::numberKeys()
{
    QStringList keys;
    for (const NumberSetting &s : NumberSettings)
        keys << QString::fromUtf16(s.key);
    return keys;
}

QStringList PolicySettings::switchKeys()
{
    QStringList keys;
    for (const SwitchSetting &s : SwitchSettings)
        keys << QString::fromUtf16(s.key);
    return keys;
}

std::optional<int> PolicySettings::number(QStringView key) const
{
    for (const NumberSetting &s : NumberSettings) {
        if (key == QStringView(s.key))
            return this->*s.field;
    }
    return std::nullopt;
}

std::optional<bool> PolicySettings::flag(QStringView key) const
{
    for (const SwitchSetting &s : SwitchSettings) {
        if (key == QStringView(s.key))
            return this->*s.field;
    }
    return std::nullopt;
}

PolicySettings PolicySettings::with(const QJsonObject &changes) const
{
    PolicySettings next = *this;
    for (const NumberSetting &s : NumberSettings) {
        const QJsonValue v = changes.value(QStringView(s.key));
        if (v.isDouble())
            next.*s.field = v.toInt();
    }
    for (const SwitchSetting &s : SwitchSettings) {
        const QJsonValue v = changes.value(QStringView(s.key));
        if (v.isBool())
            next.*s.field = v.toBool();
    }
    if (const QJsonValue v = changes.value(AuthMethods); v.isArray()) {
        next.authMethods.clear();
        for (const QJsonValue &m : v.toArray())
            next.authMethods << m.toString();
    }
    return next;
}

QJsonObject PolicySettings::toJson() const
{
    QJsonObject o;
    for (const NumberSetting &s : NumberSettings)
        o.insert(QString::fromUtf16(s.key), this->*s.field);
    for (const SwitchSetting &s : SwitchSettings)
        o.insert(QString::fromUtf16(s.key), this->*s.field);
    o.insert(AuthMethods, QJsonArray::fromStringList(authMethods));
    return o;
}

Result<PolicySettings> PolicySettings::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    PolicySettings p;
    for (const NumberSetting &s : NumberSettings)
        p.*s.field = r.integer(s.key);
    for (const SwitchSetting &s : SwitchSettings)
        p.*s.field = r.boolean(s.key);
    p.authMethods = r.strings(AuthMethods);
    return r.finish(std::move(p));
}

QJsonObject PolicyBound::toJson() const
{
    return {{QStringLiteral("min"), min}, {QStringLiteral("max"), max}};
}

Result<PolicyBound> PolicyBound::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    PolicyBound b;
    b.min = r.integer(u"min");
    b.max = r.integer(u"max");
    return r.finish(std::move(b));
}

QJsonObject PolicyGetResult::toJson() const
{
    QJsonObject b;
    for (auto it = bounds.begin(); it != bounds.end(); ++it)
        b.insert(it.key(), it.value().toJson());
    return {{QStringLiteral("policy"), policy.toJson()},
            {QStringLiteral("bounds"), b},
            {QStringLiteral("weaknesses"), QJsonArray::fromStringList(weaknesses)}};
}

Result<PolicyGetResult> PolicyGetResult::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    PolicyGetResult g;
    g.policy = r.nestedObject<PolicySettings>(u"policy");
    g.bounds = r.map<PolicyBound>(u"bounds");
    g.weaknesses = r.strings(u"weaknesses");
    return r.finish(std::move(g));
}

QJsonObject PolicySetParams::toJson() const
{
    return {{QStringLiteral("changes"), changes}};
}

Result<PolicySetParams> PolicySetParams::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    PolicySetParams p;
    p.changes = r.object(u"changes");
    return r.finish(std::move(p));
}

QJsonObject PolicySetResult::toJson() const
{
    return {{QStringLiteral("policy"), policy.toJson()},
            {QStringLiteral("weaknesses"), QJsonArray::fromStringList(weaknesses)}};
}

Result<PolicySetResult> PolicySetResult::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    PolicySetResult s;
    s.policy = r.nestedObject<PolicySettings>(u"policy");
    s.weaknesses = r.strings(u"weaknesses");
    return r.finish(std::move(s));
}

} // namespace keyward::api
