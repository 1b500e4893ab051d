#include "api/ReportMessages.h"

#include "api/IsoTime.h"
#include "api/JsonReader.h"
#include "api/ListJson.h"

namespace keyward::api {

namespace {

QString optionalTime(const QDateTime &time)
{
    return time.isValid() ? IsoTime::seconds(time) : QString();
}

} // namespace

QJsonObject ReportCreateParams::toJson() const
{
    return {{QStringLiteral("kind"), kind},
            {QStringLiteral("format"), format},
            {QStringLiteral("periodDays"), periodDays}};
}

Result<ReportCreateParams> ReportCreateParams::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    ReportCreateParams p;
    p.kind = r.optionalString(u"kind").value_or(ReportKind::Full);
    p.format = r.optionalString(u"format").value_or(ReportFormat::Pdf);
    p.periodDays = r.optionalInteger(u"periodDays").value_or(30);
    if (!ReportKind::all().contains(p.kind))
        r.reject(u"kind", QStringLiteral("must be one of %1").arg(ReportKind::all().join(u", ")));
    if (!ReportFormat::all().contains(p.format))
        r.reject(u"format",
                 QStringLiteral("must be one of %1").arg(ReportFormat::all().join(u", ")));
    if (p.periodDays < 1 || p.periodDays > 3660)
        r.reject(u"periodDays", QStringLiteral("must be 1 to 3660 days"));
    return r.finish(std::move(p));
}

QJsonObject ReportInfo::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("file"), file},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("format"), format},
            {QStringLiteral("periodDays"), periodDays},
            {QStringLiteral("created"), IsoTime::seconds(created)},
            {QStringLiteral("createdBy"), createdBy},
            {QStringLiteral("size"), size},
            {QStringLiteral("sha256"), sha256},
            {QStringLiteral("keyId"), keyId}};
}

Result<ReportInfo> ReportInfo::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    ReportInfo i;
    i.id = r.string(u"id");
    i.file = r.string(u"file");
    i.kind = r.string(u"kind");
    i.format = r.string(u"format");
    i.periodDays = r.integer(u"periodDays");
    i.created = r.dateTime(u"created");
    i.createdBy = r.string(u"createdBy");
    i.size = r.integer64(u"size");
    i.sha256 = r.string(u"sha256");
    i.keyId = r.string(u"keyId");
    return r.finish(std::move(i));
}

QJsonObject ReportList::toJson() const
{
    return {{QStringLiteral("reports"), toJsonArray(reports)}};
}

Result<ReportList> ReportList::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    ReportList l;
    l.reports = r.list<ReportInfo>(u"reports");
    return r.finish(std::move(l));
}

QJsonObject ReportKeyInfo::toJson() const
{
    return {{QStringLiteral("keyId"), keyId}, {QStringLiteral("publicKeyPem"), publicKeyPem}};
}

Result<ReportKeyInfo> ReportKeyInfo::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    ReportKeyInfo k;
    k.keyId = r.string(u"keyId");
    k.publicKeyPem = r.string(u"publicKeyPem");
    return r.finish(std::move(k));
}

QJsonObject ScheduledReport::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("format"), format},
            {QStringLiteral("everyDays"), everyDays},
            {QStringLiteral("periodDays"), periodDays},
            {QStringLiteral("lastRun"), optionalTime(lastRun)},
            {QStringLiteral("nextRun"), optionalTime(nextRun)}};
}

Result<ScheduledReport> ScheduledReport::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    ScheduledReport s;
    s.name = r.string(u"name");
    s.kind = r.optionalString(u"kind").value_or(ReportKind::AccountReview);
    s.format = r.optionalString(u"format").value_or(ReportFormat::Pdf);
    s.everyDays = r.optionalInteger(u"everyDays").value_or(91);
    s.periodDays = r.optionalInteger(u"periodDays").value_or(s.everyDays);
    if (json.contains(QLatin1String("lastRun")))
        s.lastRun = r.dateTime(u"lastRun", true);
    if (json.contains(QLatin1String("nextRun")))
        s.nextRun = r.dateTime(u"nextRun", true);
    if (s.name.trimmed().isEmpty())
        r.reject(u"name", QStringLiteral("must not be empty"));
    if (!ReportKind::all().contains(s.kind))
        r.reject(u"kind", QStringLiteral("must be one of %1").arg(ReportKind::all().join(u", ")));
    if (!ReportFormat::all().contains(s.format))
        r.reject(u"format",
                 QStringLiteral("must be one of %1").arg(ReportFormat::all().join(u", ")));
    if (s.everyDays < 1 || s.everyDays > 366)
        r.reject(u"everyDays", QStringLiteral("must be 1 to 366 days"));
    if (s.periodDays < 1 || s.periodDays > 3660)
        r.reject(u"periodDays", QStringLiteral("must be 1 to 3660 days"));
    return r.finish(std::move(s));
}

QJsonObject ReportSettings::toJson() const
{
    return {{QStringLiteral("schedule"), toJsonArray(schedule)},
            {QStringLiteral("dormantDays"), dormantDays},
            {QStringLiteral("privilegedGroups"), QJsonArray::fromStringList(privilegedGroups)}};
}

Result<ReportSettings> ReportSettings::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    ReportSettings s;
    s.schedule = r.list<ScheduledReport>(u"schedule");
    s.dormantDays = r.optionalInteger(u"dormantDays").value_or(45);
    s.privilegedGroups =
        r.optionalStrings(u"privilegedGroups").value_or(QStringList{QStringLiteral("admins")});
    if (s.dormantDays < 1 || s.dormantDays > 3660)
        r.reject(u"dormantDays", QStringLiteral("must be 1 to 3660 days"));
    if (s.schedule.size() > 16)
        r.reject(u"schedule", QStringLiteral("holds at most 16 reports"));
    return r.finish(std::move(s));
}

} // namespace keyward::api
