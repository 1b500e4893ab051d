#include "api/AuditMessages.h"

#include "api/IsoTime.h"
#include "api/JsonReader.h"
#include "api/ListJson.h"

namespace keyward::api {

QJsonObject AuditListParams::toJson() const
{
    QJsonObject o;
    if (!actor.isEmpty())
        o.insert(QStringLiteral("actor"), actor);
    if (!action.isEmpty())
        o.insert(QStringLiteral("action"), action);
    if (!target.isEmpty())
        o.insert(QStringLiteral("target"), target);
    if (limit)
        o.insert(QStringLiteral("limit"), *limit);
    if (beforeId > 0)
        o.insert(QStringLiteral("beforeId"), beforeId);
    return o;
}

Result<AuditListParams> AuditListParams::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    AuditListParams p;
    p.actor = r.optionalString(u"actor").value_or(QString());
    p.action = r.optionalString(u"action").value_or(QString());
    p.target = r.optionalString(u"target").value_or(QString());
    p.limit = r.optionalInteger(u"limit");
    p.beforeId = r.optionalInteger64(u"beforeId").value_or(0);
    return r.finish(std::move(p));
}

QJsonObject AuditEntry::toJson() const
{
    return {{QStringLiteral("id"), id},          {QStringLiteral("at"), IsoTime::milliseconds(at)},
            {QStringLiteral("actor"), actor},    {QStringLiteral("action"), action},
            {QStringLiteral("target"), target},  {QStringLiteral("outcome"), outcome},
            {QStringLiteral("details"), details}};
}

Result<AuditEntry> AuditEntry::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    AuditEntry e;
    e.id = r.integer64(u"id");
    e.at = r.dateTime(u"at");
    e.actor = r.string(u"actor");
    e.action = r.string(u"action");
    e.target = r.string(u"target");
    e.outcome = r.string(u"outcome");
    e.details = r.object(u"details");
    return r.finish(std::move(e));
}

QJsonObject AuditListResult::toJson() const
{
    return {{QStringLiteral("entries"), toJsonArray(entries)}};
}

Result<AuditListResult> AuditListResult::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    AuditListResult l;
    l.entries = r.list<AuditEntry>(u"entries");
    return r.finish(std::move(l));
}

QJsonObject AuditVerifyResult::toJson() const
{
    return {{QStringLiteral("intact"), intact},
            {QStringLiteral("checked"), checked},
            {QStringLiteral("firstBadId"), firstBadId},
            {QStringLiteral("problem"), problem},
            {QStringLiteral("keyedFrom"), keyedFrom},
            {QStringLiteral("anchorsChecked"), anchorsChecked},
            {QStringLiteral("failedAnchor"), failedAnchor},
            {QStringLiteral("anchorFailure"), anchorFailure}};
}

Result<AuditVerifyResult> AuditVerifyResult::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    AuditVerifyResult v;
    v.intact = r.boolean(u"intact");
    v.checked = r.integer64(u"checked");
    v.firstBadId = r.integer64(u"firstBadId");
    v.problem = r.string(u"problem");
    v.keyedFrom = r.integer64(u"keyedFrom");
    v.anchorsChecked = r.integer(u"anchorsChecked");
    v.failedAnchor = r.integer(u"failedAnchor");
    v.anchorFailure = r.string(u"anchorFailure");
    return r.finish(std::move(v));
}

} // namespace keyward::api
