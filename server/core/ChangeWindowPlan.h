#pragma once

// Planned change windows: the times an office has set aside to rotate credentials
// (who, when, for how long). keywardd keeps them as one setting so every console
// sees the same calendar; the console reminds the admin when one is due and its
// rotation wizard carries it out. A plan never rotates by itself: the one-time
// passwords it makes must reach the people, and only an admin can do that.

#include "common/Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace keyward::core {

class ChangeWindowPlan
{
public:
    // Builds the plan from its stored form; entries that ended more than a week
    // before `now` are dropped.
    static ChangeWindowPlan fromJson(const QJsonObject &stored, const QDateTime &now);
    QJsonObject toJson() const;

    // Adds a window from an admin's request {title, start (ISO 8601), durationMinutes,
    // group?, olderThanDays?}; returns the stored window or what is wrong with it.
    Result<QJsonObject> plan(const QJsonObject &request, const QString &plannedBy,
                             const QDateTime &now);
    // Removes the window with this id; false when there is none.
    bool cancel(int id);
    // The windows by start time.
    QJsonArray windows() const { return m_windows; }

private:
    QJsonArray m_windows;
    int m_nextId = 1;
};

} // namespace keyward::core
