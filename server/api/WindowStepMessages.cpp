#include "api/WindowStepMessages.h"

#include "api/IsoTime.h"
#include "api/JsonReader.h"
#include "api/ListJson.h"

namespace keyward::api {

QJsonObject TemporaryCredential::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("issuedAt"), IsoTime::seconds(issuedAt)},
            {QStringLiteral("expiresAt"), IsoTime::seconds(expiresAt)},
            {QStringLiteral("issuedBy"), issuedBy}};
}

Result<TemporaryCredential> TemporaryCredential::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    TemporaryCredential c;
    c.name = r.string(u"name");
    c.issuedAt = r.dateTime(u"issuedAt");
    c.expiresAt = r.dateTime(u"expiresAt");
    c.issuedBy = r.string(u"issuedBy");
    return r.finish(std::move(c));
}

QJsonObject TemporaryCredentialList::toJson() const
{
    return {{QStringLiteral("credentials"), toJsonArray(credentials)}};
}

Result<TemporaryCredentialList> TemporaryCredentialList::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    TemporaryCredentialList l;
    l.credentials = r.list<TemporaryCredential>(u"credentials");
    return r.finish(std::move(l));
}

QJsonObject WindowCleanupParams::toJson() const
{
    QJsonObject o;
    if (expireUnused)
        o.insert(QStringLiteral("expireUnused"), true);
    if (!revoke.isEmpty())
        o.insert(QStringLiteral("revoke"), QJsonArray::fromStringList(revoke));
    return o;
}

Result<WindowCleanupParams> WindowCleanupParams::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    WindowCleanupParams p;
    p.expireUnused = r.optionalBoolean(u"expireUnused").value_or(false);
    p.revoke = r.optionalStrings(u"revoke").value_or(QStringList());
    return r.finish(std::move(p));
}

QJsonObject WindowCleanupResult::toJson() const
{
    return {{QStringLiteral("expired"), QJsonArray::fromStringList(expired)},
            {QStringLiteral("revoked"), QJsonArray::fromStringList(revoked)},
            {QStringLiteral("used"), QJsonArray::fromStringList(used)},
            {QStringLiteral("sessionsEnded"), sessionsEnded}};
}

Result<WindowCleanupResult> WindowCleanupResult::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    WindowCleanupResult c;
    c.expired = r.strings(u"expired");
    c.revoked = r.strings(u"revoked");
    c.used = r.strings(u"used");
    c.sessionsEnded = r.integer(u"sessionsEnded");
    return r.finish(std::move(c));
}

QJsonObject WindowNoticeParams::toJson() const
{
    QJsonObject o;
    if (id)
        o.insert(QStringLiteral("id"), *id);
    if (!title.isEmpty())
        o.insert(QStringLiteral("title"), title);
    if (!start.isEmpty())
        o.insert(QStringLiteral("start"), start);
    if (durationMinutes)
        o.insert(QStringLiteral("durationMinutes"), *durationMinutes);
    return o;
}

Result<WindowNoticeParams> WindowNoticeParams::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    WindowNoticeParams p;
    p.id = r.optionalInteger(u"id");
    p.title = r.optionalString(u"title").value_or(QString());
    p.start = r.optionalString(u"start").value_or(QString());
    p.durationMinutes = r.optionalInteger(u"durationMinutes");
    return r.finish(std::move(p));
}

QJsonObject NoticeTemplate::toJson() const
{
    return {{QStringLiteral("subject"), subject}, {QStringLiteral("body"), body}};
}

Result<NoticeTemplate> NoticeTemplate::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    NoticeTemplate t;
    t.subject = r.string(u"subject");
    t.body = r.string(u"body");
    return r.finish(std::move(t));
}

QJsonObject NoticeText::toJson() const
{
    return {{QStringLiteral("template"), templ.toJson()},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("text"), text},
            {QStringLiteral("html"), html}};
}

Result<NoticeText> NoticeText::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    NoticeText n;
    n.templ = r.nestedObject<NoticeTemplate>(u"template");
    n.subject = r.string(u"subject");
    n.text = r.string(u"text");
    n.html = r.string(u"html");
    return r.finish(std::move(n));
}

QJsonObject ValidationCheck::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("passed"), passed},
            {QStringLiteral("detail"), detail}};
}

Result<ValidationCheck> ValidationCheck::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    ValidationCheck c;
    c.name = r.string(u"name");
    c.passed = r.boolean(u"passed");
    c.detail = r.string(u"detail");
    return r.finish(std::move(c));
}

QJsonObject ValidationResult::toJson() const
{
    return {{QStringLiteral("passed"), passed},
            {QStringLiteral("account"), account},
            {QStringLiteral("checks"), toJsonArray(checks)}};
}

Result<ValidationResult> ValidationResult::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    ValidationResult v;
    v.passed = r.boolean(u"passed");
    v.account = r.string(u"account");
    v.checks = r.list<ValidationCheck>(u"checks");
    return r.finish(std::move(v));
}

} // namespace keyward::api
