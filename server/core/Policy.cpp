#include "core/Policy.h"

#include <QJsonArray>

namespace keyward::core {

namespace {
Error invalid(const QString &message)
{
    return fail(ErrorKind::Invalid, message.toStdString());
}
} // namespace

namespace {

struct IntSetting
{
    const char *key;
    int Policy::*field;
    int min;
    int max;
};

const IntSetting IntSettings[] = {
    {"passwordMinLength", &Policy::passwordMinLength, 8, 128},
    {"passwordMinClasses", &Policy::passwordMinClasses, 1, 4},
    {"passwordHistory", &Policy::passwordHistory, 0, 24},
    {"passwordMaxAgeDays", &Policy::passwordMaxAgeDays, 30, 90},
    {"lockoutThreshold", &Policy::lockoutThreshold, 3, 20},
    {"lockoutMinutes", &Policy::lockoutMinutes, 1, 1440},
    {"maxSessionHours", &Policy::maxSessionHours, 8, 24},
    {"idleTimeoutMinutes", &Policy::idleTimeoutMinutes, 5, 480},
    {"auditRetentionDays", &Policy::auditRetentionDays, 90, 180},
};

struct BoolSetting
{
    const char *key;
    bool Policy::*field;
};

const BoolSetting BoolSettings[] = {
    {"allowMppe40", &Policy::allowMppe40},
    {"allowMppe56", &Policy::allowMppe56},
    {"allowMppe128", &Policy::allowMppe128},
    {"allowStatefulMppe", &Policy::allowStatefulMppe},
    {"preferStatefulMppe", &Policy::preferStatefulMppe},
    {"lockoutKnownAddressesOnly", &Policy::lockoutKnownAddressesOnly},
};

} // namespace

QJsonObject Policy::toJson() const
{
    QJsonObject o;
    for (const IntSetting &s : IntSettings)
        o.insert(QLatin1String(s.key), this->*s.field);
    for (const BoolSetting &s : BoolSettings)
        o.insert(QLatin1String(s.key), this->*s.field);
    o.insert(QStringLiteral("authMethods"), QJsonArray::fromStringList(authMethods));
    return o;
}

QJsonObject Policy::bounds()
{
    QJsonObject o;
    for (const IntSetting &s : IntSettings)
        o.insert(QLatin1String(s.key), QJsonObject{{"min", s.min}, {"max", s.max}});
    return o;
}

Status Policy::apply(const QJsonObject &changes)
{
    Policy next = *this;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QString key = it.key();
        bool known = false;
        for (const IntSetting &s : IntSettings) {
            if (key != QLatin1String(s.key))
                continue;
            known = true;
            const double v = it.value().toDouble(-1e18);
            if (!it.value().isDouble() || v != static_cast<int>(v) || v < s.min || v > s.max)
                return invalid(QStringLiteral("%1 must be a whole number from %2 to %3")
                                   .arg(key)
                                   .arg(s.min)
                                   .arg(s.max));
            next.*s.field = static_cast<int>(v);
        }
        for (const BoolSetting &s : BoolSettings) {
            if (key != QLatin1String(s.key))
                continue;
            known = true;
            if (!it.value().isBool())
                return invalid(QStringLiteral("%1 must be true or false").arg(key));
            next.*s.field = it.value().toBool();
        }
        if (key == QLatin1String("authMethods")) {
            known = true;
            const QJsonArray methods = it.value().toArray();
            QStringList list;
            for (const QJsonValue &m : methods)
                list << m.toString();
            if (list != QStringList{QStringLiteral("mschapv2")})
                return invalid(
                    QStringLiteral("authMethods: Keyward authenticates with MS-CHAPv2 only; "
                                   "PAP, CHAP-MD5 and MS-CHAPv1 expose the password or "
                                   "its hash and are not offered"));
            next.authMethods = list;
        }
        if (!known)
            return invalid(QStringLiteral("unknown policy setting '%1'").arg(key));
    }
    if (!next.allowMppe40 && !next.allowMppe56 && !next.allowMppe128)
        return invalid(
            QStringLiteral("at least one MPPE strength must be allowed (128-bit is the safe "
                           "one)"));
    if (next.preferStatefulMppe && !next.allowStatefulMppe)
        return invalid(QStringLiteral("preferStatefulMppe needs allowStatefulMppe: stateful MPPE "
                                      "must be allowed before it can be preferred"));
    *this = next;
    return {};
}

QStringList Policy::weaknesses() const
{
    const Policy strong;
    QStringList out;
    if (allowMppe40)
        out << QStringLiteral("40-bit MPPE is allowed: its keys can be broken in hours");
    if (allowMppe56)
        out << QStringLiteral("56-bit MPPE is allowed: its keys can be broken in days");
    if (!allowMppe128)
        out << QStringLiteral("128-bit MPPE is not allowed");
    if (allowStatefulMppe)
        out << QStringLiteral("stateful MPPE is allowed: one lost packet stalls the tunnel and "
                              "keys change only every 256 packets");
    if (preferStatefulMppe)
        out << QStringLiteral("stateful MPPE is preferred: clients that could use stateless MPPE "
                              "are asked for stateful");
    if (passwordMinLength < strong.passwordMinLength)
        out << QStringLiteral("passwords may be shorter than %1 characters")
                   .arg(strong.passwordMinLength);
    if (passwordMinClasses < strong.passwordMinClasses)
        out << QStringLiteral("passwords need fewer than %1 character classes")
                   .arg(strong.passwordMinClasses);
    if (passwordHistory < 1)
        out << QStringLiteral("users may reuse their previous password");
    if (!lockoutKnownAddressesOnly)
        out << QStringLiteral("failed logins from any address count towards the lockout: anyone "
                              "who knows a user name can lock that user out");
    if (maxSessionHours > 12)
        out << QStringLiteral("sessions may last %1 hours without re-authenticating")
                   .arg(maxSessionHours);
    return out;
}

int Policy::characterClasses(const QString &password)
{
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : password) {
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    return int(lower) + int(upper) + int(digit) + int(other);
}

Status Policy::checkPassword(const QString &password) const
{
    if (password.size() < passwordMinLength)
        return invalid(
            QStringLiteral("the password must have at least %1 characters").arg(passwordMinLength));
    if (password.size() > 256)
        return invalid(
            QStringLiteral("the password must have at most 256 characters (MS-CHAPv2 limit)"));
    if (characterClasses(password) < passwordMinClasses)
        return invalid(QStringLiteral("the password must mix at least %1 of: lower-case letters, "
                                      "upper-case letters, digits, other characters")
                           .arg(passwordMinClasses));
    return {};
}

} // namespace keyward::core
