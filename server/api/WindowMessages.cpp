#include "api/WindowMessages.h"

#include "api/IsoTime.h"
#include "api/JsonReader.h"
#include "api/ListJson.h"

namespace keyward::api {

QJsonObject ChangeWindow::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("title"), title},
            {QStringLiteral("start"), IsoTime::seconds(start)},
            {QStringLiteral("durationMinutes"), durationMinutes},
            {QStringLiteral("group"), group},
            {QStringLiteral("olderThanDays"), olderThanDays},
            {QStringLiteral("plannedBy"), plannedBy}};
}

Result<ChangeWindow> ChangeWindow::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    ChangeWindow w;
    w.id = r.integer(u"id");
    w.title = r.string(u"title");
    w.start = r.dateTime(u"start");
    w.durationMinutes = r.integer(u"durationMinutes");
    w.group = r.string(u"group");
    w.olderThanDays = r.integer(u"olderThanDays");
    w.plannedBy = r.string(u"plannedBy");
    return r.finish(std::move(w));
}

QJsonObject ChangeWindowList::toJson() const
{
    return {{QStringLiteral("windows"), toJsonArray(windows)}};
}

Result<ChangeWindowList> ChangeWindowList::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    ChangeWindowList l;
    l.windows = r.list<ChangeWindow>(u"windows");
    return r.finish(std::move(l));
}

QJsonObject WindowPlanParams::toJson() const
{
    QJsonObject o{{QStringLiteral("title"), title}, {QStringLiteral("start"), start}};
    if (durationMinutes)
        o.insert(QStringLiteral("durationMinutes"), *durationMinutes);
    if (!group.isEmpty())
        o.insert(QStringLiteral("group"), group);
    if (olderThanDays)
        o.insert(QStringLiteral("olderThanDays"), *olderThanDays);
    return o;
}

Result<WindowPlanParams> WindowPlanParams::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    WindowPlanParams p;
    p.title = r.string(u"title");
    p.start = r.string(u"start");
    p.durationMinutes = r.optionalInteger(u"durationMinutes");
    p.group = r.optionalString(u"group").value_or(QString());
    p.olderThanDays = r.optionalInteger(u"olderThanDays");
    return r.finish(std::move(p));
}

QJsonObject WindowRef::toJson() const
{
    return {{QStringLiteral("id"), id}};
}

Result<WindowRef> WindowRef::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    WindowRef w;
    w.id = r.integer(u"id");
    return r.finish(std::move(w));
}

} // namespace keyward::api
