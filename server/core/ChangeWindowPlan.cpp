#include "core/ChangeWindowPlan.h"

#include <algorithm>

namespace keyward::core {

namespace {
constexpr int MaxWindows = 200;

QDateTime endOf(const QJsonObject &window)
{
    return QDateTime::fromString(window.value("start").toString(), Qt::ISODate)
        .addSecs(qint64(window.value("durationMinutes").toInt()) * 60);
}
} // namespace

ChangeWindowPlan ChangeWindowPlan::fromJson(const QJsonObject &stored, const QDateTime &now)
{
    ChangeWindowPlan plan;
    plan.m_nextId = std::max(1, stored.value("nextId").toInt(1));
    for (const QJsonValue &v : stored.value("windows").toArray()) {
        const QJsonObject w = v.toObject();
        if (endOf(w).isValid() && endOf(w).addDays(7) >= now)
            plan.m_windows.append(w);
    }
    return plan;
}

QJsonObject ChangeWindowPlan::toJson() const
{
    return {{"nextId", m_nextId}, {"windows", m_windows}};
}

Result<QJsonObject> ChangeWindowPlan::plan(const QJsonObject &request, const QString &plannedBy,
                                           const QDateTime &now)
{
    const QString title = request.value("title").toString().trimmed();
    if (title.isEmpty() || title.size() > 120)
        return fail("a change window needs a title of 1 to 120 characters");
    const QDateTime start = QDateTime::fromString(request.value("start").toString(), Qt::ISODate);
    if (!start.isValid())
        return fail("start must be a date and time in ISO 8601 form, e.g. 2026-12-01T18:00:00Z");
    if (start < now.addSecs(-3600))
        return fail("start is in the past");
    const int duration = request.value("durationMinutes").toInt(60);
    if (duration < 15 || duration > 24 * 60)
        return fail("durationMinutes must be from 15 to 1440");
    const QString group = request.value("group").toString().trimmed();
    const int olderThanDays = request.value("olderThanDays").toInt(0);
    if (olderThanDays < 0 || olderThanDays > 3650)
        return fail("olderThanDays must be from 0 to 3650");
    if (m_windows.size() >= MaxWindows)
        return fail(ErrorKind::Conflict,
                    "there are already 200 planned change windows; cancel some first");

    const QJsonObject window{{"id", m_nextId++},
                             {"title", title},
                             {"start", start.toUTC().toString(Qt::ISODate)},
                             {"durationMinutes", duration},
                             {"group", group},
                             {"olderThanDays", olderThanDays},
                             {"plannedBy", plannedBy}};
    m_windows.append(window);
    QList<QJsonObject> sorted;
    for (const QJsonValue &v : std::as_const(m_windows))
        sorted << v.toObject();
    std::stable_sort(sorted.begin(), sorted.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value("start").toString() < b.value("start").toString();
    });
    m_windows = {};
    for (const QJsonObject &w : std::as_const(sorted))
        m_windows.append(w);
    return window;
}

bool ChangeWindowPlan::cancel(int id)
{
    for (qsizetype i = 0; i < m_windows.size(); ++i) {
        if (m_windows.at(i).toObject().value("id").toInt() == id) {
            m_windows.removeAt(i);
            return true;
        }
    }
    return false;
}

} // namespace keyward::core
