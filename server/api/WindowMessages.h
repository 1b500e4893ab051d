#pragma once

// Planned change windows: window.list (no params), window.plan, window.cancel, and
// the data of the "window.changed" event.

#include "common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace keyward::api {

// A time set aside to rotate credentials: whose (a group, or those older than N
// days, or the users chosen when it starts), when and for how long.
struct ChangeWindow
{
    int id = 0;
    QString title;
    QDateTime start; // UTC, to the second
    int durationMinutes = 0;
    QString group;         // empty: not by group
    int olderThanDays = 0; // 0: not by credential age
    QString plannedBy;     // the admin who planned it

    QDateTime end() const { return start.addSecs(qint64(durationMinutes) * 60); }

    QJsonObject toJson() const;
    static Result<ChangeWindow> fromJson(const QJsonObject &json);
    bool operator==(const ChangeWindow &) const = default;
};

// The result of window.list, and the data of "window.changed": every planned window,
// by start time.
struct ChangeWindowList
{
    QList<ChangeWindow> windows;

    QJsonObject toJson() const;
    static Result<ChangeWindowList> fromJson(const QJsonObject &json);
    bool operator==(const ChangeWindowList &) const = default;
};

// window.plan. The start stays text as the admin wrote it: keywardd checks it (ISO
// 8601) and says what is wrong. Its result is the ChangeWindow as stored.
struct WindowPlanParams
{
    QString title;
    QString start;
    std::optional<int> durationMinutes; // keywardd's default: 60
    QString group;                      // empty: not sent
    std::optional<int> olderThanDays;

    QJsonObject toJson() const;
    static Result<WindowPlanParams> fromJson(const QJsonObject &json);
    bool operator==(const WindowPlanParams &) const = default;
};

// A window named by its id: the params and the result of window.cancel.
struct WindowRef
{
    int id = 0;

    QJsonObject toJson() const;
    static Result<WindowRef> fromJson(const QJsonObject &json);
    bool operator==(const WindowRef &) const = default;
};

} // namespace keyward::api
